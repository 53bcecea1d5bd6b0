import type { Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// The percentage checks of pkg/config/validation: mirrorPercentage and mirrors[].percentage lie
// in 0..100 (validateHTTPRoute, validateHTTPMirrors); the deprecated mirrorPercent at most 100;
// fault percentages are 0 or in [0.0001, 100] (validatePercentage); outlier detection's
// maxEjectionPercent and minHealthPercent in 0..100 (ValidatePercent).
export const percentageRange: Rule = {
  code: 'percentage-out-of-range',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A percentage outside what Istio accepts (mirror over 100, fault below 0.0001, …).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const between = (node: SpecNode | undefined, label: string, min: number, max: number): void => {
      const value = node?.number;
      if (!node || value === undefined) return;
      if (value < min || value > max)
        report({ span: node.span, message: `${label} is ${value}; Istio accepts ${min} to ${max}.` });
    };
    const fault = (node: SpecNode | undefined, label: string): void => {
      const value = node?.number;
      if (!node || value === undefined) return;
      if (value < 0 || value > 100 || (value > 0 && value < 0.0001))
        report({ span: node.span, message: `${label} is ${value}; Istio accepts 0, or 0.0001 to 100.` });
    };
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const http of spec.list('http')) {
        between(http.get('mirrorPercentage')?.get('value'), '`mirrorPercentage.value`', 0, 100);
        for (const key of ['mirrorPercent', 'mirror_percent']) between(http.get(key), `\`${key}\``, 0, 100);
        for (const mirror of http.list('mirrors'))
          between(mirror.get('percentage')?.get('value'), 'the mirror `percentage.value`', 0, 100);
        const faultNode = http.get('fault');
        fault(faultNode?.get('abort')?.get('percentage')?.get('value'), 'The abort `percentage.value`');
        fault(faultNode?.get('delay')?.get('percentage')?.get('value'), 'The delay `percentage.value`');
      }
    }
    for (const { spec } of istioSpecs(file, 'DestinationRule')) {
      const policies = [
        spec.get('trafficPolicy'),
        ...spec.list('subsets').map((s) => s.get('trafficPolicy')),
      ];
      for (const policy of [...policies])
        for (const port of policy?.list('portLevelSettings') ?? []) policies.push(port);
      for (const policy of policies) {
        const outlier = policy?.get('outlierDetection');
        between(outlier?.get('maxEjectionPercent'), '`maxEjectionPercent`', 0, 100);
        between(outlier?.get('minHealthPercent'), '`minHealthPercent`', 0, 100);
      }
    }
  },
};
