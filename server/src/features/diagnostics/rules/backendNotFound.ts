// A Gateway API backendRef to a Service the workspace does not define. Like host-not-found: a
// close name in that namespace makes it a likely typo (warning); otherwise the Service may live in
// another repository (info); quiet when the workspace holds no Service at all. Istio answers the
// backend's share of requests with HTTP 500 (ResolvedRefs False, BackendNotFound).
import { judgeBackend } from '../../gatewayApi/references';
import type { Rule } from '../ruleTypes';
import { closedWorld } from '../../../workspace/resolve';
import { lookupOf } from './crossFile';
import { gatewayRoutesIn, shareAsErrors, shareOf } from './gatewayApiShared';

export const backendNotFound: Rule = {
  code: 'backend-not-found',
  defaultSeverity: 'warning',
  summary:
    'An HTTPRoute or GRPCRoute backendRef names a Service the workspace does not define (a warning with a suggestion when a close name exists, info otherwise), or a host name instead of a Service name (error); its share of requests gets HTTP 500.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    if (lookup.services.length === 0 && lookup.world.kind === 'open') return;
    for (const route of gatewayRoutesIn(context.file.resources))
      for (const rule of route.rules)
        for (const ref of rule.backendRefs) {
          if (!ref.name) continue;
          const verdict = judgeBackend(lookup, route, ref);
          const share = shareAsErrors(shareOf(context.analysis, route, rule, ref));
          if (verdict.kind === 'hostname-as-name') {
            report({
              span: ref.name.span,
              message: `A backendRef names a Service by its name, not its host name: Istio refuses \`${ref.name.value}\`. Write \`${ref.name.value.split('.')[0]}\` (and \`namespace:\` if it lives elsewhere).${share}`,
              severity: 'error',
            });
          } else if (verdict.kind === 'not-found') {
            // With a cluster snapshot (or completeWorkspace) the Service is known to exist nowhere.
            const closed = closedWorld(lookup, '/Service', verdict.namespace);
            if (closed) {
              report({
                span: ref.name.span,
                message: `No Service \`${ref.name.value}\` in namespace ${verdict.namespace} ${closed.where}${verdict.suggestion ? `; did you mean \`${verdict.suggestion}\`?` : '.'}${share}`,
                severity: 'error',
                data: {
                  ...(verdict.suggestion ? { replacement: verdict.suggestion } : {}),
                  source: closed.source,
                },
              });
              continue;
            }
            report({
              span: ref.name.span,
              message: verdict.suggestion
                ? `No Service \`${ref.name.value}\` in namespace ${verdict.namespace}; did you mean \`${verdict.suggestion}\`?${share}`
                : `Service \`${ref.name.value}\` (namespace ${verdict.namespace}) is not defined in this workspace. Fine if it lives in another repository; otherwise add it.${share}`,
              ...(verdict.suggestion ? { data: { replacement: verdict.suggestion } } : {}),
              severity: verdict.suggestion ? 'warning' : 'info',
            });
          }
        }
  },
};
