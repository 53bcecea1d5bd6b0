import { isGateway, type Gateway } from '../../../model/resources';
import { normalizeHost } from '../../../workspace/hostNames';
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
    const bySelector = new Map<string, Gateway[]>();
    const folder = fileSetOf(context.file.uri);
    for (const g of lookup.gateways) {
      if (fileSetOf(g.uri) !== folder) continue;
      const key = selectorKey(g.selector);
      if (key === '') continue;
      const list = bySelector.get(key);
      if (list) list.push(g);
      else bySelector.set(key, [g]);
    }
    for (const gateway of own) {
      const key = selectorKey(gateway.selector);
      if (key === '') continue;
      const identity = resourceIdentity(gateway, defaultNamespace);
      const others = (bySelector.get(key) ?? []).filter((o) => {
        const id = resourceIdentity(o, defaultNamespace);
        return id !== undefined && id !== identity;
      });
      if (others.length === 0) continue;
      for (const server of gateway.servers) {
        const port = server.port?.number;
        if (port === undefined) continue;
        for (const host of server.hosts) {
          const clashing = new Map<string, Gateway>();
          for (const other of others) {
            const id = resourceIdentity(other, defaultNamespace)!;
            if (clashing.has(id)) continue;
            const clash = other.servers.some(
              (s) => s.port?.number === port && s.hosts.some((h) => dnsName(h.value) === dnsName(host.value)),
            );
            if (clash) clashing.set(id, other);
          }
          if (clashing.size === 0) continue;
          const names = [...clashing.values()].map((o) => qualifiedName(o, defaultNamespace));
          report({
            span: host.span,
            message: `Gateway ${names.join(', ')} also selects ${key} and serves port ${port} for \`${host.value}\`; the proxy keeps only one of these servers. Merge them into one Gateway or use distinct hosts.`,
            related: [...clashing.values()].flatMap((o) =>
              o.name ? [{ uri: o.uri, span: o.name.span, message: `Gateway ${o.name.value}` }] : [],
            ),
          });
        }
      }
    }
  },
};
