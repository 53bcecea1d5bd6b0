// Writes the manifests of a new canary release (VirtualService + DestinationRule, and a Gateway
// when asked) from the New Canary wizard's answers: request `istioCanary/newCanaryManifests`.
// Pure: answers in, text out. Hosts are written in the form the workspace lookup resolves, and
// scalars through the same quoting as every other edit the server makes.
import { type CanaryAnswers, validateAnswers } from '../../../../protocol/src/canaryAnswers';
import type { NewCanaryManifestsResult } from '../../../../protocol/src/newCanary';
import { hostForms } from '../../istio/hosts';
import { yamlScalar } from '../codeActions/yamlText';

/** The manifests, or the problems that keep them from being written. */
export function newCanaryManifests(answers: CanaryAnswers): NewCanaryManifestsResult {
  const problems = validateAnswers(answers);
  return problems.length > 0 ? { problems } : { text: buildCanaryManifests(answers) };
}

/**
 * The host a destination names: the one fully qualified form of a short Service name in its
 * namespace; a host with dots (which may be a Service in another namespace or an external name)
 * as written.
 */
function serviceHost(host: string, namespace: string): string {
  return host.includes('.') ? host : (hostForms(host, namespace)[0] ?? host);
}

function shortName(host: string): string {
  return host.split('.')[0] ?? host;
}

function destination(host: string, subset: string, port: number | undefined, weight: number): string[] {
  const lines = [
    '    - destination:',
    `        host: ${yamlScalar(host)}`,
    `        subset: ${yamlScalar(subset)}`,
  ];
  if (port !== undefined) lines.push('        port:', `          number: ${port}`);
  lines.push(`      weight: ${weight}`);
  return lines;
}

function labelLines(labels: Record<string, string>, indent: string): string[] {
  return Object.entries(labels).map(([k, v]) => `${indent}${yamlScalar(k)}: ${yamlScalar(v)}`);
}

/** The manifests as one multi-document YAML file. Callers validate the answers first. */
export function buildCanaryManifests(answers: CanaryAnswers): string {
  const name = shortName(answers.host);
  const host = serviceHost(answers.host, answers.namespace);
  const canaryWeight = Math.min(100, Math.max(0, Math.round(answers.canaryWeight)));
  const stableWeight = 100 - canaryWeight;
  const gatewayName = answers.gateway?.name;
  const vsHosts = answers.hosts?.length
    ? answers.hosts
    : gatewayName
      ? (answers.gateway?.hosts ?? [host])
      : [host];
  const documents: string[][] = [];

  documents.push([
    `# Canary release of ${host}: ${stableWeight} % to ${answers.stableVersion} (stable), ${canaryWeight} % to ${answers.canaryVersion} (canary).`,
    '# Change the weights with "Istio Canary: Promote Canary" or from the traffic split preview.',
    'apiVersion: networking.istio.io/v1beta1',
    'kind: VirtualService',
    'metadata:',
    `  name: ${yamlScalar(name)}`,
    `  namespace: ${yamlScalar(answers.namespace)}`,
    'spec:',
    '  hosts:',
    ...vsHosts.map((h) => `  - ${yamlScalar(h)}`),
    ...(gatewayName ? ['  gateways:', `  - ${yamlScalar(gatewayName)}`] : []),
    '  http:',
    '  - route:',
    ...destination(host, answers.stableVersion, answers.port, stableWeight),
    ...destination(host, answers.canaryVersion, answers.port, canaryWeight),
  ]);

  documents.push([
    'apiVersion: networking.istio.io/v1beta1',
    'kind: DestinationRule',
    'metadata:',
    `  name: ${yamlScalar(name)}`,
    `  namespace: ${yamlScalar(answers.namespace)}`,
    'spec:',
    `  host: ${yamlScalar(host)}`,
    '  subsets:',
    `  - name: ${yamlScalar(answers.stableVersion)}`,
    '    labels:',
    ...labelLines(answers.stableLabels, '      '),
    `  - name: ${yamlScalar(answers.canaryVersion)}`,
    '    labels:',
    ...labelLines(answers.canaryLabels, '      '),
  ]);

  if (answers.gateway?.create) {
    const [gatewayNamespace, gatewayShort] = answers.gateway.name.includes('/')
      ? answers.gateway.name.split('/', 2)
      : [answers.namespace, answers.gateway.name];
    documents.push([
      'apiVersion: networking.istio.io/v1beta1',
      'kind: Gateway',
      'metadata:',
      `  name: ${yamlScalar(gatewayShort ?? name)}`,
      `  namespace: ${yamlScalar(gatewayNamespace ?? answers.namespace)}`,
      'spec:',
      '  selector:',
      '    istio: ingressgateway',
      '  servers:',
      '  - port:',
      '      number: 80',
      '      name: http',
      '      protocol: HTTP',
      '    hosts:',
      ...answers.gateway.hosts.map((h) => `    - ${yamlScalar(h)}`),
    ]);
  }
  return documents.map((lines) => lines.join('\n') + '\n').join('---\n');
}
