// Small, total helpers over the `yaml` package's AST: look up keys, read scalars, find the node
// under an offset. Aliases are followed one step at a time (never expanded recursively), so an
// alias bomb costs nothing here.
import * as yaml from 'yaml';
import {
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
  type Scalar,
  stringify,
} from 'yaml';
import type { Span } from './parseYaml';

/** A plain value (a live object's JSON) as YAML text, to be parsed like a file. */
export function toYamlText(value: unknown): string {
  return stringify(value);
}

export type AnyNode = Node | null | undefined;

/** Follows an alias to its anchored node (one level; the anchor itself is never an alias). */
export function deref(node: unknown, doc: Document): Node | undefined {
  if (isAlias(node)) {
    try {
      const target = node.resolve(doc);
      return target ?? undefined;
    } catch {
      return undefined;
    }
  }
  return (node as Node | null | undefined) ?? undefined;
}

export function asMap(node: unknown, doc: Document): YAMLMap<unknown, unknown> | undefined {
  const n = deref(node, doc);
  return isMap(n) ? n : undefined;
}

export function asSeq(node: unknown, doc: Document): YAMLSeq<unknown> | undefined {
  const n = deref(node, doc);
  return isSeq(n) ? n : undefined;
}

export function asScalar(node: unknown, doc: Document): Scalar | undefined {
  const n = deref(node, doc);
  return isScalar(n) ? n : undefined;
}

/** The key of a pair as a string, when it is a plain scalar key. */
export function keyName(pair: Pair<unknown, unknown>): string | undefined {
  const key = pair.key;
  if (isScalar(key)) {
    const v = key.value;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return v === null ? '' : undefined;
  }
  if (typeof key === 'string') return key;
  return undefined;
}

/** Whether a pair is a YAML merge key (`<<: *anchor` or `<<: [*a, *b]`). */
export function isMergeKey(pair: Pair<unknown, unknown>): boolean {
  const key = pair.key;
  return isScalar(key) && typeof key.value === 'symbol';
}

/** How deep merges of merges are followed. */
const MAX_MERGE_DEPTH = 8;

/**
 * The pairs that a map's merge keys bring in, as kubectl reads them: the map's own keys win, then
 * the merged maps in order (an earlier one in `<<: [*a, *b]` wins). Merges of merges are
 * followed a few levels. The pairs belong to the anchored maps (their spans point there).
 * parseYaml.ts has already replaced the aliases of merge keys by the maps they name.
 */
const NO_PAIRS: readonly Pair<unknown, unknown>[] = [];

export function mergedPairs(map: YAMLMap<unknown, unknown>, depth = 0): readonly Pair<unknown, unknown>[] {
  // Almost no map has a merge key: answer those without allocating (the schema walk asks per map).
  if (depth >= MAX_MERGE_DEPTH || !map.items.some((item) => isPair(item) && isMergeKey(item)))
    return NO_PAIRS;
  const merges = map.items.filter((item) => isPair(item) && isMergeKey(item));
  const seen = new Set(
    map.items.flatMap((item) => (isPair(item) && !isMergeKey(item) ? [keyName(item)] : [])),
  );
  const out: Pair<unknown, unknown>[] = [];
  for (const merge of merges) {
    const sources: unknown[] = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const merged of sources) {
      if (!isMap(merged) || merged === map) continue;
      for (const item of [...merged.items, ...mergedPairs(merged, depth + 1)]) {
        if (!isPair(item) || isMergeKey(item)) continue;
        const name = keyName(item);
        if (name === undefined || seen.has(name)) continue;
        seen.add(name);
        out.push(item);
      }
    }
  }
  return out;
}

/** A map's own pair for `key`, or the one a merge key brings in. */
export function findPair(
  map: YAMLMap<unknown, unknown> | undefined,
  key: string,
): Pair<unknown, unknown> | undefined {
  if (!map) return undefined;
  let hasMerge = false;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    if (keyName(item) === key) return item;
    if (isMergeKey(item)) hasMerge = true;
  }
  return hasMerge ? mergedPairs(map).find((item) => keyName(item) === key) : undefined;
}

/**
 * Replaces the aliases under merge keys (`<<: *base`, `<<: [*a, *b]`) by the maps they name, so
 * lookups follow merges without the document. Only aliases of maps that do not contain the merge
 * itself are replaced; anything else stays as written (and merges nothing).
 */
export function resolveMergeAliases(doc: Document): void {
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isMergeKey(pair)) return;
      // A map merged into itself or into one of its own children would make the tree a cycle.
      const resolve = (node: unknown): unknown => {
        if (!isAlias(node)) return node;
        const target = deref(node, doc);
        return isMap(target) && !path.includes(target) ? target : node;
      };
      if (isSeq(pair.value)) pair.value.items = pair.value.items.map(resolve);
      else pair.value = resolve(pair.value);
    },
  });
}

export function getValue(map: YAMLMap<unknown, unknown> | undefined, key: string): unknown {
  return findPair(map, key)?.value;
}

/** A scalar's string value; numbers and booleans are not strings. */
export function stringValue(node: unknown, doc: Document): string | undefined {
  const s = asScalar(node, doc);
  return s && typeof s.value === 'string' ? s.value : undefined;
}

/** A scalar's value converted to text for display (numbers, booleans, strings). */
export function scalarText(node: unknown, doc: Document): string | undefined {
  const s = asScalar(node, doc);
  if (!s) return undefined;
  const v = s.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function spanOf(node: unknown): Span | undefined {
  const range = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** Span of a pair: from its key to the end of its value (or key when the value is empty). */
export function pairSpan(pair: Pair<unknown, unknown>): Span | undefined {
  const k = spanOf(pair.key);
  const v = spanOf(pair.value);
  if (!k) return v;
  return { start: k.start, end: Math.max(k.end, v?.end ?? k.end) };
}

/** Converts a node to plain JSON, bounded against alias bombs; undefined when it cannot. */
export function toPlain(node: unknown, doc: Document): unknown {
  if (node === null || node === undefined) return null;
  try {
    const n = node as Node;
    return n.toJS(doc, { maxAliasCount: 50 });
  } catch {
    return undefined;
  }
}

export type PathSegment = string | number;

export interface NodePathEntry {
  /** The collection or scalar at this step. */
  readonly node: Node;
  /** How this node is reached from its parent: a map key or a sequence index (absent at the root). */
  readonly segment?: PathSegment;
  /** The pair holding this node, when its parent is a map. */
  readonly pair?: Pair<unknown, unknown>;
}

export interface NodeAtOffset {
  /** Root first, innermost last. */
  readonly path: readonly NodePathEntry[];
  /** True when the offset is on the key of the innermost pair rather than on its value. */
  readonly onKey: boolean;
}

/**
 * Finds the chain of nodes that contains `offset`. Aliases are not entered (the anchored node
 * is found at its own place). Returns the innermost pair's key when the offset is on a key.
 */
export function nodeAtOffset(doc: Document, offset: number): NodeAtOffset {
  const path: NodePathEntry[] = [];
  let onKey = false;
  let current: unknown = doc.contents;
  if (!current || !contains(current, offset)) return { path, onKey };
  path.push({ node: current as Node });
  for (let guard = 0; guard < 10_000; guard++) {
    if (isMap(current)) {
      let next:
        { node: unknown; segment: PathSegment; pair: Pair<unknown, unknown>; key: boolean } | undefined;
      for (const item of current.items) {
        if (!isPair(item)) continue;
        const name = keyName(item);
        if (name === undefined) continue;
        if (isScalar(item.key) && contains(item.key, offset, true)) {
          next = { node: item.key, segment: name, pair: item, key: true };
          break;
        }
        if (item.value && !isAlias(item.value) && contains(item.value, offset)) {
          next = { node: item.value, segment: name, pair: item, key: false };
          break;
        }
      }
      if (!next) break;
      if (next.key) {
        onKey = true;
        path.push({ node: next.node as Node, segment: next.segment, pair: next.pair });
        break;
      }
      path.push({ node: next.node as Node, segment: next.segment, pair: next.pair });
      current = next.node;
    } else if (isSeq(current)) {
      let found = false;
      for (let i = 0; i < current.items.length; i++) {
        const item = current.items[i];
        if (item && !isAlias(item) && contains(item, offset)) {
          path.push({ node: item as Node, segment: i });
          current = item;
          found = true;
          break;
        }
      }
      if (!found) break;
    } else {
      break;
    }
  }
  return { path, onKey };
}

function contains(node: unknown, offset: number, inclusiveEnd = false): boolean {
  const span = spanOf(node);
  if (!span) return false;
  return (
    offset >= span.start &&
    (inclusiveEnd
      ? offset <= span.end
      : offset < span.end || (offset === span.end && span.start === span.end))
  );
}

// The AST vocabulary of the `yaml` package, for the layers above: only server/src/syntax/
// imports `yaml` itself (ESLint no-restricted-imports), so the package has one reader.
// The type guards are bound once here: in the esbuild bundles, every call made through an import
// of the CommonJS `yaml` package goes through an interop getter, which the index profile showed at
// about 4% of the scan (these guards run for every node the readers look at).
export const isAlias: typeof yaml.isAlias = yaml.isAlias;
export const isCollection: typeof yaml.isCollection = yaml.isCollection;
export const isMap: typeof yaml.isMap = yaml.isMap;
export const isNode: typeof yaml.isNode = yaml.isNode;
export const isPair: typeof yaml.isPair = yaml.isPair;
export const isScalar: typeof yaml.isScalar = yaml.isScalar;
export const isSeq: typeof yaml.isSeq = yaml.isSeq;
export { parse as parseYamlValue } from 'yaml';
// The CLI's render.ts reads kustomization and patch files outside the workspace model.
export { parseAllDocuments, parseDocument } from 'yaml';
export type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
