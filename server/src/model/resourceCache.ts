// The resource view of a YAML document depends only on that document, and an edit reuses the
// parsed documents of unchanged `---` segments (syntax/parseYaml.ts). This cache, owned by a
// language service instance, keeps each document's views; when the document moved, the very same
// view objects are moved in place (their spans and document index), as the syntax tree is, so
// that the workspace index, the lookup and the findings kept per document see them unchanged:
// a line inserted at the top of a 2,000-document file changes one document, not 2,000.
import type { Document } from '../syntax/yamlAst';
import type { Resource } from './resources';
import { movedOffset, type TextMove } from '../syntax/parseYaml';

interface Entry {
  readonly uri: string;
  start: number;
  docIndex: number;
  readonly resources: readonly Resource[];
  /** The views' span objects, collected on the document's first move. */
  spans?: { start: number; end: number }[];
}

export class ResourceCache {
  private readonly byDocument = new WeakMap<Document.Parsed, Entry>();

  /**
   * The resources of one document (several for a list), from the cache when the document was
   * reused (moved in place when it moved: the previous parse must not be used any more).
   */
  resourcesOf(
    uri: string,
    doc: Document.Parsed,
    docIndex: number,
    read: () => Resource[],
    replaces?: Document.Parsed,
    moves?: readonly TextMove[],
  ): readonly Resource[] {
    const start = doc.range[0];
    const hit = this.byDocument.get(doc);
    if (hit && hit.uri === uri) {
      if (hit.start !== start || hit.docIndex !== docIndex) {
        const delta = start - hit.start;
        if (delta !== 0) {
          hit.spans ??= spansOf(hit.resources);
          for (const span of hit.spans) {
            span.start += delta;
            span.end += delta;
          }
        }
        for (const r of hit.resources) (r as { docIndex: number }).docIndex = docIndex;
        hit.start = start;
        hit.docIndex = docIndex;
      }
      return hit.resources;
    }
    const resources = read();
    // A document parsed again where only comments, blank lines or layout changed reads as the
    // same views at other offsets: the views of the document it replaces are kept (their spans
    // set to the new ones), when each old span is where the parse's moves say it now is (so
    // spans kept elsewhere, findings relating to these views, move the same way).
    const before = replaces && this.byDocument.get(replaces);
    if (before && before.uri === uri && moves && sameViews(before.resources, resources)) {
      const spans = spansOf(before.resources);
      const now = spansOf(resources);
      const moved = (s: { start: number; end: number }, i: number) => {
        const to = now[i]!;
        const end = s.start === s.end ? to.start : movedOffset(moves, s.end, true);
        return movedOffset(moves, s.start, false) === to.start && end === to.end;
      };
      if (spans.length === now.length && spans.every(moved)) {
        spans.forEach((s, i) => {
          s.start = now[i]!.start;
          s.end = now[i]!.end;
        });
        for (const r of before.resources) (r as { docIndex: number }).docIndex = docIndex;
        this.byDocument.delete(replaces);
        this.byDocument.set(doc, { uri, start, docIndex, resources: before.resources, spans });
        return before.resources;
      }
    }
    this.byDocument.set(doc, { uri, start, docIndex, resources });
    return resources;
  }
}

/**
 * Whether two lists of views say the same but for their spans (and what the index writes):
 * user JSON (`match`, a Located's `value`) compared as data.
 */
function sameViews(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameViews(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (key === 'kustomized' || key === 'docIndex') continue;
    count++;
    if (!(key in y)) return false;
    const v = x[key];
    const w = y[key];
    if (key === 'match' || key === 'value') {
      if (!samePlain(v, w)) return false;
    } else if (isSpan(v) && (key === 'span' || key.endsWith('Span') || Object.keys(v).length === 2)) {
      if (!isSpan(w)) return false;
    } else if (!sameViews(v, w)) return false;
  }
  for (const key in y) if (key !== 'kustomized' && key !== 'docIndex') count--;
  return count === 0;
}

/** Deep equality of plain data. */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((key) => key in y && samePlain(x[key], y[key]));
}

/** Keys whose values are never spans: user JSON as written, and what the index writes. */
const NOT_SPANS = new Set(['match', 'value', 'kustomized']);

/** The span objects of resource views (see `shiftSpansInPlace`). */
function spansOf(
  value: unknown,
  out: { start: number; end: number }[] = [],
): { start: number; end: number }[] {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) spansOf(v, out);
    return out;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (NOT_SPANS.has(key)) continue;
    const v = record[key];
    if (v === null || typeof v !== 'object') continue;
    if (isSpan(v) && (key === 'span' || key.endsWith('Span') || Object.keys(v).length === 2)) out.push(v);
    else spansOf(v, out);
  }
  return out;
}

/**
 * Moves every span of a resource view by `delta`, in place (the values of keys named `span` or
 * ending in `Span`, and any other `{ start, end }` object; `match` and a Located's `value` hold
 * the user's JSON as written and are left alone).
 * A view is a tree: no object of it is reachable twice (resourceCache.test.ts checks the views
 * of every fixture), so each span moves once.
 */
export function shiftSpansInPlace(value: unknown, delta: number): void {
  for (const span of spansOf(value)) {
    span.start += delta;
    span.end += delta;
  }
}

function isSpan(value: unknown): value is { start: number; end: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { start?: unknown }).start === 'number' &&
    typeof (value as { end?: unknown }).end === 'number'
  );
}
