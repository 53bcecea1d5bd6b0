// What a rule read from the workspace lookup, so its findings about one document can be kept
// until something it read changes. A tracked lookup is a read-through view of a WorkspaceLookup
// that records each read into the current dependency set: `field` + NUL + key for a map's
// `get`/`has` (and a set's `has`), the field name alone for a list, a map's iteration or size.
// The WorkspaceIndex stamps the same keys with the generation that changed them (the keys a
// lookup built from just the changed resources has, `changedKeys`), so findings computed at
// generation g stay valid while none of their dependencies was stamped after g.
// Scalars (`defaultNamespace`, `world`) are not recorded: changing them starts a new epoch,
// which drops every kept finding.
import type { WorkspaceLookup } from './resolve';

/**
 * The keys whose entries differ between the lookup before and after a change, given lookups
 * built from just the removed and just the added resources: every map key and set member they
 * file something under, every list they add to, and a list's length (`field` + NUL + `#length`)
 * when the change alters it (`if (lookup.services.length === 0) return` then depends on that
 * alone).
 */
export function changedKeys(removed: WorkspaceLookup, added: WorkspaceLookup): string[] {
  const keys: string[] = [];
  const after = added as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(removed)) {
    const other = after[field];
    for (const side of [value, other]) {
      if (side instanceof Map) {
        if (side.size > 0) keys.push(field);
        for (const key of side.keys()) keys.push(`${field}\u0000${String(key)}`);
      } else if (side instanceof Set) {
        if (side.size > 0) keys.push(field);
        for (const key of side) keys.push(`${field}\u0000${String(key)}`);
      } else if (Array.isArray(side) && side.length > 0) keys.push(field);
    }
    if (Array.isArray(value) && Array.isArray(other) && value.length !== other.length)
      keys.push(`${field}\u0000#length`);
  }
  return keys;
}

/** A lookup that records what is read from it; `real` is the lookup it reads through. */
export interface TrackedLookup extends WorkspaceLookup {
  readonly [TRACKING]: Tracking;
}

const TRACKING = Symbol('tracking');

class Tracking {
  /** Dependency sets being filled, innermost last (a memoised index records into its own too). */
  private readonly sinks: Set<string>[] = [];

  constructor(readonly real: WorkspaceLookup) {}

  record(key: string): void {
    for (const sink of this.sinks) sink.add(key);
  }

  /** Runs `f` recording what it reads into a new set (and into the enclosing ones). */
  capture<T>(f: () => T): { value: T; deps: Set<string> } {
    const deps = new Set<string>();
    this.sinks.push(deps);
    try {
      return { value: f(), deps };
    } finally {
      this.sinks.pop();
    }
  }
}

export function isTracked(lookup: WorkspaceLookup): lookup is TrackedLookup {
  return TRACKING in lookup;
}

/** Records `deps` (read earlier, e.g. by a memoised index's builder) as read now. */
export function recordDependencies(lookup: WorkspaceLookup, deps: Iterable<string>): void {
  if (!isTracked(lookup)) return;
  for (const key of deps) lookup[TRACKING].record(key);
}

/** Runs `f`, returning what it read from `lookup` (empty when the lookup is not tracked). */
export function captureDependencies<T>(lookup: WorkspaceLookup, f: () => T): { value: T; deps: Set<string> } {
  return isTracked(lookup) ? lookup[TRACKING].capture(f) : { value: f(), deps: new Set() };
}

class TrackedMap<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly map: ReadonlyMap<K, V>,
    private readonly field: string,
    private readonly tracking: Tracking,
  ) {}
  get(key: K): V | undefined {
    this.tracking.record(`${this.field}\u0000${String(key)}`);
    return this.map.get(key);
  }
  has(key: K): boolean {
    this.tracking.record(`${this.field}\u0000${String(key)}`);
    return this.map.has(key);
  }
  get size(): number {
    this.tracking.record(this.field);
    return this.map.size;
  }
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.tracking.record(this.field);
    this.map.forEach((v, k) => callback.call(thisArg, v, k, this));
  }
  entries(): MapIterator<[K, V]> {
    this.tracking.record(this.field);
    return this.map.entries();
  }
  keys(): MapIterator<K> {
    this.tracking.record(this.field);
    return this.map.keys();
  }
  values(): MapIterator<V> {
    this.tracking.record(this.field);
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

class TrackedSet<T> implements ReadonlySet<T> {
  constructor(
    private readonly set: ReadonlySet<T>,
    private readonly field: string,
    private readonly tracking: Tracking,
  ) {}
  has(value: T): boolean {
    this.tracking.record(`${this.field}\u0000${String(value)}`);
    return this.set.has(value);
  }
  get size(): number {
    this.tracking.record(this.field);
    return this.set.size;
  }
  forEach(callback: (value: T, value2: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    this.tracking.record(this.field);
    this.set.forEach((v) => callback.call(thisArg, v, v, this));
  }
  entries(): SetIterator<[T, T]> {
    this.tracking.record(this.field);
    return this.set.entries();
  }
  keys(): SetIterator<T> {
    return this.values();
  }
  values(): SetIterator<T> {
    this.tracking.record(this.field);
    return this.set.values();
  }
  [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }
}

/** A read-through view of `real` recording every read (see the top of this file). */
export function trackLookup(real: WorkspaceLookup): TrackedLookup {
  const tracking = new Tracking(real);
  const view: Record<string | symbol, unknown> = { [TRACKING]: tracking };
  for (const [field, value] of Object.entries(real)) {
    if (value instanceof Map) view[field] = new TrackedMap(value, field, tracking);
    else if (value instanceof Set) view[field] = new TrackedSet(value, field, tracking);
    else if (Array.isArray(value)) {
      // Reading only the length (an early exit on an empty list) depends on the length alone.
      const lengthKey = `${field}\u0000#length`;
      view[field] = new Proxy(value, {
        get(target, property, receiver) {
          tracking.record(property === 'length' ? lengthKey : field);
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    } else view[field] = value;
  }
  return view as unknown as TrackedLookup;
}

/**
 * `compute()` for `key`, remembered in `memo`; what it read from `lookup` is recorded again at
 * every later use, as LookupMemo does for whole indexes.
 */
export function rememberRead<T>(
  lookup: WorkspaceLookup,
  memo: Map<string, { value: T; deps: Set<string> }>,
  key: string,
  compute: () => T,
): T {
  const known = memo.get(key);
  if (known) {
    recordDependencies(lookup, known.deps);
    return known.value;
  }
  const read = captureDependencies(lookup, compute);
  memo.set(key, read);
  return read.value;
}
