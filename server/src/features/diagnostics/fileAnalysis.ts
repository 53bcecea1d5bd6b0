// Per-request analysis of one file that several rules share (schema issues, traffic splits),
// computed lazily and thrown away with the request. The only longer-lived memo is the optional
// per-document SchemaIssueCache a language service passes in.
import type { SourceFile } from '../../sourceFile';
import { findKindSchema } from '../../schema/schemaAt';
import { readTypeMeta } from '../../model/readResources';
import { resourceRoots } from '../../model/resourceRoots';
import { computeSplits, type DestinationReach, type ResourceSplit } from '../trafficSplit';
import { checkSchema, type SchemaIssue } from './schemaCheck';
import type { SchemaIssueCache } from './schemaIssueCache';

export class FileAnalysis {
  private schemaIssuesMemo: readonly SchemaIssue[] | undefined;
  private splitsMemo: readonly ResourceSplit[] | undefined;

  constructor(
    readonly file: SourceFile,
    /** Where schema issues are kept per document across checks, when the service keeps them. */
    readonly schemaIssueCache?: SchemaIssueCache,
    /** Schema issues computed earlier, while the file still had its syntax tree. */
    knownSchemaIssues?: readonly SchemaIssue[],
    /** Says which destinations reach no Service, for the views that show it (split, CodeLens). */
    private readonly reach?: DestinationReach,
    /** Where the schema issues come from instead (a view of one document: the whole file's). */
    private readonly schemaIssuesOf?: () => readonly SchemaIssue[],
  ) {
    this.schemaIssuesMemo = knownSchemaIssues;
  }

  get schemaIssues(): readonly SchemaIssue[] {
    if (!this.schemaIssuesMemo && this.schemaIssuesOf) this.schemaIssuesMemo = this.schemaIssuesOf();
    if (!this.schemaIssuesMemo) {
      const issues: SchemaIssue[] = [];
      for (const document of this.file.yaml.documents) {
        // One document may hold several resources (a `kind: List`); the cache keeps them together.
        const check = () =>
          resourceRoots(document).flatMap((root) => {
            const meta = readTypeMeta(root, document.doc);
            const schema = meta && findKindSchema(meta.apiVersion.value, meta.kind.value);
            return meta && schema ? checkSchema(root.node, document.doc, schema, meta.apiVersion.value) : [];
          });
        issues.push(
          ...(this.schemaIssueCache ? this.schemaIssueCache.issuesOf(document.doc, check) : check()),
        );
      }
      this.schemaIssuesMemo = issues;
    }
    return this.schemaIssuesMemo;
  }

  get splits(): readonly ResourceSplit[] {
    this.splitsMemo ??= computeSplits(this.file.resources, this.reach);
    return this.splitsMemo;
  }
}
