// A Service name cut short (`reviews.prod`, `reviews.prod.svc`) where the workspace (or the
// cluster snapshot under it) has the Service it obviously means. Istio expands only a host
// without a dot (pilot ResolveShortnameToFQDN; istioctl's ConvertHostToFQDN likewise), so the
// host is taken as written and names nothing: a route to it has no Envoy cluster and answers 503
// (response flag NC), a mesh VirtualService host never meets the Service's traffic, a
// DestinationRule host applies to no Service. The quick fix writes the Service's FQDN.
import { isDestinationRule, isVirtualService, type Located } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { liveContext } from '../../../cluster/liveResources';
import { isBoundToMesh, unexpandedServiceHost, type WorkspaceLookup } from '../../../workspace/resolve';
import type { Finding, Rule } from '../ruleTypes';
import { destinationsIn, lookupOf } from './crossFile';

function finding(
  lookup: WorkspaceLookup,
  host: Located<string>,
  namespace: string,
  consequence: string,
): Finding | undefined {
  const cut = unexpandedServiceHost(lookup, host.value, namespace);
  if (!cut) return undefined;
  const live = cut.services.map(liveContext).find((c) => c !== undefined);
  const written = host.value.trim();
  return {
    span: host.span,
    message: `\`${written}\` names no Service: Istio expands only a host without a dot and takes \`${written}\` as written, and no Service or ServiceEntry has that name, so ${consequence}. Service \`${cut.name}\` of namespace ${cut.namespace}${live !== undefined ? ` (live in ${live})` : ''} is \`${cut.fqdn}\`.`,
    data: { replacement: cut.fqdn, ...(live !== undefined ? { source: `cluster:${live}` } : {}) },
    related: cut.services.flatMap((s) =>
      s.name ? [{ uri: s.uri, span: s.name.span, message: `Service ${s.name.value}` }] : [],
    ),
  };
}

export const unexpandedHost: Rule = {
  code: 'unexpanded-host',
  defaultSeverity: 'error',
  summary:
    'A dotted host written like a Service name cut short (`reviews.prod`, `reviews.prod.svc`) in a route destination, mirror, mesh VirtualService `hosts` or DestinationRule `host`, when the workspace or cluster snapshot has that Service: Istio expands only dotless hosts, so the host names nothing (istioctl IST0101). The quick fix writes the FQDN.',
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    // A workspace without Services cannot show which Service was meant.
    if (lookup.services.length === 0) return;
    for (const { host, namespace, mirror } of destinationsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      const found = finding(
        lookup,
        host,
        namespace,
        mirror
          ? 'Envoy has no cluster for it and the mirrored copies go nowhere'
          : 'Envoy has no cluster for it and answers the requests routed here with 503 (no cluster found)',
      );
      if (found) report(found);
    }
    for (const resource of context.file.resources) {
      const namespace = namespaceOf(resource, lookup.defaultNamespace);
      if (isVirtualService(resource) && isBoundToMesh(resource)) {
        for (const host of resource.hosts) {
          const found = finding(
            lookup,
            host,
            namespace,
            "this VirtualService does not apply to the Service's traffic in the mesh (Istio gives a name outside the registry only a port-80 route for that exact Host header)",
          );
          if (found) report(found);
        }
      } else if (isDestinationRule(resource) && resource.host) {
        const found = finding(
          lookup,
          resource.host,
          namespace,
          'this DestinationRule applies to no Service (its subsets and traffic policy are never used)',
        );
        if (found) report(found);
      }
    }
  },
};
