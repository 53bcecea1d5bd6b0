// Promote Canary and Roll Back Canary on the server's model: the code actions on a canary route
// (titled with the step they take) and the weight edits of a step (request
// `istioCanary/canaryStep`). Which route is a canary route is `isCanaryRoute`'s answer
// (istio/canaryRoute.ts), the same that puts Promote / Roll back CodeLenses on it; the
// arithmetic is protocol/src/promotion.ts.
import type { CodeAction, Position, Range } from 'vscode-languageserver-types';
import { Commands, commandCall, type RouteCommandArguments } from '../../../protocol/src/commands';
import { planPromotion, planRollback, weightReplacements } from '../../../protocol/src/promotion';
import type { CanaryStepParams, CanaryStepResult } from '../../../protocol/src/promotionRequests';
import type { SplitResource, SplitRoute } from '../../../protocol/src/protocol';
import { type FoundRoute, findRoute, findRouteAt } from '../../../protocol/src/routeLookup';
import type { StableChoice } from '../../../protocol/src/weights';
import type { Settings } from '../settings';
import type { SourceFile } from '../sourceFile';
import { isCanaryRoute } from '../istio/canaryRoute';
import { toSplitResources } from './splitResources';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { ResourceSplit, RouteSplit } from './trafficSplit';

/** The file's splits in both forms: the model's (for the canary test) and the protocol's. */
export interface PromotionInput {
  readonly file: SourceFile;
  readonly splits: readonly ResourceSplit[];
  readonly settings: Settings;
  /** Remembered stable destinations by memory key. */
  readonly stables: Readonly<Record<string, string>>;
  /** The workspace, to know which routes a controller (Argo Rollouts, Flagger) steps. */
  readonly workspace?: WorkspaceIndex;
}

/** Where a route's stable destination is remembered between steps. */
export function memoryKey(uri: string, resource: SplitResource, route: SplitRoute): string {
  return `${uri}#${resource.namespace}/${resource.name}#${route.protocol}[${route.index}]`;
}

function modelRoute(splits: readonly ResourceSplit[], found: FoundRoute): RouteSplit | undefined {
  return splits[found.resourceIndex]?.routes.find(
    (r) => r.protocol === found.route.protocol && r.index === found.route.index,
  );
}

function isCanary(splits: readonly ResourceSplit[], found: FoundRoute): boolean {
  const split = splits[found.resourceIndex];
  const route = modelRoute(splits, found);
  return split !== undefined && route !== undefined && isCanaryRoute(split.resource, route);
}

function choice(input: PromotionInput, uri: string, found: FoundRoute): StableChoice {
  const remembered = input.stables[memoryKey(uri, found.resource, found.route)];
  return {
    ...(input.settings.stableDestination ? { configured: input.settings.stableDestination } : {}),
    ...(remembered !== undefined ? { remembered } : {}),
  };
}

function plan(input: PromotionInput, action: CanaryStepParams['action'], uri: string, found: FoundRoute) {
  const stable = choice(input, uri, found);
  return action === 'promote'
    ? planPromotion(found.route, input.settings.promotionSteps, stable)
    : planRollback(found.route, stable);
}

function routeArguments(uri: string, found: FoundRoute): RouteCommandArguments {
  return {
    uri,
    protocol: found.route.protocol,
    routeIndex: found.route.index,
    ...(found.resource.name ? { resourceName: found.resource.name } : { resourceIndex: found.resourceIndex }),
  };
}

/** Promote to the next step and Roll back, on the canary route at `range`'s start. */
export function promotionCodeActions(input: PromotionInput, range: Range): CodeAction[] {
  const resources = toSplitResources(input.file, input.splits, [], input.settings, input.workspace);
  const found = findRouteAt(resources, range.start);
  // A route a controller steps offers nothing: its weights are the controller's.
  if (!found || found.route.owner || !isCanary(input.splits, found)) return [];
  const args = routeArguments(input.file.uri, found);
  const actions: CodeAction[] = [];
  const promotion = plan(input, 'promote', input.file.uri, found);
  if (promotion.ok) {
    const title = `Promote canary to ${promotion.plan.weights[promotion.plan.canaryIndex] ?? 0} %`;
    actions.push({
      title,
      kind: 'refactor.rewrite',
      command: commandCall(Commands.promoteCanary, title, args),
    });
  }
  const rollback = plan(input, 'rollback', input.file.uri, found);
  if (rollback.ok) {
    const title = 'Roll back canary (100 % to stable)';
    actions.push({
      title,
      kind: 'refactor.rewrite',
      command: commandCall(Commands.rollbackCanary, title, args),
    });
  }
  return actions;
}

/** The edits of one step on the route the parameters name (or the one at their position). */
export function canaryStep(input: PromotionInput, params: CanaryStepParams): CanaryStepResult {
  const resources = toSplitResources(input.file, input.splits, [], input.settings, input.workspace);
  const found = params.route
    ? findRoute(resources, { ...params.route, ...(params.position ? { position: params.position } : {}) })
    : params.position
      ? findRouteAt(resources, params.position)
      : undefined;
  if (!found)
    return { ok: false, reason: 'No route of a VirtualService here: put the cursor on a weighted route.' };
  const owner = found.route.owner;
  if (owner) return { ok: false, reason: `${owner.statement}: ${owner.advice}. Nothing was changed.` };
  if (!isCanary(input.splits, found)) {
    const rejected = modelRoute(input.splits, found)?.rejected;
    return {
      ok: false,
      reason:
        'Promote and Roll back work on a VirtualService route with exactly two destinations, each with a numeric weight' +
        (rejected !== undefined ? `, that Istio accepts; Istio refuses this one: ${rejected}` : '.'),
    };
  }
  const result = plan(input, params.action, input.file.uri, found);
  if (!result.ok) return result;
  const start: Position = found.route.range.start;
  return {
    ok: true,
    uri: input.file.uri,
    version: null,
    edits: weightReplacements(found.route, result.plan.weights),
    summary: result.plan.summary,
    memoryKey: memoryKey(input.file.uri, found.resource, found.route),
    stableKey: result.plan.stableKey,
    routeStart: start,
  };
}
