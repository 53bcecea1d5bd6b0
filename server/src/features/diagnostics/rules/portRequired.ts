import { portsOfHost, servicesForHost } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';
import { destinationsIn, lookupOf } from './crossFile';

export const portRequired: Rule = {
  code: 'port-required',
  defaultSeverity: 'warning',
  summary:
    'A destination without `port` whose Service or ServiceEntry exposes several ports, so the port is ambiguous (istioctl IST0112).',
  istioctl: ['IST0112'],
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const { destination, host, namespace } of destinationsIn(
      context.file.resources,
      lookup.defaultNamespace,
    )) {
      if (destination.port) continue;
      const found = servicesForHost(lookup, host.value, namespace);
      const ports = portsOfHost(found);
      if (ports.length < 2) continue;
      report({
        span: host.span,
        message: `Host \`${host.value}\` exposes ports ${ports.join(', ')}; say which one this destination means with \`port: {number: ${ports[0]}}\` next to \`host\`.`,
        data: { ports },
      });
    }
  },
};
