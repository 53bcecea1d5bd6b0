import { describeShares, normaliseWeights } from '../../../istio/weights';
import { entryLabel } from '../../codeActions/types';
import type { RouteSplit } from '../../trafficSplit';
import type { Rule } from '../ruleTypes';

// Istio accepts any total (weights are relative shares), so a total other than 100 is legal; it
// is usually a slip when a canary weight was bumped, so it stays a warning that states the
// shares Istio will actually use.
export const weightSum: Rule = {
  code: 'weight-sum',
  defaultSeverity: 'warning',
  perDocument: true,
  summary: "A route's weights do not total 100 (legal: Istio reads them as relative shares).",
  check({ analysis }, report) {
    for (const split of analysis.splits) {
      // Gateway API weights are relative: gateway-api-weights covers them.
      if (split.relativeWeights) continue;
      for (const route of split.routes) {
        if (!route.entriesSpan || route.entries.length < 2) continue;
        // Needs every destination weighted with a number: missing or non-numeric weights
        // have rules of their own, and a lone destination gets all the traffic whatever its weight.
        if (route.badWeights > 0 || route.weighted !== route.entries.length) continue;
        if (route.total === 100 || route.weightsRejected) continue;
        const diff = route.total - 100;
        const shares = describeShares(
          route.entries.map((e) => entryLabel(e)),
          // The route's own shares, even when another route gets the whole resource refused.
          normaliseWeights(route.entries.map((e) => e.weight?.value)).percents,
        );
        report({
          span: route.entriesSpan,
          message:
            `Weights of this route add up to ${route.total}, not 100; Istio reads them as relative shares (${shares}). ` +
            `If 100 was meant, ${diff > 0 ? `take ${diff} away` : `add ${-diff}`}` +
            ' (the quick fix rescales them, keeping their proportions).',
          data: {
            fix: 'rescale-weights',
            protocol: route.protocol,
            routeIndex: route.index,
            total: route.total,
          },
          related: weightLocations(split.resource.uri, route),
        });
      }
    }
  },
};

function weightLocations(uri: string, route: RouteSplit) {
  return route.entries.flatMap((e) =>
    e.weight
      ? [
          {
            uri,
            span: e.weight.span,
            message: `${e.subset?.value ?? e.host?.value ?? 'destination'}: weight ${String(e.weight.value)}`,
          },
        ]
      : [],
  );
}
