// The arguments of the Promote / Roll back client commands (used by the CodeLens). Which routes
// they apply to is Istio-rules knowledge: `isCanaryRoute` in server/src/istio/canaryRoute.ts.
import { Commands } from '../../../../protocol/src/commands';
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

export function routeArguments(split: ResourceSplit, route: RouteSplit): RouteCommandArguments {
  return {
    uri: split.resource.uri,
    protocol: route.protocol,
    routeIndex: route.index,
    ...(split.resource.name ? { resourceName: split.resource.name.value } : {}),
  };
}
