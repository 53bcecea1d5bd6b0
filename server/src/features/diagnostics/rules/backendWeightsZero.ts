import type { Rule } from '../ruleTypes';
import { gatewayRoutesIn } from './gatewayApiShared';

export const backendWeightsZero: Rule = {
  code: 'backend-weights-zero',
  defaultSeverity: 'warning',
  perDocument: true,
  summary:
    'Every backendRef of an HTTPRoute or GRPCRoute rule has weight 0: Istio answers every request of the rule with HTTP 500.',
  check(context, report) {
    for (const route of gatewayRoutesIn(context.file.resources))
      for (const rule of route.rules) {
        if (rule.redirects || rule.backendRefs.length === 0 || !rule.backendRefsSpan) continue;
        if (!rule.backendRefs.every((b) => b.weight?.value === 0)) continue;
        report({
          span: rule.backendRefsSpan,
          message:
            'All backends of this rule weigh 0, so every request it matches gets HTTP 500. Give the backend that should serve a weight above 0 (weights are relative).',
        });
      }
  },
};
