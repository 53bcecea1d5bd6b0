// A parentRef the route will not attach to, said the way the route's `Accepted` condition would
// (NoMatchingParent, NoMatchingListenerHostname, NotAllowedByListeners), following Istio's
// referenceAllowed. A parent missing from the workspace is reported only when that namespace has
// Gateways (or Services) in the workspace, or the name exists elsewhere: otherwise it may live in
// another repository. With a cluster snapshot that read the kind (or completeWorkspace), a parent
// found nowhere is an error naming the context.
import { GATEWAY_API_GROUP } from '../../../model/resources';
import { closedWorld } from '../../../workspace/resolve';
import { judgeParent } from '../../gatewayApi/references';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';
import { gatewayRoutesIn } from './gatewayApiShared';

export const routeNotAccepted: Rule = {
  code: 'route-not-accepted',
  defaultSeverity: 'warning',
  summary:
    "An HTTPRoute or GRPCRoute parentRef that will not attach: no such Gateway or Service, no listener with that sectionName or port, no shared hostname, or the listener's allowedRoutes refuse the route's namespace or kind.",
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const route of gatewayRoutesIn(context.file.resources))
      for (const ref of route.parentRefs) {
        const verdict = judgeParent(lookup, route, ref);
        const span = ref.name?.span ?? ref.span;
        if (verdict.kind === 'missing') {
          if (verdict.elsewhere && verdict.elsewhere !== verdict.namespace) {
            report({
              span,
              message: `Not accepted (NoMatchingParent): Gateway \`${ref.name?.value}\` is in namespace ${verdict.elsewhere}, not ${verdict.namespace}; add \`namespace: ${verdict.elsewhere}\` to the parentRef.`,
            });
          } else {
            // With a cluster snapshot (or completeWorkspace) the parent is known to exist nowhere.
            const closed = closedWorld(
              lookup,
              verdict.parentKind === 'Gateway' ? `${GATEWAY_API_GROUP}/Gateway` : '/Service',
              verdict.namespace,
            );
            if (!verdict.namespaceKnown && !closed) continue;
            report({
              span,
              message:
                `Not accepted (NoMatchingParent): no ${verdict.parentKind} \`${ref.name?.value}\` in namespace ${verdict.namespace}${closed ? ` ${closed.where}` : ''}` +
                (verdict.suggestion ? `; did you mean \`${verdict.suggestion}\`?` : '.'),
              ...(closed ? { severity: 'error' as const } : {}),
              ...(verdict.suggestion || closed
                ? {
                    data: {
                      ...(verdict.suggestion ? { replacement: verdict.suggestion } : {}),
                      ...(closed ? { source: closed.source } : {}),
                    },
                  }
                : {}),
            });
          }
        } else if (verdict.kind === 'rejected') {
          const at =
            verdict.reason === 'NoMatchingParent' ? (ref.sectionName?.span ?? ref.port?.span ?? span) : span;
          report({
            span: at,
            message: `Not accepted (${verdict.reason}): ${verdict.message}`,
            related: verdict.gateways.flatMap((g) =>
              g.name ? [{ uri: g.uri, span: g.name.span, message: `Gateway ${g.name.value}` }] : [],
            ),
          });
        }
      }
  },
};
