import type { Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// validateHTTPRouteConflict in pkg/config/validation/virtualservice.go: a redirect cannot be
// combined with route, fault, rewrite or directResponse; a directResponse with route, fault or
// rewrite; `mirror` with `mirrors`. A route that delegates (in a VirtualService with hosts) may
// not also redirect or route, and a delegate VirtualService (no hosts) cannot delegate again.
export const conflictingRouteActions: Rule = {
  code: 'conflicting-route-actions',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'An http route combining actions Istio refuses together (redirect and route, mirror and mirrors, …).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      const isDelegate = spec.list('hosts').length === 0;
      for (const http of spec.list('http')) {
        if (!http.isMap) continue;
        const set = (key: string): SpecNode | undefined => {
          const node = http.get(key);
          if (!node || node.isNull) return undefined;
          if (key === 'route' && node.items().length === 0) return undefined;
          return node;
        };
        const clash = (a: string, b: string, why: string): void => {
          const node = set(b);
          if (set(a) && node) report({ span: node.anchor, message: why });
        };
        if (!isDelegate && set('delegate')) {
          for (const key of ['route', 'redirect']) {
            const node = set(key);
            if (node)
              report({
                span: node.anchor,
                message: `A route that delegates cannot also have \`${key}\`; the delegate VirtualService decides where requests go. Remove \`${key}\` or \`delegate\`.`,
              });
          }
          continue;
        }
        if (isDelegate && set('delegate')) {
          report({
            span: set('delegate')!.anchor,
            message:
              'This VirtualService has no hosts, so it is a delegate; Istio refuses a delegate that delegates again. Route to destinations here.',
          });
        }
        if (set('redirect')) {
          for (const key of ['route', 'fault', 'rewrite', 'directResponse'])
            clash(
              'redirect',
              key,
              `A route with \`redirect\` cannot also have \`${key}\`; Istio refuses the combination. Keep one.`,
            );
        } else if (set('directResponse')) {
          for (const key of ['route', 'fault', 'rewrite'])
            clash(
              'directResponse',
              key,
              `A route with \`directResponse\` cannot also have \`${key}\`; Istio refuses the combination. Keep one.`,
            );
        }
        clash(
          'mirror',
          'mirrors',
          'Use either `mirror` or `mirrors`, not both; Istio refuses the combination. Move the `mirror` destination into `mirrors`.',
        );
      }
    }
  },
};
