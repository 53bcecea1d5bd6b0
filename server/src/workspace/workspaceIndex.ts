// The workspace index: a small summary per file (its resource views and line starts, no syntax
// trees), keyed by URI. Hosts update one file at a time; cross-file rules and navigation read
// summaries only.
import type { Position } from 'vscode-languageserver-types';
import type { ClusterSnapshot, LiveObject } from '../../../protocol/src/cluster';
import { isKustomization, type Kustomization, type Resource } from '../model/resources';
import { liveResource } from '../cluster/liveResources';
import {
  buildLookup,
  OPEN_WORLD,
  resourceIdentity,
  type ReferenceWorld,
  type WorkspaceLookup,
} from './resolve';
import type { SourceFile } from '../sourceFile';
import { LookupMemo } from './lookupIndexes';
import {
  kustomizePlacements,
  placeResources,
  regroups,
  samePlacement,
  type KustomizePlacements,
  type ListingCache,
  type Placed,
} from './kustomize';

/** A cluster snapshot as the index holds it: its resource views and the kinds it read. */
export interface LiveLayer {
  readonly snapshot: ClusterSnapshot;
  readonly resources: readonly Resource[];
  /** The live objects by resource identity, for drift. */
  readonly objects: ReadonlyMap<string, LiveObject>;
}

export interface FileSummary {
  readonly uri: string;
  readonly resources: readonly Resource[];
  /** Offsets at which lines start, to turn spans into positions without the file's text. */
  readonly lineStarts: readonly number[];
}

/** What the index keeps of a parsed file. */
export function summarize(file: SourceFile): FileSummary {
  return {
    uri: file.uri,
    resources: file.resources,
    // A file refused by the parser (too large, binary) has no resources to locate.
    lineStarts: file.yaml.skipped ? [0] : computeLineStarts(file.document.getText()),
  };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The usual case (LF only): the native search is several times faster than a char loop,
    // which matters because this runs on every edit of a large open file.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileSummary>();
  /** The resolution lookup of the current contents; dropped whenever a file changes. */
  private cachedLookup: WorkspaceLookup | undefined;
  private live: LiveLayer | undefined;
  private completeWorkspace = false;

  /**
   * Lays the files over a cluster snapshot (undefined: files only). As istioctl analyze does, a
   * file's resource replaces the live one of the same group, kind, namespace and name; live-only
   * resources resolve references, and the kinds the snapshot read become closed-world.
   */
  setCluster(snapshot: ClusterSnapshot | undefined): void {
    this.cachedLookup = undefined;
    if (!snapshot) {
      this.live = undefined;
      return;
    }
    const resources: Resource[] = [];
    const objects = new Map<string, LiveObject>();
    for (const obj of snapshot.objects) {
      const resource = liveResource(snapshot.context, obj);
      if (!resource) continue;
      resources.push(resource);
      const id = resourceIdentity(resource, '');
      if (id !== undefined) objects.set(id, obj);
    }
    this.live = { snapshot, resources, objects };
  }

  get cluster(): LiveLayer | undefined {
    return this.live;
  }

  /** Whether a reference found nowhere is an error without a cluster (`completeWorkspace`). */
  setCompleteWorkspace(complete: boolean): void {
    if (complete !== this.completeWorkspace) this.cachedLookup = undefined;
    this.completeWorkspace = complete;
  }
  /** The kustomization.yaml views of the current contents; dropped whenever one changes. */
  private cachedKustomizations: readonly Kustomization[] | undefined;
  /** Indexes derived from a lookup by the rules (lookupIndexes.ts), once per lookup. */
  readonly derived = new LookupMemo();
  /**
   * The namespace the kustomizations give each file they take in (kustomize.ts), by URI. Derived
   * lazily: a change of a kustomization marks it stale and the next read of the index (`lookup`,
   * `get`, `resources`…) re-derives it once, so a scan that indexes many kustomizations derives
   * once, not once per kustomization. Until then, files indexed meanwhile wait in `unplaced`.
   */
  private placements: KustomizePlacements = new Map();
  private placementsStale = false;
  private readonly unplaced = new Set<string>();
  /** The last derivation: placements, and the groups that tell when names regroup them. */
  private placed: Placed = {
    placements: new Map(),
    groups: new Map(),
    identityGroups: new Map(),
    conflicted: new Set(),
  };
  /** The kustomization views of each file that has any, kept as files change. */
  private readonly kustomizationFiles = new Map<string, readonly Kustomization[]>();
  /** Each kustomization view's listings resolved to URIs, for as long as the view lives. */
  private readonly listings: ListingCache = new WeakMap();

  set(summary: FileSummary): void {
    const previous = this.files.get(summary.uri);
    this.files.set(summary.uri, summary);
    // Re-indexing the same parse (the validator does so before every check) changes nothing.
    if (previous?.resources === summary.resources) return;
    this.cachedLookup = undefined;
    const kustomizations = summary.resources.filter(isKustomization);
    if (kustomizations.length > 0 || this.kustomizationFiles.has(summary.uri)) {
      if (kustomizations.length > 0) this.kustomizationFiles.set(summary.uri, kustomizations);
      else this.kustomizationFiles.delete(summary.uri);
      this.cachedKustomizations = undefined;
      this.placementsStale = true;
    } else {
      // The kinds and names a taken-in file defines group the renderings (kustomize.ts).
      const group = this.placed.groups.get(summary.uri);
      if (group !== undefined && regroups(this.placed, group, identityList(previous), identityList(summary)))
        this.placementsStale = true;
    }
    if (this.placementsStale) this.unplaced.add(summary.uri);
    else placeResources(summary.resources, this.placements.get(summary.uri));
  }

  delete(uri: string): boolean {
    const deleted = this.files.delete(uri);
    if (deleted) {
      this.cachedLookup = undefined;
      this.unplaced.delete(uri);
      if (this.kustomizationFiles.delete(uri)) {
        this.cachedKustomizations = undefined;
        this.placementsStale = true;
      }
    }
    return deleted;
  }

  /** Whether the index holds exactly this parse of `uri` (without settling anything). */
  holds(uri: string, resources: readonly Resource[]): boolean {
    return this.files.get(uri)?.resources === resources;
  }

  /**
   * Gives a parse of `uri` the namespace the kustomizations give that file, so a file parsed but
   * not (yet) indexed resolves as it will once indexed. Idempotent; the index does it itself on
   * `set`. While the placements are stale this waits: `set` or `lookupWith` places the parse.
   */
  place(uri: string, resources: readonly Resource[]): void {
    if (!this.placementsStale) placeResources(resources, this.placements.get(uri));
  }

  /**
   * Re-derives stale placements and rewrites them on the views of the files whose placement
   * changed and of the files indexed meanwhile (every other view already holds its own). The
   * index's reads do it themselves; the language service does it before each request.
   */
  settle(): void {
    if (!this.placementsStale) return;
    this.placementsStale = false;
    this.placed = kustomizePlacements(this.kustomizations(), this.listings, (uri) =>
      identityList(this.files.get(uri)),
    );
    const next = this.placed.placements;
    const previous = this.placements;
    this.placements = next;
    const place = (uri: string) => {
      const file = this.files.get(uri);
      if (file) placeResources(file.resources, next.get(uri));
    };
    for (const uri of new Set([...previous.keys(), ...next.keys()]))
      if (!this.unplaced.has(uri) && !samePlacement(previous.get(uri), next.get(uri))) place(uri);
    for (const uri of this.unplaced) place(uri);
    this.unplaced.clear();
  }

  /** Every indexed kustomization.yaml (see kustomize.ts), collected once per workspace state. */
  kustomizations(): readonly Kustomization[] {
    this.cachedKustomizations ??= [...this.kustomizationFiles.values()].flat();
    return this.cachedKustomizations;
  }

  /**
   * Indexes over every indexed resource for reference resolution (see resolve.ts), built once
   * per workspace state and default namespace.
   */
  lookup(defaultNamespace: string): WorkspaceLookup {
    this.settle();
    if (this.cachedLookup?.defaultNamespace !== defaultNamespace)
      this.cachedLookup = this.build([...this.resources()], defaultNamespace);
    return this.cachedLookup;
  }

  /**
   * The lookup as it is with `resources` standing for the file `uri`: the cached one when the
   * index already holds exactly that parse, otherwise a fresh one (not cached), so a file that
   * is checked without being indexed still resolves against itself.
   */
  lookupWith(uri: string, resources: readonly Resource[], defaultNamespace: string): WorkspaceLookup {
    this.settle();
    if (this.files.get(uri)?.resources === resources) return this.lookup(defaultNamespace);
    this.place(uri, resources);
    const others = [...this.files.values()].filter((f) => f.uri !== uri).flatMap((f) => f.resources);
    return this.build([...others, ...resources], defaultNamespace);
  }

  private build(fileResources: Resource[], defaultNamespace: string): WorkspaceLookup {
    if (!this.live) return buildLookup(fileResources, defaultNamespace, this.world());
    const inFiles = new Set<string>();
    for (const r of fileResources) {
      const id = resourceIdentity(r, defaultNamespace);
      if (id !== undefined) inFiles.add(id);
    }
    // Live resources always carry their namespace, so the default one does not matter for them.
    const live = this.live.resources.filter((r) => {
      const id = resourceIdentity(r, defaultNamespace);
      return id === undefined || !inFiles.has(id);
    });
    return buildLookup([...fileResources, ...live], defaultNamespace, this.world());
  }

  private world(): ReferenceWorld {
    if (this.live) {
      const { snapshot } = this.live;
      const unread = new Set(snapshot.unread.map((u) => `${u.group}/${u.kind}`));
      const read = new Set(
        [
          '/Service',
          'networking.istio.io/ServiceEntry',
          'networking.istio.io/Gateway',
          'networking.istio.io/DestinationRule',
          'networking.istio.io/VirtualService',
          'gateway.networking.k8s.io/Gateway',
          '/Pod',
        ].filter((k) => !unread.has(k)),
      );
      return {
        kind: 'cluster',
        context: snapshot.context,
        read,
        ...(snapshot.namespaces ? { namespaces: new Set(snapshot.namespaces) } : {}),
      };
    }
    return this.completeWorkspace ? { kind: 'complete' } : OPEN_WORLD;
  }

  get(uri: string): FileSummary | undefined {
    this.settle();
    return this.files.get(uri);
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  get size(): number {
    return this.files.size;
  }

  uris(): IterableIterator<string> {
    return this.files.keys();
  }

  *resources(): IterableIterator<Resource> {
    this.settle();
    for (const file of this.files.values()) yield* file.resources;
  }

  /** The position of an offset in an indexed file (line 0 when the file is unknown). */
  positionAt(uri: string, offset: number): Position {
    const starts = this.files.get(uri)?.lineStarts;
    if (!starts || starts.length === 0) return { line: 0, character: 0 };
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low]! };
  }
}

/** The kinds and names a file defines (kustomizations aside), which group renderings. */
function identityList(file: FileSummary | undefined): string[] {
  const out: string[] = [];
  for (const r of file?.resources ?? [])
    if (r.name && !isKustomization(r)) out.push(`${r.kind}/${r.name.value}`);
  return out;
}
