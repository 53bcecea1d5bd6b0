// Small, total helpers over the `yaml` package's AST: look up keys, read scalars, find the node
// under an offset. Aliases are followed one step at a time (never expanded recursively), so an
// alias bomb costs nothing here.
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
  type Scalar,
} from 'yaml';
import type { Span } from './parseYaml';

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

export function findPair(
  map: YAMLMap<unknown, unknown> | undefined,
  key: string,
): Pair<unknown, unknown> | undefined {
  if (!map) return undefined;
  for (const item of map.items) if (isPair(item) && keyName(item) === key) return item;
  return undefined;
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
