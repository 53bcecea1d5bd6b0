// Resolves references between resources the way Istio does: hosts to DestinationRules, Services
// and ServiceEntries (short names in the referring resource's namespace, FQDN forms, wildcards),
// gateway references to Gateways (`name`, `namespace/name`, the deprecated FQDN form, the reserved
// `mesh`), and Service selectors and subset labels to workloads. Pure functions over a lookup
// built once per workspace state (WorkspaceIndex caches it); nothing here reads files or imports
// the LSP layers.
//
// The same resource (kind, namespace, name) may be written in several files: staged rollouts and
// overlays keep successive versions side by side. Every query answers from all versions, and
// `resourceIdentity` tells callers which results are versions of one resource.
import {
  isDestinationRule,
  isGateway,
  isKubeService,
  isServiceEntry,
  isVirtualService,
  isAppDeployment,
  isWorkload,
  isGatewayRoute,
  isKubeGateway,
  isReferenceGrant,
  isArgoRollout,
  isFlaggerCanary,
  type ArgoRollout,
  type FlaggerCanary,
  type AppDeployment,
  type GatewayRoute,
  type KubeGateway,
  type ReferenceGrant,
  type DestinationRule,
  type Gateway,
  type KubeService,
  type Resource,
  type ServiceEntry,
  type Subset,
  type VirtualService,
  type Workload,
} from '../model/resources';
import { namespaceOf } from '../model/namespaces';
import {
  CLUSTER_DOMAIN,
  hostCovers,
  hostForms,
  isWildcardHost,
  normalizeHost,
  truncatedServiceHost,
} from '../istio/hosts';
import { parseGatewayRef, serverHostAccepts, type GatewayRef } from '../istio/gateways';

export { parseGatewayRef, serverHostAccepts, type GatewayRef } from '../istio/gateways';

/**
 * What a reference found nowhere means. `open`: the resource may live in another repository, so
 * only likely typos are reported. `complete`: the user says the files hold every resource
 * (`completeWorkspace`). `cluster`: the files are laid over a cluster snapshot, which holds every
 * kind it could read (`read`, `group/Kind`) in the namespaces it read (all when undefined).
 */
export type ReferenceWorld =
  | { readonly kind: 'open' }
  | { readonly kind: 'complete' }
  | {
      readonly kind: 'cluster';
      readonly context: string;
      readonly read: ReadonlySet<string>;
      readonly namespaces?: ReadonlySet<string>;
    };

export const OPEN_WORLD: ReferenceWorld = { kind: 'open' };

/**
 * Whether a resource of `group/kind` in `namespace` (undefined: anywhere) that the lookup lacks
 * is known to exist nowhere; then `where` ends the message ("of context prod-eu") and `source`
 * says who knows (`file` or `cluster:<context>`).
 */
export function closedWorld(
  lookup: WorkspaceLookup,
  groupKind: string,
  namespace: string | undefined,
): { readonly where: string; readonly source: string } | undefined {
  const world = lookup.world;
  if (world.kind === 'complete') return { where: 'in the workspace (completeWorkspace)', source: 'file' };
  if (world.kind !== 'cluster' || !world.read.has(groupKind)) return undefined;
  if (world.namespaces && (namespace === undefined || !world.namespaces.has(namespace))) return undefined;
  return { where: `of context ${world.context}`, source: `cluster:${world.context}` };
}

/** Indexes over every resource of the workspace, for one default namespace. Read-only. */
export interface WorkspaceLookup {
  readonly defaultNamespace: string;
  readonly world: ReferenceWorld;
  readonly virtualServices: readonly VirtualService[];
  readonly appDeployments: readonly AppDeployment[];
  readonly destinationRules: readonly DestinationRule[];
  readonly gateways: readonly Gateway[];
  readonly services: readonly KubeService[];
  readonly serviceEntries: readonly ServiceEntry[];
  readonly workloads: readonly Workload[];
  /** DestinationRules by every FQDN form of their (non-wildcard) host. */
  readonly destinationRulesByHost: ReadonlyMap<string, readonly DestinationRule[]>;
  readonly wildcardDestinationRules: readonly DestinationRule[];
  /** Gateways by `namespace/name`. */
  readonly gatewaysByRef: ReadonlyMap<string, readonly Gateway[]>;
  readonly gatewaysByNamespace: ReadonlyMap<string, readonly Gateway[]>;
  /** Services by `name.namespace.svc.cluster.local`. */
  readonly servicesByHost: ReadonlyMap<string, readonly KubeService[]>;
  readonly servicesByNamespace: ReadonlyMap<string, readonly KubeService[]>;
  /** ServiceEntries by every form of each of their (non-wildcard) hosts. */
  readonly serviceEntriesByHost: ReadonlyMap<string, readonly ServiceEntry[]>;
  /** ServiceEntries with at least one wildcard host, with those hosts. */
  readonly wildcardServiceEntries: readonly { readonly host: string; readonly entry: ServiceEntry }[];
  readonly workloadsByNamespace: ReadonlyMap<string, readonly Workload[]>;
  /** Workloads by `namespace` + NUL + `key=value` of each pod label, to select without scanning. */
  readonly workloadsByLabel: ReadonlyMap<string, readonly Workload[]>;
  /** VirtualServices by every form of each of their (non-wildcard) hosts. */
  readonly virtualServicesByHost: ReadonlyMap<string, readonly VirtualService[]>;
  /** Gateway API: HTTPRoutes and GRPCRoutes, Gateways by `namespace/name`, ReferenceGrants. */
  readonly gatewayRoutes: readonly GatewayRoute[];
  readonly kubeGateways: readonly KubeGateway[];
  readonly kubeGatewaysByRef: ReadonlyMap<string, readonly KubeGateway[]>;
  readonly referenceGrants: readonly ReferenceGrant[];
  /** Every namespace a resource lives in, and the names of Namespace objects. */
  readonly namespaces: ReadonlySet<string>;
  /** Argo Rollouts (also among `workloads`) and Flagger Canaries: controllers that own routes. */
  readonly rollouts: readonly ArgoRollout[];
  readonly flaggerCanaries: readonly FlaggerCanary[];
  /** Rollouts by `namespace/name` of each VirtualService their Istio traffic routing names. */
  readonly rolloutsByVirtualService: ReadonlyMap<string, readonly ArgoRollout[]>;
  /** Flagger Canaries by `namespace/apex`: the VirtualService Flagger generates for them. */
  readonly flaggerCanariesByApex: ReadonlyMap<string, readonly FlaggerCanary[]>;
}

/** Builds the lookup in one pass over the resources (linear in their number). */
export function buildLookup(
  resources: Iterable<Resource>,
  defaultNamespace: string,
  world: ReferenceWorld = OPEN_WORLD,
  filings?: LookupFilings,
): WorkspaceLookup {
  const lookup = {
    defaultNamespace,
    world,
    virtualServices: [] as VirtualService[],
    appDeployments: [] as AppDeployment[],
    destinationRules: [] as DestinationRule[],
    gateways: [] as Gateway[],
    services: [] as KubeService[],
    serviceEntries: [] as ServiceEntry[],
    workloads: [] as Workload[],
    destinationRulesByHost: new Map<string, DestinationRule[]>(),
    wildcardDestinationRules: [] as DestinationRule[],
    gatewaysByRef: new Map<string, Gateway[]>(),
    gatewaysByNamespace: new Map<string, Gateway[]>(),
    servicesByHost: new Map<string, KubeService[]>(),
    servicesByNamespace: new Map<string, KubeService[]>(),
    serviceEntriesByHost: new Map<string, ServiceEntry[]>(),
    wildcardServiceEntries: [] as { host: string; entry: ServiceEntry }[],
    workloadsByNamespace: new Map<string, Workload[]>(),
    workloadsByLabel: new Map<string, Workload[]>(),
    virtualServicesByHost: new Map<string, VirtualService[]>(),
    gatewayRoutes: [] as GatewayRoute[],
    kubeGateways: [] as KubeGateway[],
    kubeGatewaysByRef: new Map<string, KubeGateway[]>(),
    referenceGrants: [] as ReferenceGrant[],
    namespaces: new Set<string>(),
    rollouts: [] as ArgoRollout[],
    flaggerCanaries: [] as FlaggerCanary[],
    rolloutsByVirtualService: new Map<string, ArgoRollout[]>(),
    flaggerCanariesByApex: new Map<string, FlaggerCanary[]>(),
  };
  const target = lookup as unknown as Record<string, unknown>;
  for (const r of resources)
    for (const { field, key, value } of filings
      ? filings.of(r, defaultNamespace)
      : filingsOf(r, defaultNamespace)) {
      const into = target[field];
      if (key === undefined) (into as unknown[]).push(value ?? r);
      else if (into instanceof Set) into.add(key);
      else push(into as Map<string, unknown[]>, key, r);
    }
  if (world.kind === 'cluster') for (const ns of world.namespaces ?? []) lookup.namespaces.add(ns);
  return lookup;
}

/**
 * Where a resource goes in a lookup, in order: the list it joins, the map keys and the set
 * members it is filed under. buildLookup applies these; a WorkspaceIndex keeps them per resource
 * view (`LookupFilings`), so rebuilding the lookup after an edit does not recompute host forms
 * and namespaces for the resources that did not change.
 */
export interface Filing {
  /** A lookup field: a list, a map of lists, or the `namespaces` set. */
  readonly field: string;
  /** The map key or set member; undefined for a list. */
  readonly key?: string;
  /** What a list gets instead of the resource itself (`wildcardServiceEntries`). */
  readonly value?: unknown;
}

export function filingsOf(r: Resource, defaultNamespace: string): Filing[] {
  const out: Filing[] = [];
  const ns = namespaceOf(r, defaultNamespace);
  out.push({ field: 'namespaces', key: ns });
  if (r.kind === 'Namespace' && r.apiVersion === 'v1' && r.name)
    out.push({ field: 'namespaces', key: r.name.value });
  // A Rollout is also a workload (below); a Canary is nothing else.
  if (isArgoRollout(r)) {
    out.push({ field: 'rollouts' });
    for (const ref of r.canary?.istio?.virtualServices ?? [])
      if (ref.name)
        out.push({ field: 'rolloutsByVirtualService', key: rolloutVirtualServiceKey(ref.name.value, ns) });
  } else if (isFlaggerCanary(r)) {
    out.push({ field: 'flaggerCanaries' });
    const apex = r.service?.name?.value ?? r.targetRef?.name?.value;
    if (apex) out.push({ field: 'flaggerCanariesByApex', key: `${ns}/${apex}` });
    return out;
  }
  if (isVirtualService(r)) {
    out.push({ field: 'virtualServices' });
    for (const host of r.hosts)
      if (!isWildcardHost(host.value))
        for (const form of hostForms(host.value, ns)) out.push({ field: 'virtualServicesByHost', key: form });
  } else if (isAppDeployment(r)) out.push({ field: 'appDeployments' });
  else if (isDestinationRule(r)) {
    out.push({ field: 'destinationRules' });
    if (!r.host) return out;
    if (isWildcardHost(r.host.value)) out.push({ field: 'wildcardDestinationRules' });
    else
      for (const form of hostForms(r.host.value, ns))
        out.push({ field: 'destinationRulesByHost', key: form });
  } else if (isGateway(r)) {
    out.push({ field: 'gateways' });
    if (!r.name) return out;
    out.push({ field: 'gatewaysByRef', key: `${ns}/${r.name.value}` });
    out.push({ field: 'gatewaysByNamespace', key: ns });
  } else if (isKubeService(r)) {
    out.push({ field: 'services' });
    if (!r.name) return out;
    out.push({ field: 'servicesByHost', key: `${r.name.value.toLowerCase()}.${ns}.${CLUSTER_DOMAIN}` });
    out.push({ field: 'servicesByNamespace', key: ns });
  } else if (isServiceEntry(r)) {
    out.push({ field: 'serviceEntries' });
    for (const host of r.hosts) {
      if (isWildcardHost(host.value))
        out.push({ field: 'wildcardServiceEntries', value: { host: normalizeHost(host.value), entry: r } });
      else
        for (const form of hostForms(host.value, ns)) out.push({ field: 'serviceEntriesByHost', key: form });
    }
  } else if (isGatewayRoute(r)) out.push({ field: 'gatewayRoutes' });
  else if (isKubeGateway(r)) {
    out.push({ field: 'kubeGateways' });
    if (r.name) out.push({ field: 'kubeGatewaysByRef', key: `${ns}/${r.name.value}` });
  } else if (isReferenceGrant(r)) out.push({ field: 'referenceGrants' });
  else if (isWorkload(r)) {
    out.push({ field: 'workloads' });
    out.push({ field: 'workloadsByNamespace', key: ns });
    for (const [key, value] of Object.entries(r.podLabels))
      out.push({ field: 'workloadsByLabel', key: labelKey(ns, key, value) });
  }
  return out;
}

/**
 * Filings kept per resource view object (views of unchanged documents are reused as they are).
 * A view's namespace can change in place (a kustomization's `namespace:`, see
 * workspaceIndex.ts `settle`): its filings are kept only while it resolves to the same one.
 */
export class LookupFilings {
  private readonly byResource = new WeakMap<
    Resource,
    { defaultNamespace: string; namespace: string; filings: Filing[] }
  >();

  of(r: Resource, defaultNamespace: string): readonly Filing[] {
    const known = this.byResource.get(r);
    const namespace = namespaceOf(r, defaultNamespace);
    if (known?.defaultNamespace === defaultNamespace && known.namespace === namespace) return known.filings;
    const filings = filingsOf(r, defaultNamespace);
    this.byResource.set(r, { defaultNamespace, namespace, filings });
    return filings;
  }
}

/**
 * `namespace/name` of the VirtualService a Rollout names: Argo reads `name.namespace` as a
 * VirtualService in another namespace, and a plain `name` in the Rollout's own.
 */
export function rolloutVirtualServiceKey(written: string, rolloutNamespace: string): string {
  const { name, namespace } = rolloutVirtualServiceName(written, rolloutNamespace);
  return `${namespace}/${name}`;
}

/**
 * The VirtualService a Rollout's `virtualService(s)[].name` names, as Argo reads it
 * (utils/istio `GetVirtualServiceNamespaceName`): a trailing `.cluster.local` is dropped, then the
 * last dotted segment is the namespace and everything before it the name; no dot: the Rollout's
 * namespace.
 */
export function rolloutVirtualServiceName(
  written: string,
  rolloutNamespace: string,
): { name: string; namespace: string } {
  const trimmed = written.endsWith('.cluster.local') ? written.slice(0, -'.cluster.local'.length) : written;
  const dot = trimmed.lastIndexOf('.');
  return dot < 0
    ? { name: trimmed, namespace: rolloutNamespace }
    : { name: trimmed.slice(0, dot), namespace: trimmed.slice(dot + 1) };
}

function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}=${value}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  // One resource is filed completely before the next, so a repeat (two host forms giving one key)
  // can only be the last entry: checking it keeps the build linear where `includes` made it
  // quadratic in the size of a key's list (every Gateway of a namespace).
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

/**
 * What makes two resources versions of the same object: API group, kind, namespace and name.
 * Undefined for resources without a name.
 */
export function resourceIdentity(resource: Resource, defaultNamespace: string): string | undefined {
  if (!resource.name) return undefined;
  const slash = resource.apiVersion.indexOf('/');
  const group = slash >= 0 ? resource.apiVersion.slice(0, slash) : '';
  return `${group}|${resource.kind}|${namespaceOf(resource, defaultNamespace)}|${resource.name.value}`;
}

/** `namespace/name` of a resource, for messages. */
export function qualifiedName(resource: Resource, defaultNamespace: string): string {
  return `${namespaceOf(resource, defaultNamespace)}/${resource.name?.value ?? '(unnamed)'}`;
}

/** Keeps one resource per identity (the first seen), plus every unnamed one. */
export function distinctResources<T extends Resource>(
  resources: readonly T[],
  defaultNamespace: string,
): T[] {
  const seen = new Set<string>();
  return resources.filter((r) => {
    const id = resourceIdentity(r, defaultNamespace);
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// Hosts -> DestinationRules and subsets.

/**
 * The DestinationRules (all versions, from any file) whose host is `host` read in `fromNamespace`.
 * Istio prefers an exact host over wildcards, so wildcard rules answer only when no exact one does.
 */
export function destinationRulesForHost(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
): DestinationRule[] {
  const exact = new Set<DestinationRule>();
  for (const form of hostForms(host, fromNamespace))
    for (const rule of lookup.destinationRulesByHost.get(form) ?? []) exact.add(rule);
  if (exact.size > 0) return [...exact];
  const forms = hostForms(host, fromNamespace);
  return lookup.wildcardDestinationRules.filter((rule) => {
    const pattern = normalizeHost(rule.host!.value);
    return forms.some((form) => hostCovers(pattern, form));
  });
}

export interface SubsetDefinition {
  readonly subset: Subset;
  readonly rule: DestinationRule;
}

/** Every subset definition for a host, across all DestinationRules and versions, in index order. */
export function subsetsForHost(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
): SubsetDefinition[] {
  return destinationRulesForHost(lookup, host, fromNamespace).flatMap((rule) =>
    rule.subsets.map((subset) => ({ subset, rule })),
  );
}

/**
 * Whether any DestinationRule for the host defines the subset: `subsetsForHost(…).some(…)` without
 * collecting the definitions (every destination of every file asks).
 */
export function definesSubset(
  lookup: WorkspaceLookup,
  host: string,
  subset: string,
  fromNamespace: string,
): boolean {
  const forms = hostForms(host, fromNamespace);
  let exact = false;
  for (const form of forms)
    for (const rule of lookup.destinationRulesByHost.get(form) ?? []) {
      exact = true;
      if (rule.subsets.some((s) => s.name.value === subset)) return true;
    }
  // Wildcard rules answer only when no exact one does (destinationRulesForHost).
  if (exact) return false;
  return lookup.wildcardDestinationRules.some(
    (rule) =>
      forms.some((form) => hostCovers(normalizeHost(rule.host!.value), form)) &&
      rule.subsets.some((s) => s.name.value === subset),
  );
}

/** The distinct subset names defined for a host, sorted. */
export function subsetNamesForHost(lookup: WorkspaceLookup, host: string, fromNamespace: string): string[] {
  return [...new Set(subsetsForHost(lookup, host, fromNamespace).map((d) => d.subset.name.value))].sort();
}

/** The definitions of one subset of a host (several when several versions define it). */
export function findSubset(
  lookup: WorkspaceLookup,
  host: string,
  subset: string,
  fromNamespace: string,
): SubsetDefinition[] {
  return subsetsForHost(lookup, host, fromNamespace).filter((d) => d.subset.name.value === subset);
}

// Gateway references.

export type GatewayResolution =
  | Extract<GatewayRef, { kind: 'mesh' }>
  | (Extract<GatewayRef, { kind: 'gateway' }> & {
      /** Every version of the Gateway found; empty when the workspace does not define it. */
      readonly gateways: readonly Gateway[];
    });

/** Resolves a gateway reference written in a resource of `fromNamespace`. */
export function resolveGatewayRef(
  lookup: WorkspaceLookup,
  ref: string,
  fromNamespace: string,
): GatewayResolution {
  const parsed = parseGatewayRef(ref, fromNamespace);
  if (parsed.kind === 'mesh') return parsed;
  return { ...parsed, gateways: lookup.gatewaysByRef.get(`${parsed.namespace}/${parsed.name}`) ?? [] };
}

// Hosts -> Services and ServiceEntries.

export interface HostServices {
  readonly services: readonly KubeService[];
  readonly serviceEntries: readonly ServiceEntry[];
}

/**
 * The Kubernetes Services and ServiceEntries (all versions) that define `host`, read in
 * `fromNamespace`. ServiceEntries with wildcard hosts count when they cover the host.
 */
export function servicesForHost(lookup: WorkspaceLookup, host: string, fromNamespace: string): HostServices {
  const forms = hostForms(host, fromNamespace);
  const services = new Set<KubeService>();
  const entries = new Set<ServiceEntry>();
  for (const form of forms) {
    for (const s of lookup.servicesByHost.get(form) ?? []) services.add(s);
    for (const e of lookup.serviceEntriesByHost.get(form) ?? []) entries.add(e);
  }
  if (!isWildcardHost(host)) {
    for (const { host: pattern, entry } of lookup.wildcardServiceEntries)
      if (forms.some((form) => hostCovers(pattern, form))) entries.add(entry);
  }
  return { services: [...services], serviceEntries: [...entries] };
}

/**
 * Whether the host is defined by any Service or ServiceEntry of the workspace: what
 * `servicesForHost` finds, without collecting it (every destination of every file asks).
 */
export function isKnownHost(lookup: WorkspaceLookup, host: string, fromNamespace: string): boolean {
  const forms = hostForms(host, fromNamespace);
  for (const form of forms)
    if (
      (lookup.servicesByHost.get(form)?.length ?? 0) > 0 ||
      (lookup.serviceEntriesByHost.get(form)?.length ?? 0) > 0
    )
      return true;
  if (isWildcardHost(host)) return false;
  for (const { host: pattern } of lookup.wildcardServiceEntries)
    if (forms.some((form) => hostCovers(pattern, form))) return true;
  return false;
}

/** A dotted host that names no Service, although the workspace has the Service it was meant for. */
export interface UnexpandedHost {
  /** The Service's fully qualified name: what the host should say. */
  readonly fqdn: string;
  readonly name: string;
  readonly namespace: string;
  /** The Service (every version) the host was evidently meant for. */
  readonly services: readonly KubeService[];
}

/**
 * Whether `host` is a Service name cut short (`reviews.prod`, `reviews.prod.svc`) that Istio takes
 * as written, so it reaches nothing, while the lookup (files, and a cluster snapshot when one is
 * laid under them) has the Service it obviously means. Undefined when a Service or ServiceEntry
 * defines the host as written, or when no such Service exists (then it is an unknown host like
 * any other: `httpbin.org` has the same shape).
 */
export function unexpandedServiceHost(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
): UnexpandedHost | undefined {
  const cut = truncatedServiceHost(host);
  if (!cut || isKnownHost(lookup, host, fromNamespace)) return undefined;
  const services = lookup.servicesByHost.get(cut.fqdn) ?? [];
  return services.length > 0 ? { ...cut, services } : undefined;
}

/** The port numbers a host exposes, over all its Services and ServiceEntries (sorted, distinct). */
export function portsOfHost(found: HostServices): number[] {
  const ports = new Set<number>();
  for (const s of [...found.services, ...found.serviceEntries])
    for (const p of s.ports) if (p.number !== undefined) ports.add(p.number);
  return [...ports].sort((a, b) => a - b);
}

// Selectors and labels -> workloads.

/** Whether every key of `selector` is in `labels` with the same value (an empty selector matches all). */
export function labelsMatch(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean {
  for (const [key, value] of Object.entries(selector)) if (labels[key] !== value) return false;
  return true;
}

/**
 * The workloads (pod templates of Deployments, StatefulSets, Rollouts, … and Pods) in `namespace`
 * whose pod labels a Service selector matches. A Service without a selector selects nothing: its
 * endpoints are managed by hand.
 */
export function workloadsSelectedBy(
  lookup: WorkspaceLookup,
  selector: Readonly<Record<string, string>>,
  namespace: string,
): Workload[] {
  const entries = Object.entries(selector);
  if (entries.length === 0) return [];
  // Start from the rarest label of the selector, then check the others.
  let candidates: readonly Workload[] | undefined;
  for (const [key, value] of entries) {
    const list = lookup.workloadsByLabel.get(labelKey(namespace, key, value)) ?? [];
    if (!candidates || list.length < candidates.length) candidates = list;
  }
  return (candidates ?? []).filter((w) => labelsMatch(selector, w.podLabels));
}

/** The workloads behind the Services (all versions), each workload once. */
export function workloadsOfServices(lookup: WorkspaceLookup, services: readonly KubeService[]): Workload[] {
  const out = new Set<Workload>();
  for (const service of services)
    for (const w of workloadsSelectedBy(
      lookup,
      service.selector,
      namespaceOf(service, lookup.defaultNamespace),
    ))
      out.add(w);
  return [...out];
}

/**
 * The workloads a subset selects: those behind the host's Services whose pod labels also carry
 * the subset's labels.
 */
export function workloadsForSubset(
  lookup: WorkspaceLookup,
  services: readonly KubeService[],
  subsetLabels: Readonly<Record<string, string>>,
): Workload[] {
  return workloadsOfServices(lookup, services).filter((w) => labelsMatch(subsetLabels, w.podLabels));
}

// Gateway servers and VirtualService hosts.

/** Whether any server of the Gateway (any version) accepts the host. */
export function gatewayAcceptsHost(
  gateways: readonly Gateway[],
  vsHost: string,
  vsNamespace: string,
  defaultNamespace: string,
): boolean {
  return gateways.some((g) =>
    g.servers.some((server) =>
      server.hosts.some((h) =>
        serverHostAccepts(h.value, namespaceOf(g, defaultNamespace), vsHost, vsNamespace),
      ),
    ),
  );
}

/** The VirtualServices (all versions) with `host` among their hosts, read in `fromNamespace`. */
export function virtualServicesForHost(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
): VirtualService[] {
  const out = new Set<VirtualService>();
  for (const form of hostForms(host, fromNamespace))
    for (const vs of lookup.virtualServicesByHost.get(form) ?? []) out.add(vs);
  return [...out];
}

/** Whether a VirtualService applies to sidecars: no `gateways` at all, or `mesh` among them. */
export function isBoundToMesh(vs: VirtualService): boolean {
  return vs.gateways.length === 0 || vs.gateways.some((g) => g.value.trim() === 'mesh');
}
