// Which routes Promote / Roll back apply to, and the arguments of those client commands (used by
// the CodeLens). The client (client/src/canary) works out the next step and edits the weights, so
// the arithmetic and the remembered stable destination live in one place.
import { Commands } from '../../../../protocol/src/commands';
import { isGatewayRoute, isVirtualService } from '../../model/resources';
import type { ResourceSplit, RouteSplit } from '../trafficSplit';

export const PROMOTE_COMMAND = Commands.promoteCanary.id;
export const ROLLBACK_COMMAND = Commands.rollbackCanary.id;

export interface RouteCommandArguments {
  uri: string;
  protocol: RouteSplit['protocol'];
  routeIndex: number;
  /** The VirtualService's name: steadier than a position when the file changes. */
  resourceName?: string;
}

/** Whether Promote / Roll back apply: exactly two destinations, both with numeric weights. */
export function isCanaryRoute(split: ResourceSplit, route: RouteSplit): boolean {
  return (
    (isVirtualService(split.resource) || isGatewayRoute(split.resource)) &&
    route.entries.length === 2 &&
    route.weighted === 2 &&
    route.badWeights === 0
  );
}

export function routeArguments(split: ResourceSplit, route: RouteSplit): RouteCommandArguments {
  return {
    uri: split.resource.uri,
    protocol: route.protocol,
    routeIndex: route.index,
    ...(split.resource.name ? { resourceName: split.resource.name.value } : {}),
  };
}
