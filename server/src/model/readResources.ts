// Reads typed resource views out of a parsed YAML file. Tolerant: a field with the wrong type
// is simply absent from the view (the schema rules report it), and nothing here throws.
import { isPair, type Document, type YAMLMap } from '../syntax/yamlAst';
import type { Span, YamlDocument, YamlFile } from '../syntax/parseYaml';
import type { ResourceCache } from './resourceCache';
import { resourceRoots, type ResourceRoot } from './resourceRoots';
import { GATEWAY_API_GROUP, readGatewayApiResource } from './readGatewayApi';
import {
  asMap,
  asScalar,
  asSeq,
  findPair,
  getValue,
  keyName,
  spanOf,
  stringValue,
  toPlain,
} from '../syntax/yamlAst';
import {
  ROUTE_SPEC_FIELDS,
  WORKLOAD_KINDS,
  type RouteSpecField,
  type AppDeployment,
  type AppDeploymentRoute,
  type ArgoRollout,
  type FlaggerCanary,
  type RolloutStep,
  type RolloutVirtualServiceRef,
  type DestinationRule,
  type Gateway,
  type GatewayServer,
  type KubeService,
  type Kustomization,
  type Located,
  type MatchRegex,
  type Resource,
  type ResourceBase,
  type Route,
  type RouteDestination,
  type MirrorDestination,
  type RouteProtocol,
  type ServiceEntry,
  type ServicePort,
  type Subset,
  type VirtualService,
  type WeightedTarget,
  type Workload,
} from './resources';

/**
 * The resource views of a file, list items included (`kind: List`, `*List`); `cache` lets
 * documents reused from a previous parse skip the reading.
 */
export function readResources(uri: string, file: YamlFile, cache?: ResourceCache): Resource[] {
  const resources: Resource[] = [];
  for (const document of file.documents) {
    const read = () =>
      resourceRoots(document).flatMap((root) => readResource(uri, document, root, file.text) ?? []);
    const views = cache
      ? cache.resourcesOf(uri, document.doc, document.index, read, document.replaces, file.moves)
      : read();
    for (const r of views) resources.push(r);
  }
  return resources;
}

/** The apiVersion and kind of a resource root, when both are strings. */
export function readTypeMeta(
  root: ResourceRoot,
  doc: Document,
): { apiVersion: Located<string>; kind: Located<string> } | undefined {
  const apiVersion = locatedString(getValue(root.node, 'apiVersion'), doc);
  const kind = locatedString(getValue(root.node, 'kind'), doc);
  return apiVersion && kind ? { apiVersion, kind } : undefined;
}

function readResource(
  uri: string,
  document: YamlDocument,
  resourceRoot: ResourceRoot,
  text: string,
): Resource | undefined {
  const { doc } = document;
  const root = resourceRoot.node;
  const meta = readTypeMeta(resourceRoot, doc);
  if (!meta) return readBareKustomization(uri, document, resourceRoot);
  const metadata = asMap(getValue(root, 'metadata'), doc);
  const name = locatedString(getValue(metadata, 'name'), doc);
  const namespace = locatedString(getValue(metadata, 'namespace'), doc);
  const base: ResourceBase = {
    uri,
    docIndex: document.index,
    apiVersion: meta.apiVersion.value,
    kind: meta.kind.value,
    ...(name ? { name } : {}),
    ...(namespace ? { namespace } : {}),
    ...(resourceRoot.itemIndex !== undefined ? { itemIndex: resourceRoot.itemIndex } : {}),
    span: resourceRoot.itemIndex === undefined ? resourceRoot.span : trimSpan(resourceRoot.span, text),
    kindSpan: meta.kind.span,
  };
  const spec = asMap(getValue(root, 'spec'), doc);
  const group = meta.apiVersion.value.split('/')[0] ?? '';
  if (group === 'networking.istio.io') {
    switch (meta.kind.value) {
      case 'VirtualService':
        return readVirtualService(base, spec, doc, text);
      case 'DestinationRule':
        return readDestinationRule(base, spec, doc);
      case 'Gateway':
        return readGateway(base, spec, doc);
      case 'ServiceEntry':
        return readServiceEntry(base, spec, doc);
    }
  }
  if (meta.apiVersion.value === 'v1' && meta.kind.value === 'Service') return readService(base, spec, doc);
  if (group === GATEWAY_API_GROUP) {
    const view = readGatewayApiResource(base, spec, doc, text, metadata);
    if (view) return view;
  }
  if (group === 'core.oam.dev' && meta.kind.value === 'AppDeployment')
    return readAppDeployment(base, spec, doc, text);
  if (
    group === 'kustomize.config.k8s.io' &&
    (meta.kind.value === 'Kustomization' || meta.kind.value === 'Component')
  )
    return readKustomization(base, root, doc);
  if (group === 'argoproj.io' && meta.kind.value === 'Rollout')
    return readRollout(readWorkload(base, root, spec, doc), spec, doc, text);
  if (group === 'flagger.app' && meta.kind.value === 'Canary') return readFlaggerCanary(base, spec, doc);
  if (WORKLOAD_KINDS.has(meta.kind.value)) return readWorkload(base, root, spec, doc);
  return base;
}

function readVirtualService(
  base: ResourceBase,
  spec: YAMLMap | undefined,
  doc: Document,
  text: string,
): VirtualService {
  const routes: Route[] = [];
  for (const protocol of ['http', 'tcp', 'tls'] as const) {
    const list = asSeq(getValue(spec, protocol), doc);
    list?.items.forEach((item, index) => {
      const route = readRoute(protocol, index, item, doc, text);
      if (route) routes.push(route);
    });
  }
  return {
    ...base,
    kind: 'VirtualService',
    hosts: locatedStrings(getValue(spec, 'hosts'), doc),
    gateways: locatedStrings(getValue(spec, 'gateways'), doc),
    exportTo: locatedStrings(getValue(spec, 'exportTo'), doc).map((h) => h.value),
    routes,
  };
}

function readRoute(
  protocol: RouteProtocol,
  index: number,
  node: unknown,
  doc: Document,
  text: string,
): Route | undefined {
  const map = asMap(node, doc);
  const span = spanOf(node);
  if (!map || !span) return undefined;
  const matchSeq = asSeq(getValue(map, 'match'), doc);
  const match = matchSeq ? matchSeq.items.map((m) => toPlain(m, doc) ?? null) : [];
  const matchGateways: Located<string>[] = [];
  for (const entry of matchSeq?.items ?? [])
    matchGateways.push(...locatedStrings(getValue(asMap(entry, doc), 'gateways'), doc));
  const regexes: MatchRegex[] = [];
  matchSeq?.items.forEach((entryNode, entry) => {
    const entryMap = asMap(entryNode, doc);
    const regexOf = (node: unknown) => locatedString(getValue(asMap(node, doc), 'regex'), doc);
    for (const field of ['uri', 'scheme', 'method', 'authority']) {
      const pattern = regexOf(getValue(entryMap, field));
      if (pattern) regexes.push({ entry, field, pattern });
    }
    for (const mapField of ['headers', 'withoutHeaders', 'queryParams']) {
      for (const item of asMap(getValue(entryMap, mapField), doc)?.items ?? []) {
        const key = isPair(item) ? keyName(item) : undefined;
        const pattern = isPair(item) ? regexOf(item.value) : undefined;
        if (key !== undefined && pattern)
          regexes.push({ entry, field: `${mapField}[${key}]`, mapField, pattern });
      }
    }
  });
  const routeSeq = asSeq(getValue(map, 'route'), doc);
  const destinations: RouteDestination[] = [];
  routeSeq?.items.forEach((item, i) => {
    const d = readDestination(i, item, doc, text);
    if (d) destinations.push(d);
  });
  const mirrors: MirrorDestination[] = [];
  const single = readDestinationFields(getValue(map, 'mirror'), doc, text);
  if (single) mirrors.push({ field: 'mirror', index: 0, ...single });
  asSeq(getValue(map, 'mirrors'), doc)?.items.forEach((item, i) => {
    const target = readDestinationFields(getValue(asMap(item, doc), 'destination'), doc, text);
    if (target) mirrors.push({ field: 'mirrors', index: i, ...target });
  });
  const delegateMap = asMap(getValue(map, 'delegate'), doc);
  const delegateSpan = spanOf(getValue(map, 'delegate'));
  const delegateName = locatedString(getValue(delegateMap, 'name'), doc);
  const delegateNamespace = locatedString(getValue(delegateMap, 'namespace'), doc);
  const name = stringValue(getValue(map, 'name'), doc);
  const nameSpan = name !== undefined ? spanOf(asScalar(getValue(map, 'name'), doc)) : undefined;
  const terminal = findPair(map, 'redirect')
    ? 'redirect'
    : findPair(map, 'directResponse')
      ? 'directResponse'
      : findPair(map, 'delegate')
        ? 'delegate'
        : undefined;
  const destinationsSpan = routeSeq ? spanOf(routeSeq) : undefined;
  const routeSpec: { [K in RouteSpecField]?: Located<unknown> } = {};
  for (const field of ROUTE_SPEC_FIELDS) {
    const node = getValue(map, field);
    const valueSpan = spanOf(node);
    if (node !== undefined && node !== null && valueSpan)
      routeSpec[field] = { value: toPlain(node, doc) ?? null, span: valueSpan };
  }
  return {
    protocol,
    index,
    ...(name !== undefined ? { name } : {}),
    ...(nameSpan ? { nameSpan } : {}),
    match,
    hasMatch: matchSeq !== undefined && matchSeq.items.length > 0,
    regexes,
    matchGateways,
    destinations,
    mirrors,
    ...(delegateMap && delegateSpan
      ? {
          delegate: {
            ...(delegateName ? { name: delegateName } : {}),
            ...(delegateNamespace ? { namespace: delegateNamespace } : {}),
            span: trimSpan(delegateSpan, text),
          },
        }
      : {}),
    ...(destinationsSpan ? { destinationsSpan: trimSpan(destinationsSpan, text) } : {}),
    ...(terminal ? { terminal } : {}),
    spec: routeSpec,
    span,
  };
}

function readDestination(
  index: number,
  node: unknown,
  doc: Document,
  text: string,
): RouteDestination | undefined {
  const map = asMap(node, doc);
  const span = spanOf(node);
  if (!map || !span) return undefined;
  const destination = asMap(getValue(map, 'destination'), doc);
  const host = locatedString(getValue(destination, 'host'), doc);
  const subset = locatedString(getValue(destination, 'subset'), doc);
  const port = locatedNumber(getValue(asMap(getValue(destination, 'port'), doc), 'number'), doc);
  const weight = locatedWeight(getValue(map, 'weight'), doc);
  return {
    index,
    ...(host ? { host } : {}),
    ...(subset ? { subset } : {}),
    ...(port ? { port } : {}),
    ...(weight ? { weight } : {}),
    span: trimSpan(span, text),
  };
}

/** The host, subset and port of a Destination map (a mirror target), with the map's span. */
function readDestinationFields(
  node: unknown,
  doc: Document,
  text: string,
): Omit<RouteDestination, 'index' | 'weight'> | undefined {
  const destination = asMap(node, doc);
  const span = spanOf(node);
  if (!destination || !span) return undefined;
  const host = locatedString(getValue(destination, 'host'), doc);
  const subset = locatedString(getValue(destination, 'subset'), doc);
  const port = locatedNumber(getValue(asMap(getValue(destination, 'port'), doc), 'number'), doc);
  return {
    ...(host ? { host } : {}),
    ...(subset ? { subset } : {}),
    ...(port ? { port } : {}),
    span: trimSpan(span, text),
  };
}

function readDestinationRule(base: ResourceBase, spec: YAMLMap | undefined, doc: Document): DestinationRule {
  const subsets: Subset[] = [];
  for (const item of asSeq(getValue(spec, 'subsets'), doc)?.items ?? []) {
    const map = asMap(item, doc);
    const name = locatedString(getValue(map, 'name'), doc);
    const span = spanOf(item);
    if (map && name && span) subsets.push({ name, labels: stringMap(getValue(map, 'labels'), doc), span });
  }
  const host = locatedString(getValue(spec, 'host'), doc);
  const selector = findPair(spec, 'workloadSelector');
  const policy = findPair(spec, 'trafficPolicy');
  const policySpan = policy && asMap(policy.value, doc) ? spanOf(policy.key) : undefined;
  return {
    ...base,
    kind: 'DestinationRule',
    ...(host ? { host } : {}),
    subsets,
    exportTo: locatedStrings(getValue(spec, 'exportTo'), doc).map((h) => h.value),
    hasWorkloadSelector: selector !== undefined,
    ...(selector
      ? { workloadSelectorLabels: stringMap(getValue(asMap(selector.value, doc), 'matchLabels'), doc) }
      : {}),
    ...(policySpan ? { trafficPolicy: policySpan } : {}),
    tlsWithoutCa: findTlsWithoutCa(spec, doc),
  };
}

/**
 * Client TLS settings in SIMPLE or MUTUAL mode that name no CA certificates (and no credential
 * name), at the top-level traffic policy, per port and per subset.
 */
function findTlsWithoutCa(spec: YAMLMap | undefined, doc: Document): Located<string>[] {
  const out: Located<string>[] = [];
  const policies: unknown[] = [getValue(spec, 'trafficPolicy')];
  for (const subset of asSeq(getValue(spec, 'subsets'), doc)?.items ?? [])
    policies.push(getValue(asMap(subset, doc), 'trafficPolicy'));
  for (const policy of [...policies]) {
    for (const pls of asSeq(getValue(asMap(policy, doc), 'portLevelSettings'), doc)?.items ?? [])
      policies.push(pls);
  }
  for (const policy of policies) {
    const tls = asMap(getValue(asMap(policy, doc), 'tls'), doc);
    const mode = locatedString(getValue(tls, 'mode'), doc);
    if (!tls || !mode || (mode.value !== 'SIMPLE' && mode.value !== 'MUTUAL')) continue;
    const hasCa = ['caCertificates', 'credentialName'].some((k) => stringValue(getValue(tls, k), doc));
    const insecure = asScalar(getValue(tls, 'insecureSkipVerify'), doc)?.value === true;
    if (!hasCa && !insecure) out.push(mode);
  }
  return out;
}

function readGateway(base: ResourceBase, spec: YAMLMap | undefined, doc: Document): Gateway {
  const servers: GatewayServer[] = [];
  for (const item of asSeq(getValue(spec, 'servers'), doc)?.items ?? []) {
    const map = asMap(item, doc);
    const span = spanOf(item);
    if (!map || !span) continue;
    const port = asMap(getValue(map, 'port'), doc);
    const number = asScalar(getValue(port, 'number'), doc)?.value;
    const protocol = stringValue(getValue(port, 'protocol'), doc);
    const name = stringValue(getValue(port, 'name'), doc);
    servers.push({
      hosts: locatedStrings(getValue(map, 'hosts'), doc),
      ...(port
        ? {
            port: {
              ...(typeof number === 'number' ? { number } : {}),
              ...(protocol !== undefined ? { protocol } : {}),
              ...(name !== undefined ? { name } : {}),
            },
          }
        : {}),
      span,
    });
  }
  return { ...base, kind: 'Gateway', selector: stringMap(getValue(spec, 'selector'), doc), servers };
}

function readServiceEntry(base: ResourceBase, spec: YAMLMap | undefined, doc: Document): ServiceEntry {
  return {
    ...base,
    kind: 'ServiceEntry',
    hosts: locatedStrings(getValue(spec, 'hosts'), doc),
    ports: readPorts(getValue(spec, 'ports'), doc, 'number'),
    exportTo: locatedStrings(getValue(spec, 'exportTo'), doc).map((h) => h.value),
  };
}

function readService(base: ResourceBase, spec: YAMLMap | undefined, doc: Document): KubeService {
  return {
    ...base,
    kind: 'Service',
    selector: stringMap(getValue(spec, 'selector'), doc),
    ports: readPorts(getValue(spec, 'ports'), doc, 'port'),
  };
}

function readPorts(node: unknown, doc: Document, numberKey: string): ServicePort[] {
  const ports: ServicePort[] = [];
  for (const item of asSeq(node, doc)?.items ?? []) {
    const map = asMap(item, doc);
    if (!map) continue;
    const number = asScalar(getValue(map, numberKey), doc)?.value;
    const name = stringValue(getValue(map, 'name'), doc);
    const protocol = stringValue(getValue(map, 'protocol'), doc);
    ports.push({
      ...(typeof number === 'number' ? { number } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(protocol !== undefined ? { protocol } : {}),
    });
  }
  return ports;
}

function readWorkload(base: ResourceBase, root: YAMLMap, spec: YAMLMap | undefined, doc: Document): Workload {
  // A Pod carries its labels in its own metadata; everything else in spec.template.metadata.
  const labels =
    base.kind === 'Pod'
      ? getValue(asMap(getValue(root, 'metadata'), doc), 'labels')
      : getValue(asMap(getValue(asMap(getValue(spec, 'template'), doc), 'metadata'), doc), 'labels');
  const podSpec =
    base.kind === 'Pod' ? spec : asMap(getValue(asMap(getValue(spec, 'template'), doc), 'spec'), doc);
  const containerPorts: { number?: number; name?: string }[] = [];
  for (const container of asSeq(getValue(podSpec, 'containers'), doc)?.items ?? [])
    for (const port of asSeq(getValue(asMap(container, doc), 'ports'), doc)?.items ?? []) {
      const map = asMap(port, doc);
      const number = asScalar(getValue(map, 'containerPort'), doc)?.value;
      const name = stringValue(getValue(map, 'name'), doc);
      containerPorts.push({
        ...(typeof number === 'number' ? { number } : {}),
        ...(name !== undefined ? { name } : {}),
      });
    }
  return { ...base, podLabels: stringMap(labels, doc), containerPorts };
}

const ROLLOUT_STEP_ACTIONS = [
  'setWeight',
  'pause',
  'setCanaryScale',
  'analysis',
  'experiment',
  'setHeaderRoute',
  'setMirrorRoute',
] as const;

function readRollout(
  workload: Workload,
  spec: YAMLMap | undefined,
  doc: Document,
  text: string,
): ArgoRollout {
  const canary = asMap(getValue(asMap(getValue(spec, 'strategy'), doc), 'canary'), doc);
  const rollout = { ...workload, kind: 'Rollout' as const };
  if (!canary) return rollout;
  const steps: RolloutStep[] = [];
  asSeq(getValue(canary, 'steps'), doc)?.items.forEach((item, index) => {
    const map = asMap(item, doc);
    const span = spanOf(item);
    if (!map || !span) return;
    const action = ROLLOUT_STEP_ACTIONS.find((a) => findPair(map, a)) ?? 'other';
    const value = getValue(map, action);
    const weight = action === 'setWeight' ? locatedNumber(value, doc) : undefined;
    const durationNode = action === 'pause' ? getValue(asMap(value, doc), 'duration') : undefined;
    const duration = locatedString(durationNode, doc) ?? locatedNumber(durationNode, doc);
    let detail: string | undefined;
    if (action === 'setCanaryScale') {
      const scale = asMap(value, doc);
      const scaleWeight = asScalar(getValue(scale, 'weight'), doc)?.value;
      const replicas = asScalar(getValue(scale, 'replicas'), doc)?.value;
      detail =
        typeof replicas === 'number'
          ? `${replicas} replica${replicas === 1 ? '' : 's'}`
          : typeof scaleWeight === 'number'
            ? `${scaleWeight} % of replicas`
            : asScalar(getValue(scale, 'matchTrafficWeight'), doc)?.value === true
              ? 'match traffic weight'
              : undefined;
    } else if (action === 'analysis') {
      const names = (asSeq(getValue(asMap(value, doc), 'templates'), doc)?.items ?? []).flatMap(
        (t) => stringValue(getValue(asMap(t, doc), 'templateName'), doc) ?? [],
      );
      if (names.length) detail = names.join(', ');
    }
    steps.push({
      index,
      action,
      ...(weight ? { weight } : {}),
      ...(duration ? { duration } : {}),
      ...(detail !== undefined ? { detail } : {}),
      span: trimSpan(span, text),
    });
  });
  const trafficRouting = asMap(getValue(canary, 'trafficRouting'), doc);
  const managedRoutes = (asSeq(getValue(trafficRouting, 'managedRoutes'), doc)?.items ?? []).flatMap(
    (item) => locatedString(getValue(asMap(item, doc), 'name'), doc) ?? [],
  );
  const istio = asMap(getValue(trafficRouting, 'istio'), doc);
  const canaryService = locatedString(getValue(canary, 'canaryService'), doc);
  const stableService = locatedString(getValue(canary, 'stableService'), doc);
  let istioView: NonNullable<ArgoRollout['canary']>['istio'];
  if (istio) {
    // `virtualServices` (a list) wins over the older single `virtualService`, as in Argo.
    const refs = asSeq(getValue(istio, 'virtualServices'), doc)?.items ?? [getValue(istio, 'virtualService')];
    const virtualServices: RolloutVirtualServiceRef[] = [];
    for (const item of refs) {
      const map = asMap(item, doc);
      const span = spanOf(item);
      if (!map || !span) continue;
      const name = locatedString(getValue(map, 'name'), doc);
      virtualServices.push({
        ...(name ? { name } : {}),
        routes: locatedStrings(getValue(map, 'routes'), doc),
        tlsRoutes: (asSeq(getValue(map, 'tlsRoutes'), doc)?.items ?? []).map((r) => {
          const port = asScalar(getValue(asMap(r, doc), 'port'), doc)?.value;
          const routeSpan = spanOf(r);
          return {
            ...(typeof port === 'number' ? { port } : {}),
            sniHosts: locatedStrings(getValue(asMap(r, doc), 'sniHosts'), doc).map((h) => h.value),
            ...(routeSpan ? { span: trimSpan(routeSpan, text) } : {}),
          };
        }),
        tcpRoutes: (asSeq(getValue(map, 'tcpRoutes'), doc)?.items ?? []).map((r) => {
          const port = asScalar(getValue(asMap(r, doc), 'port'), doc)?.value;
          const routeSpan = spanOf(r);
          return {
            ...(typeof port === 'number' ? { port } : {}),
            ...(routeSpan ? { span: trimSpan(routeSpan, text) } : {}),
          };
        }),
        span: trimSpan(span, text),
      });
    }
    const rule = asMap(getValue(istio, 'destinationRule'), doc);
    const ruleName = locatedString(getValue(rule, 'name'), doc);
    const canarySubsetName = locatedString(getValue(rule, 'canarySubsetName'), doc);
    const stableSubsetName = locatedString(getValue(rule, 'stableSubsetName'), doc);
    istioView = {
      virtualServices,
      ...(rule
        ? {
            destinationRule: {
              ...(ruleName ? { name: ruleName } : {}),
              ...(canarySubsetName ? { canarySubsetName } : {}),
              ...(stableSubsetName ? { stableSubsetName } : {}),
            },
          }
        : {}),
    };
  }
  return {
    ...rollout,
    canary: {
      ...(canaryService ? { canaryService } : {}),
      ...(stableService ? { stableService } : {}),
      steps,
      managedRoutes,
      ...(istioView ? { istio: istioView } : {}),
    },
  };
}

/**
 * The `service` fields Flagger writes into what it generates (features/flagger/generated.ts): the
 * route fields, the DestinationRules' trafficPolicy, and the switches that shape the resources.
 */
const FLAGGER_ROUTE_FIELDS = [
  'match',
  'retries',
  'timeout',
  'headers',
  'corsPolicy',
  'rewrite',
  'trafficPolicy',
  'delegation',
  'appProtocol',
  'portDiscovery',
  'headless',
] as const;

function readFlaggerCanary(base: ResourceBase, spec: YAMLMap | undefined, doc: Document): FlaggerCanary {
  const targetRefMap = asMap(getValue(spec, 'targetRef'), doc);
  const targetKind = locatedString(getValue(targetRefMap, 'kind'), doc);
  const targetName = locatedString(getValue(targetRefMap, 'name'), doc);
  const serviceMap = asMap(getValue(spec, 'service'), doc);
  let service: FlaggerCanary['service'];
  if (serviceMap) {
    const name = locatedString(getValue(serviceMap, 'name'), doc);
    const port = locatedNumber(getValue(serviceMap, 'port'), doc);
    const portName = locatedString(getValue(serviceMap, 'portName'), doc);
    const targetPortNode = getValue(serviceMap, 'targetPort');
    const targetPort = locatedNumber(targetPortNode, doc) ?? locatedString(targetPortNode, doc);
    const extra: Record<string, unknown> = {};
    for (const field of FLAGGER_ROUTE_FIELDS) {
      const node = getValue(serviceMap, field);
      if (node !== undefined && node !== null) extra[field] = toPlain(node, doc) ?? null;
    }
    service = {
      ...(name ? { name } : {}),
      ...(port ? { port } : {}),
      ...(portName ? { portName } : {}),
      ...(targetPort ? { targetPort } : {}),
      gateways: locatedStrings(getValue(serviceMap, 'gateways'), doc),
      hosts: locatedStrings(getValue(serviceMap, 'hosts'), doc),
      extra,
    };
  }
  // Flagger's Go type still has the deprecated `canaryAnalysis`, but its CRD does not: the API
  // server prunes it, so only `analysis` reaches Flagger.
  const analysisMap = asMap(getValue(spec, 'analysis'), doc);
  const interval = locatedString(getValue(analysisMap, 'interval'), doc);
  const stepWeight = locatedNumber(getValue(analysisMap, 'stepWeight'), doc);
  const maxWeight = locatedNumber(getValue(analysisMap, 'maxWeight'), doc);
  const stepWeightPromotion = locatedNumber(getValue(analysisMap, 'stepWeightPromotion'), doc);
  const iterations = locatedNumber(getValue(analysisMap, 'iterations'), doc);
  const stepWeights = (asSeq(getValue(analysisMap, 'stepWeights'), doc)?.items ?? []).flatMap(
    (item) => locatedNumber(item, doc) ?? [],
  );
  const matchSeq = asSeq(getValue(analysisMap, 'match'), doc);
  const mirror = asScalar(getValue(analysisMap, 'mirror'), doc)?.value === true;
  const mirrorWeight = locatedNumber(getValue(analysisMap, 'mirrorWeight'), doc);
  const affinity = toPlain(asMap(getValue(analysisMap, 'sessionAffinity'), doc), doc);
  return {
    ...base,
    kind: 'Canary',
    ...(targetRefMap
      ? {
          targetRef: {
            ...(targetKind ? { kind: targetKind } : {}),
            ...(targetName ? { name: targetName } : {}),
          },
        }
      : {}),
    ...(service ? { service } : {}),
    analysis: {
      ...(interval ? { interval } : {}),
      ...(stepWeight ? { stepWeight } : {}),
      ...(maxWeight ? { maxWeight } : {}),
      stepWeights,
      ...(stepWeightPromotion ? { stepWeightPromotion } : {}),
      ...(iterations ? { iterations } : {}),
      match: matchSeq ? matchSeq.items.map((m) => toPlain(m, doc) ?? null) : [],
      ...(mirror ? { mirror } : {}),
      ...(mirrorWeight ? { mirrorWeight } : {}),
      ...(typeof affinity === 'object' && affinity !== null && !Array.isArray(affinity)
        ? { sessionAffinity: affinity as { readonly [field: string]: unknown } }
        : {}),
    },
  };
}

function readAppDeployment(
  base: ResourceBase,
  spec: YAMLMap | undefined,
  doc: Document,
  text: string,
): AppDeployment {
  const traffic = asMap(getValue(spec, 'traffic'), doc);
  const routes: AppDeploymentRoute[] = [];
  asSeq(getValue(traffic, 'http'), doc)?.items.forEach((item, index) => {
    const map = asMap(item, doc);
    const span = spanOf(item);
    if (!map || !span) return;
    const matchSeq = asSeq(getValue(map, 'match'), doc);
    const targetsSeq = asSeq(getValue(map, 'weightedTargets'), doc);
    const targets: WeightedTarget[] = [];
    targetsSeq?.items.forEach((t, i) => {
      const tm = asMap(t, doc);
      const tspan = spanOf(t);
      if (!tm || !tspan) return;
      const revisionName = locatedString(getValue(tm, 'revisionName'), doc);
      const componentName = locatedString(getValue(tm, 'componentName'), doc);
      const port = locatedNumber(getValue(tm, 'port'), doc);
      const weight = locatedWeight(getValue(tm, 'weight'), doc);
      targets.push({
        index: i,
        ...(revisionName ? { revisionName } : {}),
        ...(componentName ? { componentName } : {}),
        ...(port ? { port } : {}),
        ...(weight ? { weight } : {}),
        span: trimSpan(tspan, text),
      });
    });
    const targetsSpan = targetsSeq ? spanOf(targetsSeq) : undefined;
    routes.push({
      index,
      match: matchSeq ? matchSeq.items.map((m) => toPlain(m, doc) ?? null) : [],
      targets,
      ...(targetsSpan ? { targetsSpan: trimSpan(targetsSpan, text) } : {}),
      span,
    });
  });
  return {
    ...base,
    kind: 'AppDeployment',
    hosts: locatedStrings(getValue(traffic, 'hosts'), doc),
    gateways: locatedStrings(getValue(traffic, 'gateways'), doc),
    routes,
  };
}

/** The file names kustomize reads in a folder (`kubectl kustomize DIR`). */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = [
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
];

/** Whether a URI names a kustomization file (one kustomize would read for its folder). */
export function isKustomizationFileUri(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return KUSTOMIZATION_FILE_NAMES.includes(name);
}

/**
 * A kustomization file that leaves out `apiVersion` or `kind`, which kustomize allows (they
 * default to `kustomize.config.k8s.io/v1beta1` `Kustomization`): read as one, so its listings and
 * `namespace:` count.
 */
function readBareKustomization(
  uri: string,
  document: YamlDocument,
  resourceRoot: ResourceRoot,
): Kustomization | undefined {
  const { doc } = document;
  const root = resourceRoot.node;
  if (document.index !== 0 || resourceRoot.itemIndex !== undefined || !isKustomizationFileUri(uri))
    return undefined;
  // What is written must be kustomize's: anything else (a half-typed kind) is not guessed at.
  const apiVersionNode = getValue(root, 'apiVersion');
  const kindNode = getValue(root, 'kind');
  const apiVersion = locatedString(apiVersionNode, doc);
  const kind = locatedString(kindNode, doc);
  if (apiVersionNode !== undefined && !apiVersion?.value.startsWith('kustomize.config.k8s.io/'))
    return undefined;
  if (kindNode !== undefined && kind?.value !== 'Kustomization' && kind?.value !== 'Component')
    return undefined;
  const start = resourceRoot.span.start;
  const base: ResourceBase = {
    uri,
    docIndex: document.index,
    apiVersion:
      apiVersion?.value ??
      (kind?.value === 'Component' ? 'kustomize.config.k8s.io/v1alpha1' : 'kustomize.config.k8s.io/v1beta1'),
    kind: kind?.value ?? 'Kustomization',
    span: resourceRoot.span,
    kindSpan: kind?.span ?? { start, end: start },
  };
  return readKustomization(base, root, doc);
}

function readKustomization(base: ResourceBase, root: YAMLMap, doc: Document): Kustomization {
  const setNamespace = locatedString(getValue(root, 'namespace'), doc);
  const patchFiles = locatedStrings(getValue(root, 'patchesStrategicMerge'), doc);
  for (const key of ['patches', 'patchesJson6902']) {
    for (const item of asSeq(getValue(root, key), doc)?.items ?? []) {
      const path = locatedString(getValue(asMap(item, doc), 'path'), doc);
      if (path) patchFiles.push(path);
    }
  }
  return {
    ...base,
    kind: base.kind === 'Component' ? 'Component' : 'Kustomization',
    ...(setNamespace ? { setNamespace } : {}),
    resources: [
      ...locatedStrings(getValue(root, 'resources'), doc),
      ...locatedStrings(getValue(root, 'bases'), doc),
    ],
    components: locatedStrings(getValue(root, 'components'), doc),
    patchFiles,
  };
}

export function locatedString(node: unknown, doc: Document): Located<string> | undefined {
  const value = stringValue(node, doc);
  const span = spanOf(asScalar(node, doc));
  return value !== undefined && span ? { value, span } : undefined;
}

export function locatedNumber(node: unknown, doc: Document): Located<number> | undefined {
  const scalar = asScalar(node, doc);
  const span = spanOf(scalar);
  return scalar && typeof scalar.value === 'number' && span ? { value: scalar.value, span } : undefined;
}

export function locatedWeight(node: unknown, doc: Document): Located<number | string> | undefined {
  const scalar = asScalar(node, doc);
  const span = spanOf(scalar);
  if (!scalar || !span) return undefined;
  if (typeof scalar.value === 'number') return { value: scalar.value, span };
  const value = scalar.value;
  if (typeof value === 'string') return { value, span };
  // Booleans and other scalars keep their source spelling so the type rule can quote it.
  return typeof value === 'boolean' || typeof value === 'bigint' ? { value: String(value), span } : undefined;
}

export function locatedStrings(node: unknown, doc: Document): Located<string>[] {
  const out: Located<string>[] = [];
  for (const item of asSeq(node, doc)?.items ?? []) {
    const l = locatedString(item, doc);
    if (l) out.push(l);
  }
  return out;
}

export function stringMap(node: unknown, doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of asMap(node, doc)?.items ?? []) {
    if (!isPair(item)) continue;
    const key = keyName(item);
    const value = asScalar(item.value, doc)?.value;
    if (
      key !== undefined &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    ) {
      out[key] = String(value);
    }
  }
  return out;
}

/** Node ranges from `yaml` include trailing comments and blank lines; trim them for squiggles. */
export function trimSpan(span: Span, text: string): Span {
  let end = span.end;
  while (end > span.start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start: span.start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
