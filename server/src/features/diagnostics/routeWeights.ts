// The weights of each route whose weights are percent shares (VirtualService and AppDeployment
// routes; Gateway API weights are relative and have their own rule), read straight from the
// resources. weight-range and weight-total-zero need nothing else of a traffic split: computing
// the splits (match texts, route options, per-entry objects) was most of their time on a large
// file's first check. The routes come in the order computeSplits (trafficSplit.ts) gives them,
// and `shares` is the same normaliseWeights answer its RouteSplit carries (total, weighted,
// badWeights), so the findings are those the splits gave.
import type { Span } from '../../syntax/parseYaml';
import { isAppDeployment, isVirtualService, type Located, type Resource } from '../../model/resources';
import { normaliseWeights, type WeightShares } from '../../istio/weights';

export interface PercentWeightRoute {
  /** Each destination's weight as written, absent when it has none. */
  readonly weights: readonly (Located<number | string> | undefined)[];
  /** The span of the route's destination list (`route:` / `targets:`), when written. */
  readonly entriesSpan?: Span;
  /** What Istio makes of the weights. */
  readonly shares: WeightShares;
}

export function percentWeightRoutes(resources: readonly Resource[]): PercentWeightRoute[] {
  const out: PercentWeightRoute[] = [];
  for (const r of resources) {
    if (isVirtualService(r)) {
      for (const route of r.routes) {
        const weights = route.destinations.map((d) => d.weight);
        out.push({ weights, entriesSpan: route.destinationsSpan, shares: sharesOf(weights) });
      }
    } else if (isAppDeployment(r)) {
      for (const route of r.routes) {
        const weights = route.targets.map((t) => t.weight);
        out.push({ weights, entriesSpan: route.targetsSpan, shares: sharesOf(weights) });
      }
    }
  }
  return out;
}

function sharesOf(weights: readonly (Located<number | string> | undefined)[]): WeightShares {
  return normaliseWeights(weights.map((w) => w?.value));
}
