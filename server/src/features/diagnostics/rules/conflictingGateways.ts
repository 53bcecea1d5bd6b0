import { isGateway, type Gateway } from '../../../model/resources';
import { gatewayServerKey, gatewayServersByFileSet, selectorKey } from '../../../workspace/lookupIndexes';
import { qualifiedName, resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { derivedIndex, fileSetOf, lookupOf } from './crossFile';

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
    // Which Gateway serves each selector + port + host, per folder: built once per workspace
    // state. Comparing Gateways pairwise, or scanning them all per file, was quadratic.
    const servedBy = derivedIndex(context, lookup, gatewayServersByFileSet).get(fileSetOf(context.file.uri));
    for (const gateway of own) {
      const selector = selectorKey(gateway.selector);
      const identity = resourceIdentity(gateway, defaultNamespace);
      if (selector === '') continue;
      for (const server of gateway.servers) {
        const port = server.port?.number;
        if (port === undefined) continue;
        for (const host of server.hosts) {
          const ids = servedBy?.get(gatewayServerKey(selector, port, host.value));
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
