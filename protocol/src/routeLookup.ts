// Finding a route in a traffic split: by its address (from the panel or a CodeLens) or by a
// cursor position (for commands run from the editor). Pure.

import {
  type Position,
  type Range,
  type RouteProtocol,
  type SplitResource,
  type SplitRoute,
} from './protocol';

export interface FoundRoute {
  resource: SplitResource;
  resourceIndex: number;
  route: SplitRoute;
}

export function containsPosition(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd =
    position.line < range.end.line ||
    (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The route that contains the position; when none does, the first weighted route of the resource there. */
export function findRouteAt(resources: readonly SplitResource[], position: Position): FoundRoute | undefined {
  for (const [resourceIndex, resource] of resources.entries()) {
    const route = resource.routes.find((r) => containsPosition(r.range, position));
    if (route) return { resource, resourceIndex, route };
  }
  for (const [resourceIndex, resource] of resources.entries()) {
    if (!containsPosition(resource.range, position)) continue;
    const route = resource.routes.find((r) => r.destinations.length > 1) ?? resource.routes[0];
    if (route) return { resource, resourceIndex, route };
  }
  return undefined;
}

export interface RouteSelector {
  protocol: RouteProtocol;
  routeIndex: number;
  resourceIndex?: number;
  /** The VirtualService's name, which is steadier than its index when the file changes. */
  resourceName?: string;
  /** Used to choose between resources when neither index nor name is given. */
  position?: Position;
}

/** The route with the given protocol and index in the chosen resource. */
export function findRoute(
  resources: readonly SplitResource[],
  selector: RouteSelector,
): FoundRoute | undefined {
  const candidates = resources
    .map((resource, resourceIndex) => ({ resource, resourceIndex }))
    .filter(({ resource, resourceIndex }) => {
      if (selector.resourceName !== undefined) return resource.name === selector.resourceName;
      if (selector.resourceIndex !== undefined) return resourceIndex === selector.resourceIndex;
      return true;
    });
  const position = selector.position;
  const ordered =
    position === undefined
      ? candidates
      : [
          ...candidates.filter((c) => containsPosition(c.resource.range, position)),
          ...candidates.filter((c) => !containsPosition(c.resource.range, position)),
        ];
  for (const { resource, resourceIndex } of ordered) {
    const route = resource.routes.find(
      (r) => r.protocol === selector.protocol && r.index === selector.routeIndex,
    );
    if (route) return { resource, resourceIndex, route };
  }
  return undefined;
}
