// What the workspace's kustomization.yaml files say about other files: which files are patches
// (partial resources, not checked for required fields) and which namespace the kustomizations
// give the files they take in. Paths are resolved against the kustomization's own URI, as
// kustomize resolves them against its folder.
//
// The namespace follows kustomize: a kustomization's `namespace:` replaces the namespace of every
// resource it takes in (its files and, recursively, what the kustomizations of its listed folders
// render), whatever the resource's own `metadata.namespace` says; an overlay's replaces its
// bases'; a Component's applies to everything its parent takes in, under the parent's own; kinds
// kustomize knows to be cluster-scoped keep none. The plain files are what the editor and
// `istio-canary check DIR` read, so a file gets a namespace from the renderings that contain it:
// each root kustomization (one no other kustomization in the workspace lists) is a rendering. When
// every rendering that contains the file puts it in the same namespace, that is its namespace.
// When they disagree (a base under `prod` and `staging` overlays), no single namespace describes
// the plain files: every file those renderings share or contain keeps its own, as before, so two
// files meant for one rendering are never resolved in two different ones. `istio-canary check
// overlays/prod` checks a rendering itself.
import { isKustomizationFileUri } from '../model/readResources';
import { isClusterScopedForKustomize } from '../model/namespaces';
import {
  isKustomization,
  type KustomizedNamespace,
  type Kustomization,
  type Located,
  type Resource,
} from '../model/resources';
import type { WorkspaceIndex } from './workspaceIndex';

export interface KustomizationEntry {
  readonly kustomization: Kustomization;
  /** The list item naming the file. */
  readonly entry: Located<string>;
}

/** The kustomizations that list `uri` as a patch file. */
export function patchListings(workspace: WorkspaceIndex, uri: string): KustomizationEntry[] {
  return listings(workspace, uri, (k) => k.patchFiles);
}

/** The kustomizations that list `uri` itself (not its folder) under `resources`. */
export function resourceListings(workspace: WorkspaceIndex, uri: string): KustomizationEntry[] {
  return listings(workspace, uri, (k) => k.resources);
}

function listings(
  workspace: WorkspaceIndex,
  uri: string,
  entries: (k: Kustomization) => readonly Located<string>[],
): KustomizationEntry[] {
  const out: KustomizationEntry[] = [];
  for (const resource of workspace.kustomizations()) {
    for (const entry of entries(resource)) {
      if (resolveEntry(resource.uri, entry.value) === uri) out.push({ kustomization: resource, entry });
    }
  }
  return out;
}

/** The URI a kustomization entry names, or undefined for remote or unparsable entries. */
export function resolveEntry(kustomizationUri: string, entry: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('github.com/')) return undefined;
  try {
    return new URL(entry, kustomizationUri).toString();
  } catch {
    return undefined;
  }
}

/** The namespace each file taken in by a kustomization gets, by file URI (see the top comment). */
export type KustomizePlacements = ReadonlyMap<string, KustomizedNamespace>;

/** A kustomization file in the graph of what lists what. */
interface Node {
  readonly kustomization: Kustomization;
  /** The kustomizations of the folders it lists (`resources`, `bases`, `components`), in order. */
  readonly folders: Node[];
  /** The resource files it lists. */
  readonly files: string[];
  /** The patch files it lists. */
  readonly patches: string[];
}

/** A namespace a rendering gives (`namespace` undefined: none, the file's own stands). */
interface Given {
  readonly namespace?: string;
  readonly setBy?: string;
  /** A patch of resources given different namespaces: which one it patches is not known. */
  readonly mixed?: true;
}

interface Rendering {
  readonly root: Node;
  readonly given: Given;
}

/** What a kustomization lists, its entries resolved to URIs (see `resolveEntry`). */
export interface ResolvedListing {
  /** `resources`, `bases` and `components`: files, or folders holding a kustomization. */
  readonly listed: readonly string[];
  readonly patches: readonly string[];
}

/** Resolved listings by kustomization view, kept by the index so an unchanged file is resolved once. */
export type ListingCache = WeakMap<Kustomization, ResolvedListing>;

function listingOf(kustomization: Kustomization, cache: ListingCache | undefined): ResolvedListing {
  const known = cache?.get(kustomization);
  if (known) return known;
  const resolve = (entries: readonly Located<string>[]) =>
    entries.flatMap((e) => resolveEntry(kustomization.uri, e.value) ?? []);
  const listing = {
    listed: resolve([...kustomization.resources, ...kustomization.components]),
    patches: resolve(kustomization.patchFiles),
  };
  cache?.set(kustomization, listing);
  return listing;
}

/**
 * The namespaces the kustomizations give the files they take in. Linear in the size of the
 * kustomization graph for each root; computed by the index only when a kustomization changes.
 */
export function kustomizePlacements(
  kustomizations: readonly Kustomization[],
  cache?: ListingCache,
  identitiesOf: (uri: string) => readonly string[] = () => [],
): Placed {
  const nodes = graphOf(kustomizations, cache);
  const listed = new Set<Node>();
  for (const node of nodes) for (const folder of node.folders) listed.add(folder);
  // Each root is a rendering; sorted so the answer does not depend on the order files were indexed.
  const roots = nodes
    .filter((n) => !listed.has(n))
    .sort((a, b) => compare(a.kustomization.uri, b.kustomization.uri));
  const renderings = new Map<string, Rendering[]>();
  for (const root of roots) {
    const record = (file: string, given: Given) => {
      const list = renderings.get(file);
      if (list) list.push({ root, given });
      else renderings.set(file, [{ root, given }]);
    };
    const memo = new Map<string, Given[]>();
    // Returns what the node's resource files are given in this rendering (for its patches).
    const visit = (node: Node, outer: Given | undefined, path: Set<Node>): Given[] => {
      const own = outer ?? ownNamespace(node);
      const key = `${node.kustomization.uri}\n${own?.setBy ?? ''}`;
      const known = memo.get(key);
      if (known) return known;
      if (path.has(node)) return []; // a cycle, which kustomize refuses
      path.add(node);
      const given: Given[] = [];
      const gives = own ?? {};
      for (const file of node.files) {
        record(file, gives);
        given.push(gives);
      }
      for (const folder of node.folders) given.push(...visit(folder, own, path));
      // A patch becomes part of the resource it patches: at this level the resources have this
      // kustomization's namespace if it (or an overlay) sets one, else their bases'.
      const patched = own ? gives : common(given);
      for (const file of node.patches) record(file, patched);
      path.delete(node);
      memo.set(key, given);
      return given;
    };
    visit(root, undefined, new Set());
  }
  return placementsOf(roots, renderings, identitiesOf);
}

/**
 * The placements, and what tells the index when a file's kinds and names could change them: the
 * group (a root's URI) of every file some kustomization takes in, the group of each kind and name
 * those files define, and the groups in conflict.
 */
export interface Placed {
  readonly placements: Map<string, KustomizedNamespace>;
  readonly groups: ReadonlyMap<string, string>;
  readonly identityGroups: Map<string, string>;
  readonly conflicted: ReadonlySet<string>;
}

/**
 * Renderings that share a file, or render resources of the same kind and name (an overlay per
 * environment, each with its own copy), form one group (union-find over roots); a group in which
 * some file, or some such resource, is given different namespaces keeps every file's own
 * namespace, so copies meant for different deployments stay versions of one resource as before.
 */
function placementsOf(
  roots: readonly Node[],
  renderings: Map<string, Rendering[]>,
  identitiesOf: (uri: string) => readonly string[],
): Placed {
  const parent = new Map<Node, Node>(roots.map((r) => [r, r]));
  const find = (n: Node): Node => {
    let r = n;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(n, r);
    return r;
  };
  const byIdentity = new Map<string, { file: string; list: Rendering[] }>();
  for (const [file, list] of renderings)
    for (const identity of identitiesOf(file)) {
      const known = byIdentity.get(identity);
      if (known) known.list.push(...list);
      else byIdentity.set(identity, { file, list: [...list] });
    }
  const subjects: { file: string; resource?: string; list: readonly Rendering[] }[] = [
    ...[...renderings].map(([file, list]) => ({ file, list })),
    ...[...byIdentity].map(([resource, { file, list }]) => ({ file, resource, list })),
  ];
  for (const { list } of subjects)
    for (const r of list.slice(1)) parent.set(find(r.root), find(list[0]!.root));
  const conflicts = new Map<Node, NonNullable<KustomizedNamespace['conflict']>>();
  for (const { file, resource, list } of subjects) {
    const group = find(list[0]!.root);
    if (conflicts.has(group) || !disagree(list)) continue;
    conflicts.set(group, {
      file,
      ...(resource !== undefined ? { resource } : {}),
      renderings: list.map((r) => ({
        root: r.root.kustomization.uri,
        ...(r.given.namespace !== undefined ? { namespace: r.given.namespace } : {}),
      })),
    });
  }
  const out = new Map<string, KustomizedNamespace>();
  const groups = new Map<string, string>();
  for (const [file, list] of renderings) {
    const group = find(list[0]!.root);
    groups.set(file, group.kustomization.uri);
    const conflict = conflicts.get(group);
    if (conflict) out.set(file, { conflict });
    else if (list[0]!.given.namespace !== undefined)
      out.set(file, { namespace: list[0]!.given.namespace, setBy: list[0]!.given.setBy! });
  }
  const identityGroups = new Map<string, string>();
  for (const [identity, { list }] of byIdentity)
    identityGroups.set(identity, find(list[0]!.root).kustomization.uri);
  const conflicted = new Set([...conflicts.keys()].map((n) => n.kustomization.uri));
  return { placements: out, groups, identityGroups, conflicted };
}

/**
 * Whether a new version of a file taken in by `group` could regroup the renderings: it defines a
 * kind and name another group defines, or drops one from a group in conflict. A kind and name new
 * to every group is recorded for the group, so a later file of another group defining it counts.
 */
export function regroups(
  placed: Placed,
  group: string,
  before: readonly string[],
  after: readonly string[],
): boolean {
  const had = new Set(before);
  for (const identity of after) {
    if (had.has(identity)) continue;
    const owner = placed.identityGroups.get(identity);
    if (owner === undefined) placed.identityGroups.set(identity, group);
    else if (owner !== group) return true;
  }
  if (!placed.conflicted.has(group)) return false;
  const has = new Set(after);
  return before.some((identity) => !has.has(identity));
}

function disagree(list: readonly Rendering[]): boolean {
  const first = list[0]!.given.namespace;
  return list.some((r) => r.given.mixed || r.given.namespace !== first);
}

/** The one namespace all of `given` share (none when there are none), else `mixed`. */
function common(given: readonly Given[]): Given {
  const first = given[0];
  if (!first) return {};
  return given.every((g) => g.namespace === first.namespace) ? first : { mixed: true };
}

/**
 * The namespace a kustomization sets on what it takes in: its own `namespace:`, else the last of
 * its Components' (a Component transforms everything its parent took in, before the parent's own
 * transformers run).
 */
function ownNamespace(node: Node): Given | undefined {
  const own = node.kustomization.setNamespace?.value;
  if (own) return { namespace: own, setBy: node.kustomization.uri };
  let found: Given | undefined;
  for (const folder of node.folders) {
    const k = folder.kustomization;
    if (k.kind === 'Component' && k.setNamespace?.value)
      found = { namespace: k.setNamespace.value, setBy: k.uri };
  }
  return found;
}

/** The kustomization files (one per folder, as kustomize reads them) and what each lists. */
function graphOf(kustomizations: readonly Kustomization[], cache: ListingCache | undefined): Node[] {
  const byFolder = new Map<string, Node>();
  for (const kustomization of kustomizations) {
    if (kustomization.docIndex !== 0 || !isKustomizationFileUri(kustomization.uri)) continue;
    const folder = folderOf(kustomization.uri);
    if (!byFolder.has(folder)) byFolder.set(folder, { kustomization, folders: [], files: [], patches: [] });
  }
  for (const node of byFolder.values()) {
    const { listed, patches } = listingOf(node.kustomization, cache);
    for (const target of listed) {
      const folder = byFolder.get(target.endsWith('/') ? target : `${target}/`);
      if (folder) {
        if (folder !== node) node.folders.push(folder);
      } else node.files.push(target);
    }
    node.patches.push(...patches);
  }
  return [...byFolder.values()];
}

function folderOf(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes a file's placement on its resource views (cluster-scoped kinds and kustomizations
 * themselves get none), or clears an old one. Writes nothing when nothing changes, so a workspace
 * without kustomizations never touches its views.
 */
export function placeResources(
  resources: readonly Resource[],
  placement: KustomizedNamespace | undefined,
): void {
  for (const resource of resources) {
    const next =
      placement &&
      !isKustomization(resource) &&
      !isClusterScopedForKustomize(resource.apiVersion, resource.kind)
        ? placement
        : undefined;
    if (resource.kustomized === next) continue;
    // Cleared by removing the field, so a view no kustomization takes in any more is the very
    // view a fresh parse gives (the kept-findings tests compare them).
    if (next === undefined) delete resource.kustomized;
    else resource.kustomized = next;
  }
}

/** Whether two placements say the same (so the views holding one need no rewrite). */
export function samePlacement(
  a: KustomizedNamespace | undefined,
  b: KustomizedNamespace | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.namespace === b.namespace &&
    a.setBy === b.setBy &&
    JSON.stringify(a.conflict ?? null) === JSON.stringify(b.conflict ?? null)
  );
}
