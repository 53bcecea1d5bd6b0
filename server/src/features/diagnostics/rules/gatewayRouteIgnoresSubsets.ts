import { isVirtualService, type VirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { sameHost } from '../../../istio/hosts';
import {
  isBoundToMesh,
  qualifiedName,
  resourceIdentity,
  virtualServicesForHost,
} from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

/** Whether a VirtualService sends some of its traffic for `host` (read in `hostNamespace`) to subsets. */
function routesToSubsetsOf(
  vs: VirtualService,
  host: string,
  hostNamespace: string,
  defaultNamespace: string,
): boolean {
  const ns = namespaceOf(vs, defaultNamespace);
  return vs.routes.some((r) =>
    r.destinations.some((d) => d.subset && d.host && sameHost(d.host.value, ns, host, hostNamespace)),
  );
}

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
    for (const vs of bound) {
      const ns = namespaceOf(vs, defaultNamespace);
      const identity = resourceIdentity(vs, defaultNamespace);
      for (const route of vs.routes) {
        if (route.protocol !== 'http') continue;
        for (const destination of route.destinations) {
          if (!destination.host || destination.subset) continue;
          const others = new Map<string, VirtualService>();
          for (const other of virtualServicesForHost(lookup, destination.host.value, ns)) {
            const id = resourceIdentity(other, defaultNamespace);
            if (!id || id === identity || others.has(id) || !isBoundToMesh(other)) continue;
            if (routesToSubsetsOf(other, destination.host.value, ns, defaultNamespace)) others.set(id, other);
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
