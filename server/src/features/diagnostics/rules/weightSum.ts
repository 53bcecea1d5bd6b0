import type { RouteSplit } from '../../trafficSplit';
import type { Rule } from '../ruleTypes';

export const weightSum: Rule = {
  code: 'weight-sum',
  defaultSeverity: 'warning',
  summary: "A route's weights do not total 100 (a single destination may omit its weight).",
  check({ analysis }, report) {
    for (const split of analysis.splits) {
      // Gateway API weights are relative: gateway-api-weights covers them.
      if (split.relativeWeights) continue;
      for (const route of split.routes) {
        if (!route.entriesSpan || route.entries.length === 0) continue;
        // Needs every destination weighted with a number: missing or non-numeric weights
        // have rules of their own, and a lone unweighted destination gets all the traffic.
        if (route.badWeights > 0 || route.weighted !== route.entries.length) continue;
        if (route.entries.length === 1 && route.total === 100) continue;
        if (route.total === 100) continue;
        const diff = route.total - 100;
        report({
          span: route.entriesSpan,
          message:
            `Weights of this route add up to ${route.total}, not 100: ` +
            (diff > 0 ? `take ${diff} away` : `add ${-diff}`) +
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
