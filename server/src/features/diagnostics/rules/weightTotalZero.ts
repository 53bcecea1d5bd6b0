import type { Rule } from '../ruleTypes';
import { percentWeightRoutes } from '../routeWeights';

// The webhook's validateRouteDestinations: two or more destinations whose weights total 0 send
// traffic nowhere, and Istio refuses the VirtualService ("total destination weight = 0"). A
// missing weight counts as 0, so two destinations without weights are refused too.
export const weightTotalZero: Rule = {
  code: 'weight-total-zero',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'Two or more destinations whose weights total 0 (Istio refuses the route).',
  check({ file }, report) {
    // Gateway API weights have their own rule (every backend at 0 answers HTTP 500): not listed.
    for (const route of percentWeightRoutes(file.resources)) {
      const { weights, shares } = route;
      if (!route.entriesSpan || weights.length < 2 || shares.total !== 0) continue;
      if (shares.badWeights > 0 || weights.some((w) => typeof w?.value === 'number' && w.value < 0)) continue;
      const even = Math.floor(100 / weights.length);
      report({
        span: route.entriesSpan,
        message:
          (shares.weighted === 0
            ? `None of these ${weights.length} destinations has a weight, so their total weight is 0`
            : `The weights of these ${weights.length} destinations add up to 0`) +
          ` and Istio refuses the VirtualService; give each destination its share (e.g. \`weight: ${even}\`), or keep one destination.`,
      });
    }
  },
};
