import { isVirtualService, type VirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { hostForms, sameHost } from '../../../workspace/hostNames';
import { isBoundToMesh, qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

export const gatewayRouteIgnoresSubsets: Rule = {
  code: 'gateway-route-ignores-subsets',
  defaultSeverity: 'warning',
  summary:
    "A gateway-bound VirtualService routes to a host without a subset while a mesh VirtualService splits that host into subsets: the mesh routes do not apply to the gateway's requests, which reach every version (istioctl IST0140).",
  istioctl: ['IST0140'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const defaultNamespace = lookup.defaultNamespace;
    const bound = context.file.resources
      .filter(isVirtualService)
      .filter((vs) => vs.gateways.some((g) => g.value.trim() !== 'mesh'));
    if (bound.length === 0) return;
    // Host (fully qualified) -> mesh VirtualServices for that host that route to its subsets.
    const splitting = new Map<string, VirtualService[]>();
    for (const vs of lookup.virtualServices) {
      if (!isBoundToMesh(vs)) continue;
      const ns = namespaceOf(vs, defaultNamespace);
      for (const host of vs.hosts) {
        const usesSubsets = vs.routes.some((r) =>
          r.destinations.some((d) => d.subset && d.host && sameHost(d.host.value, ns, host.value, ns)),
        );
        if (!usesSubsets) continue;
        for (const form of hostForms(host.value, ns)) {
          const list = splitting.get(form);
          if (!list) splitting.set(form, [vs]);
          else if (!list.includes(vs)) list.push(vs);
        }
      }
    }
    for (const vs of bound) {
      const ns = namespaceOf(vs, defaultNamespace);
      const identity = resourceIdentity(vs, defaultNamespace);
      for (const route of vs.routes) {
        if (route.protocol !== 'http') continue;
        for (const destination of route.destinations) {
          if (!destination.host || destination.subset) continue;
          const others = new Map<string, VirtualService>();
          for (const form of hostForms(destination.host.value, ns))
            for (const other of splitting.get(form) ?? []) {
              const id = resourceIdentity(other, defaultNamespace);
              if (id && id !== identity && !others.has(id)) others.set(id, other);
            }
          if (others.size === 0) continue;
          const names = [...others.values()].map((o) => qualifiedName(o, defaultNamespace));
          report({
            span: destination.host.span,
            message: `Requests through the gateway reach every version of \`${destination.host.value}\`: the subsets that VirtualService ${names.join(', ')} routes to apply only inside the mesh. Name a subset here too, or bind that VirtualService to this gateway.`,
            related: [...others.values()].flatMap((o) =>
              o.name ? [{ uri: o.uri, span: o.name.span, message: `VirtualService ${o.name.value}` }] : [],
            ),
          });
        }
      }
    }
  },
};
