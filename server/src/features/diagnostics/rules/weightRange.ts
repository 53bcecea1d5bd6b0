import type { Rule } from '../ruleTypes';
import { percentWeightRoutes } from '../routeWeights';

// Istio reads weights as relative shares (300/100 is 75/25), so only a negative weight is out of
// range: the webhook's validateWeight refuses it ("weight -20 < 0").
export const weightRange: Rule = {
  code: 'weight-range',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A negative weight (Istio refuses it).',
  check({ file }, report) {
    // Gateway API weights are relative: gateway-api-weights covers them (they are not listed).
    for (const route of percentWeightRoutes(file.resources)) {
      for (const weight of route.weights) {
        if (!weight || typeof weight.value !== 'number' || weight.value >= 0) continue;
        report({
          span: weight.span,
          message: `Weight ${weight.value} is negative, so Istio refuses this VirtualService; use 0 to send this destination nothing.`,
        });
      }
    }
  },
};
