// Suppression: comments that silence findings, and istioctl's resource annotation.
//
//   # istio-canary-disable-next-line weight-sum, subset-not-found
//   # istio-canary-disable host-not-found        (from here to the end of the YAML document)
//   # istio-canary-disable-next-line             (no code: every rule)
//
// A reason may follow ` -- `. "Next line" is the next line that is neither blank nor a comment,
// so several disable comments can stack above one line. The annotation
// `galley.istio.io/analyze-suppress: "IST0101,IST0104"` (or `*`) silences, on the resource that
// carries it, the rules whose `istioctl` codes it names, as `istioctl analyze` does: the value is
// split on commas and each part compared exactly (istiod_analyze.go, filterMessages).
import { isMap, isScalar } from '../../syntax/yamlAst';
import type { Span } from '../../syntax/parseYaml';
import type { SourceFile } from '../../sourceFile';
import { resourceDocument } from '../../syntax/resourceDocument';

export const DISABLE_NEXT_LINE = 'istio-canary-disable-next-line';
export const DISABLE = 'istio-canary-disable';
export const ANALYZE_SUPPRESS_ANNOTATION = 'galley.istio.io/analyze-suppress';

export interface DisableComment {
  readonly kind: 'next-line' | 'document';
  /** The codes it names; empty means every rule. */
  readonly codes: readonly string[];
  /** The comment text from `#` to the end of the line. */
  readonly span: Span;
  /** The offsets it covers: one line, or from the comment to the end of its document. */
  readonly covers: Span;
}

interface AnnotationSuppression {
  readonly codes: readonly string[];
  readonly covers: Span;
}

export interface Suppressions {
  readonly comments: readonly DisableComment[];
  readonly annotations: readonly AnnotationSuppression[];
}

const COMMENT = /^([ \t]*)(#[ \t]*(istio-canary-disable(?:-next-line)?)(?=[ \t]|$)([^\r\n]*))$/gm;

export function findSuppressions(file: SourceFile): Suppressions {
  const text = file.document.getText();
  if (!text.includes(DISABLE) && !text.includes(ANALYZE_SUPPRESS_ANNOTATION))
    return { comments: [], annotations: [] };
  const comments: DisableComment[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const start = m.index + m[1]!.length;
    const span = { start, end: start + m[2]!.length };
    const codes = parseCodes(m[4]!);
    if (m[3] === DISABLE_NEXT_LINE) {
      const next = nextContentLine(text, span.end);
      if (next) comments.push({ kind: 'next-line', codes, span, covers: next });
    } else {
      comments.push({ kind: 'document', codes, span, covers: { start, end: documentEnd(text, span.end) } });
    }
  }
  return { comments, annotations: text.includes(ANALYZE_SUPPRESS_ANNOTATION) ? annotationsOf(file) : [] };
}

/** Codes after the directive, separated by commas or spaces, up to an optional ` -- reason`. */
function parseCodes(rest: string): string[] {
  const reason = rest.search(/(^|\s)--(\s|$)/);
  const list = reason >= 0 ? rest.slice(0, reason) : rest;
  return list.split(/[\s,]+/).filter((c) => c.length > 0);
}

/** The span of the first line after `from` that is neither blank nor only a comment. */
function nextContentLine(text: string, from: number): Span | undefined {
  let start = text.indexOf('\n', from);
  while (start >= 0) {
    start += 1;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && !line.startsWith('#')) return { start, end };
    if (end >= text.length) return undefined;
    start = end;
  }
  return undefined;
}

/** The offset where the YAML document holding `from` ends (the next `---` line, or the end). */
function documentEnd(text: string, from: number): number {
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  marker.lastIndex = from;
  const next = marker.exec(text);
  return next ? next.index : text.length;
}

function annotationsOf(file: SourceFile): AnnotationSuppression[] {
  const out: AnnotationSuppression[] = [];
  const text = file.document.getText();
  for (const resource of file.resources) {
    if (!text.slice(resource.span.start, resource.span.end).includes(ANALYZE_SUPPRESS_ANNOTATION)) continue;
    const doc = resourceDocument(file.yaml, text, resource);
    const annotations = doc?.getIn(['metadata', 'annotations'], true);
    if (!isMap(annotations)) continue;
    const value = annotations.get(ANALYZE_SUPPRESS_ANNOTATION, true);
    if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') continue;
    out.push({ codes: value.value.split(','), covers: resource.span });
  }
  return out;
}

/**
 * Decides, finding by finding, whether a comment or annotation silences it, and remembers which
 * comments did so (for `check --report-unused-disables`).
 */
export class SuppressionTracker {
  /** For each comment, the codes it silenced something for ('' when it names none). */
  private readonly used = new Map<DisableComment, Set<string>>();

  constructor(private readonly suppressions: Suppressions) {}

  isSuppressed(code: string, istioctl: readonly string[] | undefined, span: Span): boolean {
    let suppressed = false;
    for (const comment of this.suppressions.comments) {
      if (comment.codes.length > 0 && !comment.codes.includes(code)) continue;
      if (span.start < comment.covers.start || span.start > comment.covers.end) continue;
      const used = this.used.get(comment) ?? new Set<string>();
      used.add(comment.codes.length > 0 ? code : '');
      this.used.set(comment, used);
      suppressed = true;
    }
    if (suppressed || !istioctl?.length) return suppressed;
    return this.suppressions.annotations.some(
      (a) =>
        span.start >= a.covers.start &&
        span.start <= a.covers.end &&
        a.codes.some((c) => c === '*' || istioctl.includes(c)),
    );
  }

  /** The comments that silenced nothing, each with the codes it named in vain (empty: it named none). */
  unused(): { comment: DisableComment; codes: string[] }[] {
    const out: { comment: DisableComment; codes: string[] }[] = [];
    for (const comment of this.suppressions.comments) {
      const used = this.used.get(comment);
      if (!used) out.push({ comment, codes: [...comment.codes] });
      else if (comment.codes.length > 0) {
        const unused = comment.codes.filter((c) => !used.has(c));
        if (unused.length) out.push({ comment, codes: unused });
      }
    }
    return out;
  }
}
