// Writes the manifests of a new canary release from the New Canary wizard's answers (request
// `istioCanary/newCanaryManifests`): a VirtualService + DestinationRule (and an Istio Gateway
// when asked), or a Gateway API HTTPRoute with one backendRef per version, attached to a Gateway
// or to the Service, with the per-version Services the workspace does not have yet.
// Pure: answers (and which Services exist) in, text out. Hosts are written in the form the
// workspace lookup resolves, and scalars through the same quoting as every other server edit.
import {
  type CanaryAnswers,
  type HttpRouteAnswers,
  isDnsLabel,
  validateAnswers,
} from '../../../../protocol/src/canaryAnswers';
import type { NewCanaryManifestsResult } from '../../../../protocol/src/newCanary';
import { hostForms } from '../../istio/hosts';
import { yamlScalar } from '../codeActions/yamlText';

/** Whether the workspace has a Service of that name in that namespace. */
export type ServiceExists = (namespace: string, name: string) => boolean;

/** The manifests, or the problems that keep them from being written. */
export function newCanaryManifests(
  answers: CanaryAnswers,
  serviceExists: ServiceExists = () => false,
): NewCanaryManifestsResult {
  const problems = validateAnswers(answers);
  if (answers.httpRoute) {
    for (const version of [answers.stableVersion, answers.canaryVersion]) {
      const name = versionServiceName(answers, version);
      if (!isDnsLabel(name)) problems.push(`"${name}" is too long for a Service name (63 characters).`);
    }
  }
  if (problems.length > 0) return { problems };
  return {
    text: answers.httpRoute
      ? buildHttpRouteManifests(answers, answers.httpRoute, serviceExists)
      : buildCanaryManifests(answers),
  };
}

/** The Service of one version behind an HTTPRoute: `<service>-<version>`. */
export function versionServiceName(answers: CanaryAnswers, version: string): string {
  return `${shortName(answers.host)}-${version}`;
}

/**
 * An HTTPRoute whose one rule weighs the two version Services, and the Services it needs that
 * the workspace lacks: each version's (the shared selector plus the version's labels) and, for a
 * route attached to the Service, that Service (the shared selector).
 */
function buildHttpRouteManifests(
  answers: CanaryAnswers,
  route: HttpRouteAnswers,
  serviceExists: ServiceExists,
): string {
  const name = shortName(answers.host);
  const namespace = answers.namespace;
  const port = answers.port ?? 80;
  const canaryWeight = Math.min(100, Math.max(0, Math.round(answers.canaryWeight)));
  const stableWeight = 100 - canaryWeight;
  const stableService = versionServiceName(answers, answers.stableVersion);
  const canaryService = versionServiceName(answers, answers.canaryVersion);
  const parent = route.parent;
  const parentLines =
    parent.kind === 'Gateway'
      ? [
          `  - name: ${yamlScalar(parent.name)}`,
          ...(parent.namespace !== namespace ? [`    namespace: ${yamlScalar(parent.namespace)}`] : []),
          ...(parent.sectionName !== undefined ? [`    sectionName: ${yamlScalar(parent.sectionName)}`] : []),
        ]
      : ['  - group: ""', '    kind: Service', `    name: ${yamlScalar(name)}`, `    port: ${port}`];
  const documents: string[][] = [
    [
      `# Canary release of ${name}: ${stableWeight} % to ${stableService} (stable), ${canaryWeight} % to ${canaryService} (canary).`,
      parent.kind === 'Gateway'
        ? `# North-south: attached to Gateway ${parent.namespace}/${parent.name}${parent.sectionName ? ` (listener ${parent.sectionName})` : ''}.`
        : `# East-west: attached to Service ${name}, so calls to it inside the mesh are split.`,
      '# Gateway API weights are relative; change them with "Istio Canary: Promote Canary" or from the preview.',
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata:',
      `  name: ${yamlScalar(name)}`,
      `  namespace: ${yamlScalar(namespace)}`,
      'spec:',
      '  parentRefs:',
      ...parentLines,
      ...(parent.kind === 'Gateway' && route.hostnames.length > 0
        ? ['  hostnames:', ...route.hostnames.map((h) => `  - ${yamlScalar(h)}`)]
        : []),
      '  rules:',
      '  - backendRefs:',
      `    - name: ${yamlScalar(stableService)}`,
      `      port: ${port}`,
      `      weight: ${stableWeight}`,
      `    - name: ${yamlScalar(canaryService)}`,
      `      port: ${port}`,
      `      weight: ${canaryWeight}`,
    ],
  ];
  const service = (serviceName: string, selector: Record<string, string>, comment: string): string[] => [
    `# ${comment}`,
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${yamlScalar(serviceName)}`,
    `  namespace: ${yamlScalar(namespace)}`,
    'spec:',
    ...(Object.keys(selector).length > 0 ? ['  selector:', ...labelLines(selector, '    ')] : []),
    '  ports:',
    '  - name: http',
    `    port: ${port}`,
  ];
  if (parent.kind === 'Service' && !serviceExists(namespace, name))
    documents.push(
      service(name, route.selector, `The Service the route is attached to (its host: ${name}.${namespace}).`),
    );
  for (const [serviceName, labels, role] of [
    [stableService, answers.stableLabels, 'stable'],
    [canaryService, answers.canaryLabels, 'canary'],
  ] as const) {
    if (!serviceExists(namespace, serviceName))
      documents.push(service(serviceName, { ...route.selector, ...labels }, `The ${role} version's pods.`));
  }
  return documents.map((lines) => lines.join('\n') + '\n').join('---\n');
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
