// Per-request analysis of one file that several rules share (schema issues, traffic splits),
// computed lazily and thrown away with the request: no caches outlive a diagnose call.
import type { SourceFile } from '../../sourceFile';
import { findKindSchema } from '../../schema/schemaAt';
import { readTypeMeta } from '../../model/readResources';
import { computeSplits, type ResourceSplit } from '../trafficSplit';
import { checkSchema, type SchemaIssue } from './schemaCheck';

export class FileAnalysis {
  private schemaIssuesMemo: readonly SchemaIssue[] | undefined;
  private splitsMemo: readonly ResourceSplit[] | undefined;

  constructor(readonly file: SourceFile) {}

  get schemaIssues(): readonly SchemaIssue[] {
    if (!this.schemaIssuesMemo) {
      const issues: SchemaIssue[] = [];
      for (const document of this.file.yaml.documents) {
        const meta = readTypeMeta(document);
        if (!meta) continue;
        const schema = findKindSchema(meta.apiVersion.value, meta.kind.value);
        if (schema) issues.push(...checkSchema(document.doc, schema, meta.apiVersion.value));
      }
      this.schemaIssuesMemo = issues;
    }
    return this.schemaIssuesMemo;
  }

  get splits(): readonly ResourceSplit[] {
    this.splitsMemo ??= computeSplits(this.file.resources);
    return this.splitsMemo;
  }
}
