import type { Rule } from '../ruleTypes';
import { istioSpecs } from '../specNodes';

// ValidateVirtualService in pkg/config/validation/validation.go: "http, tcp or tls must be
// provided", and a delegate VirtualService (no hosts) may have neither gateways nor tcp/tls routes.
export const emptyVirtualService: Rule = {
  code: 'empty-virtual-service',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A VirtualService with no http, tcp or tls routes, or a delegate with gateways or tcp/tls.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec, kindSpan, nameSpan } of istioSpecs(file, 'VirtualService')) {
      const routes = ['http', 'tcp', 'tls'].reduce((n, p) => n + spec.list(p).length, 0);
      if (routes === 0) {
        report({
          span: nameSpan ?? kindSpan,
          message: 'This VirtualService has no `http`, `tcp` or `tls` routes; Istio refuses it. Add a route.',
        });
      }
      if (spec.list('hosts').length > 0) continue;
      const problems: [string, string][] = [
        [
          'gateways',
          'a delegate VirtualService (no `hosts`) cannot name gateways; the root VirtualService does that',
        ],
        ['tcp', 'a delegate VirtualService (no `hosts`) can only have http routes'],
        ['tls', 'a delegate VirtualService (no `hosts`) can only have http routes'],
      ];
      for (const [key, why] of problems) {
        const node = spec.get(key);
        if (node && node.items().length > 0)
          report({ span: node.anchor, message: `Istio refuses this: ${why}.` });
      }
    }
  },
};
