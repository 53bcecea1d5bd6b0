// Which route is a canary route: the one rule behind the Promote / Roll back CodeLenses, the
// Promote / Roll back code actions, the `istioCanary/canaryStep` request and the client's
// commands (which ask the server). A canary route of a VirtualService (or a Gateway API
// HTTPRoute / GRPCRoute) sends traffic to exactly two destinations, each with a whole-number
// weight: the stable and the canary; a route Istio refuses is none (it is shown as rejected,
// never as a split, everywhere). The preview's weight sliders ask a different question
// (can any split of two or more weighted destinations be steered: `whyNotSteerable`).

import { isGatewayRoute, isVirtualService, type Resource } from '../model/resources';

/** What the rule needs of a route: how many destinations, how many with a whole-number weight. */
export interface CanaryRouteShape {
  readonly entries: { readonly length: number };
  /** Destinations with a whole-number weight. */
  readonly weighted: number;
  /** Destinations whose weight is written but is not a whole number. */
  readonly badWeights: number;
  /** Why Istio refuses the route (or its VirtualService), when it does. */
  readonly rejected?: string;
}

/**
 * Whether Promote / Roll back apply: a route Istio accepts, of a VirtualService or Gateway API
 * route, with exactly two destinations, both with whole-number weights.
 */
export function isCanaryRoute(resource: Resource, route: CanaryRouteShape): boolean {
  return (
    (isVirtualService(resource) || isGatewayRoute(resource)) &&
    route.entries.length === 2 &&
    route.weighted === 2 &&
    route.badWeights === 0 &&
    route.rejected === undefined
  );
}
