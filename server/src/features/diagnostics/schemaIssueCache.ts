// Schema issues depend on nothing but the YAML document they are found in, and an edit reuses
// the parsed documents of unchanged `---` segments (syntax/parseYaml.ts). This cache, owned by a
// language service instance, keeps each document's issues, shifted when the document moved.
import type { Document } from '../../syntax/yamlAst';
import type { SchemaIssue } from './schemaCheck';

export class SchemaIssueCache {
  private readonly byDocument = new WeakMap<
    Document.Parsed,
    { start: number; issues: readonly SchemaIssue[] }
  >();

  issuesOf(doc: Document.Parsed, compute: () => readonly SchemaIssue[]): readonly SchemaIssue[] {
    const start = doc.range[0];
    const hit = this.byDocument.get(doc);
    if (hit) {
      const delta = start - hit.start;
      return delta === 0
        ? hit.issues
        : hit.issues.map((i) => ({ ...i, span: { start: i.span.start + delta, end: i.span.end + delta } }));
    }
    const issues = compute();
    this.byDocument.set(doc, { start, issues });
    return issues;
  }
}
