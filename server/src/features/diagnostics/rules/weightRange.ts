import type { Rule } from '../ruleTypes';

export const weightRange: Rule = {
  code: 'weight-range',
  defaultSeverity: 'error',
  summary: 'A weight outside 0..100.',
  check({ analysis }, report) {
    for (const split of analysis.splits) {
      // Gateway API weights are relative: gateway-api-weights covers them.
      if (split.relativeWeights) continue;
      for (const route of split.routes) {
        for (const entry of route.entries) {
          const weight = entry.weight;
          if (!weight || typeof weight.value !== 'number') continue;
          if (weight.value >= 0 && weight.value <= 100) continue;
          report({
            span: weight.span,
            message: `Weight ${weight.value} is outside 0..100; a weight is a whole percentage of the route's traffic.`,
          });
        }
      }
    }
  },
};
