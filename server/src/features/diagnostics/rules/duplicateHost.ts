import { hostsOverlap, isIpAddress, wildcardDomainProblem } from '../../../istio/webhook';
import type { Rule } from '../ruleTypes';
import { boundToGatewaysOnly, istioSpecs } from '../specNodes';

// ValidateVirtualService: "duplicate hosts in virtual service". Literal duplicates and wildcard
// overlaps (`*.example.com` with `api.example.com`) both count (host.Name.Matches). Istio only
// looks for duplicates once every host is valid.
export const duplicateHost: Rule = {
  code: 'duplicate-host',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'The same host (or overlapping wildcards) twice in one VirtualService.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      const hosts = spec.get('hosts')?.strings() ?? [];
      const mesh = !boundToGatewaysOnly(spec);
      const valid = hosts.every(
        (h) =>
          (wildcardDomainProblem(h.value) === undefined || isIpAddress(h.value)) &&
          !(mesh && h.value === '*'),
      );
      if (!valid) continue;
      for (let j = 1; j < hosts.length; j++) {
        const later = hosts[j]!;
        const earlier = hosts.slice(0, j).find((h) => hostsOverlap(h.value, later.value));
        if (!earlier) continue;
        report({
          span: later.node.span,
          message:
            earlier.value === later.value
              ? `The host \`${later.value}\` is listed twice; Istio refuses duplicate hosts. Remove one.`
              : `The host \`${later.value}\` overlaps \`${earlier.value}\` in the same VirtualService; Istio refuses overlapping hosts. Keep one of them.`,
          related: [{ uri: file.uri, span: earlier.node.span, message: 'the other host' }],
        });
      }
    }
  },
};
