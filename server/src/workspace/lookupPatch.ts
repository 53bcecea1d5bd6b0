// After an edit, the resolution lookup changes in the few entries the edited document's resource
// views are filed under. Instead of filing every view of the workspace again (buildLookup), the
// lookup of the previous state is patched: the lists and map entries the removed and added views
// touch are copied, the removed views taken out and the added ones put in at their place in file
// order. The result equals a fresh build, field by field and in the same order
// (lookupFindings.test.ts compares them after every edit). A new lookup object is made, sharing
// the untouched fields: indexes derived from a lookup (lookupIndexes.ts) are kept per object.
import type { Resource } from '../model/resources';
import type { WorkspaceLookup } from './resolve';

/**
 * `base` with `removed` taken out and `added` put in, given lookups built from just those views
 * (`removedLookup`, `addedLookup`); `compare` orders views as a fresh build files them (by file,
 * then by position in the file). Undefined when the patch could not keep a fresh build's order: a map key or set
 * member that appears (a fresh build would put it where its first view is) or a set member that
 * may disappear (who else files it is not known here).
 */
export function patchLookup(
  base: WorkspaceLookup,
  removed: readonly Resource[],
  removedLookup: WorkspaceLookup,
  addedLookup: WorkspaceLookup,
  compare: (a: Resource, b: Resource) => number,
): WorkspaceLookup | undefined {
  const gone = new Set<Resource>(removed);
  const before = base as unknown as Record<string, unknown>;
  const minus = removedLookup as unknown as Record<string, unknown>;
  const plus = addedLookup as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...before };
  for (const field of Object.keys(before)) {
    const value = before[field];
    const taken = minus[field];
    const put = plus[field];
    if (Array.isArray(value)) {
      const takenList = taken as unknown[];
      const putList = put as unknown[];
      if (takenList.length === 0 && putList.length === 0) continue;
      out[field] = patchList(value, takenList.length > 0 ? gone : undefined, putList, compare);
    } else if (value instanceof Map) {
      const takenMap = taken as ReadonlyMap<string, unknown[]>;
      const putMap = put as ReadonlyMap<string, unknown[]>;
      if (takenMap.size === 0 && putMap.size === 0) continue;
      const map = new Map(value as Map<string, unknown[]>);
      for (const [key, list] of putMap) {
        const current = map.get(key);
        if (!current) return undefined;
        map.set(key, patchList(current, takenMap.has(key) ? gone : undefined, list, compare));
      }
      for (const key of takenMap.keys()) {
        if (putMap.has(key)) continue;
        const left = patchList(map.get(key) ?? [], gone, [], compare);
        if (left.length > 0) map.set(key, left);
        else map.delete(key);
      }
      out[field] = map;
    } else if (value instanceof Set) {
      const set = value as ReadonlySet<unknown>;
      for (const member of put as ReadonlySet<unknown>) if (!set.has(member)) return undefined;
      for (const member of taken as ReadonlySet<unknown>)
        if (!(put as ReadonlySet<unknown>).has(member)) return undefined;
    }
  }
  return out as unknown as WorkspaceLookup;
}

/** The view a list entry stands for (`wildcardServiceEntries` holds `{ host, entry }`). */
function viewOf(item: unknown): Resource {
  return (item as { entry?: Resource }).entry ?? (item as Resource);
}

/**
 * `list` without the entries of `gone`, with `put` merged in: each added entry goes after every
 * entry that does not come after it (entries of one view, e.g. several wildcard hosts, keep their
 * order), found by bisection.
 */
function patchList(
  list: readonly unknown[],
  gone: ReadonlySet<Resource> | undefined,
  put: readonly unknown[],
  compare: (a: Resource, b: Resource) => number,
): unknown[] {
  const out = gone ? list.filter((item) => !gone.has(viewOf(item))) : [...list];
  for (const item of put) {
    const view = viewOf(item);
    let low = 0;
    let high = out.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(viewOf(out[mid]), view) <= 0) low = mid + 1;
      else high = mid;
    }
    out.splice(low, 0, item);
  }
  return out;
}
