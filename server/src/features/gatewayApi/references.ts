// How Istio resolves a Gateway API route's references: each parentRef to a Gateway listener (or to
// a Service, for mesh routes) and each backendRef to a Service, following Istio's conversion
// (pilot/pkg/config/kube/gateway: referenceAllowed, buildDestination). Pure functions over the
// workspace lookup; the rules in diagnostics/rules/ turn the verdicts into findings.
import { namespaceOf } from '../../model/namespaces';
import type {
  BackendRef,
  GatewayRoute,
  KubeGateway,
  KubeService,
  Listener,
  ParentRef,
} from '../../model/resources';
import { GATEWAY_API_GROUP } from '../../model/resources';
import { closest } from '../../text/suggest';
import { hostsOverlap } from '../../istio/hosts';
import type { WorkspaceLookup } from '../../workspace/resolve';

/** Whether a reference's group and kind (with the Gateway API defaults) name a core Service. */
export function isServiceRef(ref: { group?: { value: string }; kind?: { value: string } }): boolean {
  return (ref.group?.value ?? '') === '' && (ref.kind?.value ?? 'Service') === 'Service';
}

export function isGatewayParent(ref: ParentRef): boolean {
  return (
    (ref.group?.value ?? GATEWAY_API_GROUP) === GATEWAY_API_GROUP &&
    (ref.kind?.value ?? 'Gateway') === 'Gateway'
  );
}

export function isServiceParent(ref: ParentRef): boolean {
  return (ref.group?.value ?? GATEWAY_API_GROUP) === '' && ref.kind?.value === 'Service';
}

function servicesNamed(lookup: WorkspaceLookup, namespace: string, name: string): KubeService[] {
  return (lookup.servicesByNamespace.get(namespace) ?? []).filter((s) => s.name?.value === name);
}

/** The Service names of a namespace, sorted, for messages and suggestions. */
export function serviceNamesIn(lookup: WorkspaceLookup, namespace: string): string[] {
  return [
    ...new Set(
      (lookup.servicesByNamespace.get(namespace) ?? []).flatMap((s) => (s.name ? [s.name.value] : [])),
    ),
  ].sort();
}

export type BackendVerdict =
  | { readonly kind: 'ok'; readonly services: readonly KubeService[] }
  /** Not a core Service (another kind), or no name: nothing we can decide. */
  | { readonly kind: 'unknown' }
  | { readonly kind: 'hostname-as-name' }
  | {
      readonly kind: 'not-found';
      readonly namespace: string;
      /** A Service of a close name in that namespace. */
      readonly suggestion?: string;
      /** The workspace holds Services in the backend's namespace, so the absence is telling. */
      readonly namespaceKnown: boolean;
    }
  | {
      readonly kind: 'port-not-exposed';
      readonly port: number;
      readonly ports: readonly number[];
      readonly services: readonly KubeService[];
    };

/** Resolves one backendRef of a route (the namespace check is backendPermission's). */
export function judgeBackend(lookup: WorkspaceLookup, route: GatewayRoute, ref: BackendRef): BackendVerdict {
  if (!isServiceRef(ref) || !ref.name) return { kind: 'unknown' };
  const name = ref.name.value;
  if (name.includes('.')) return { kind: 'hostname-as-name' };
  const namespace = ref.namespace?.value ?? namespaceOf(route, lookup.defaultNamespace);
  const services = servicesNamed(lookup, namespace, name);
  if (services.length === 0) {
    const names = serviceNamesIn(lookup, namespace);
    const near = closest(name, names);
    return {
      kind: 'not-found',
      namespace,
      ...(near && near !== name ? { suggestion: near } : {}),
      namespaceKnown: names.length > 0,
    };
  }
  const ports = [
    ...new Set(services.flatMap((s) => s.ports.flatMap((p) => (p.number !== undefined ? [p.number] : [])))),
  ];
  if (ref.port && ports.length > 0 && !ports.includes(ref.port.value))
    return { kind: 'port-not-exposed', port: ref.port.value, ports: ports.sort((a, b) => a - b), services };
  return { kind: 'ok', services };
}

/**
 * Whether a backendRef into another namespace is allowed: a ReferenceGrant in the backend's
 * namespace must admit the route's kind from the route's namespace, for Services (all of them or
 * this one by name). Same-namespace references need nothing.
 */
export function backendPermitted(lookup: WorkspaceLookup, route: GatewayRoute, ref: BackendRef): boolean {
  const from = namespaceOf(route, lookup.defaultNamespace);
  const to = ref.namespace?.value;
  if (to === undefined || to === from) return true;
  return lookup.referenceGrants.some(
    (grant) =>
      namespaceOf(grant, lookup.defaultNamespace) === to &&
      grant.from.some(
        (f) => f.group === GATEWAY_API_GROUP && f.kind === route.kind && f.namespace === from,
      ) &&
      grant.to.some(
        (t) => t.group === '' && t.kind === 'Service' && (t.name === undefined || t.name === ref.name?.value),
      ),
  );
}

/** The reasons Istio writes into a route's `Accepted` condition for a parent it cannot attach to. */
export type ParentReason = 'NoMatchingParent' | 'NoMatchingListenerHostname' | 'NotAllowedByListeners';

export type ParentVerdict =
  | {
      readonly kind: 'ok';
      readonly gateways: readonly KubeGateway[];
      readonly listeners: readonly Listener[];
    }
  | { readonly kind: 'ok-service'; readonly services: readonly KubeService[] }
  /** Another kind of parent, a selector we cannot evaluate, or no name: nothing to say. */
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'missing';
      readonly parentKind: 'Gateway' | 'Service';
      readonly namespace: string;
      readonly suggestion?: string;
      /** The same name exists in another namespace. */
      readonly elsewhere?: string;
      /** The workspace holds parents of this kind in that namespace, so the absence is telling. */
      readonly namespaceKnown: boolean;
    }
  | {
      readonly kind: 'rejected';
      readonly reason: ParentReason;
      readonly message: string;
      readonly gateways: readonly KubeGateway[];
    };

/** Listener kinds Istio admits by protocol, narrowed by `allowedRoutes.kinds` (GenerateGatewaySupportedKinds). */
function listenerAdmitsKind(listener: Listener, routeKind: string): boolean {
  const protocol = listener.protocol ?? '';
  const supported = protocol === 'HTTP' || protocol === 'HTTPS' ? ['HTTPRoute', 'GRPCRoute'] : [];
  if (!supported.includes(routeKind)) return false;
  if (listener.allowedKinds.length === 0) return true;
  return listener.allowedKinds.some(
    (k) => k.kind === routeKind && (k.group ?? GATEWAY_API_GROUP) === GATEWAY_API_GROUP,
  );
}

/** Whether a listener's `allowedRoutes.namespaces` admits the route's namespace; undefined when undecidable. */
function listenerAdmitsNamespace(
  listener: Listener,
  gatewayNamespace: string,
  routeNamespace: string,
): boolean | undefined {
  const from = listener.namespacesFrom ?? 'Same';
  if (from === 'All') return true;
  if (from === 'Same') return gatewayNamespace === routeNamespace;
  return undefined; // Selector: depends on namespace labels the workspace does not hold.
}

/**
 * Judges one parentRef the way Istio's referenceAllowed does, over every version of the Gateway in
 * the workspace: a listener must match `sectionName` and `port`, share a hostname with the route
 * (either side empty or a wildcard covering the other), admit the route's namespace and kind.
 */
export function judgeParent(lookup: WorkspaceLookup, route: GatewayRoute, ref: ParentRef): ParentVerdict {
  if (!ref.name || ref.name.value === '') return { kind: 'unknown' };
  const routeNamespace = namespaceOf(route, lookup.defaultNamespace);
  const namespace = ref.namespace?.value ?? routeNamespace;
  const name = ref.name.value;
  if (isServiceParent(ref)) {
    const services = servicesNamed(lookup, namespace, name);
    if (services.length > 0) return { kind: 'ok-service', services };
    const names = serviceNamesIn(lookup, namespace);
    const near = closest(name, names);
    return {
      kind: 'missing',
      parentKind: 'Service',
      namespace,
      ...(near && near !== name ? { suggestion: near } : {}),
      namespaceKnown: names.length > 0,
    };
  }
  if (!isGatewayParent(ref)) return { kind: 'unknown' };
  const gateways = lookup.kubeGatewaysByRef.get(`${namespace}/${name}`) ?? [];
  if (gateways.length === 0) {
    const inNamespace = lookup.kubeGateways.filter(
      (g) => namespaceOf(g, lookup.defaultNamespace) === namespace,
    );
    const names = [...new Set(inNamespace.flatMap((g) => (g.name ? [g.name.value] : [])))].sort();
    const near = closest(name, names);
    const other = lookup.kubeGateways.find((g) => g.name?.value === name);
    return {
      kind: 'missing',
      parentKind: 'Gateway',
      namespace,
      ...(near && near !== name ? { suggestion: near } : {}),
      ...(other ? { elsewhere: namespaceOf(other, lookup.defaultNamespace) } : {}),
      namespaceKnown: names.length > 0,
    };
  }
  const listeners = gateways.flatMap((g) => g.listeners.map((l) => ({ gateway: g, listener: l })));
  const placed = listeners.filter(
    ({ listener }) =>
      (!ref.port || listener.port === ref.port.value) &&
      (!ref.sectionName || listener.name?.value === ref.sectionName.value),
  );
  const rejected = (reason: ParentReason, message: string): ParentVerdict => ({
    kind: 'rejected',
    reason,
    message,
    gateways,
  });
  if (placed.length === 0) {
    const names = [
      ...new Set(listeners.flatMap(({ listener }) => (listener.name ? [listener.name.value] : []))),
    ];
    if (ref.sectionName && !names.includes(ref.sectionName.value)) {
      const near = closest(ref.sectionName.value, names);
      return rejected(
        'NoMatchingParent',
        `Gateway \`${name}\` has no listener \`${ref.sectionName.value}\`` +
          (names.length ? ` (listeners: ${names.join(', ')})` : '') +
          (near && near !== ref.sectionName.value ? `; did you mean \`${near}\`?` : '.'),
      );
    }
    const ports = [
      ...new Set(listeners.flatMap(({ listener }) => (listener.port !== undefined ? [listener.port] : []))),
    ];
    return rejected(
      'NoMatchingParent',
      `Gateway \`${name}\` has no listener on port ${ref.port?.value ?? '?'}` +
        (ref.sectionName ? ` named \`${ref.sectionName.value}\`` : '') +
        (ports.length ? ` (ports: ${ports.join(', ')}).` : '.'),
    );
  }
  const hostnames = route.hostnames.map((h) => h.value);
  const hosted = placed.filter(
    ({ listener }) =>
      !listener.hostname ||
      listener.hostname.value === '' ||
      hostnames.length === 0 ||
      hostnames.some((h) => hostsOverlap(h, listener.hostname!.value)),
  );
  if (hosted.length === 0) {
    const listenerHosts = [
      ...new Set(placed.flatMap(({ listener }) => (listener.hostname ? [listener.hostname.value] : []))),
    ];
    return rejected(
      'NoMatchingListenerHostname',
      `None of the route's hostnames (${hostnames.join(', ')}) matches the listener hostname ${listenerHosts.map((h) => `\`${h}\``).join(', ')} of Gateway \`${name}\`.`,
    );
  }
  const byNamespace = hosted.filter(
    ({ gateway, listener }) =>
      listenerAdmitsNamespace(listener, namespaceOf(gateway, lookup.defaultNamespace), routeNamespace) !==
      false,
  );
  if (byNamespace.length === 0) {
    return rejected(
      'NotAllowedByListeners',
      `Gateway \`${name}\` (namespace ${namespace}) only admits routes from its own namespace (\`allowedRoutes.namespaces.from: Same\`); this route is in namespace ${routeNamespace}.`,
    );
  }
  const byKind = byNamespace.filter(({ listener }) => listenerAdmitsKind(listener, route.kind));
  if (byKind.length === 0) {
    const protocols = [...new Set(byNamespace.map(({ listener }) => listener.protocol ?? '?'))];
    return rejected(
      'NotAllowedByListeners',
      `The listeners of Gateway \`${name}\` that fit do not admit ${route.kind === 'HTTPRoute' ? 'an' : 'a'} ${route.kind} (protocol ${protocols.join(', ')}${byNamespace.some(({ listener }) => listener.allowedKinds.length > 0) ? ', `allowedRoutes.kinds`' : ''}).`,
    );
  }
  return { kind: 'ok', gateways, listeners: byKind.map(({ listener }) => listener) };
}
