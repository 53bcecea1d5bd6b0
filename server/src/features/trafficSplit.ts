// The canary model: for each VirtualService (and KubeVela AppDeployment), every route with its
// destinations and their effective share of traffic. Computed once and reused by the weight
// diagnostics, the hover on `weight`, the CodeLens, the preview panel and `istio-canary split`.
import type { Span } from '../syntax/parseYaml';
import {
  isAppDeployment,
  isGatewayRoute,
  isVirtualService,
  type AppDeployment,
  type GatewayRoute,
  type Located,
  type Resource,
  type RouteProtocol,
  type VirtualService,
} from '../model/resources';
import { describeGatewayMatches, describeMatches } from './matchText';

export interface SplitEntry {
  readonly index: number;
  readonly host?: Located<string>;
  readonly subset?: Located<string>;
  readonly port?: number;
  readonly weight?: Located<number | string>;
  /** Effective share in percent, rounded to two decimals. */
  readonly percent: number;
  readonly span: Span;
}

export interface RouteSplit {
  readonly protocol: RouteProtocol;
  readonly index: number;
  readonly name?: string;
  readonly match: readonly unknown[];
  readonly matchText: readonly string[];
  readonly hasMatch: boolean;
  readonly entries: readonly SplitEntry[];
  /** Sum of the numeric weights as written. */
  readonly total: number;
  /** How many entries have a numeric weight, and how many have a weight that is not a number. */
  readonly weighted: number;
  readonly badWeights: number;
  readonly span: Span;
  readonly entriesSpan?: Span;
  readonly terminal?: 'redirect' | 'directResponse' | 'delegate';
}

export interface ResourceSplit {
  readonly resource: VirtualService | AppDeployment | GatewayRoute;
  readonly routes: readonly RouteSplit[];
  /**
   * Gateway API weights are relative: they need not total 100, an unweighted backend counts 1,
   * and 0 everywhere answers HTTP 500. The percent rules (weight-sum, missing-weight,
   * weight-range) do not apply.
   */
  readonly relativeWeights?: boolean;
}

/** The splits of the VirtualServices and AppDeployments among `resources`, in order. */
export function computeSplits(resources: readonly Resource[]): ResourceSplit[] {
  const splits: ResourceSplit[] = [];
  for (const r of resources) {
    if (isVirtualService(r)) splits.push(computeVirtualServiceSplit(r));
    else if (isAppDeployment(r)) splits.push(computeAppDeploymentSplit(r));
    else if (isGatewayRoute(r)) splits.push(computeGatewayRouteSplit(r));
  }
  return splits;
}

export function computeVirtualServiceSplit(vs: VirtualService): ResourceSplit {
  const routes = vs.routes.map((route): RouteSplit => {
    const base = shares(route.destinations.map((d) => d.weight));
    return {
      protocol: route.protocol,
      index: route.index,
      ...(route.name !== undefined ? { name: route.name } : {}),
      match: route.match,
      matchText: describeMatches(route.match),
      hasMatch: route.hasMatch,
      entries: route.destinations.map((d, i) => ({
        index: d.index,
        ...(d.host ? { host: d.host } : {}),
        ...(d.subset ? { subset: d.subset } : {}),
        ...(d.port ? { port: d.port.value } : {}),
        ...(d.weight ? { weight: d.weight } : {}),
        percent: base.percents[i] ?? 0,
        span: d.span,
      })),
      total: base.total,
      weighted: base.weighted,
      badWeights: base.badWeights,
      span: route.span,
      ...(route.destinationsSpan ? { entriesSpan: route.destinationsSpan } : {}),
      ...(route.terminal ? { terminal: route.terminal } : {}),
    };
  });
  return { resource: vs, routes };
}

export function computeAppDeploymentSplit(app: AppDeployment): ResourceSplit {
  const routes = app.routes.map((route): RouteSplit => {
    const base = shares(route.targets.map((t) => t.weight));
    return {
      protocol: 'http',
      index: route.index,
      match: route.match,
      matchText: describeMatches(route.match),
      hasMatch: route.match.length > 0,
      entries: route.targets.map((t, i) => {
        const name = t.revisionName ?? t.componentName;
        return {
          index: t.index,
          ...(name ? { host: name } : {}),
          ...(t.revisionName && t.componentName ? { subset: t.revisionName } : {}),
          ...(t.port ? { port: t.port.value } : {}),
          ...(t.weight ? { weight: t.weight } : {}),
          percent: base.percents[i] ?? 0,
          span: t.span,
        };
      }),
      total: base.total,
      weighted: base.weighted,
      badWeights: base.badWeights,
      span: route.span,
      ...(route.targetsSpan ? { entriesSpan: route.targetsSpan } : {}),
    };
  });
  return { resource: app, routes };
}

/**
 * The rules of an HTTPRoute or GRPCRoute as routes: each backendRef is a destination whose host
 * is the backend's name. A backendRef without a weight weighs 1 (the Gateway API default), so its
 * share is computed from that; `weight` stays absent on the entry since nothing is written.
 */
export function computeGatewayRouteSplit(route: GatewayRoute): ResourceSplit {
  const routes = route.rules.map((rule): RouteSplit => {
    const weights = rule.backendRefs.map((b) =>
      b.weight === undefined ? 1 : typeof b.weight.value === 'number' ? b.weight.value : undefined,
    );
    const total = weights.reduce<number>((sum, w) => sum + (w !== undefined && w > 0 ? w : 0), 0);
    const badWeights = weights.filter((w) => w === undefined).length;
    return {
      protocol: 'http',
      index: rule.index,
      ...(rule.name !== undefined ? { name: rule.name } : {}),
      match: rule.matches,
      matchText: describeGatewayMatches(rule.matches),
      hasMatch: rule.matches.length > 0,
      entries: rule.backendRefs.map((b, i) => {
        const w = weights[i];
        return {
          index: b.index,
          ...(b.name ? { host: b.name } : {}),
          ...(b.port ? { port: b.port.value } : {}),
          ...(b.weight ? { weight: b.weight } : {}),
          percent: total > 0 && w !== undefined && w > 0 ? round2((w / total) * 100) : 0,
          span: b.span,
        };
      }),
      total: rule.backendRefs.reduce(
        (sum, b) => sum + (typeof b.weight?.value === 'number' ? b.weight.value : 0),
        0,
      ),
      weighted: rule.backendRefs.filter((b) => typeof b.weight?.value === 'number').length,
      badWeights,
      span: rule.span,
      ...(rule.backendRefsSpan ? { entriesSpan: rule.backendRefsSpan } : {}),
      ...(rule.redirects ? { terminal: 'redirect' as const } : {}),
    };
  });
  return { resource: route, routes, relativeWeights: true };
}

/**
 * Effective shares as Istio computes them: each destination gets weight / sum of weights; a
 * destination without a weight gets nothing when others have one; with no weights at all the
 * traffic is spread evenly (a lone destination gets everything).
 */
function shares(weights: readonly (Located<number | string> | undefined)[]): {
  percents: number[];
  total: number;
  weighted: number;
  badWeights: number;
} {
  let total = 0;
  let weighted = 0;
  let badWeights = 0;
  for (const w of weights) {
    if (w === undefined) continue;
    if (typeof w.value === 'number' && Number.isFinite(w.value)) {
      total += w.value;
      weighted++;
    } else {
      badWeights++;
    }
  }
  const n = weights.length;
  let percents: number[];
  if (weighted === 0) {
    percents = weights.map(() => (n > 0 ? round2(100 / n) : 0));
  } else if (total <= 0) {
    percents = weights.map(() => 0);
  } else {
    percents = weights.map((w) =>
      w && typeof w.value === 'number' && w.value > 0 ? round2((w.value / total) * 100) : 0,
    );
  }
  return { percents, total, weighted, badWeights };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
