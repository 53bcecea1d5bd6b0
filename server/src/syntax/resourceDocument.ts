// The YAML document of one resource, for rules that need its syntax tree when the caller has
// dropped the file's trees (the CLI's cross-file phase keeps only text and resource views).
// Re-parsing blanks everything before the resource (keeping line breaks), so node ranges are
// offsets in the whole file, as with the original tree.
import { parseDocument, type Document } from 'yaml';
import type { YamlFile, Span } from './parseYaml';

export function resourceDocument(
  yaml: YamlFile,
  text: string,
  resource: { readonly docIndex: number; readonly span: Span },
): Document | undefined {
  const kept = yaml.documents.find((d) => d.index === resource.docIndex)?.doc;
  if (kept) return kept;
  if (resource.span.end > text.length) return undefined;
  const blanked = text.slice(0, resource.span.start).replace(/[^\n]/g, ' ');
  return parseDocument(blanked + text.slice(resource.span.start, resource.span.end));
}
