// Resource views of a cluster snapshot's live objects, read straight from their JSON (parsing
// thousands of objects as YAML would take seconds). The views are the same types the files give,
// with empty spans, and a URI in the `istio-canary-cluster:` scheme naming context, kind,
// namespace and name, so resolution, hover and messages can tell live resources from files.
import type { ClusterSnapshot, LiveObject } from '../../../protocol/src/cluster';
import {
  ROUTE_SPEC_FIELDS,
  type DestinationRule,
  type Gateway,
  type GatewayServer,
  type KubeGateway,
  type KubeService,
  type Listener,
  type Located,
  type MatchRegex,
  type Resource,
  type ResourceBase,
  type Route,
  type RouteDestination,
  type MirrorDestination,
  type ServiceEntry,
  type ServicePort,
  type Subset,
  type VirtualService,
  type Workload,
} from '../model/resources';
import type { Span } from '../syntax/parseYaml';

export const LIVE_SCHEME = 'istio-canary-cluster';
const NO_SPAN: Span = { start: 0, end: 0 };

/** Whether a resource view comes from a cluster snapshot rather than a file. */
export function isLive(resource: { readonly uri: string }): boolean {
  return resource.uri.startsWith(`${LIVE_SCHEME}:`);
}

/** The context a live resource was read from (undefined for file resources). */
export function liveContext(resource: { readonly uri: string }): string | undefined {
  if (!isLive(resource)) return undefined;
  const rest = resource.uri.slice(LIVE_SCHEME.length + 3);
  return decodeURIComponent(rest.slice(0, rest.indexOf('/')));
}

export function liveUri(context: string, obj: LiveObject): string {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0]! : 'core';
  const parts = [context, group, obj.kind, obj.metadata.namespace ?? '_', obj.metadata.name];
  return `${LIVE_SCHEME}://${parts.map(encodeURIComponent).join('/')}`;
}

/**
 * The views of a snapshot's objects. Pods count as workloads only when running and ready (the
 * checks count live pods); Deployments, StatefulSets and Rollouts from the cluster are kept as
 * plain resources, since their pods are in the snapshot themselves.
 */
export function liveResources(snapshot: ClusterSnapshot): Resource[] {
  const out: Resource[] = [];
  for (const obj of snapshot.objects) {
    const resource = liveResource(snapshot.context, obj);
    if (resource) out.push(resource);
  }
  return out;
}

export function liveResource(context: string, obj: LiveObject): Resource | undefined {
  if (!obj || typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') return undefined;
  if (!isObject(obj.metadata) || typeof obj.metadata.name !== 'string') return undefined;
  const namespace = obj.metadata.namespace;
  const base: ResourceBase = {
    uri: liveUri(context, obj),
    docIndex: 0,
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    name: located(obj.metadata.name),
    ...(typeof namespace === 'string' ? { namespace: located(namespace) } : {}),
    span: NO_SPAN,
    kindSpan: NO_SPAN,
  };
  const spec = isObject(obj.spec) ? obj.spec : {};
  const group = obj.apiVersion.split('/')[0];
  if (group === 'networking.istio.io') {
    switch (obj.kind) {
      case 'VirtualService':
        return virtualService(base, spec);
      case 'DestinationRule':
        return destinationRule(base, spec);
      case 'Gateway':
        return gateway(base, spec);
      case 'ServiceEntry':
        return {
          ...base,
          kind: 'ServiceEntry',
          hosts: strings(spec.hosts),
          ports: ports(spec.ports, 'number'),
          exportTo: strings(spec.exportTo).map((h) => h.value),
        } satisfies ServiceEntry;
    }
  }
  if (group === 'gateway.networking.k8s.io' && obj.kind === 'Gateway') return kubeGateway(base, spec);
  if (obj.apiVersion === 'v1' && obj.kind === 'Service')
    return {
      ...base,
      kind: 'Service',
      selector: stringMap(spec.selector),
      ports: ports(spec.ports, 'port'),
    } satisfies KubeService;
  if (obj.apiVersion === 'v1' && obj.kind === 'Pod') {
    if (!isReadyPod(obj)) return base;
    return { ...base, podLabels: stringMap(obj.metadata.labels) } satisfies Workload;
  }
  return base;
}

/** A pod that is running with its Ready condition true. */
export function isReadyPod(obj: LiveObject): boolean {
  const status = isObject(obj.status) ? obj.status : {};
  if (status.phase !== 'Running' || (isObject(obj.metadata) && obj.metadata.deletionTimestamp)) return false;
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  return conditions.some((c) => isObject(c) && c.type === 'Ready' && c.status === 'True');
}

function virtualService(base: ResourceBase, spec: Record<string, unknown>): VirtualService {
  const routes: Route[] = [];
  for (const protocol of ['http', 'tcp', 'tls'] as const) {
    const list = Array.isArray(spec[protocol]) ? (spec[protocol] as unknown[]) : [];
    list.forEach((item, index) => {
      if (!isObject(item)) return;
      const match = Array.isArray(item.match) ? (item.match as unknown[]) : [];
      const destinations: RouteDestination[] = [];
      (Array.isArray(item.route) ? (item.route as unknown[]) : []).forEach((d, i) => {
        if (!isObject(d)) return;
        const destination = isObject(d.destination) ? d.destination : {};
        const port = isObject(destination.port) ? destination.port.number : undefined;
        destinations.push({
          index: i,
          ...(typeof destination.host === 'string' ? { host: located(destination.host) } : {}),
          ...(typeof destination.subset === 'string' ? { subset: located(destination.subset) } : {}),
          ...(typeof port === 'number' ? { port: located(port) } : {}),
          ...(typeof d.weight === 'number' || typeof d.weight === 'string'
            ? { weight: located(d.weight) }
            : {}),
          span: NO_SPAN,
        });
      });
      const mirrors: MirrorDestination[] = [];
      const mirrorOf = (value: unknown) => {
        const target = isObject(value) ? value : undefined;
        if (!target) return undefined;
        const port = isObject(target.port) ? target.port.number : undefined;
        return {
          ...(typeof target.host === 'string' ? { host: located(target.host) } : {}),
          ...(typeof target.subset === 'string' ? { subset: located(target.subset) } : {}),
          ...(typeof port === 'number' ? { port: located(port) } : {}),
          span: NO_SPAN,
        };
      };
      const single = mirrorOf(item.mirror);
      if (single) mirrors.push({ field: 'mirror', index: 0, ...single });
      (Array.isArray(item.mirrors) ? (item.mirrors as unknown[]) : []).forEach((m, i) => {
        const target = mirrorOf(isObject(m) ? m.destination : undefined);
        if (target) mirrors.push({ field: 'mirrors', index: i, ...target });
      });
      const delegate = isObject(item.delegate) ? item.delegate : undefined;
      const terminal =
        'redirect' in item
          ? 'redirect'
          : 'directResponse' in item
            ? 'directResponse'
            : 'delegate' in item
              ? 'delegate'
              : undefined;
      const regexes: MatchRegex[] = [];
      match.forEach((entryValue, entry) => {
        const entryMap = isObject(entryValue) ? entryValue : {};
        const regexOf = (v: unknown) =>
          isObject(v) && typeof v.regex === 'string' ? located(v.regex) : undefined;
        for (const field of ['uri', 'scheme', 'method', 'authority']) {
          const pattern = regexOf(entryMap[field]);
          if (pattern) regexes.push({ entry, field, pattern });
        }
        for (const mapField of ['headers', 'withoutHeaders', 'queryParams']) {
          const entries = entryMap[mapField];
          for (const [key, value] of Object.entries(isObject(entries) ? entries : {})) {
            const pattern = regexOf(value);
            if (pattern) regexes.push({ entry, field: `${mapField}[${key}]`, mapField, pattern });
          }
        }
      });
      const routeSpec: Route['spec'] = Object.fromEntries(
        ROUTE_SPEC_FIELDS.filter((f) => item[f] !== undefined && item[f] !== null).map((f) => [
          f,
          located(item[f]),
        ]),
      );
      routes.push({
        protocol,
        index,
        ...(typeof item.name === 'string' ? { name: item.name } : {}),
        match,
        hasMatch: match.length > 0,
        regexes,
        matchGateways: match.flatMap((m) => (isObject(m) ? strings(m.gateways) : [])),
        destinations,
        mirrors,
        ...(delegate
          ? {
              delegate: {
                ...(typeof delegate.name === 'string' ? { name: located(delegate.name) } : {}),
                ...(typeof delegate.namespace === 'string' ? { namespace: located(delegate.namespace) } : {}),
                span: NO_SPAN,
              },
            }
          : {}),
        ...(Array.isArray(item.route) ? { destinationsSpan: NO_SPAN } : {}),
        ...(terminal ? { terminal } : {}),
        spec: routeSpec,
        span: NO_SPAN,
      });
    });
  }
  return {
    ...base,
    kind: 'VirtualService',
    hosts: strings(spec.hosts),
    gateways: strings(spec.gateways),
    exportTo: strings(spec.exportTo).map((h) => h.value),
    routes,
  };
}

function destinationRule(base: ResourceBase, spec: Record<string, unknown>): DestinationRule {
  const subsets: Subset[] = [];
  for (const item of Array.isArray(spec.subsets) ? (spec.subsets as unknown[]) : [])
    if (isObject(item) && typeof item.name === 'string')
      subsets.push({ name: located(item.name), labels: stringMap(item.labels), span: NO_SPAN });
  return {
    ...base,
    kind: 'DestinationRule',
    ...(typeof spec.host === 'string' ? { host: located(spec.host) } : {}),
    subsets,
    exportTo: strings(spec.exportTo).map((h) => h.value),
    hasWorkloadSelector: 'workloadSelector' in spec,
    // Findings are never reported on live resources; the TLS check reads files only.
    tlsWithoutCa: [],
  };
}

function gateway(base: ResourceBase, spec: Record<string, unknown>): Gateway {
  const servers: GatewayServer[] = [];
  for (const item of Array.isArray(spec.servers) ? (spec.servers as unknown[]) : []) {
    if (!isObject(item)) continue;
    const port = isObject(item.port) ? item.port : undefined;
    servers.push({
      hosts: strings(item.hosts),
      ...(port
        ? {
            port: {
              ...(typeof port.number === 'number' ? { number: port.number } : {}),
              ...(typeof port.protocol === 'string' ? { protocol: port.protocol } : {}),
              ...(typeof port.name === 'string' ? { name: port.name } : {}),
            },
          }
        : {}),
      span: NO_SPAN,
    });
  }
  return { ...base, kind: 'Gateway', selector: stringMap(spec.selector), servers };
}

/** A Gateway API Gateway: its listeners, which parentRefs attach to. */
function kubeGateway(base: ResourceBase, spec: Record<string, unknown>): KubeGateway {
  const listeners: Listener[] = [];
  for (const item of Array.isArray(spec.listeners) ? (spec.listeners as unknown[]) : []) {
    if (!isObject(item)) continue;
    const allowed = isObject(item.allowedRoutes) ? item.allowedRoutes : {};
    const from = isObject(allowed.namespaces) ? allowed.namespaces.from : undefined;
    const kinds = Array.isArray(allowed.kinds) ? (allowed.kinds as unknown[]) : [];
    listeners.push({
      ...(typeof item.name === 'string' ? { name: located(item.name) } : {}),
      ...(typeof item.hostname === 'string' ? { hostname: located(item.hostname) } : {}),
      ...(typeof item.port === 'number' ? { port: item.port } : {}),
      ...(typeof item.protocol === 'string' ? { protocol: item.protocol } : {}),
      ...(typeof from === 'string' ? { namespacesFrom: from } : {}),
      allowedKinds: kinds.flatMap((k) =>
        isObject(k) && typeof k.kind === 'string'
          ? [{ kind: k.kind, ...(typeof k.group === 'string' ? { group: k.group } : {}) }]
          : [],
      ),
      span: NO_SPAN,
    });
  }
  return {
    ...base,
    kind: 'Gateway',
    ...(typeof spec.gatewayClassName === 'string'
      ? { gatewayClassName: located(spec.gatewayClassName) }
      : {}),
    listeners,
  };
}

function ports(value: unknown, numberKey: string): ServicePort[] {
  const out: ServicePort[] = [];
  for (const item of Array.isArray(value) ? (value as unknown[]) : []) {
    if (!isObject(item)) continue;
    const number = item[numberKey];
    out.push({
      ...(typeof number === 'number' ? { number } : {}),
      ...(typeof item.name === 'string' ? { name: item.name } : {}),
      ...(typeof item.protocol === 'string' ? { protocol: item.protocol } : {}),
    });
  }
  return out;
}

function located<T>(value: T): Located<T> {
  return { value, span: NO_SPAN };
}

function strings(value: unknown): Located<string>[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map(located) : [];
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
