import { isGateway, type Gateway } from '../../../model/resources';
import { normalizeHost } from '../../../istio/hosts';
import { qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { fileSetOf, lookupOf } from './crossFile';

function selectorKey(selector: Readonly<Record<string, string>>): string {
  return Object.entries(selector)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** The DNS part of a server host (`namespace/host` -> `host`), normalised. */
function dnsName(serverHost: string): string {
  const slash = serverHost.indexOf('/');
  return normalizeHost(slash >= 0 ? serverHost.slice(slash + 1) : serverHost);
}

export const conflictingGateways: Rule = {
  code: 'conflicting-gateways',
  defaultSeverity: 'warning',
  summary:
    'Two different Gateways (different names) with the same workload selector serve the same port for the same host, in one file set applied together (the same file or the same folder); the gateway proxy keeps only one of the servers (istioctl IST0145). Versions of one Gateway in several files are one.',
  istioctl: ['IST0145'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    const defaultNamespace = lookup.defaultNamespace;
    const own = context.file.resources.filter(isGateway);
    if (own.length === 0) return;
    // One pass over the file set's Gateways: which Gateway (by identity) serves each
    // selector + port + host. Pairwise comparison was quadratic in the number of Gateways.
    const servedBy = new Map<string, Map<string, Gateway>>();
    const folder = fileSetOf(context.file.uri);
    for (const g of lookup.gateways) {
      if (fileSetOf(g.uri) !== folder) continue;
      const selector = selectorKey(g.selector);
      const id = resourceIdentity(g, defaultNamespace);
      if (selector === '' || id === undefined) continue;
      for (const server of g.servers) {
        const port = server.port?.number;
        if (port === undefined) continue;
        for (const h of server.hosts) {
          const key = `${selector}|${port}|${dnsName(h.value)}`;
          const ids = servedBy.get(key) ?? new Map<string, Gateway>();
          if (!ids.has(id)) ids.set(id, g);
          servedBy.set(key, ids);
        }
      }
    }
    for (const gateway of own) {
      const selector = selectorKey(gateway.selector);
      const identity = resourceIdentity(gateway, defaultNamespace);
      if (selector === '') continue;
      for (const server of gateway.servers) {
        const port = server.port?.number;
        if (port === undefined) continue;
        for (const host of server.hosts) {
          const ids = servedBy.get(`${selector}|${port}|${dnsName(host.value)}`);
          const clashing = [...(ids ?? new Map<string, Gateway>())]
            .filter(([id]) => id !== identity)
            .map(([, g]) => g);
          if (clashing.length === 0) continue;
          const names = clashing.map((o) => qualifiedName(o, defaultNamespace));
          report({
            span: host.span,
            message: `Gateway ${names.join(', ')} also selects ${selector} and serves port ${port} for \`${host.value}\`; the proxy keeps only one of these servers. Merge them into one Gateway or use distinct hosts.`,
            related: clashing.flatMap((o) =>
              o.name ? [{ uri: o.uri, span: o.name.span, message: `Gateway ${o.name.value}` }] : [],
            ),
          });
        }
      }
    }
  },
};
