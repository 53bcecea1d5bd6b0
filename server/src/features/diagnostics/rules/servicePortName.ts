// istioctl's IST0118 (service.PortNameAnalyzer, with ConvertProtocol in pkg/config/kube/conversion.go),
// which is also Kiali's KIA0601 (port name) and KIA0602 (appProtocol) for Kubernetes Services: a
// Service port from which Istio cannot tell the protocol. Istio reads `appProtocol` when it is set,
// otherwise the port name up to its first `-` (`http-web` is HTTP); a UDP port, a name or
// appProtocol starting with `grpc-web`, and the well-known ports 25, 53, 3306 and 27017 are always
// understood. Anything else is sniffed at runtime, which costs a little latency and misreads
// server-first protocols, so this is a hint (istioctl: info). Services of the control plane
// (namespace istio-system) and the ones Istio's gateway controller manages are skipped, as istioctl
// skips them; an ExternalName Service is left alone (istioctl words its case differently).
import { resourceRoots } from '../../../model/resourceRoots';
import { readTypeMeta } from '../../../model/readResources';
import { getValue } from '../../../syntax/yamlAst';
import type { Rule } from '../ruleTypes';
import { SpecNode } from '../specNodes';

/** pkg/config/protocol Parse, case-insensitive. */
const KNOWN = new Set([
  'tcp',
  'udp',
  'grpc',
  'grpc-web',
  'http',
  'http_proxy',
  'http2',
  'https',
  'tls',
  'mongo',
  'redis',
  'mysql',
]);
/** Kubernetes' standard appProtocol names that Istio maps to a protocol. */
const KUBERNETES_APP_PROTOCOLS = new Set(['kubernetes.io/h2c', 'kubernetes.io/ws', 'kubernetes.io/wss']);
const WELL_KNOWN_PORTS = new Set([25, 53, 3306, 27017]);
const GATEWAY_MANAGED = new Set([
  'istio.io-gateway-controller',
  'istio.io-mesh-controller',
  'istio.io-eastwest-controller',
]);

/** Whether Istio can tell the protocol of this port without sniffing (ConvertProtocol). */
export function portProtocolKnown(
  port: number | undefined,
  name: string,
  protocol?: string,
  appProtocol?: string,
): boolean {
  if (protocol?.toUpperCase() === 'UDP') return true;
  const text = appProtocol ?? name;
  if (appProtocol !== undefined && KUBERNETES_APP_PROTOCOLS.has(appProtocol)) return true;
  if (text.toLowerCase().startsWith('grpc-web')) return true;
  const dash = text.indexOf('-');
  if (KNOWN.has((dash >= 0 ? text.slice(0, dash) : text).toLowerCase())) return true;
  return port !== undefined && WELL_KNOWN_PORTS.has(port);
}

export const servicePortName: Rule = {
  code: 'service-port-name',
  // istioctl says Info. A hint here: a port that is sniffed still works, the reference scenarios
  // (an unnamed TCP port in canary-90-10) allow infos only where their README notes them, and a
  // team that wants it in CI raises it with `istioCanary.rules`.
  defaultSeverity: 'hint',
  perDocument: true,
  summary:
    'A Kubernetes Service port whose name (or `appProtocol`) does not tell Istio its protocol (`http`, `http-<suffix>`, `grpc`, `tcp`, …), so Istio sniffs it (istioctl IST0118, Kiali KIA0601/KIA0602).',
  istioctl: ['IST0118'],
  check({ file }, report) {
    for (const document of file.yaml.documents) {
      const { doc } = document;
      if (doc.errors.length > 0) continue;
      for (const root of resourceRoots(document)) {
        const meta = readTypeMeta(root, doc);
        if (!meta || meta.kind.value !== 'Service' || meta.apiVersion.value !== 'v1') continue;
        const metadata = new SpecNode(getValue(root.node, 'metadata'), doc);
        if (metadata.get('namespace')?.string === 'istio-system') continue;
        const managed = metadata.get('labels')?.get('gateway.istio.io/managed')?.string;
        if (managed !== undefined && GATEWAY_MANAGED.has(managed)) continue;
        const spec = new SpecNode(getValue(root.node, 'spec'), doc);
        if (spec.get('type')?.string === 'ExternalName') continue;
        for (const port of spec.list('ports')) {
          const nameNode = port.get('name');
          const name = nameNode?.string ?? '';
          const appProtocolNode = port.get('appProtocol');
          const appProtocol = appProtocolNode?.string;
          const number = port.get('port')?.number;
          if (portProtocolKnown(number, name, port.get('protocol')?.string, appProtocol)) continue;
          const where = number !== undefined ? ` (port ${number})` : '';
          report(
            appProtocol !== undefined
              ? {
                  span: appProtocolNode!.span,
                  message: `appProtocol \`${appProtocol}\`${where} is not a protocol Istio knows (http, http2, https, grpc, grpc-web, tcp, tls, mongo, mysql, redis); Istio sniffs the protocol instead.`,
                }
              : {
                  span: nameNode?.span ?? port.span,
                  message: `${name ? `Port name \`${name}\`` : 'This unnamed port'}${where} does not tell Istio the protocol; name it \`<protocol>\` or \`<protocol>-<suffix>\` (\`http-web\`, \`grpc\`, \`tcp\`) or set \`appProtocol\`, or Istio sniffs it.`,
                },
          );
        }
      }
    }
  },
};
