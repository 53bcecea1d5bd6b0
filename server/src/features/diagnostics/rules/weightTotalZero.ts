import type { Rule } from '../ruleTypes';

// The webhook's validateRouteDestinations: two or more destinations whose weights total 0 send
// traffic nowhere, and Istio refuses the VirtualService ("total destination weight = 0"). A
// missing weight counts as 0, so two destinations without weights are refused too.
export const weightTotalZero: Rule = {
  code: 'weight-total-zero',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'Two or more destinations whose weights total 0 (Istio refuses the route).',
  check({ analysis }, report) {
    for (const split of analysis.splits) {
      // Gateway API weights have their own rule (every backend at 0 answers HTTP 500).
      if (split.relativeWeights) continue;
      for (const route of split.routes) {
        if (!route.entriesSpan || route.entries.length < 2 || route.total !== 0) continue;
        if (
          route.badWeights > 0 ||
          route.entries.some((e) => typeof e.weight?.value === 'number' && e.weight.value < 0)
        )
          continue;
        const even = Math.floor(100 / route.entries.length);
        report({
          span: route.entriesSpan,
          message:
            (route.weighted === 0
              ? `None of these ${route.entries.length} destinations has a weight, so their total weight is 0`
              : `The weights of these ${route.entries.length} destinations add up to 0`) +
            ` and Istio refuses the VirtualService; give each destination its share (e.g. \`weight: ${even}\`), or keep one destination.`,
        });
      }
    }
  },
};
