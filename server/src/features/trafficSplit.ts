// The canary model: for each VirtualService (and KubeVela AppDeployment), every route with its
// destinations and their effective share of traffic. Computed once and reused by the weight
// diagnostics, the hover on `weight`, the CodeLens, the preview panel and `istio-canary split`.
import type { Span } from '../syntax/parseYaml';
import {
  isAppDeployment,
  isVirtualService,
  type AppDeployment,
  type Located,
  type Resource,
  type RouteProtocol,
  type VirtualService,
} from '../model/resources';
import { describeMatches } from './matchText';

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
  readonly resource: VirtualService | AppDeployment;
  readonly routes: readonly RouteSplit[];
}

/** The splits of the VirtualServices and AppDeployments among `resources`, in order. */
export function computeSplits(resources: readonly Resource[]): ResourceSplit[] {
  const splits: ResourceSplit[] = [];
  for (const r of resources) {
    if (isVirtualService(r)) splits.push(computeVirtualServiceSplit(r));
    else if (isAppDeployment(r)) splits.push(computeAppDeploymentSplit(r));
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
