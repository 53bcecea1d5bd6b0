import { gatewayNameIndex, type GatewayNameIndex } from '../../../workspace/lookupIndexes';
import { closedWorld, resolveGatewayRef } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { derivedIndex, gatewayRefsIn, lookupOf } from './crossFile';
import { namespaceOf } from '../../../model/namespaces';

export const gatewayNotFound: Rule = {
  code: 'gateway-not-found',
  defaultSeverity: 'warning',
  summary:
    'A `gateways` entry (VirtualService, route match or AppDeployment) names a Gateway the workspace does not define (istioctl IST0101). `mesh` is never reported; a reference into a namespace where the workspace has no Gateway at all is left alone (the Gateway likely lives in another repository) unless a Gateway of that name exists in another namespace. Laid over a cluster snapshot (or with `completeWorkspace`), a Gateway found neither in the files nor in the cluster is an error naming the context.',
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    // Names by namespace and "did you mean" answers are indexed once per workspace state (and
    // only once a reference does not resolve): scanning every Gateway per unresolved reference
    // made the rule quadratic.
    let names: GatewayNameIndex | undefined;
    const gatewayNames = () => (names ??= derivedIndex(context, lookup, gatewayNameIndex));
    for (const { ref, namespace } of gatewayRefsIn(context.file.resources, lookup.defaultNamespace)) {
      if (ref.value.trim() === '') continue;
      const resolved = resolveGatewayRef(lookup, ref.value, namespace);
      if (resolved.kind === 'mesh' || resolved.gateways.length > 0) continue;
      const sameName = gatewayNames().byName.get(resolved.name) ?? [];
      const closed = closedWorld(lookup, 'networking.istio.io/Gateway', resolved.namespace);
      if (sameName.length > 0) {
        // The Gateway exists, in another namespace: the reference needs that namespace.
        const target = sameName[0]!;
        const replacement = `${namespaceOf(target, lookup.defaultNamespace)}/${resolved.name}`;
        report({
          span: ref.span,
          message: `Gateway \`${resolved.name}\` is not in namespace ${resolved.namespace}; it is defined in namespace ${replacement.split('/')[0]}. Write \`${replacement}\`.`,
          data: { replacement, ...(closed ? { source: closed.source } : {}) },
          ...(closed ? { severity: 'error' as const } : {}),
          related: sameName.map((g) => ({ uri: g.uri, span: g.name!.span, message: 'the Gateway' })),
        });
        continue;
      }
      const inNamespace = gatewayNames().namesInNamespace(resolved.namespace);
      if (!inNamespace && !closed) continue;
      const names = inNamespace?.candidates ?? [];
      const near = inNamespace?.of(resolved.name);
      const written = ref.value.trim();
      const replacement = near
        ? written.includes('/')
          ? `${resolved.namespace}/${near}`
          : resolved.deprecatedForm
            ? `${resolved.namespace}/${near}`
            : near
        : undefined;
      const there = names.length ? `Gateways there: ${names.join(', ')}.` : 'there are no Gateways there.';
      report({
        span: ref.span,
        message:
          `No Gateway \`${resolved.name}\` in namespace ${resolved.namespace}${closed ? ` ${closed.where}` : ''}; ${there}` +
          (replacement ? ` Did you mean \`${replacement}\`?` : ' Fix the name or add the Gateway.'),
        ...(closed ? { severity: 'error' as const } : {}),
        ...(replacement || closed
          ? {
              data: { ...(replacement ? { replacement } : {}), ...(closed ? { source: closed.source } : {}) },
            }
          : {}),
      });
    }
  },
};
