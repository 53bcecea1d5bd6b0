// Indexes derived from a WorkspaceLookup for the rules that would otherwise scan the whole
// workspace once per reference or per file (gateway-not-found, conflicting-gateways, the
// "did you mean" of host-not-found). A lookup is immutable and built once per workspace state,
// so each index is built at most once per state: checking every file of a 2,000-file workspace
// stays linear instead of quadratic. The memo belongs to the WorkspaceIndex instance (no
// module-level state) and is keyed weakly by lookup, so old states are collected with it.
import type { Gateway, KubeService } from '../model/resources';
import { closestOf, editDistance } from '../text/suggest';
import { isWildcardHost, normalizeHost } from '../istio/hosts';
import { namespaceOf } from '../model/namespaces';
import { resourceIdentity, type WorkspaceLookup } from './resolve';
import { captureDependencies, recordDependencies, rememberRead } from './lookupDependencies';

/**
 * Memoises values computed from a lookup, once per lookup and builder function. From a tracked
 * lookup (lookupDependencies.ts), what the builder read is recorded again at every use, so a
 * memoised index does not hide its dependencies from the rules that use it.
 */
export class LookupMemo {
  private readonly memo = new WeakMap<WorkspaceLookup, Map<unknown, { value: unknown; deps: Set<string> }>>();

  get<T>(lookup: WorkspaceLookup, build: (lookup: WorkspaceLookup) => T): T {
    let values = this.memo.get(lookup);
    if (!values) {
      values = new Map();
      this.memo.set(lookup, values);
    }
    const known = values.get(build);
    if (known) {
      recordDependencies(lookup, known.deps);
      return known.value as T;
    }
    const built = captureDependencies(lookup, () => build(lookup));
    values.set(build, built);
    return built.value;
  }
}

/**
 * Suggests the closest of a fixed candidate list, remembering each answer: the answer `closest`
 * gives, found without measuring every candidate. Candidates one edit away (the usual typo: a
 * letter added, dropped, changed or two swapped) share a key with the word once one letter is
 * dropped from each, so an index of those keys finds them directly; only a word with no
 * candidate within one edit is measured against the whole list. The index is built at the
 * first question, from the candidates' lower-case forms.
 */
export class ClosestName {
  private readonly answers = new Map<string, string | undefined>();
  private index:
    | {
        readonly lowered: readonly string[];
        /** The first candidate of each lower-case form. */
        readonly firstOf: ReadonlyMap<string, number>;
        /** Candidate positions by each form with at most one letter dropped. */
        readonly byDeletion: ReadonlyMap<string, readonly number[]>;
      }
    | undefined;

  constructor(readonly candidates: readonly string[]) {}

  of(word: string): string | undefined {
    if (this.answers.has(word)) return this.answers.get(word);
    const near = this.search(word);
    this.answers.set(word, near);
    return near;
  }

  private search(word: string): string | undefined {
    const { lowered, firstOf, byDeletion } = (this.index ??= this.buildIndex());
    const lower = word.toLowerCase();
    const equal = firstOf.get(lower);
    if (equal !== undefined) return this.candidates[equal];
    // The first candidate (in list order) one edit away, if any: none is closer but an equal one.
    let first = Infinity;
    for (const key of deletions(lower))
      for (const i of byDeletion.get(key) ?? [])
        if (i < first && editDistance(lower, lowered[i]!, 1) === 1) first = i;
    if (first !== Infinity) return this.candidates[first];
    return closestOf(word, this.candidates, lowered);
  }

  private buildIndex() {
    const lowered = this.candidates.map((c) => c.toLowerCase());
    const firstOf = new Map<string, number>();
    const byDeletion = new Map<string, number[]>();
    lowered.forEach((c, i) => {
      if (!firstOf.has(c)) firstOf.set(c, i);
      for (const key of deletions(c)) {
        const list = byDeletion.get(key);
        if (!list) byDeletion.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    return { lowered, firstOf, byDeletion };
  }
}

/** The word and each form of it with one letter (UTF-16 unit) dropped. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface GatewayNameIndex {
  /** Gateways by name alone (any namespace), in lookup order. */
  readonly byName: ReadonlyMap<string, readonly Gateway[]>;
  /** Per namespace: the distinct Gateway names there, sorted, with a memoised closest(). */
  readonly namesInNamespace: (namespace: string) => ClosestName | undefined;
}

export function gatewayNameIndex(lookup: WorkspaceLookup): GatewayNameIndex {
  const byName = new Map<string, Gateway[]>();
  for (const g of lookup.gateways) {
    if (!g.name) continue;
    const list = byName.get(g.name.value);
    if (list) list.push(g);
    else byName.set(g.name.value, [g]);
  }
  const perNamespace = new Map<string, { value: ClosestName | undefined; deps: Set<string> }>();
  return {
    byName,
    namesInNamespace(namespace) {
      return rememberRead(lookup, perNamespace, namespace, () => {
        const gateways = lookup.gatewaysByNamespace.get(namespace);
        if (!gateways || gateways.length === 0) return undefined;
        return new ClosestName([...new Set(gateways.flatMap((g) => (g.name ? [g.name.value] : [])))].sort());
      });
    },
  };
}

/**
 * Which Gateways (by identity, first version seen) serve each selector + port + host, per file
 * set (folder), over every Gateway of the lookup. Keys come from `gatewayServerKey`.
 */
export type GatewayServers = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, Gateway>>>;

export function selectorKey(selector: Readonly<Record<string, string>>): string {
  return Object.entries(selector)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** The DNS part of a server host (`namespace/host` -> `host`), normalised. */
export function serverDnsName(serverHost: string): string {
  const slash = serverHost.indexOf('/');
  return normalizeHost(slash >= 0 ? serverHost.slice(slash + 1) : serverHost);
}

export function gatewayServerKey(selector: string, port: number, serverHost: string): string {
  return `${selector}|${port}|${serverDnsName(serverHost)}`;
}

/**
 * The file set a file is applied with: its folder (`kubectl apply -f folder/`), which includes
 * the file itself. Conflict rules compare resources within one file set only, since other folders
 * may hold other environments or other clusters.
 */
export function fileSetOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export function gatewayServersByFileSet(lookup: WorkspaceLookup): GatewayServers {
  const byFolder = new Map<string, Map<string, Map<string, Gateway>>>();
  for (const g of lookup.gateways) {
    const selector = selectorKey(g.selector);
    const id = resourceIdentity(g, lookup.defaultNamespace);
    if (selector === '' || id === undefined) continue;
    const folder = fileSetOf(g.uri);
    let servedBy = byFolder.get(folder);
    if (!servedBy) byFolder.set(folder, (servedBy = new Map<string, Map<string, Gateway>>()));
    for (const server of g.servers) {
      const port = server.port?.number;
      if (port === undefined) continue;
      for (const h of server.hosts) {
        const key = gatewayServerKey(selector, port, h.value);
        let ids = servedBy.get(key);
        if (!ids) servedBy.set(key, (ids = new Map<string, Gateway>()));
        if (!ids.has(id)) ids.set(id, g);
      }
    }
  }
  return byFolder;
}

export interface ServiceNameIndex {
  /** Per namespace: the Service names there (lookup order), with a memoised closest(). */
  readonly namesInNamespace: (namespace: string) => ClosestName;
  /**
   * The Services of a name, in every namespace, grouped by namespace (`servicesByNamespace`
   * order): a short host that names no Service of its own namespace asks where that name is.
   */
  readonly servicesNamed: (
    name: string,
  ) => readonly { readonly namespace: string; readonly services: readonly KubeService[] }[];
  /** Every non-wildcard ServiceEntry host, as written, with a memoised closest(). */
  readonly entryHosts: ClosestName;
}

export function serviceNameIndex(lookup: WorkspaceLookup): ServiceNameIndex {
  const perNamespace = new Map<string, { value: ClosestName; deps: Set<string> }>();
  const byName = new Map<
    string,
    { value: Map<string, { namespace: string; services: KubeService[] }[]>; deps: Set<string> }
  >();
  const entryHosts = lookup.serviceEntries
    .flatMap((e) => e.hosts.map((h) => h.value))
    .filter((h) => !isWildcardHost(h));
  return {
    namesInNamespace(namespace) {
      return rememberRead(
        lookup,
        perNamespace,
        namespace,
        () =>
          new ClosestName(
            (lookup.servicesByNamespace.get(namespace) ?? []).flatMap((s) => (s.name ? [s.name.value] : [])),
          ),
      );
    },
    entryHosts: new ClosestName(entryHosts),
    servicesNamed(name) {
      // Built at the first question (what it read is recorded again at every use, as for
      // namesInNamespace): scanning every Service per unresolved short host was quadratic in a
      // workspace with many of them.
      return rememberRead(lookup, byName, '', () => servicesByName(lookup)).get(name) ?? [];
    },
  };
}

function servicesByName(
  lookup: WorkspaceLookup,
): Map<string, { namespace: string; services: KubeService[] }[]> {
  const out = new Map<string, { namespace: string; services: KubeService[] }[]>();
  for (const [namespace, services] of lookup.servicesByNamespace)
    for (const service of services) {
      if (!service.name) continue;
      let groups = out.get(service.name.value);
      if (!groups) out.set(service.name.value, (groups = []));
      const last = groups[groups.length - 1];
      if (last?.namespace === namespace) last.services.push(service);
      else groups.push({ namespace, services: [service] });
    }
  return out;
}

/**
 * The DestinationRule subsets whose labels a controller writes at run time, by `namespace/name`
 * of the DestinationRule: an Argo Rollout's `trafficRouting.istio.destinationRule` canary and
 * stable subsets (Argo adds `rollouts-pod-template-hash` to them).
 */
export function controllerFilledSubsets(lookup: WorkspaceLookup): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const rollout of lookup.rollouts) {
    const rule = rollout.canary?.istio?.destinationRule;
    if (!rule?.name) continue;
    const key = `${namespaceOf(rollout, lookup.defaultNamespace)}/${rule.name.value}`;
    const subsets = out.get(key) ?? new Set<string>();
    for (const subset of [rule.canarySubsetName, rule.stableSubsetName])
      if (subset) subsets.add(subset.value);
    out.set(key, subsets);
  }
  return out;
}
