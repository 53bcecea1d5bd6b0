// A backendRef into another namespace needs a ReferenceGrant there (Istio: ResolvedRefs False,
// RefNotPermitted, and the backend's share gets HTTP 500). A warning when the workspace holds
// that namespace's configuration (Services or ReferenceGrants there), info otherwise.
import { backendPermitted, isServiceRef } from '../../gatewayApi/references';
import { namespaceOf } from '../../../model/namespaces';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';
import { gatewayRoutesIn, shareAsErrors, shareOf } from './gatewayApiShared';

export const backendNotPermitted: Rule = {
  code: 'backend-not-permitted',
  defaultSeverity: 'warning',
  summary:
    'An HTTPRoute or GRPCRoute backendRef to a Service in another namespace that no ReferenceGrant in that namespace allows; its share of requests gets HTTP 500.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const route of gatewayRoutesIn(context.file.resources))
      for (const rule of route.rules)
        for (const ref of rule.backendRefs) {
          if (!ref.namespace || !ref.name || !isServiceRef(ref)) continue;
          if (backendPermitted(lookup, route, ref)) continue;
          const to = ref.namespace.value;
          const from = namespaceOf(route, lookup.defaultNamespace);
          const known =
            (lookup.servicesByNamespace.get(to)?.length ?? 0) > 0 ||
            lookup.referenceGrants.some((g) => namespaceOf(g, lookup.defaultNamespace) === to);
          report({
            span: ref.namespace.span,
            message: `No ReferenceGrant in namespace ${to} lets ${route.kind === 'HTTPRoute' ? 'an' : 'a'} ${route.kind} from namespace ${from} use Service \`${ref.name.value}\`; add one there (from: ${route.kind} in ${from}, to: Service).${shareAsErrors(shareOf(context.analysis, route, rule, ref))}`,
            severity: known ? 'warning' : 'info',
          });
        }
  },
};
