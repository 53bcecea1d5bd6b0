import {
  fqdnProblem,
  isDns1123Label,
  isHttpProtocol,
  isIpOrSubnet,
  isTlsProtocol,
  parseProtocol,
  SUPPORTED_PROTOCOLS,
} from '../../../istio/webhook';
import type { Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// ValidateServiceEntry in pkg/config/validation/validation.go and the CRD's CEL rules: hosts
// present; port names DNS labels and unique, numbers unique, protocols known; addresses IPs or
// CIDRs (CIDRs only with NONE/STATIC); endpoints only where the resolution allows them; DNS
// resolution without endpoints needs FQDN hosts; several hosts need HTTP or TLS ports unless
// the resolution is NONE; workloadSelector and endpoints are exclusive.
export const invalidServiceEntry: Rule = {
  code: 'invalid-service-entry',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'A ServiceEntry the validation webhook refuses (ports, addresses, endpoints for its resolution, …).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec, kindSpan } of istioSpecs(file, 'ServiceEntry')) {
      const err = (node: SpecNode | undefined, message: string): void =>
        report({ span: node?.anchor ?? kindSpan, message });
      const resolution = spec.get('resolution')?.string ?? 'NONE';
      const hosts = spec.get('hosts')?.strings() ?? [];
      if (hosts.length === 0)
        err(spec.get('hosts'), 'A ServiceEntry needs at least one host; Istio refuses it without one.');
      const endpoints = spec.get('endpoints');
      const endpointList = endpoints?.items() ?? [];
      if (spec.isSet('workloadSelector') && endpoints && !endpoints.isNull)
        err(
          endpoints,
          'Use either `workloadSelector` or `endpoints`, not both; Istio refuses the combination.',
        );
      const addresses = spec.get('addresses')?.strings() ?? [];
      for (const { value, node } of addresses) {
        if (!isIpOrSubnet(value)) err(node, `\`${value}\` is not an IP address or CIDR block.`);
        else if (value.includes('/') && resolution !== 'NONE' && resolution !== 'STATIC')
          err(node, `CIDR addresses are only allowed with resolution NONE or STATIC, not ${resolution}.`);
      }
      const names = new Set<string>();
      const numbers = new Set<number>();
      const protocols: ReturnType<typeof parseProtocol>[] = [];
      for (const port of spec.list('ports')) {
        const name = port.get('name');
        const nameText = name?.text ?? '';
        if (!isDns1123Label(nameText))
          err(
            name ?? port,
            `\`${nameText}\` is not a valid port name; use letters, digits and \`-\` (a DNS label).`,
          );
        else if (names.has(nameText))
          err(name, `The port name \`${nameText}\` is defined twice; Istio refuses duplicates.`);
        names.add(nameText);
        const number = port.get('number');
        const n = number?.number;
        if (n !== undefined) {
          if (numbers.has(n))
            err(number, `Port ${n} is defined twice; Istio refuses duplicate port numbers.`);
          numbers.add(n);
        }
        const protocolNode = port.get('protocol');
        const protocolText = protocolNode?.string ?? '';
        const protocol = protocolText === '' ? undefined : parseProtocol(protocolText);
        if (protocolText !== '' && !protocol)
          err(
            protocolNode,
            `\`${protocolText}\` is not a protocol Istio knows; use one of ${SUPPORTED_PROTOCOLS}.`,
          );
        protocols.push(protocol);
      }
      if (resolution === 'NONE' && endpoints && !endpoints.isNull)
        err(
          endpoints,
          'With resolution NONE (the default) a ServiceEntry cannot list endpoints; set `resolution: STATIC` or `DNS`.',
        );
      if (resolution === 'DNS_ROUND_ROBIN' && endpointList.length > 1)
        err(endpoints, 'DNS_ROUND_ROBIN allows at most one endpoint; use resolution DNS for several.');
      if ((resolution === 'DNS' || resolution === 'DNS_ROUND_ROBIN') && endpointList.length === 0) {
        const bad = hosts.find((h) => fqdnProblem(h.value) !== undefined);
        if (bad)
          err(
            bad.node,
            `With resolution ${resolution} and no endpoints, every host must be a fully qualified name Istio can resolve; \`${bad.value}\` is not.`,
          );
      }
      if (resolution === 'DYNAMIC_DNS') {
        for (const h of hosts)
          if (!h.value.startsWith('*'))
            err(h.node, 'With resolution DYNAMIC_DNS every host must be a wildcard (`*.example.com`).');
        if (addresses.length > 0) err(spec.get('addresses'), 'Resolution DYNAMIC_DNS takes no `addresses`.');
        if (endpointList.length > 0) err(endpoints, 'Resolution DYNAMIC_DNS takes no `endpoints`.');
      }
      if (resolution !== 'NONE' && hosts.length > 1) {
        const i = protocols.findIndex((p) => !isHttpProtocol(p) && !isTlsProtocol(p));
        if (i >= 0)
          err(
            spec.list('ports')[i]!.get('protocol') ?? spec.list('ports')[i]!.get('number'),
            `Several hosts share this ServiceEntry, but port ${i + 1} is not HTTP or TLS, so Istio cannot tell the hosts apart; refused unless the resolution is NONE. Split the ServiceEntry or set the protocol.`,
          );
      }
    }
  },
};
