import type { Rule } from '../ruleTypes';
import { istioSpecs } from '../specNodes';

// validateHTTPRouteConflict, validateTCPRoute and validateTLSRoute in pkg/config/validation: an
// http route needs a destination list, a redirect, a direct response or (in a VirtualService
// with hosts) a delegate; tcp and tls routes need a destination list. (A tls route's required
// `match` and `sniHosts` are the schema rules' missing-required.)
export const missingRouteAction: Rule = {
  code: 'missing-route-action',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A route that sends traffic nowhere: no route, redirect, directResponse or delegate.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      const isDelegate = spec.list('hosts').length === 0;
      spec.list('http').forEach((http, i) => {
        if (!http.isMap) return;
        if (!isDelegate && http.isSet('delegate')) return;
        if (http.isSet('redirect') || http.isSet('directResponse')) return;
        if (http.list('route').length > 0) return;
        const anchor = http.get('route')?.anchor ?? http.get('name')?.anchor ?? http.entries()[0]?.[1].anchor;
        report({
          span: anchor ?? http.span,
          message: `http route ${i + 1} has nowhere to send requests; Istio refuses it. Add \`route:\` with a destination, ${isDelegate ? 'or a `redirect` or `directResponse`' : 'or a `redirect`, `directResponse` or `delegate`'}.`,
        });
      });
      for (const protocol of ['tcp', 'tls']) {
        spec.list(protocol).forEach((route, i) => {
          if (!route.isMap) return;
          if (route.list('route').length === 0) {
            const anchor = route.get('route')?.anchor ?? route.entries()[0]?.[1].anchor ?? route.span;
            report({
              span: anchor,
              message: `${protocol} route ${i + 1} needs \`route:\` with at least one destination; Istio refuses it without one.`,
            });
          }
        });
      }
    }
  },
};
