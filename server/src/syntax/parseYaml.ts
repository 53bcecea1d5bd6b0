// The syntax layer: YAML text in, a YamlFile out (documents with their AST, plus problems).
// Parsing never throws: malformed YAML, oversized files, binary content and pathological
// nesting all come back as problems with a position. Imports only the `yaml` package.
import { LineCounter, parseAllDocuments, type Document } from 'yaml';

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
}

export interface YamlFile {
  readonly text: string;
  readonly documents: readonly YamlDocument[];
  readonly problems: readonly SyntaxProblem[];
  /** True when the file was not analysed at all (too large, binary, too deeply nested). */
  readonly skipped: boolean;
}

export interface ParseLimits {
  /** Files longer than this (in UTF-16 code units, close to bytes for YAML) are not analysed. */
  readonly maxFileSize: number;
  /** Nesting deeper than this is refused before parsing, so the recursive composer cannot overflow. */
  readonly maxNesting: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxFileSize: 5 * 1024 * 1024, maxNesting: 500 };

export function parseYaml(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): YamlFile {
  const refusal = refuseToParse(text, limits);
  if (refusal) return { text, documents: [], problems: [refusal], skipped: true };
  try {
    return parseStream(text);
  } catch (error) {
    // The `yaml` package is not supposed to throw on bad input; if it ever does (or the stack
    // runs out on input our nesting pre-check missed), the file is reported, not the server.
    const message = error instanceof Error ? error.message : String(error);
    return {
      text,
      documents: [],
      problems: [problemAtStart(`YAML could not be parsed: ${message}`, 'PARSER_FAILURE')],
      skipped: true,
    };
  }
}

function parseStream(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    keepSourceTokens: false,
    uniqueKeys: true,
    strict: false,
  });
  const problems: SyntaxProblem[] = [];
  const documents: YamlDocument[] = [];
  let index = 0;
  for (const doc of parsed) {
    const [start, , end] = doc.range;
    documents.push({ index, doc, span: { start, end } });
    for (const error of doc.errors) problems.push(toProblem(error, 'error', text.length));
    for (const warning of doc.warnings) problems.push(toProblem(warning, 'warning', text.length));
    index++;
  }
  return { text, documents, problems, skipped: false };
}

function toProblem(
  error: { pos: [number, number]; message: string; code: string },
  severity: 'error' | 'warning',
  length: number,
): SyntaxProblem {
  const start = Math.min(Math.max(0, error.pos[0]), length);
  const end = Math.min(Math.max(start, error.pos[1]), length);
  // The package's messages sometimes carry a code excerpt after a colon on a new line; keep the sentence.
  const message = error.message.split('\n')[0] ?? error.message;
  return {
    span: { start, end: end === start ? Math.min(start + 1, length) : end },
    message,
    code: error.code,
    severity,
  };
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
  const depth = maxNestingDepth(text, limits.maxNesting);
  if (depth > limits.maxNesting) {
    return problemAtStart(
      `YAML nested more than ${limits.maxNesting} levels deep; the file is not analysed.`,
      'TOO_DEEPLY_NESTED',
    );
  }
  return undefined;
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
function maxNestingDepth(text: string, limit: number): number {
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
