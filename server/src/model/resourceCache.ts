// The resource view of a YAML document depends only on that document, and an edit reuses the
// parsed documents of unchanged `---` segments (syntax/parseYaml.ts). This cache, owned by a
// language service instance, keeps each document's view and hands out a copy with its offsets
// moved (and its document index updated) when the document moved.
import type { Document } from '../syntax/yamlAst';
import type { Resource } from './resources';

interface Entry {
  readonly uri: string;
  readonly start: number;
  readonly docIndex: number;
  readonly resources: readonly Resource[];
}

export class ResourceCache {
  private readonly byDocument = new WeakMap<Document.Parsed, Entry>();

  /** The resources of one document (several for a list), from the cache when the document was reused. */
  resourcesOf(
    uri: string,
    doc: Document.Parsed,
    docIndex: number,
    read: () => Resource[],
  ): readonly Resource[] {
    const start = doc.range[0];
    const hit = this.byDocument.get(doc);
    if (hit && hit.uri === uri) {
      if (hit.start === start && hit.docIndex === docIndex) return hit.resources;
      return hit.resources.map((r) => ({ ...shiftSpans(r, start - hit.start), docIndex }));
    }
    const resources = read();
    this.byDocument.set(doc, { uri, start, docIndex, resources });
    return resources;
  }
}

/**
 * A copy of a resource view with every span moved by `delta`. Spans are the values of keys
 * named `span` or ending in `Span`, and any other `{ start, end }` object; `match` holds the
 * user's JSON as written and is kept as is.
 */
export function shiftSpans<T>(value: T, delta: number): T {
  if (delta === 0) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => shiftSpans(v, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // `match` and a Located's `value` hold the user's JSON as written: kept as is.
    if (key === 'match' || key === 'value') out[key] = v;
    // A span may sit under another name (a DestinationRule's `trafficPolicy`): any object
    // that is exactly `{ start, end }` is one.
    else if (isSpan(v) && (key === 'span' || key.endsWith('Span') || Object.keys(v).length === 2))
      out[key] = { start: v.start + delta, end: v.end + delta };
    else out[key] = shiftSpans(v, delta);
  }
  return out as T;
}

function isSpan(value: unknown): value is { start: number; end: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { start?: unknown }).start === 'number' &&
    typeof (value as { end?: unknown }).end === 'number'
  );
}
