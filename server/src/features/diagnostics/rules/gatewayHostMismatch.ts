import { isAppDeployment, isVirtualService, type Located } from '../../../model/resources';
import { gatewayAcceptsHost, resolveGatewayRef } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { gatewayRefsIn, lookupOf } from './crossFile';

export const gatewayHostMismatch: Rule = {
  code: 'gateway-host-mismatch',
  defaultSeverity: 'warning',
  summary:
    "A VirtualService (or AppDeployment) bound to a Gateway none of whose servers accepts any of its hosts, so the Gateway never uses it (istioctl IST0132). Server hosts' `namespace/` prefixes are honoured.",
  istioctl: ['IST0132'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const { resource, namespace, ref, topLevel } of gatewayRefsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      if (!topLevel) continue;
      const hosts: readonly Located<string>[] =
        isVirtualService(resource) || isAppDeployment(resource) ? resource.hosts : [];
      if (hosts.length === 0) continue;
      const resolved = resolveGatewayRef(lookup, ref.value, namespace);
      if (resolved.kind === 'mesh' || resolved.gateways.length === 0) continue;
      if (
        hosts.some((h) => gatewayAcceptsHost(resolved.gateways, h.value, namespace, lookup.defaultNamespace))
      )
        continue;
      const served = [
        ...new Set(resolved.gateways.flatMap((g) => g.servers.flatMap((s) => s.hosts.map((h) => h.value)))),
      ];
      report({
        span: ref.span,
        message:
          `Gateway ${resolved.namespace}/${resolved.name} serves none of this ${resource.kind}'s hosts (${hosts.map((h) => h.value).join(', ')})` +
          (served.length ? `; its servers accept ${served.join(', ')}` : '; it has no server hosts') +
          `. Add the host to the Gateway's servers or change \`hosts\`.`,
        related: resolved.gateways.flatMap((g) =>
          g.name ? [{ uri: g.uri, span: g.name.span, message: `Gateway ${g.name.value}` }] : [],
        ),
      });
    }
  },
};
