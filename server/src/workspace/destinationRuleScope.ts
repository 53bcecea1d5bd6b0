// Which DestinationRule a caller gets for a host, and how Istio merges several, following pilot
// (pilot/pkg/model/push_context.go `setDestinationRules` and `destinationRule`,
// destination_rule.go `mergeDestinationRule`, sidecar.go `DestinationRule`):
//
// - A caller (a sidecar, or a gateway proxy: the namespace of its Gateway) looks in its own
//   namespace first, then in the service's namespace, then in the root namespace, and stops at
//   the first namespace holding a DestinationRule for the host (the most specific host there).
//   In its own namespace it sees every rule exported to `.`, `*`, its namespace or to nobody in
//   particular; elsewhere only rules whose exportTo lets its namespace in. A caller in the root
//   namespace itself looks at the root's private rules, then the service's, then the root's
//   exported ones.
// - A rule with a workloadSelector is never exported (it acts as `exportTo: ["."]`).
// - Rules of one namespace for one host (resolved as Istio resolves it) are merged in creation
//   order, then by name: a later rule adds only the subsets whose names are new, and its
//   top-level trafficPolicy counts only when no earlier rule had one. With the enhanced merge
//   (on by default) two rules merge only when their exportTo are equal or the later one's
//   contains the earlier one's, and rules with different workloadSelectors never merge.
//
// The meshConfig default exportTo for DestinationRules is taken to be `*` (Istio's default).
// Pure functions over the workspace lookup; nothing here reads files.
import { isTracked } from './lookupDependencies';
import type { DestinationRule, Subset, VirtualService } from '../model/resources';
import { namespaceOf } from '../model/namespaces';
import {
  expandHost,
  hostCovers,
  hostForms,
  isWildcardHost,
  normalizeHost,
  serviceOfHost,
} from '../istio/hosts';
import { parseGatewayRef } from '../istio/gateways';
import { virtualServiceVisibleTo } from '../istio/exportTo';
import { labelsMatch, servicesForHost, type WorkspaceLookup } from './resolve';

/** Where a caller found the DestinationRules it uses. */
export type ScopeStep = 'caller' | 'service' | 'root';

export interface DestinationRuleScope {
  /** The rules the caller gets (several when merged), in Istio's merge order. */
  readonly rules: readonly DestinationRule[];
  readonly namespace: string;
  readonly step: ScopeStep;
}

/** The namespaces a caller looks in, and the root namespace. */
export interface CallerView {
  readonly caller: string;
  readonly root: string;
}

/** The exportTo of a rule as pilot reads it: a rule with a workloadSelector stays private. */
function exportSet(rule: DestinationRule): ReadonlySet<string> {
  return rule.hasWorkloadSelector ? new Set(['.']) : new Set(rule.exportTo.map((e) => e.trim()));
}

/** Whether pilot indexes the rule for callers of its own namespace. */
function visibleAtHome(rule: DestinationRule, ns: string): boolean {
  const set = exportSet(rule);
  return set.size === 0 || set.has('*') || set.has('.') || set.has(ns);
}

/** Whether the rule is exported only to its own namespace. */
function privateOnly(rule: DestinationRule, ns: string): boolean {
  const set = exportSet(rule);
  return set.size === 1 && (set.has('.') || set.has(ns));
}

/** Whether an exported rule reaches callers of `caller`. */
function exportedTo(rule: DestinationRule, caller: string): boolean {
  const set = exportSet(rule);
  return set.size === 0 || set.has('*') || set.has(caller);
}

/** Istio's merge order: rules with a workloadSelector first, then by creation (unknown here), then name. */
export function mergeOrder(a: DestinationRule, b: DestinationRule): number {
  if (a.hasWorkloadSelector !== b.hasWorkloadSelector) return a.hasWorkloadSelector ? -1 : 1;
  const an = a.name?.value ?? '';
  const bn = b.name?.value ?? '';
  return an < bn ? -1 : an > bn ? 1 : 0;
}

/** The rules of a pool that answer for the host: exact hosts, else the most specific wildcard. */
function mostSpecific(
  pool: readonly DestinationRule[],
  forms: readonly string[],
  defaultNamespace: string,
): DestinationRule[] {
  const exact = pool.filter(
    (r) =>
      !isWildcardHost(r.host!.value) &&
      hostForms(r.host!.value, namespaceOf(r, defaultNamespace)).some((f) => forms.includes(f)),
  );
  if (exact.length > 0) return exact;
  const wild = pool.filter(
    (r) => isWildcardHost(r.host!.value) && forms.some((f) => hostCovers(normalizeHost(r.host!.value), f)),
  );
  const longest = Math.max(0, ...wild.map((r) => normalizeHost(r.host!.value).length));
  return wild.filter((r) => normalizeHost(r.host!.value).length === longest);
}

/** Every DestinationRule (exact or wildcard, any namespace) that can answer for the host. */
function candidatesFor(lookup: WorkspaceLookup, forms: readonly string[]): DestinationRule[] {
  const out = new Set<DestinationRule>();
  for (const form of forms) for (const r of lookup.destinationRulesByHost.get(form) ?? []) out.add(r);
  for (const r of lookup.wildcardDestinationRules)
    if (forms.some((f) => hostCovers(normalizeHost(r.host!.value), f))) out.add(r);
  return [...out];
}

/**
 * The namespaces of the service behind a host: the namespace of an in-cluster FQDN, else those of
 * the workspace's Services and ServiceEntries for it. Undefined when unknown (then every namespace
 * is given the benefit of the doubt).
 */
export function serviceNamespaces(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
): ReadonlySet<string> | undefined {
  const service = serviceOfHost(host, fromNamespace);
  if (service && !host.includes('*')) return new Set([service.namespace]);
  const found = servicesForHost(lookup, host, fromNamespace);
  const namespaces = [...found.services, ...found.serviceEntries].map((r) =>
    namespaceOf(r, lookup.defaultNamespace),
  );
  return namespaces.length > 0 ? new Set(namespaces) : undefined;
}

/**
 * The DestinationRules a caller gets for `host` (written in a resource of `fromNamespace`), among
 * `pool` (default: every rule of the workspace for the host). Undefined when it gets none.
 */
export function destinationRuleScope(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
  view: CallerView,
  pool?: readonly DestinationRule[],
): DestinationRuleScope | undefined {
  const forms = hostForms(host, fromNamespace);
  const all = (pool ?? candidatesFor(lookup, forms)).filter((r) => r.host !== undefined);
  if (all.length === 0) return undefined;
  const ns = (r: DestinationRule) => namespaceOf(r, lookup.defaultNamespace);
  const { caller, root } = view;
  const done = (rules: DestinationRule[], namespace: string, step: ScopeStep) =>
    rules.length > 0 ? { rules: [...rules].sort(mergeOrder), namespace, step } : undefined;

  const home =
    caller !== root
      ? mostSpecific(
          all.filter((r) => ns(r) === caller && visibleAtHome(r, caller)),
          forms,
          lookup.defaultNamespace,
        )
      : mostSpecific(
          all.filter((r) => ns(r) === root && privateOnly(r, root)),
          forms,
          lookup.defaultNamespace,
        );
  const first = done(home, caller, 'caller');
  if (first) return first;

  const exportedFrom = (namespace: string) =>
    mostSpecific(
      all.filter((r) => ns(r) === namespace && !privateOnly(r, namespace)),
      forms,
      lookup.defaultNamespace,
    ).filter((r) => exportedTo(r, caller));
  const services = serviceNamespaces(lookup, host, fromNamespace);
  if (services) {
    for (const namespace of services) {
      const found = done(exportedFrom(namespace), namespace, 'service');
      if (found) return found;
    }
  } else {
    // The service is unknown: any namespace might be its own.
    for (const namespace of new Set(all.map(ns)))
      if (namespace !== root && namespace !== caller) {
        const found = done(exportedFrom(namespace), namespace, 'service');
        if (found) return found;
      }
  }
  return done(exportedFrom(root), root, 'root');
}

export type SubsetVisibility =
  | { readonly kind: 'visible'; readonly subset: Subset; readonly rule: DestinationRule }
  /** A rule defines the subset but the caller does not get it; `why` completes "because …". */
  | { readonly kind: 'invisible'; readonly rule: DestinationRule; readonly why: string }
  /** No DestinationRule for the host defines the subset at all (subset-not-found's case). */
  | { readonly kind: 'undefined' };

/** Whether a caller in `view.caller` can use `subset` of `host` (written in `fromNamespace`). */
export function subsetVisibility(
  lookup: WorkspaceLookup,
  host: string,
  subset: string,
  fromNamespace: string,
  view: CallerView,
): SubsetVisibility {
  const forms = hostForms(host, fromNamespace);
  const all = candidatesFor(lookup, forms).filter((r) => r.host !== undefined);
  const definers = all.filter((r) => r.subsets.some((s) => s.name.value === subset));
  if (definers.length === 0) return { kind: 'undefined' };
  const scope = destinationRuleScope(lookup, host, fromNamespace, view, all);
  for (const rule of scope?.rules ?? []) {
    const found = rule.subsets.find((s) => s.name.value === subset);
    if (found) return { kind: 'visible', subset: found, rule };
  }
  const rule = definers[0]!;
  return { kind: 'invisible', rule, why: whyInvisible(lookup, host, fromNamespace, view, rule, scope) };
}

function whyInvisible(
  lookup: WorkspaceLookup,
  host: string,
  fromNamespace: string,
  view: CallerView,
  rule: DestinationRule,
  scope: DestinationRuleScope | undefined,
): string {
  const ns = namespaceOf(rule, lookup.defaultNamespace);
  const { caller, root } = view;
  const alone = destinationRuleScope(lookup, host, fromNamespace, view, [rule]);
  if (alone && scope) {
    const used = scope.rules[0]!;
    const where =
      scope.step === 'caller'
        ? `the caller’s namespace \`${scope.namespace}\``
        : scope.step === 'service'
          ? `the service’s namespace \`${scope.namespace}\``
          : `the root namespace \`${scope.namespace}\``;
    return scope.namespace === ns
      ? `DestinationRule ${scope.namespace}/${used.name?.value ?? '(unnamed)'} for the more specific host \`${used.host?.value ?? ''}\` is used instead`
      : `DestinationRule ${scope.namespace}/${used.name?.value ?? '(unnamed)'} in ${where} is found first and Istio stops there (it looks in the caller’s namespace, then the service’s, then the root namespace \`${root}\`)`;
  }
  const exportTo = rule.exportTo.length > 0 ? `[${rule.exportTo.join(', ')}]` : undefined;
  if (ns === caller && caller !== root && exportTo !== undefined)
    return `its exportTo ${exportTo} leaves out its own namespace`;
  if (rule.hasWorkloadSelector)
    return `it has a workloadSelector, so it applies only to workloads of its own namespace \`${ns}\``;
  const services = serviceNamespaces(lookup, host, fromNamespace);
  const home = ns === root || ns === caller || !services || services.has(ns);
  if (!home)
    return `it is in namespace \`${ns}\`, and a caller gets DestinationRules only from its own namespace (\`${caller}\`), the service’s (${[...services].map((s) => `\`${s}\``).join(', ')}) or the root namespace (\`${root}\`)`;
  return `its exportTo ${exportTo ?? '(default)'} does not include namespace \`${caller}\``;
}

/**
 * The namespaces of the proxies a Gateway configures: pilot reads a gateway proxy's configuration
 * in the proxy's own namespace. The pods its selector picks tell where that is when the
 * workspace has them (a Gateway in `shop` commonly selects the ingress gateway of
 * `istio-system`); otherwise the Gateway's own namespace stands in.
 */
export function gatewayProxyNamespaces(lookup: WorkspaceLookup, namespace: string, name: string): string[] {
  // A tracked lookup (lookupDependencies.ts) must see every read: no memo there.
  if (isTracked(lookup)) return findProxyNamespaces(lookup, namespace, name);
  // Scans every workload once per Gateway and lookup (a lookup is rebuilt when files change).
  let memo = proxyNamespaceMemo.get(lookup);
  if (!memo) proxyNamespaceMemo.set(lookup, (memo = new Map<string, string[]>()));
  const key = `${namespace}/${name}`;
  const known = memo.get(key);
  if (known) return known;
  const answer = findProxyNamespaces(lookup, namespace, name);
  memo.set(key, answer);
  return answer;
}

const proxyNamespaceMemo = new WeakMap<WorkspaceLookup, Map<string, string[]>>();

function findProxyNamespaces(lookup: WorkspaceLookup, namespace: string, name: string): string[] {
  const found = new Set<string>();
  for (const gateway of lookup.gatewaysByRef.get(`${namespace}/${name}`) ?? []) {
    if (Object.keys(gateway.selector).length === 0) continue;
    for (const workload of lookup.workloads)
      if (labelsMatch(gateway.selector, workload.podLabels))
        found.add(namespaceOf(workload, lookup.defaultNamespace));
  }
  return found.size > 0 ? [...found].sort() : [namespace];
}

/**
 * The namespaces whose proxies use a VirtualService's routes, for checking what they reach: for
 * the mesh, the VirtualService's own namespace (when its exportTo keeps it) and the namespaces its
 * exportTo names; for each Gateway it is bound to, the namespace of the Gateway's proxy
 * (`gatewayProxyNamespaces`). `via` says which, for messages.
 */
export function callersOf(
  vs: VirtualService,
  lookup: WorkspaceLookup,
): { readonly namespace: string; readonly via: string }[] {
  const own = namespaceOf(vs, lookup.defaultNamespace);
  const out = new Map<string, string>();
  const gateways = vs.gateways.length > 0 ? vs.gateways.map((g) => g.value) : ['mesh'];
  for (const ref of gateways) {
    const parsed = parseGatewayRef(ref, own);
    if (parsed.kind === 'mesh') {
      const exportTo = vs.exportTo.map((e) => e.trim());
      if (virtualServiceVisibleTo(exportTo, own, own))
        out.set(own, out.get(own) ?? `sidecars in namespace \`${own}\``);
      if (exportTo.includes('*') || exportTo.includes('~')) continue;
      for (const e of exportTo)
        if (e !== '*' && e !== '.' && e !== '~' && e !== '' && !out.has(e))
          out.set(e, `sidecars in namespace \`${e}\` (exportTo)`);
    } else {
      for (const proxyNamespace of gatewayProxyNamespaces(lookup, parsed.namespace, parsed.name))
        if (!out.has(proxyNamespace))
          out.set(
            proxyNamespace,
            proxyNamespace === parsed.namespace
              ? `gateway ${parsed.namespace}/${parsed.name}`
              : `gateway ${parsed.namespace}/${parsed.name} (its proxy runs in \`${proxyNamespace}\`)`,
          );
    }
  }
  return [...out].map(([namespace, via]) => ({ namespace, via }));
}

/**
 * The DestinationRules Istio merges into one, grouped: same namespace, same resolved host,
 * no workloadSelector, exportTo equal (or the later one's a superset), distinct resources.
 * Each group in merge order; singletons are left out.
 */
export function mergedGroups(
  rules: readonly DestinationRule[],
  defaultNamespace: string,
  identity: (r: DestinationRule) => string | undefined,
): DestinationRule[][] {
  const byKey = new Map<string, DestinationRule[]>();
  for (const rule of rules) {
    if (!rule.host || rule.hasWorkloadSelector) continue;
    const ns = namespaceOf(rule, defaultNamespace);
    const key = `${ns}\u0000${expandHost(rule.host.value, ns)}`;
    const list = byKey.get(key) ?? [];
    // Versions of one resource (same identity) are not separate rules.
    const id = identity(rule);
    if (id !== undefined && list.some((other) => identity(other) === id)) continue;
    list.push(rule);
    byKey.set(key, list);
  }
  const groups: DestinationRule[][] = [];
  for (const list of byKey.values()) {
    const entries: DestinationRule[][] = [];
    for (const rule of [...list].sort(mergeOrder)) {
      const set = exportSet(rule);
      // pilot merges into every entry with the same exportTo, or one the new rule's contains;
      // whether the rule also stands alone is decided by the last entry looked at.
      let separate = true;
      for (const entry of entries) {
        const firstSet = exportSet(entry[0]!);
        const equal = firstSet.size === set.size && [...set].every((e) => firstSet.has(e));
        const superset = firstSet.size > 0 && [...firstSet].every((e) => set.has(e));
        separate = !(equal || superset);
        if (!separate) entry.push(rule);
      }
      if (separate) entries.push([rule]);
    }
    groups.push(...entries.filter((e) => e.length > 1));
  }
  return groups;
}
