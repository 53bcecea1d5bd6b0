// Reads the Kubernetes Gateway API kinds Istio implements (HTTPRoute, GRPCRoute, Gateway,
// ReferenceGrant) into typed views. Tolerant like readResources: a field of the wrong type is
// absent from the view and nothing here throws.
import type { Document, YAMLMap } from '../syntax/yamlAst';
import { asMap, asSeq, findPair, getValue, spanOf, stringValue, toPlain } from '../syntax/yamlAst';
import { locatedNumber, locatedString, locatedStrings, locatedWeight, trimSpan } from './readResources';
import {
  GATEWAY_API_GROUP,
  type BackendRef,
  type GatewayRoute,
  type GatewayRouteRule,
  type KubeGateway,
  type Listener,
  type ParentRef,
  type ReferenceGrant,
  type Resource,
  type ResourceBase,
  type RouteGroupKind,
} from './resources';

export { GATEWAY_API_GROUP };

/** The view of a Gateway API resource, or undefined for kinds we do not read. */
export function readGatewayApiResource(
  base: ResourceBase,
  spec: YAMLMap | undefined,
  doc: Document,
  text: string,
  metadata?: YAMLMap,
): Resource | undefined {
  switch (base.kind) {
    case 'HTTPRoute':
    case 'GRPCRoute': {
      const created = stringValue(getValue(metadata, 'creationTimestamp'), doc);
      return readRoute({ ...base, kind: base.kind }, spec, doc, text, created);
    }
    case 'Gateway':
      return readGateway(base, spec, doc, text);
    case 'ReferenceGrant':
      return readReferenceGrant(base, spec, doc);
    default:
      return undefined;
  }
}

function readRoute(
  base: ResourceBase & { kind: 'HTTPRoute' | 'GRPCRoute' },
  spec: YAMLMap | undefined,
  doc: Document,
  text: string,
  creationTimestamp: string | undefined,
): GatewayRoute {
  const parentRefs: ParentRef[] = [];
  asSeq(getValue(spec, 'parentRefs'), doc)?.items.forEach((item, index) => {
    const map = asMap(item, doc);
    const span = spanOf(item);
    if (!map || !span) return;
    parentRefs.push({
      index,
      ...optional('group', locatedString(getValue(map, 'group'), doc)),
      ...optional('kind', locatedString(getValue(map, 'kind'), doc)),
      ...optional('namespace', locatedString(getValue(map, 'namespace'), doc)),
      ...optional('name', locatedString(getValue(map, 'name'), doc)),
      ...optional('sectionName', locatedString(getValue(map, 'sectionName'), doc)),
      ...optional('port', locatedNumber(getValue(map, 'port'), doc)),
      span: trimSpan(span, text),
    });
  });
  const rules: GatewayRouteRule[] = [];
  asSeq(getValue(spec, 'rules'), doc)?.items.forEach((item, index) => {
    const map = asMap(item, doc);
    const span = spanOf(item);
    if (!map || !span) return;
    const matchSeq = asSeq(getValue(map, 'matches'), doc);
    const refsSeq = asSeq(getValue(map, 'backendRefs'), doc);
    const backendRefs: BackendRef[] = [];
    refsSeq?.items.forEach((ref, i) => {
      const refMap = asMap(ref, doc);
      const refSpan = spanOf(ref);
      if (!refMap || !refSpan) return;
      backendRefs.push({
        index: i,
        ...optional('group', locatedString(getValue(refMap, 'group'), doc)),
        ...optional('kind', locatedString(getValue(refMap, 'kind'), doc)),
        ...optional('name', locatedString(getValue(refMap, 'name'), doc)),
        ...optional('namespace', locatedString(getValue(refMap, 'namespace'), doc)),
        ...optional('port', locatedNumber(getValue(refMap, 'port'), doc)),
        ...optional('weight', locatedWeight(getValue(refMap, 'weight'), doc)),
        span: trimSpan(refSpan, text),
      });
    });
    const redirects = (asSeq(getValue(map, 'filters'), doc)?.items ?? []).some(
      (f) =>
        stringValue(getValue(asMap(f, doc), 'type'), doc) === 'RequestRedirect' ||
        findPair(asMap(f, doc), 'requestRedirect') !== undefined,
    );
    const name = stringValue(getValue(map, 'name'), doc);
    const refsSpan = refsSeq ? spanOf(refsSeq) : undefined;
    rules.push({
      index,
      ...(name !== undefined ? { name } : {}),
      matches: matchSeq ? matchSeq.items.map((m) => toPlain(m, doc) ?? null) : [],
      backendRefs,
      ...(refsSpan ? { backendRefsSpan: trimSpan(refsSpan, text) } : {}),
      redirects,
      span: trimSpan(span, text),
    });
  });
  return {
    ...base,
    parentRefs,
    hostnames: locatedStrings(getValue(spec, 'hostnames'), doc),
    rules,
    ...(creationTimestamp !== undefined ? { creationTimestamp } : {}),
  };
}

function readGateway(
  base: ResourceBase,
  spec: YAMLMap | undefined,
  doc: Document,
  text: string,
): KubeGateway {
  const listeners: Listener[] = [];
  for (const item of asSeq(getValue(spec, 'listeners'), doc)?.items ?? []) {
    const map = asMap(item, doc);
    const span = spanOf(item);
    if (!map || !span) continue;
    const allowed = asMap(getValue(map, 'allowedRoutes'), doc);
    const from = stringValue(getValue(asMap(getValue(allowed, 'namespaces'), doc), 'from'), doc);
    const port = locatedNumber(getValue(map, 'port'), doc);
    const protocol = stringValue(getValue(map, 'protocol'), doc);
    listeners.push({
      ...optional('name', locatedString(getValue(map, 'name'), doc)),
      ...optional('hostname', locatedString(getValue(map, 'hostname'), doc)),
      ...(port ? { port: port.value } : {}),
      ...(protocol !== undefined ? { protocol } : {}),
      ...(from !== undefined ? { namespacesFrom: from } : {}),
      allowedKinds: readGroupKinds(getValue(allowed, 'kinds'), doc),
      span: trimSpan(span, text),
    });
  }
  return {
    ...base,
    kind: 'Gateway',
    ...optional('gatewayClassName', locatedString(getValue(spec, 'gatewayClassName'), doc)),
    listeners,
  };
}

function readGroupKinds(node: unknown, doc: Document): RouteGroupKind[] {
  const out: RouteGroupKind[] = [];
  for (const item of asSeq(node, doc)?.items ?? []) {
    const map = asMap(item, doc);
    const kind = stringValue(getValue(map, 'kind'), doc);
    const group = stringValue(getValue(map, 'group'), doc);
    if (kind !== undefined) out.push({ kind, ...(group !== undefined ? { group } : {}) });
  }
  return out;
}

function readReferenceGrant(base: ResourceBase, spec: YAMLMap | undefined, doc: Document): ReferenceGrant {
  const from: ReferenceGrant['from'][number][] = [];
  for (const item of asSeq(getValue(spec, 'from'), doc)?.items ?? []) {
    const map = asMap(item, doc);
    const group = stringValue(getValue(map, 'group'), doc);
    const kind = stringValue(getValue(map, 'kind'), doc);
    const namespace = stringValue(getValue(map, 'namespace'), doc);
    if (group !== undefined && kind !== undefined && namespace !== undefined)
      from.push({ group, kind, namespace });
  }
  const to: ReferenceGrant['to'][number][] = [];
  for (const item of asSeq(getValue(spec, 'to'), doc)?.items ?? []) {
    const map = asMap(item, doc);
    const group = stringValue(getValue(map, 'group'), doc);
    const kind = stringValue(getValue(map, 'kind'), doc);
    const name = stringValue(getValue(map, 'name'), doc);
    if (group !== undefined && kind !== undefined) to.push({ group, kind, ...(name ? { name } : {}) });
  }
  return { ...base, kind: 'ReferenceGrant', from, to };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
