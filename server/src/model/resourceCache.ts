// The resource view of a YAML document depends only on that document, and an edit reuses the
// parsed documents of unchanged `---` segments (syntax/parseYaml.ts). This cache, owned by a
// language service instance, keeps each document's views; when the document moved, the very same
// view objects are moved in place (their spans and document index), as the syntax tree is, so
// that the workspace index, the lookup and the findings kept per document see them unchanged:
// a line inserted at the top of a 2,000-document file changes one document, not 2,000.
import type { Document } from '../syntax/yamlAst';
import type { Resource } from './resources';

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
    this.byDocument.set(doc, { uri, start, docIndex, resources });
    return resources;
  }
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
