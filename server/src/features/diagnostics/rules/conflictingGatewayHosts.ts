// Kiali's KIA1106 for gateways (business/checkers/virtualservices/single_host_checker.go): two
// different VirtualServices bind the same host to the same Gateway. Istio's gateway builder
// (pilot/pkg/networking/core/gateway.go) appends the second one's routes to the first one's
// virtual host, in an order set by creation time, so a catch-all route in one hides the other's
// routes. The mesh case (no `gateways`, or `mesh`) is conflicting-mesh-hosts (istioctl IST0109),
// so it is not reported here. Gateway references are compared as Istio resolves them
// (`gw` in namespace `shop` is `shop/gw`); versions of one VirtualService in several files are one.
import { isVirtualService, type VirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import { gatewayRefKey } from '../../../istio/gateways';
import { hostForms, isWildcardHost } from '../../../istio/hosts';
import { gatewayAcceptsHost, qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

/** The Gateways (as `namespace/name`) a VirtualService is bound to, `mesh` left out. */
function boundGateways(vs: VirtualService, defaultNamespace: string): Set<string> {
  const namespace = namespaceOf(vs, defaultNamespace);
  return new Set(
    vs.gateways
      .filter((g) => g.value.trim() !== '')
      .map((g) => gatewayRefKey(g.value, namespace))
      .filter((key) => key !== 'mesh'),
  );
}

export const conflictingGatewayHosts: Rule = {
  code: 'conflicting-gateway-hosts',
  defaultSeverity: 'warning',
  summary:
    'Two different VirtualServices bind the same host to the same Gateway (Kiali KIA1106); Istio merges their routes in creation order, so one can hide the other. The mesh case is conflicting-mesh-hosts.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const defaultNamespace = lookup.defaultNamespace;
    for (const vs of context.file.resources) {
      if (!isVirtualService(vs)) continue;
      const gateways = boundGateways(vs, defaultNamespace);
      if (gateways.size === 0) continue;
      const ns = namespaceOf(vs, defaultNamespace);
      const identity = resourceIdentity(vs, defaultNamespace);
      for (const host of vs.hosts) {
        if (isWildcardHost(host.value)) continue;
        const form = hostForms(host.value, ns)[0]!;
        // A Gateway of the workspace that does not accept the host never gets the routes
        // (gateway-host-mismatch says so); one defined elsewhere is taken to accept it, as Kiali does.
        const accepts = (gateway: string, h: string, namespace: string) => {
          const defined = lookup.gatewaysByRef.get(gateway) ?? [];
          return defined.length === 0 || gatewayAcceptsHost(defined, h, namespace, defaultNamespace);
        };
        const mine = [...gateways].filter((g) => accepts(g, host.value, ns));
        if (mine.length === 0) continue;
        const clashes = new Map<string, { other: VirtualService; gateway: string }>();
        for (const other of lookup.virtualServicesByHost.get(form) ?? []) {
          const otherIdentity = resourceIdentity(other, defaultNamespace);
          if (otherIdentity === undefined || otherIdentity === identity || clashes.has(otherIdentity))
            continue;
          const otherNs = namespaceOf(other, defaultNamespace);
          const otherHost = other.hosts.find((h) => hostForms(h.value, otherNs).includes(form));
          if (!otherHost) continue;
          const theirs = boundGateways(other, defaultNamespace);
          const shared = mine.find((g) => theirs.has(g) && accepts(g, otherHost.value, otherNs));
          if (shared) clashes.set(otherIdentity, { other, gateway: shared });
        }
        if (clashes.size === 0) continue;
        const list = [...clashes.values()];
        const described = list
          .map(
            ({ other, gateway }) =>
              `VirtualService ${qualifiedName(other, defaultNamespace)} (Gateway ${gateway})`,
          )
          .join(', ');
        report({
          span: host.span,
          message: `${described} also binds host \`${host.value}\` to the same Gateway; Istio merges the routes in creation order, so one VirtualService's routes can hide the other's. Keep one VirtualService per host and Gateway, or delegate.`,
          related: list.flatMap(({ other }) =>
            other.name
              ? [{ uri: other.uri, span: other.name.span, message: `VirtualService ${other.name.value}` }]
              : [],
          ),
        });
      }
    }
  },
};
