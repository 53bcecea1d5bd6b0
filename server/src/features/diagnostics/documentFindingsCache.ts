// The findings of the per-document rules (`perDocument` in ruleTypes.ts) depend on nothing but
// one YAML document, and an edit reuses the parsed documents of unchanged `---` segments
// (syntax/parseYaml.ts). This cache, owned by a language service instance, keeps each
// document's findings by rule code, so an edit of a 2,000-document file re-runs those rules on
// the edited document only; findings of a document that moved are shifted with it.
import type { Document } from '../../syntax/yamlAst';
import type { Settings } from '../../settings';
import type { Finding } from './ruleTypes';

/** Findings by rule code, for one document. */
export type DocumentFindings = ReadonlyMap<string, readonly Finding[]>;

interface Entry {
  readonly uri: string;
  /** The settings they were found under (rules switched off are not run). */
  readonly settings: Settings;
  start: number;
  findings: DocumentFindings;
}

/** Findings of the lookup-reading rules about one document, with what they read. */
interface LookupEntry {
  readonly uri: string;
  readonly settings: Settings;
  readonly start: number;
  /**
   * The workspace state they were found in (or last found still valid in), and the lookup keys
   * they read (lookupDependencies.ts).
   */
  stamp: WorkspaceStamp;
  readonly deps: ReadonlySet<string>;
  readonly findings: DocumentFindings;
}

export interface WorkspaceStamp {
  readonly epoch: number;
  readonly generation: number;
}

export class DocumentFindingsCache {
  private readonly byDocument = new WeakMap<Document.Parsed, Entry>();
  private readonly lookupFindings = new WeakMap<Document.Parsed, LookupEntry>();

  /**
   * The findings of the rules that read the workspace lookup (cross-file rules without
   * `wholeFile`) about `doc`: the cached ones when this document is unchanged and in the same
   * place, the settings are the same and nothing they read from the lookup changed since
   * (`unchanged`), else `compute()`'s with what it read. A document that moved is checked again:
   * the resources it read may have moved with it.
   */
  lookupFindingsOf(
    uri: string,
    doc: Document.Parsed,
    settings: Settings,
    stamp: WorkspaceStamp,
    unchanged: (deps: ReadonlySet<string>, stamp: WorkspaceStamp) => boolean,
    compute: () => { findings: DocumentFindings; keep: boolean; deps: ReadonlySet<string> },
  ): DocumentFindings {
    const start = doc.range[0];
    const hit = this.lookupFindings.get(doc);
    if (
      hit &&
      hit.uri === uri &&
      hit.settings === settings &&
      hit.start === start &&
      unchanged(hit.deps, hit.stamp)
    ) {
      // Still valid now: the next check only looks at what changes after this state.
      hit.stamp = stamp;
      return hit.findings;
    }
    const { findings, keep, deps } = compute();
    if (keep) this.lookupFindings.set(doc, { uri, settings, start, stamp, deps, findings });
    else this.lookupFindings.delete(doc);
    return findings;
  }

  /**
   * The findings of `doc` in `uri`: the cached ones (moved to where the document now starts)
   * when this document was checked before under the same settings, else `compute()`'s, kept
   * unless `compute` says they are not to be kept (a rule failed).
   */
  findingsOf(
    uri: string,
    doc: Document.Parsed,
    settings: Settings,
    compute: () => { findings: DocumentFindings; keep: boolean },
  ): DocumentFindings {
    const start = doc.range[0];
    const hit = this.byDocument.get(doc);
    if (hit && hit.uri === uri && hit.settings === settings) {
      if (hit.start !== start) {
        hit.findings = shiftFindings(hit.findings, uri, start - hit.start);
        hit.start = start;
      }
      return hit.findings;
    }
    const { findings, keep } = compute();
    if (keep) this.byDocument.set(doc, { uri, settings, start, findings });
    else this.byDocument.delete(doc);
    return findings;
  }
}

/** The findings with their spans (and related spans in the same file) moved by `delta`. */
export function shiftFindings(findings: DocumentFindings, uri: string, delta: number): DocumentFindings {
  const moved = new Map<string, readonly Finding[]>();
  const shift = (span: Finding['span']) => ({ start: span.start + delta, end: span.end + delta });
  for (const [code, list] of findings) {
    moved.set(
      code,
      list.map((finding) => ({
        ...finding,
        span: shift(finding.span),
        ...(finding.related
          ? {
              related: finding.related.map((r) => (r.uri === uri ? { ...r, span: shift(r.span) } : r)),
            }
          : {}),
      })),
    );
  }
  return moved;
}
