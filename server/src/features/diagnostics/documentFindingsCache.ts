// The findings of the per-document rules (`perDocument` in ruleTypes.ts) depend on nothing but
// one YAML document, and an edit reuses the parsed documents of unchanged `---` segments
// (syntax/parseYaml.ts). This cache, owned by a language service instance, keeps each
// document's findings by rule code, so an edit of a 2,000-document file re-runs those rules on
// the edited document only; findings of a document that moved are moved with it.
//
// Kept findings hold spans of their own (copied when kept): rules often report the very span
// objects of resource views, which move in place when their document moves (resourceCache.ts).
import type { Document } from '../../syntax/yamlAst';
import type { Span } from '../../syntax/parseYaml';
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
  start: number;
  /**
   * The workspace state they were found in (or last found still valid in), and the lookup keys
   * they read (lookupDependencies.ts).
   */
  stamp: WorkspaceStamp;
  readonly deps: ReadonlySet<string>;
  findings: DocumentFindings;
  /** The move count of the workspace their spans are valid at (workspaceIndex.ts `moveSpan`). */
  moveStamp: number;
}

export interface WorkspaceStamp {
  readonly epoch: number;
  readonly generation: number;
}

/** How spans kept at one move count are found again now (WorkspaceIndex implements it). */
export interface TextMoves {
  readonly moveStamp: number;
  moveSpan(uri: string, span: Span, since: number): Span | undefined;
}

export class DocumentFindingsCache {
  private readonly byDocument = new WeakMap<Document.Parsed, Entry>();
  private readonly lookupFindings = new WeakMap<Document.Parsed, LookupEntry>();

  /**
   * The findings of the rules that read the workspace lookup (cross-file rules without
   * `wholeFile`) about `doc`: the cached ones when this document is unchanged, the settings are
   * the same and nothing they read from the lookup changed since (`unchanged`), else
   * `compute()`'s with what it read. Moving texts keeps resource views as they are (only their
   * spans move, in place), so a document that moved, or whose findings relate to resources that
   * moved, keeps its findings with their spans moved as `moves` says.
   */
  lookupFindingsOf(
    uri: string,
    doc: Document.Parsed,
    settings: Settings,
    stamp: WorkspaceStamp,
    unchanged: (deps: ReadonlySet<string>, stamp: WorkspaceStamp) => boolean,
    moves: TextMoves,
    compute: () => { findings: DocumentFindings; keep: boolean; deps: ReadonlySet<string> },
  ): DocumentFindings {
    const start = doc.range[0];
    const hit = this.lookupFindings.get(doc);
    if (hit && hit.uri === uri && hit.settings === settings && unchanged(hit.deps, hit.stamp)) {
      // Moved texts (this file's, or those the findings relate to): their spans move along.
      const moved =
        hit.moveStamp === moves.moveStamp
          ? hit
          : movedEntry(hit, (u, span) => moves.moveSpan(u, span, hit.moveStamp));
      if (moved && moved.start === start) {
        // Still valid now: the next check only looks at what changes after this state.
        hit.stamp = stamp;
        hit.start = start;
        hit.findings = moved.findings;
        hit.moveStamp = moves.moveStamp;
        return hit.findings;
      }
    }
    const { findings, keep, deps } = compute();
    if (keep)
      this.lookupFindings.set(doc, {
        uri,
        settings,
        start,
        stamp,
        deps,
        findings: mapFindings(findings, uri, (_, span) => span)!,
        moveStamp: moves.moveStamp,
      });
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
    if (keep)
      this.byDocument.set(doc, {
        uri,
        settings,
        start,
        findings: mapFindings(findings, uri, (_, span) => span)!,
      });
    else this.byDocument.delete(doc);
    return findings;
  }
}

/** The entry's start and findings with every span moved as `move` says; undefined when one cannot be. */
function movedEntry(
  entry: LookupEntry,
  move: (uri: string, span: Span) => Span | undefined,
): { start: number; findings: DocumentFindings } | undefined {
  const start = move(entry.uri, { start: entry.start, end: entry.start });
  const findings = mapFindings(entry.findings, entry.uri, move);
  return start && findings ? { start: start.start, findings } : undefined;
}

/**
 * The findings with fresh spans (and related spans), each as `move` gives it for its file
 * (`uri` for a finding's own span); undefined when `move` cannot place one.
 */
function mapFindings(
  findings: DocumentFindings,
  uri: string,
  move: (uri: string, span: Span) => Span | undefined,
): DocumentFindings | undefined {
  if (findings.size === 0) return findings;
  const out = new Map<string, readonly Finding[]>();
  for (const [code, list] of findings) {
    const moved: Finding[] = [];
    for (const finding of list) {
      const span = move(uri, finding.span);
      if (!span) return undefined;
      let related: Finding['related'];
      if (finding.related) {
        const spans: NonNullable<Finding['related']>[number][] = [];
        for (const r of finding.related) {
          const at = move(r.uri, r.span);
          if (!at) return undefined;
          spans.push({ ...r, span: { start: at.start, end: at.end } });
        }
        related = spans;
      }
      moved.push({ ...finding, span: { start: span.start, end: span.end }, ...(related ? { related } : {}) });
    }
    out.set(code, moved);
  }
  return out;
}

/** The findings with their spans (and related spans in the same file) moved by `delta`. */
export function shiftFindings(findings: DocumentFindings, uri: string, delta: number): DocumentFindings {
  return mapFindings(findings, uri, (u, span) =>
    u === uri ? { start: span.start + delta, end: span.end + delta } : span,
  )!;
}
