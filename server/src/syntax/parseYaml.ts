// The syntax layer: YAML text in, a YamlFile out (documents with their AST, plus problems).
// Parsing never throws: malformed YAML, oversized files, binary content and pathological
// nesting all come back as problems with a position. Imports only the `yaml` package.
import { parseAllDocuments, type Document } from 'yaml';
import { PARSE_OPTIONS, readSegmentFast } from './fastYaml';
import { resolveMergeAliases } from './yamlAst';

export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

export interface SyntaxProblem {
  readonly span: Span;
  readonly message: string;
  /** The `yaml` package's error code, or our own for limits (e.g. "FILE_TOO_LARGE"). */
  readonly code: string;
  readonly severity: 'error' | 'warning';
}

export interface YamlDocument {
  /** Index of the document in the stream (0-based). */
  readonly index: number;
  readonly doc: Document.Parsed;
  /** From the first to the last character of the document, `---` marker included. */
  readonly span: Span;
  /**
   * The document of the previous parse this one was parsed again in place of (its segment's
   * text changed), when they pair up one to one: what was read from it may be kept if equal.
   */
  readonly replaces?: Document.Parsed;
}

export interface YamlFile {
  readonly text: string;
  readonly documents: readonly YamlDocument[];
  readonly problems: readonly SyntaxProblem[];
  /** True when the file was not analysed at all (too large, binary, too deeply nested). */
  readonly skipped: boolean;
  /** The parsed `---` segments, so the next parse of the same document can reuse unchanged ones. */
  readonly segments: readonly ParsedSegment[];
  /**
   * When parsed from an earlier version: the stretches of that version's text now at another
   * offset, in text order: segments reused (their syntax trees moved in place), and the text
   * before and after the change in a segment parsed again in place of one. Offsets elsewhere
   * either did not move or are in text that changed.
   */
  readonly moves?: readonly TextMove[];
}

/** Offsets in `[start, end)` of an earlier text are now `delta` further. */
export interface TextMove {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/**
 * Where a text differs from an earlier one: `[start, end)` of the new text replaced
 * `[start, end - delta)` of the earlier; before `start` and from `end` on, the texts are the same.
 * An editor's content changes say so exactly (lsp/documents.ts gathers them with `mergeChange`).
 */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly delta: number;
}

/**
 * `earlier` (the text's differences so far, undefined: none) followed by one more change:
 * `[start, end)` of the current text replaced by `inserted` characters.
 */
export function mergeChange(
  earlier: TextChange | undefined,
  start: number,
  end: number,
  inserted: number,
): TextChange {
  const delta = inserted - (end - start);
  if (!earlier) return { start, end: start + inserted, delta };
  const previousEnd = earlier.end <= start ? earlier.end : earlier.end >= end ? earlier.end + delta : 0;
  return {
    start: Math.min(earlier.start, start),
    end: Math.max(previousEnd, start + inserted),
    delta: earlier.delta + delta,
  };
}

/**
 * Where an offset of the earlier text is now, by `moves` (sorted by start): moved inside
 * `[start, end)`, or `(start, end]` for an offset that ends a span (it moves with the text before
 * it); elsewhere where it was.
 */
export function movedOffset(moves: readonly TextMove[], offset: number, isEnd: boolean): number {
  let low = 0;
  let high = moves.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const move = moves[mid]!;
    if (isEnd ? offset <= move.start : offset < move.start) high = mid - 1;
    else if (isEnd ? offset > move.end : offset >= move.end) low = mid + 1;
    else return offset + move.delta;
  }
  return offset;
}

/** One `---`-separated segment of the text and the documents parsed from it. */
export interface ParsedSegment {
  readonly source: string;
  readonly start: number;
  readonly docs: readonly Document.Parsed[];
  /** Whether merge keys were resolved in it (a merged map is then reachable twice). */
  readonly merges?: boolean;
}

export interface ParseLimits {
  /** Files longer than this (in UTF-16 code units, close to bytes for YAML) are not analysed. */
  readonly maxFileSize: number;
  /** Nesting deeper than this is refused before parsing, so the recursive composer cannot overflow. */
  readonly maxNesting: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxFileSize: 5 * 1024 * 1024, maxNesting: 500 };

/**
 * Parses a YAML stream. With `previous` (the parse of an earlier version of the same text), the
 * segments whose text did not change are reused instead of parsed again, which is what keeps an
 * edit in a 60,000-line file cheap. Their syntax trees are moved, not copied: `previous` must not
 * be used afterwards.
 */
export function parseYaml(
  text: string,
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
  previous?: YamlFile,
  change?: TextChange,
): YamlFile {
  const refusal = refuseToParse(text, limits);
  if (refusal) return { text, documents: [], problems: [refusal], skipped: true, segments: [] };
  try {
    return parseStream(text, previous, limits, change);
  } catch (error) {
    // The `yaml` package is not supposed to throw on bad input; if it ever does (or the stack
    // runs out on input our nesting pre-check missed), the file is reported, not the server.
    const message = error instanceof Error ? error.message : String(error);
    return {
      text,
      documents: [],
      problems: [problemAtStart(`YAML could not be parsed: ${message}`, 'PARSER_FAILURE')],
      skipped: true,
      segments: [],
    };
  }
}

/**
 * Parses each `---`-separated segment on its own, so a broken document (an unclosed quote, a
 * bad indent) cannot swallow the documents after it; node ranges are then shifted back to
 * offsets in the whole text.
 */
function parseStream(
  text: string,
  previous: YamlFile | undefined,
  limits: ParseLimits,
  change: TextChange | undefined,
): YamlFile {
  const problems: SyntaxProblem[] = [];
  const documents: YamlDocument[] = [];
  const segments: ParsedSegment[] = [];
  const moves: TextMove[] = [];
  // A change that does not fit the two texts (it must not happen) is not trusted.
  const fits =
    change !== undefined &&
    previous !== undefined &&
    text.length === previous.text.length + change.delta &&
    change.start >= 0 &&
    change.start <= change.end &&
    change.end <= text.length;
  const { spans, reuse, replaced } =
    previous && change && fits
      ? segmentsAround(text, previous.segments, change)
      : (() => {
          const all = splitSegments(text);
          return { spans: all, ...reusableSegments(text, all, previous?.segments ?? []) };
        })();
  const addMove = (start: number, end: number, delta: number) => {
    if (delta === 0 || end <= start) return;
    const last = moves[moves.length - 1];
    // Neighbouring stretches that moved alike make one.
    if (last && last.end === start && last.delta === delta)
      moves[moves.length - 1] = { start: last.start, end, delta };
    else moves.push({ start, end, delta });
  };
  let index = 0;
  for (let i = 0; i < spans.length; i++) {
    const segment = spans[i]!;
    const source = text.slice(segment.start, segment.end);
    const old = reuse[i];
    const before = replaced[i];
    let parsed: readonly Document.Parsed[];
    let merges = false;
    if (old) {
      parsed = old.docs;
      merges = old.merges === true;
      const delta = segment.start - old.start;
      if (delta !== 0) {
        for (const doc of parsed) shiftRanges(doc, delta, merges);
        addMove(old.start, old.start + old.source.length, delta);
      }
    } else {
      // The text before and after the change within a segment parsed again moved too.
      if (before) {
        const { head, tail } = commonEnds(before.source, source);
        addMove(before.start, before.start + head, segment.start - before.start);
        const end = before.start + before.source.length;
        addMove(end - tail, end, segment.end - end);
      }
      const fresh = parseSegment(text, segment, source, limits);
      if (!fresh) return tooDeeplyNested(text, limits);
      parsed = fresh.docs;
      merges = fresh.merges;
    }
    segments.push({ source, start: segment.start, docs: parsed, ...(merges ? { merges } : {}) });
    const pairs = !old && before?.docs.length === parsed.length ? before.docs : undefined;
    for (let d = 0; d < parsed.length; d++) {
      const doc = parsed[d]!;
      const [start, , end] = doc.range;
      if (!isDocument(doc, source)) continue;
      documents.push({ index, doc, span: { start, end }, ...(pairs ? { replaces: pairs[d]! } : {}) });
      for (const error of doc.errors) problems.push(toProblem(error, 'error', text));
      for (const warning of doc.warnings) problems.push(toProblem(warning, 'warning', text));
      index++;
    }
  }
  // Segments matched by content out of order (documents swapped) add their stretch out of order.
  moves.sort((a, b) => a.start - b.start);
  return { text, documents, problems, skipped: false, segments, ...(previous ? { moves } : {}) };
}

/**
 * The documents of one `---` segment (`source` is its text), with ranges in offsets of the whole
 * text, and whether merge keys were resolved (nodes shared); undefined when the segment is nested
 * too deeply to be parsed at all.
 */
export function parseSegment(
  text: string,
  segment: Span,
  source: string,
  limits: ParseLimits,
): { docs: Document.Parsed[]; merges: boolean } | undefined {
  // The composer recurses per nesting level: refuse absurd nesting before it sees the text.
  if (maxNestingDepth(source, limits.maxNesting) > limits.maxNesting) return undefined;
  // fastYaml.ts reads the block-style subset manifests are written in, yielding the very
  // nodes `yaml` would (ranges already in whole-text offsets); anything else, or anything
  // `yaml` would complain about, goes to `yaml`.
  const fast = readSegmentFast(text, segment.start, segment.end);
  if (fast) return { docs: fast, merges: false };
  const docs = parseAllDocuments(source, PARSE_OPTIONS) as Document.Parsed[];
  if (segment.start > 0) for (const doc of docs) shiftRanges(doc, segment.start, false);
  // Merge keys resolved share nodes between maps (shifting them later must not move one twice).
  const merges = source.includes('<<');
  if (merges) for (const doc of docs) resolveMergeAliases(doc);
  return { docs, merges };
}

/** Whether a document parsed from the segment `source` counts as one of the stream's documents. */
export function isDocument(doc: Document.Parsed, source: string): boolean {
  // A segment holding only comments or blank lines is not a document.
  return !(doc.contents === null && doc.errors.length === 0 && !source.startsWith('---'));
}

/**
 * For each segment of the new text, the segment of the previous parse with the very same text,
 * if any (each reused once). An edit changes a stretch of the text: the segments before it are
 * matched in order from the start, those after it in order from the end (comparing text, no
 * hashing), and only the few in between are looked up by content.
 */
function reusableSegments(
  text: string,
  spans: readonly Span[],
  old: readonly ParsedSegment[],
): { reuse: (ParsedSegment | undefined)[]; replaced: (ParsedSegment | undefined)[] } {
  const out: (ParsedSegment | undefined)[] = new Array<ParsedSegment | undefined>(spans.length);
  const replaced: (ParsedSegment | undefined)[] = new Array<ParsedSegment | undefined>(spans.length);
  const same = (span: Span, segment: ParsedSegment) =>
    span.end - span.start === segment.source.length && text.slice(span.start, span.end) === segment.source;
  let head = 0;
  while (head < spans.length && head < old.length && same(spans[head]!, old[head]!)) {
    out[head] = old[head];
    head++;
  }
  let tail = 0;
  while (
    tail < spans.length - head &&
    tail < old.length - head &&
    same(spans[spans.length - 1 - tail]!, old[old.length - 1 - tail]!)
  ) {
    out[spans.length - 1 - tail] = old[old.length - 1 - tail];
    tail++;
  }
  const middle = new Map<string, ParsedSegment[]>();
  for (let j = head; j < old.length - tail; j++) {
    const segment = old[j]!;
    const list = middle.get(segment.source);
    if (list) list.push(segment);
    else middle.set(segment.source, [segment]);
  }
  if (middle.size > 0)
    for (let i = head; i < spans.length - tail; i++)
      out[i] = middle.get(text.slice(spans[i]!.start, spans[i]!.end))?.shift();
  // Segments changed in place (as many before as after the change): each replaces the old one at
  // its place.
  const unmatched: number[] = [];
  for (let i = head; i < spans.length - tail; i++) if (!out[i]) unmatched.push(i);
  const left = [...middle.values()].flat().sort((a, b) => a.start - b.start);
  if (unmatched.length === left.length) unmatched.forEach((i, k) => (replaced[i] = left[k]));
  return { reuse: out, replaced };
}

/**
 * The segments of the new text and what can be reused, knowing where the text changed: the old
 * segments wholly before the change (and far enough from it that no `---` marker can appear or
 * vanish at their end) are reused as they are, those wholly after it moved by the change's
 * delta, and only the text in between is split again and matched (reusableSegments).
 */
function segmentsAround(
  text: string,
  old: readonly ParsedSegment[],
  change: TextChange,
): { spans: Span[]; reuse: (ParsedSegment | undefined)[]; replaced: (ParsedSegment | undefined)[] } {
  const oldEnd = change.end - change.delta;
  // A marker needs the line end before it and the three dashes and a blank after it.
  let head = 0;
  while (head < old.length && old[head]!.start + old[head]!.source.length + 5 <= change.start) head++;
  let tail = old.length;
  while (tail > head && old[tail - 1]!.start > oldEnd) tail--;
  const from = head < old.length ? old[head]!.start : 0;
  const to = tail < old.length ? old[tail]!.start + change.delta : text.length;
  const spans: Span[] = [];
  for (let i = 0; i < head; i++)
    spans.push({ start: old[i]!.start, end: old[i]!.start + old[i]!.source.length });
  // The change removed whole segments and nothing else: no segment in between.
  const middle = from < to || text.length === 0 ? splitSegments(text, from, to) : [];
  spans.push(...middle);
  for (let i = tail; i < old.length; i++) {
    const start = old[i]!.start + change.delta;
    spans.push({ start, end: start + old[i]!.source.length });
  }
  const inner = reusableSegments(text, middle, old.slice(head, tail));
  const none = (n: number) => new Array<ParsedSegment | undefined>(n);
  return {
    spans,
    reuse: [...old.slice(0, head), ...inner.reuse, ...old.slice(tail)],
    replaced: [...none(head), ...inner.replaced, ...none(old.length - tail)],
  };
}

/** How many characters two texts share at their start and, after that, at their end. */
function commonEnds(a: string, b: string): { head: number; tail: number } {
  const shortest = Math.min(a.length, b.length);
  let head = 0;
  while (head < shortest && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < shortest - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail))
    tail++;
  return { head, tail };
}

/**
 * Segments of the text that each start at a `---` marker line (the first starts at 0); of
 * `[from, to)` only, when `from` starts a segment and `to` starts the next (or ends the text).
 */
export function splitSegments(text: string, from = 0, to = text.length): Span[] {
  const segments: Span[] = [];
  let start = from;
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  marker.lastIndex = from;
  for (let m = marker.exec(text); m && m.index < to; m = marker.exec(text)) {
    if (m.index === from) continue;
    segments.push({ start, end: m.index });
    start = m.index;
  }
  segments.push({ start, end: to });
  return segments;
}

/**
 * The range arrays of a parsed document's nodes (each once, even a map a resolved merge key
 * shares), collected on its first move: a line inserted at the top moves every later document,
 * and walking 250,000 nodes of several classes costs far more than adding to a flat list.
 * A parsed document's nodes never change afterwards (features read them, never edit them).
 */
const rangesOfDocument = new WeakMap<Document.Parsed, number[][]>();

/** Adds `delta` to every range in a parsed document, in place. */
function shiftRanges(doc: Document.Parsed, delta: number, shared: boolean): void {
  shiftRange(doc.range, delta);
  for (const e of doc.errors) shiftRange(e.pos, delta);
  for (const e of doc.warnings) shiftRange(e.pos, delta);
  let ranges = rangesOfDocument.get(doc);
  if (!ranges) {
    ranges = collectRanges(doc, shared);
    rangesOfDocument.set(doc, ranges);
  }
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    for (let j = 0; j < range.length; j++) range[j]! += delta;
  }
}

/**
 * Every node range under a document's contents (iteratively: depth is already bounded). Plain
 * property reads rather than isNode/isPair (symbol lookups): collections have `items`, pairs a
 * key and no range, scalars and aliases a range only.
 */
function collectRanges(doc: Document.Parsed, shared: boolean): number[][] {
  const ranges: number[][] = [];
  const stack: unknown[] = [doc.contents];
  const seen = shared ? new Set<unknown>() : undefined;
  while (stack.length) {
    const node = stack.pop() as WalkedNode | null | undefined;
    if (!node || typeof node !== 'object') continue;
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    const range = node.range;
    if (range) ranges.push(range);
    const items = node.items;
    if (items) for (let i = 0; i < items.length; i++) stack.push(items[i]);
    else if (!range && 'key' in node) stack.push(node.key, node.value);
  }
  return ranges;
}

interface WalkedNode {
  range?: number[] | null;
  items?: unknown[];
  key?: unknown;
  value?: unknown;
}

function shiftRange(range: number[] | null | undefined, delta: number): void {
  if (range) for (let i = 0; i < range.length; i++) range[i]! += delta;
}

function toProblem(
  error: { pos: [number, number]; message: string; code: string },
  severity: 'error' | 'warning',
  text: string,
): SyntaxProblem {
  const length = text.length;
  let start = Math.min(Math.max(0, error.pos[0]), length);
  let end = Math.min(Math.max(start, error.pos[1]), length);
  // The package's messages end with "at line N, column M:" and a code excerpt; keep the sentence.
  let message = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'MISSING_CHAR' && /quote/.test(message)) {
    // The package reports an unclosed quote where the text ends; point at where it opens.
    const opening = findUnclosedQuote(text, start);
    if (opening) ({ start, end } = opening);
    message = 'This quoted value is never closed; add the closing quote';
  }
  return {
    span: { start, end: end === start ? Math.min(start + 1, length) : end },
    message,
    code: error.code,
    severity,
  };
}

/** The line where an unterminated quoted scalar ending at `offset` begins: its quote to the line end. */
function findUnclosedQuote(text: string, offset: number): Span | undefined {
  let lineEnd = offset;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const m = /(?:^|[:\-[{,]\s*)(["'])/.exec(line);
    if (m && count(line, m[1]!) % 2 === 1) {
      const quote = lineStart + m.index + m[0].length - 1;
      return { start: quote, end: lineStart + line.replace(/\s+$/, '').length };
    }
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
  return undefined;
}

function count(line: string, ch: string): number {
  let n = 0;
  for (const c of line) if (c === ch) n++;
  return n;
}

function problemAtStart(message: string, code: string): SyntaxProblem {
  return { span: { start: 0, end: 0 }, message, code, severity: 'error' };
}

function refuseToParse(text: string, limits: ParseLimits): SyntaxProblem | undefined {
  if (text.length > limits.maxFileSize) {
    return problemAtStart(
      `File too large to analyse: ${formatSize(text.length)} > istioCanary.maxFileSize (${formatSize(limits.maxFileSize)}).`,
      'FILE_TOO_LARGE',
    );
  }
  if (looksBinary(text)) {
    return problemAtStart(
      'This file looks binary (it contains NUL characters); it is not analysed as YAML.',
      'BINARY_FILE',
    );
  }
  return undefined;
}

/** Nesting is checked per segment about to be parsed (reused segments passed it before). */
function tooDeeplyNested(text: string, limits: ParseLimits): YamlFile {
  const problem = problemAtStart(
    `YAML nested more than ${limits.maxNesting} levels deep; the file is not analysed.`,
    'TOO_DEEPLY_NESTED',
  );
  return { text, documents: [], problems: [problem], skipped: true, segments: [] };
}

function looksBinary(text: string): boolean {
  const probe = Math.min(text.length, 8192);
  for (let i = 0; i < probe; i++) if (text.charCodeAt(i) === 0) return true;
  return false;
}

/**
 * A cheap upper bound of the nesting depth: flow brackets, plus block indentation steps. Stops
 * counting once past `limit`. Brackets inside quoted scalars are counted too, which can only
 * overestimate, and only matters for files already far beyond any real manifest.
 */
export function maxNestingDepth(text: string, limit: number): number {
  let flow = 0;
  let maxFlow = 0;
  let maxIndentLevels = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 /* space */ || c === 45 /* - */) {
        indent++;
        continue;
      }
      lineStart = false;
      // Two columns per level is the tightest realistic block nesting.
      const levels = indent >> 1;
      if (levels > maxIndentLevels) maxIndentLevels = levels;
    }
    if (c === 91 /* [ */ || c === 123 /* { */) {
      flow++;
      if (flow > maxFlow) {
        maxFlow = flow;
        if (maxFlow > limit) return maxFlow;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (flow > 0) flow--;
    }
  }
  return Math.max(maxFlow, maxIndentLevels);
}

function formatSize(chars: number): string {
  if (chars >= 1024 * 1024) return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
  if (chars >= 1024) return `${(chars / 1024).toFixed(1)} KB`;
  return `${chars} bytes`;
}
