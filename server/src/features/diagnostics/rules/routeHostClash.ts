// An HTTPRoute (or GRPCRoute) and a VirtualService for the same host. Istio turns the route into
// VirtualService configuration of its own; two of them for one host in the mesh leave sidecars
// with one of them unpredictably (as conflicting-mesh-hosts, IST0109). Mesh clashes (a route
// attached to Service `x` and a mesh VirtualService for host `x`) are warnings; a route hostname
// that a gateway-bound VirtualService also serves is info, since the two may sit on different
// ingress deployments.
import { namespaceOf } from '../../../model/namespaces';
import type { VirtualService } from '../../../model/resources';
import { hostForms, isWildcardHost, normalizeHost } from '../../../istio/hosts';
import { isBoundToMesh, virtualServicesForHost } from '../../../workspace/resolve';
import { isGatewayParent, isServiceParent } from '../../gatewayApi/references';
import type { Rule } from '../ruleTypes';
import { fileSetOf, lookupOf } from './crossFile';
import { gatewayRoutesIn } from './gatewayApiShared';

export const routeHostClash: Rule = {
  code: 'route-host-clash',
  defaultSeverity: 'warning',
  summary:
    'An HTTPRoute or GRPCRoute and a VirtualService route the same host: in the mesh (route attached to the Service, VirtualService bound to mesh) one of them wins unpredictably (warning); at a gateway it depends on the deployments (info). Only resources of one folder are compared.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    if (lookup.virtualServices.length === 0) return;
    const related = (list: readonly VirtualService[]) =>
      list.flatMap((vs) =>
        vs.name ? [{ uri: vs.uri, span: vs.name.span, message: `VirtualService ${vs.name.value}` }] : [],
      );
    // Like the other conflict rules, compare within one file set (folder): other folders may hold
    // other environments or clusters.
    const fileSet = fileSetOf(context.file.uri);
    const sameSet = (vs: VirtualService) => fileSetOf(vs.uri) === fileSet;
    for (const route of gatewayRoutesIn(context.file.resources)) {
      const routeNamespace = namespaceOf(route, lookup.defaultNamespace);
      for (const ref of route.parentRefs) {
        if (!isServiceParent(ref) || !ref.name) continue;
        const namespace = ref.namespace?.value ?? routeNamespace;
        const host = `${ref.name.value}.${namespace}.svc.cluster.local`;
        const clash = virtualServicesForHost(lookup, host, namespace).filter(
          (vs) => isBoundToMesh(vs) && sameSet(vs),
        );
        if (clash.length === 0) continue;
        report({
          span: ref.name.span,
          message: `VirtualService ${clash.map((v) => `\`${v.name?.value ?? ''}\``).join(', ')} also routes \`${ref.name.value}\` in the mesh; with both, sidecars follow one of them unpredictably. Keep one.`,
          related: related(clash),
        });
      }
      if (!route.parentRefs.some(isGatewayParent)) continue;
      for (const hostname of route.hostnames) {
        if (isWildcardHost(hostname.value)) continue;
        const h = normalizeHost(hostname.value);
        const clash = lookup.virtualServices.filter(
          (vs) =>
            sameSet(vs) &&
            vs.gateways.some((g) => g.value.trim() !== 'mesh') &&
            vs.hosts.some((vh) => hostForms(vh.value, namespaceOf(vs, lookup.defaultNamespace)).includes(h)),
        );
        if (clash.length === 0) continue;
        report({
          span: hostname.span,
          message: `VirtualService ${clash.map((v) => `\`${v.name?.value ?? ''}\``).join(', ')} also serves host \`${hostname.value}\` at a gateway; if both reach the same ingress, which one answers is undefined. Keep one.`,
          severity: 'info',
          related: related(clash),
        });
      }
    }
  },
};
