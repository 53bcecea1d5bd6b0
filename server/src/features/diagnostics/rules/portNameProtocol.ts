// Kiali's KIA0601 for Istio resources (business/checkers/gateways/port_checker.go and
// serviceentries/port_checker.go, with MatchPortNameRule in kubernetes/istio.go): a Gateway server
// port or a ServiceEntry port whose name does not follow its protocol, `<protocol>` or
// `<protocol>-suffix` with the protocol in lower case; TCP and UDP ports may have any name.
// Istio itself reads these ports' `protocol` field, never the name, so the file works as written:
// the finding is information (Kiali marks it an error), for the tools and people that read names.
// Kiali's other uses of KIA0601 and KIA0602 are Kubernetes Service ports (the name, or the
// `appProtocol`, must name a protocol), which istioctl reports as IST0118: servicePortName.ts.
import type { Finding, Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

/** Kiali's MatchPortNameRule: `<protocol>` or `<protocol>-<suffix>`; TCP and UDP ports any name. */
function nameFollowsProtocol(name: string, protocol: string): boolean {
  const p = protocol.toLowerCase();
  if (p === 'tcp' || p === 'udp') return true;
  if (!name.startsWith(p)) return false;
  return name.length === p.length || name[p.length] === '-';
}

function checkIstioPorts(ports: SpecNode[], kind: string, report: (finding: Finding) => void): void {
  for (const port of ports) {
    const name = port.get('name');
    const protocol = port.get('protocol')?.string;
    if (!name?.string || !protocol) continue;
    if (nameFollowsProtocol(name.string, protocol)) continue;
    report({
      span: name.span,
      message: `${kind} port name \`${name.string}\` does not follow its protocol ${protocol}; name it \`${protocol.toLowerCase()}\` or \`${protocol.toLowerCase()}-<suffix>\` so that tools reading the name agree with Istio.`,
    });
  }
}

export const portNameProtocol: Rule = {
  code: 'port-name-protocol',
  perDocument: true,
  defaultSeverity: 'info',
  summary:
    'A Gateway server or ServiceEntry port whose name does not follow its protocol (`http` or `http-<suffix>` for HTTP) (Kiali KIA0601). Istio reads the protocol field, so this is information.',
  check({ file }, report) {
    for (const { spec } of istioSpecs(file, 'Gateway'))
      checkIstioPorts(
        spec.list('servers').flatMap((server) => server.get('port') ?? []),
        'Gateway server',
        report,
      );
    for (const { spec } of istioSpecs(file, 'ServiceEntry'))
      checkIstioPorts(spec.list('ports'), 'ServiceEntry', report);
  },
};
