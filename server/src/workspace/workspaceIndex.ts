// The workspace index: a small summary per file (its resource views and line starts, no syntax
// trees), keyed by URI. Hosts update one file at a time; cross-file rules and navigation read
// summaries only.
import type { Position } from 'vscode-languageserver-types';
import type { ClusterSnapshot, LiveObject } from '../../../protocol/src/cluster';
import { isKustomization, type Kustomization, type Resource } from '../model/resources';
import { liveResource } from '../cluster/liveResources';
import {
  buildLookup,
  LookupFilings,
  OPEN_WORLD,
  resourceIdentity,
  type ReferenceWorld,
  type WorkspaceLookup,
} from './resolve';
import type { SourceFile } from '../sourceFile';
import { movedOffset, type Span, type TextMove } from '../syntax/parseYaml';
import { LookupMemo } from './lookupIndexes';
import { changedKeys, trackLookup, type TrackedLookup } from './lookupDependencies';
import { patchLookup } from './lookupPatch';
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

/**
 * What the index keeps of a parsed file. The line starts are computed when first asked for (a
 * finding about another file relating to this one): an open document is summarised on every
 * edit, and a 60,000-line file's line starts cost more than the rest of a re-check.
 */
export function summarize(file: SourceFile): FileSummary {
  // A file refused by the parser (too large, binary) has no resources to locate.
  const text = file.yaml.skipped ? undefined : file.document.getText();
  let lineStarts: readonly number[] | undefined;
  return {
    uri: file.uri,
    resources: file.resources,
    get lineStarts() {
      lineStarts ??= text === undefined ? [0] : computeLineStarts(text);
      return lineStarts;
    },
  };
}

/**
 * The views in one list and not the other (by object: a reused document keeps its views, in
 * order, so only the stretch between the common start and end is compared as sets).
 */
function changedResources(
  before: readonly Resource[],
  after: readonly Resource[],
): { removed: Resource[]; added: Resource[] } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const was = before.slice(head, before.length - tail);
  const is = after.slice(head, after.length - tail);
  const old = new Set(was);
  const now = new Set(is);
  return { removed: was.filter((r) => !now.has(r)), added: is.filter((r) => !old.has(r)) };
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

/** The lookup a recording view reads through. */
const TRACKED_REAL = Symbol('trackedReal');

/** More changed resource views than this between two lookups start a new epoch (see below). */
const MAX_PENDING_CHANGES = 5000;

/** How many parses' moves are kept per file (findings kept from before them are found again). */
const MAX_MOVES_PER_FILE = 32;

export class WorkspaceIndex {
  private readonly files = new Map<string, FileSummary>();
  /** The resolution lookup of the current contents; dropped whenever a file changes. */
  private cachedLookup: WorkspaceLookup | undefined;
  /** The lookup last built, which `pendingChanges` are relative to: the next one patches it. */
  private baseLookup: WorkspaceLookup | undefined;
  /**
   * The recording view of `cachedLookup` (lookupDependencies.ts), made when first asked for and
   * kept while the lookup is the same object (indexes derived from it are kept per view).
   */
  private trackedLookup: (TrackedLookup & { [TRACKED_REAL]: WorkspaceLookup }) | undefined;
  /**
   * What changed since the lookup was last built: resource views removed or added (by object:
   * an unchanged document keeps its view objects), or `everything` (cluster, settings).
   */
  private pendingChanges: { removed: Resource[]; added: Resource[] } | 'everything' = 'everything';
  /** Bumped when everything may have changed; findings kept from an older epoch are dropped. */
  private epochCounter = 0;
  /** Bumped at each lookup rebuild after file changes; `changedAt` says which keys changed when. */
  private generationCounter = 0;
  private readonly changedAt = new Map<string, number>();
  /** Where each resource view goes in a lookup, kept per view so a rebuild only files them. */
  private readonly filings = new LookupFilings();
  /** The keys each generation of this epoch changed (index: generation - 1). */
  private readonly changeLog: string[][] = [];
  private live: LiveLayer | undefined;
  private completeWorkspace = false;
  /** Bumped each time a file's text moved (`recordMoves`). */
  private moveCounter = 0;
  /** The latest moves of each file's text, oldest first, with the count they were made at. */
  private readonly movesByUri = new Map<
    string,
    { list: { seq: number; moves: readonly TextMove[] }[]; dropped: number }
  >();

  /**
   * A new parse of `uri` reused documents of the previous one at other offsets, moving their
   * syntax trees and resource views in place (parseYaml.ts, resourceCache.ts): the views keep
   * their identity, so nothing filed in the lookup changed, but spans kept elsewhere (findings
   * kept per document, about this file or relating to it) are to be moved with `moveSpan`.
   */
  recordMoves(uri: string, moves: readonly TextMove[]): void {
    if (moves.length === 0) return;
    const kept = this.movesByUri.get(uri) ?? { list: [], dropped: 0 };
    kept.list.push({ seq: ++this.moveCounter, moves });
    if (kept.list.length > MAX_MOVES_PER_FILE) kept.dropped = kept.list.shift()!.seq;
    this.movesByUri.set(uri, kept);
  }

  /** Counts the moves so far: spans kept now are moved with `moveSpan` from this count. */
  get moveStamp(): number {
    return this.moveCounter;
  }

  /**
   * Where a span of `uri` kept at move count `since` is now; undefined when moves that old are
   * no longer known. Spans in text parsed again are returned as they are: what depends on that
   * text is computed again anyway (its views are new objects).
   */
  moveSpan(uri: string, span: Span, since: number): Span | undefined {
    const kept = this.movesByUri.get(uri);
    if (!kept || kept.list[kept.list.length - 1]!.seq <= since) return span;
    if (kept.dropped > since) return undefined;
    const { list } = kept;
    let { start, end } = span;
    for (const { seq, moves } of list) {
      if (seq <= since) continue;
      const movedStart = movedOffset(moves, start, false);
      // An end offset moves with the text before it (an empty span with its start).
      end = start === end ? movedStart : movedOffset(moves, end, true);
      start = movedStart;
    }
    return { start, end };
  }

  /**
   * Lays the files over a cluster snapshot (undefined: files only). As istioctl analyze does, a
   * file's resource replaces the live one of the same group, kind, namespace and name; live-only
   * resources resolve references, and the kinds the snapshot read become closed-world.
   */
  setCluster(snapshot: ClusterSnapshot | undefined): void {
    this.dropLookup('everything');
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
    if (complete !== this.completeWorkspace) this.dropLookup('everything');
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
    const changes = changedResources(previous?.resources ?? [], summary.resources);
    this.dropLookup(changes);
    // Views kept from the previous parse are neither kustomizations (a file holding one is
    // handled as a whole) nor in need of placing.
    if (this.kustomizationFiles.has(summary.uri) || changes.added.some(isKustomization)) {
      const kustomizations = summary.resources.filter(isKustomization);
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
    else placeResources(changes.added, this.placements.get(summary.uri));
  }

  delete(uri: string): boolean {
    const before = this.files.get(uri)?.resources;
    const deleted = this.files.delete(uri);
    if (deleted) {
      this.dropLookup({ removed: [...(before ?? [])], added: [] });
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
    // Views get their namespace rewritten in place, which the kept findings cannot see as a
    // change of views (lookupDependencies.ts): a re-derivation (a kustomization changed) starts a
    // new epoch. LookupFilings re-files a view whose namespace changed.
    this.dropLookup('everything');
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

  private dropLookup(changed: { removed: Resource[]; added: Resource[] } | 'everything'): void {
    this.cachedLookup = undefined;
    if (changed === 'everything') this.baseLookup = undefined;
    if (changed === 'everything' || this.pendingChanges === 'everything') this.pendingChanges = 'everything';
    else {
      this.pendingChanges.removed.push(...changed.removed);
      this.pendingChanges.added.push(...changed.added);
      // A scan's worth of changes: stamping them would cost a lookup build of its own, and
      // nearly every kept finding would be dropped anyway.
      if (this.pendingChanges.removed.length + this.pendingChanges.added.length > MAX_PENDING_CHANGES)
        this.pendingChanges = 'everything';
    }
  }

  /**
   * Where the lookup's changes stand: findings computed from the tracked lookup at this epoch and
   * generation stay valid while `unchangedSince` says so for what they read.
   */
  get stamp(): { readonly epoch: number; readonly generation: number } {
    return { epoch: this.epochCounter, generation: this.generationCounter };
  }

  /** Whether no key of `deps` changed after `generation` of `epoch` (see lookupDependencies.ts). */
  unchangedSince(deps: ReadonlySet<string>, stamp: { epoch: number; generation: number }): boolean {
    if (stamp.epoch !== this.epochCounter) return false;
    if (stamp.generation === this.generationCounter) return true;
    // Usually one edit ago: the few keys it changed are looked up in the dependencies, rather
    // than every dependency in the changes.
    let changed = 0;
    for (let g = stamp.generation; g < this.changeLog.length; g++) changed += this.changeLog[g]!.length;
    if (changed < deps.size) {
      for (let g = stamp.generation; g < this.changeLog.length; g++)
        for (const key of this.changeLog[g]!) if (deps.has(key)) return false;
      return true;
    }
    for (const key of deps) if ((this.changedAt.get(key) ?? 0) > stamp.generation) return false;
    return true;
  }

  /** The lookup as `lookup` gives it, as a view that records what is read from it. */
  trackedLookupOf(defaultNamespace: string): TrackedLookup {
    const lookup = this.lookup(defaultNamespace);
    if (this.trackedLookup?.[TRACKED_REAL] !== lookup)
      this.trackedLookup = Object.assign(trackLookup(lookup), { [TRACKED_REAL]: lookup });
    return this.trackedLookup;
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
    if (this.cachedLookup?.defaultNamespace !== defaultNamespace) {
      const base = this.baseLookup;
      const change = this.stampChanges(defaultNamespace);
      // An edit changes a few entries: the previous lookup is patched (lookupPatch.ts) rather
      // than every view filed again. Over a cluster snapshot a change also hides or shows live
      // resources: built afresh.
      // Nothing filed changed (documents only moved, their views moving in place): the very
      // same lookup, with the indexes rules derived from it (they hold views, no offsets).
      const patched =
        change && base?.defaultNamespace === defaultNamespace && !this.live
          ? change.removed.length === 0 && change.added.length === 0
            ? base
            : patchLookup(base, change.removed, change.removedLookup, change.addedLookup, (a, b) =>
                this.compareInFileOrder(a, b),
              )
          : undefined;
      this.positionsInFile.clear();
      this.fileOrdinals = undefined;
      this.cachedLookup = patched ?? this.build([...this.resources()], defaultNamespace);
      this.baseLookup = this.cachedLookup;
    }
    return this.cachedLookup;
  }

  /** Each file's views by position, while a patch asks (`compareInFileOrder`). */
  private readonly positionsInFile = new Map<string, Map<Resource, number>>();
  private fileOrdinals: Map<string, number> | undefined;

  /** Orders two indexed views as `resources()` yields them: by file, then within their file. */
  private compareInFileOrder(a: Resource, b: Resource): number {
    if (a.uri !== b.uri) {
      if (!this.fileOrdinals) {
        this.fileOrdinals = new Map();
        for (const uri of this.files.keys()) this.fileOrdinals.set(uri, this.fileOrdinals.size);
      }
      return (this.fileOrdinals.get(a.uri) ?? -1) - (this.fileOrdinals.get(b.uri) ?? -1);
    }
    const positions = this.positionsOf(a.uri);
    return (positions.get(a) ?? -1) - (positions.get(b) ?? -1);
  }

  private positionsOf(uri: string): Map<Resource, number> {
    let positions = this.positionsInFile.get(uri);
    if (!positions) {
      positions = new Map();
      for (const r of this.files.get(uri)?.resources ?? []) positions.set(r, positions.size);
      this.positionsInFile.set(uri, positions);
    }
    return positions;
  }

  /**
   * Marks the keys the pending changes touch as changed now (a new epoch when that is unknown).
   * Returns the changes (views removed and added, and lookups of just those),
   * undefined when everything may have changed.
   */
  private stampChanges(
    defaultNamespace: string,
  ):
    | { removed: Resource[]; added: Resource[]; removedLookup: WorkspaceLookup; addedLookup: WorkspaceLookup }
    | undefined {
    const changes = this.pendingChanges;
    this.pendingChanges = { removed: [], added: [] };
    if (changes === 'everything' || this.stampedNamespace !== defaultNamespace) {
      this.stampedNamespace = defaultNamespace;
      this.epochCounter++;
      this.generationCounter = 0;
      this.changedAt.clear();
      this.changeLog.length = 0;
      return undefined;
    }
    // Views added and removed again since the last build were never in a lookup.
    const added = changes.added.filter((r) => this.positionsOf(r.uri).has(r));
    if (changes.removed.length === 0 && added.length === 0) {
      const none = buildLookup([], defaultNamespace);
      return { removed: [], added: [], removedLookup: none, addedLookup: none };
    }
    this.generationCounter++;
    // Over a cluster snapshot a file's resource hides the live one of the same identity: a
    // change there may add or remove that live resource too (both sides are stamped).
    const live = this.live
      ? (() => {
          const ids = new Set(
            [...changes.removed, ...added].map((r) => resourceIdentity(r, defaultNamespace)),
          );
          ids.delete(undefined);
          return this.live.resources.filter((r) => ids.has(resourceIdentity(r, defaultNamespace)));
        })()
      : [];
    const world = this.world();
    const removed = buildLookup([...changes.removed, ...live], defaultNamespace, world);
    const addedLookup = buildLookup([...added, ...live], defaultNamespace, world);
    const keys = changedKeys(removed, addedLookup);
    for (const key of keys) this.changedAt.set(key, this.generationCounter);
    this.changeLog.push(keys);
    return { removed: changes.removed, added, removedLookup: removed, addedLookup };
  }

  private stampedNamespace: string | undefined;

  /**
   * The lookup as it is with `resources` standing for the file `uri`: the cached one when the
   * index already holds exactly that parse, otherwise a fresh one (not cached), so a file that
   * is checked without being indexed still resolves against itself.
   */
  lookupWith(uri: string, resources: readonly Resource[], defaultNamespace: string): WorkspaceLookup {
    this.settle();
    if (this.holds(uri, resources)) return this.lookup(defaultNamespace);
    this.place(uri, resources);
    const others = [...this.files.values()].filter((f) => f.uri !== uri).flatMap((f) => f.resources);
    return this.build([...others, ...resources], defaultNamespace);
  }

  private build(fileResources: Resource[], defaultNamespace: string): WorkspaceLookup {
    if (!this.live) return buildLookup(fileResources, defaultNamespace, this.world(), this.filings);
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
    return buildLookup([...fileResources, ...live], defaultNamespace, this.world(), this.filings);
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
