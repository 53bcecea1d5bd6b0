import { portsOfHost, servicesForHost } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { destinationsIn, lookupOf } from './crossFile';

export const portNotFound: Rule = {
  code: 'port-not-found',
  defaultSeverity: 'warning',
  summary:
    "A destination port that the host's Service or ServiceEntry (any version in the workspace) does not expose (istioctl IST0101 host:port).",
  istioctl: ['IST0101'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const { destination, host, namespace } of destinationsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      const port = destination.port;
      if (!port) continue;
      const found = servicesForHost(lookup, host.value, namespace);
      const ports = portsOfHost(found);
      if (ports.length === 0 || ports.includes(port.value)) continue;
      const owner = found.services[0] ?? found.serviceEntries[0];
      report({
        span: port.span,
        message: `Host \`${host.value}\` has no port ${port.value}: ${owner?.kind ?? 'its Service'} ${owner?.name?.value ?? ''} exposes ${ports.join(', ')}. ${ports.length === 1 ? `Use port ${ports[0]}.` : 'Use one of those ports.'}`,
        ...(ports.length === 1 ? { data: { replacement: String(ports[0]) } } : {}),
        related: [...found.services, ...found.serviceEntries].flatMap((s) =>
          s.name ? [{ uri: s.uri, span: s.name.span, message: `${s.kind} ${s.name.value}` }] : [],
        ),
      });
    }
  },
};
