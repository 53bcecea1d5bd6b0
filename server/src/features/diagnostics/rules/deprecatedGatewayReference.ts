// Kiali's KIA1108 (business/checkers/virtualservices/no_gateway_checker.go, checkNomenclature):
// a VirtualService's gateway reference (in `gateways` or a route match's `gateways`) written in
// the old dotted form, `name.namespace` or `name.namespace.svc.cluster.local`. Istio still reads
// it as `namespace/name`; the slash form is the one to write. Kiali flags any reference with a
// dot, also `namespace/name.with.dots`; Istio reads a reference with a slash as
// `namespace/name`, so only references without one are reported here. The quick fix writes
// `namespace/name` when the Gateway is in the workspace.
import { isVirtualService } from '../../../model/resources';
import { resolveGatewayRef, type WorkspaceLookup } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { gatewayRefsIn, lookupOf } from './crossFile';

export const deprecatedGatewayReference: Rule = {
  code: 'deprecated-gateway-reference',
  defaultSeverity: 'hint',
  summary: 'A gateway reference in the old `name.namespace` form (Kiali KIA1108); prefer `namespace/name`.',
  crossFile: true,
  check(context, report) {
    const sites = gatewayRefsIn(
      context.file.resources.filter(isVirtualService),
      context.settings.defaultNamespace,
    );
    let lookup: WorkspaceLookup | undefined;
    for (const { ref, namespace } of sites) {
      const written = ref.value.trim();
      if (written.includes('/') || !written.includes('.')) continue;
      const resolved = resolveGatewayRef((lookup ??= lookupOf(context)), written, namespace);
      if (resolved.kind !== 'gateway') continue;
      const replacement = `${resolved.namespace}/${resolved.name}`;
      const found = resolved.gateways.length > 0;
      report({
        span: ref.span,
        message: `\`${written}\` is the old form of a gateway reference; Istio reads it as \`${replacement}\`. Prefer writing \`${replacement}\`.`,
        ...(found ? { data: { replacement } } : {}),
      });
    }
  },
};
