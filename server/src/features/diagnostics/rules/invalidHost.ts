import {
  isDns1123Label,
  isIpAddress,
  isPartialWildcard,
  wildcardDomainProblem,
} from '../../../istio/webhook';
import type { Finding, Rule } from '../ruleTypes';
import { boundToGatewaysOnly, istioSpecs, virtualServiceDestinations, type SpecNode } from '../specNodes';

// The host checks of pkg/config/validation (ValidateVirtualService, validateDestination,
// ValidateDestinationRule, ValidateServiceEntry, validateServer) and agent/validation.go
// (ValidateWildcardDomain, ValidateNamespaceSlashWildcardHostname): host names are DNS names
// whose first label may be a wildcard; a destination or ServiceEntry host cannot be `*`; a
// Gateway host is `[namespace/]name` with a dotted name (no short names) and no partial wildcard.
export const invalidHost: Rule = {
  code: 'invalid-host',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'A host name the validation webhook refuses (bad DNS label, `*` as a destination, short Gateway host, …).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const refuse = (node: SpecNode, host: string, why: string, severity?: Finding['severity']): void =>
      report({
        span: node.span,
        message: `Istio refuses the host \`${host}\`: ${why}.`,
        ...(severity ? { severity } : {}),
      });
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      const toGateway = boundToGatewaysOnly(spec);
      for (const { value, node } of spec.get('hosts')?.strings() ?? []) {
        // Auto-generated SNI names (outbound_.80_._.host) follow their own format; not judged here.
        if (toGateway && value.startsWith('outbound_')) continue;
        const problem = wildcardDomainProblem(value);
        if (problem && !isIpAddress(value)) refuse(node, value, problem);
      }
      for (const destination of virtualServiceDestinations(spec)) {
        const host = destination.get('host');
        const value = host?.string;
        if (!host || value === undefined) continue;
        if (value === '*') refuse(host, value, 'a destination must name one service, not `*`');
        else {
          const problem = wildcardDomainProblem(value);
          if (problem) refuse(host, value, problem);
        }
      }
    }
    for (const { spec } of istioSpecs(file, 'DestinationRule')) {
      const host = spec.get('host');
      const value = host?.string;
      if (!host || value === undefined) continue;
      const problem = wildcardDomainProblem(value);
      if (problem) refuse(host, value, problem);
    }
    for (const { spec } of istioSpecs(file, 'ServiceEntry')) {
      const dynamic = spec.get('resolution')?.string === 'DYNAMIC_DNS';
      for (const { value, node } of spec.get('hosts')?.strings() ?? []) {
        if (value === '*') {
          refuse(node, value, 'a ServiceEntry must name its hosts; `*` is not allowed');
          continue;
        }
        const problem = wildcardDomainProblem(value);
        if (problem) refuse(node, value, problem);
        else if (!dynamic && isPartialWildcard(value))
          refuse(node, value, 'a wildcard must be the whole first label (`*.example.com`)', 'warning');
      }
    }
    for (const { spec } of istioSpecs(file, 'Gateway')) {
      for (const server of spec.list('servers')) {
        for (const { value, node } of server.get('hosts')?.strings() ?? []) {
          const problem = gatewayHostProblem(value);
          if (problem) refuse(node, value, problem);
        }
      }
    }
  },
};

/** agent.ValidateNamespaceSlashWildcardHostname for a Gateway server host. */
function gatewayHostProblem(host: string): string | undefined {
  const slash = host.indexOf('/');
  let name = host;
  if (slash >= 0) {
    const namespace = host.slice(0, slash);
    name = host.slice(slash + 1);
    if (namespace === '' || name === '') return 'write `namespace/host`, with neither part empty';
    if (namespace !== '*' && namespace !== '.' && !isDns1123Label(namespace))
      return `\`${namespace}\` is not a namespace name (or \`*\`, \`.\`)`;
  }
  if (name !== '*' && !name.includes('.'))
    return 'a Gateway host must be a fully qualified name like `bookinfo.example.com` (or `*`); short names are not allowed';
  const problem = wildcardDomainProblem(name);
  if (problem && !isIpAddress(name)) return problem;
  if (isPartialWildcard(name)) return 'a wildcard must be the whole first label (`*.example.com`)';
  return undefined;
}
