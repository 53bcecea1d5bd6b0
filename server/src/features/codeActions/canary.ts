// Promote / Roll back as refactorings of a two-destination weighted route. The server only
// offers them; the client commands (client/src/canary) work out the next step and edit the
// weights, so the arithmetic and the remembered stable destination live in one place.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { isVirtualService } from '../../model/resources';
import type { ResourceSplit, RouteSplit } from '../trafficSplit';
import { entryLabel, type CodeActionInput } from './types';

export const PROMOTE_COMMAND = 'istioCanary.promoteCanary';
export const ROLLBACK_COMMAND = 'istioCanary.rollbackCanary';

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
    isVirtualService(split.resource) &&
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

export function canaryActions(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const split of input.splits) {
    for (const route of split.routes) {
      if (route.span.start > input.span.end || route.span.end < input.span.start) continue;
      if (!isCanaryRoute(split, route)) continue;
      const args = routeArguments(split, route);
      const names = route.entries.map(entryLabel).join(' / ');
      actions.push(
        {
          title: `Promote canary to the next step (${names})`,
          kind: CodeActionKind.Refactor,
          command: { title: 'Promote canary', command: PROMOTE_COMMAND, arguments: [args] },
        },
        {
          title: `Roll back canary: all traffic to the stable destination (${names})`,
          kind: CodeActionKind.Refactor,
          command: { title: 'Roll back canary', command: ROLLBACK_COMMAND, arguments: [args] },
        },
      );
    }
  }
  return actions;
}
