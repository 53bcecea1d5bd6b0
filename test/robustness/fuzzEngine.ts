// The fuzzer behind test/robustness/fuzz.test.ts (a bounded run in `npm test`) and
// scripts/fuzz.mjs (`npm run fuzz`, 10,000 mutations): it mutates the reference scenarios and
// YAML fixtures with a seeded PRNG and checks that the language service answers diagnostics,
// completion, hover and the traffic split without throwing, within a time bound, with every
// position inside the document. A failure names the seed and index that reproduce it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageService } from '../../server/src/languageService';

export interface FuzzOptions {
  readonly count: number;
  readonly seed: number;
  /** Wall-time bound for all the requests on one mutated document. */
  readonly timeBoundMs: number;
  /** Called after each mutation (progress for the long run). */
  readonly onProgress?: (done: number) => void;
}

export interface FuzzFailure {
  readonly index: number;
  readonly source: string;
  readonly mutations: readonly string[];
  readonly problem: string;
  /** The mutated text, for reproducing by hand. */
  readonly text: string;
}

export interface FuzzReport {
  readonly runs: number;
  readonly failures: FuzzFailure[];
  readonly slowestMs: number;
  readonly totalMs: number;
  readonly sources: number;
}

/** mulberry32: small, fast and good enough to pick mutations reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The repository root, from out/test/robustness/ (compiled) or test/robustness/ (sources). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/** Every YAML file of the reference scenarios and the test fixtures (sources, not out/). */
export function collectCorpus(root = repoRoot()): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'e2e') walk(full);
      } else if (/\.ya?ml$/i.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        if (text.length < 200_000) out.push({ name: path.relative(root, full), text });
      }
    }
  };
  walk(path.join(root, 'test'));
  walk(path.join(root, 'examples'));
  out.sort((a, b) => a.name.localeCompare(b.name));
  return out;
}

const UNICODE = [
  '\u00e9',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '\ud83d\ude80',
  '\ud83d',
  '\ude80',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u4e2d\u6587',
  '\u0645\u0631\u062d\u0628\u0627',
  '\r',
];
const YAML_BITS = [
  ':',
  '-',
  '- ',
  ': ',
  '#',
  '&a ',
  '*a',
  '!!str ',
  '!custom ',
  '|',
  '>-',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '? ',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '<<: *a\n',
  '\t',
  '  ',
  '\n',
];

type Mutation = (text: string, random: () => number) => { text: string; name: string };

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

function lineBounds(text: string, random: () => number): { start: number; end: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const line = Math.floor(random() * starts.length);
  const start = starts[line]!;
  const next = text.indexOf('\n', start);
  return { start, end: next < 0 ? text.length : next + 1 };
}

const MUTATIONS: readonly Mutation[] = [
  (text, r) => {
    const { start, end } = lineBounds(text, r);
    return { text: text.slice(0, start) + text.slice(end), name: 'delete line' };
  },
  (text, r) => {
    const { start, end } = lineBounds(text, r);
    return { text: text.slice(0, end) + text.slice(start, end) + text.slice(end), name: 'duplicate line' };
  },
  (text, r) => {
    const at = Math.floor(r() * text.length);
    return { text: text.slice(0, at) + text.slice(at + 1), name: 'delete character' };
  },
  (text, r) => {
    const at = Math.floor(r() * text.length);
    return { text: text.slice(0, at) + text.charAt(at) + text.slice(at), name: 'duplicate character' };
  },
  (text, r) => {
    const { start } = lineBounds(text, r);
    const spaces = ' '.repeat(1 + Math.floor(r() * 5));
    return { text: text.slice(0, start) + spaces + text.slice(start), name: 'indent line' };
  },
  (text, r) => {
    const { start } = lineBounds(text, r);
    const n = text.slice(start).match(/^ */)![0].length;
    const cut = Math.min(n, 1 + Math.floor(r() * 4));
    return { text: text.slice(0, start) + text.slice(start + cut), name: 'dedent line' };
  },
  (text, r) => {
    const { start } = lineBounds(text, r);
    return {
      text: text.slice(0, start) + text.slice(start).replace(/^ {1,4}/, '\t'),
      name: 'tab indentation',
    };
  },
  (text, r) => {
    const at = Math.floor(r() * (text.length + 1));
    const s = pick(UNICODE, r);
    return {
      text: text.slice(0, at) + s + text.slice(at),
      name: `insert unicode U+${s.charCodeAt(0).toString(16)}`,
    };
  },
  (text, r) => {
    const at = Math.floor(r() * (text.length + 1));
    const s = pick(YAML_BITS, r);
    return { text: text.slice(0, at) + s + text.slice(at), name: `insert ${JSON.stringify(s)}` };
  },
  (text) => ({ text: text.replace(/\r?\n/g, '\r\n'), name: 'CRLF line ends' }),
  (text) => ({ text: '\ufeff' + text, name: 'BOM' }),
  (text, r) => ({ text: text.slice(0, Math.floor(r() * text.length)), name: 'truncate' }),
  (text, r) => {
    const a = lineBounds(text, r);
    const b = lineBounds(text, r);
    if (a.start >= b.start || a.end > b.start) return { text, name: 'swap lines (no-op)' };
    const lineA = text.slice(a.start, a.end);
    const lineB = text.slice(b.start, b.end);
    return {
      text: text.slice(0, a.start) + lineB + text.slice(a.end, b.start) + lineA + text.slice(b.end),
      name: 'swap lines',
    };
  },
  (text, r) => {
    // Replace a scalar value with something of another type or shape.
    const values = [
      '-1',
      '1e309',
      '0x10',
      '.nan',
      'null',
      '~',
      '""',
      '[]',
      '{}',
      '"100"',
      '99999999999999999999',
      'true',
      '*undefined',
    ];
    let seen = 0;
    const target = Math.floor(r() * 20);
    return {
      text: text.replace(/: ([^\n#]+)$/gm, (m) => (seen++ === target ? `: ${pick(values, r)}` : m)),
      name: 'retype value',
    };
  },
];

/** Applies one to three mutations. */
export function mutate(text: string, random: () => number): { text: string; names: string[] } {
  const names: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  let current = text;
  for (let i = 0; i < count; i++) {
    const result = pick(MUTATIONS, random)(current, random);
    current = result.text;
    names.push(result.name);
  }
  return { text: current, names };
}

function checkRange(document: TextDocument, range: Range | undefined, what: string): string | undefined {
  if (!range) return undefined;
  for (const p of [range.start, range.end]) {
    const problem = checkPosition(document, p, what);
    if (problem) return problem;
  }
  if (
    range.start.line > range.end.line ||
    (range.start.line === range.end.line && range.start.character > range.end.character)
  )
    return `${what}: range ends before it starts ${JSON.stringify(range)}`;
  return undefined;
}

function checkPosition(document: TextDocument, p: Position, what: string): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0)
    return `${what}: bad position ${JSON.stringify(p)}`;
  if (p.line >= document.lineCount)
    return `${what}: line ${p.line} past the last line ${document.lineCount - 1}`;
  const lineStart = document.offsetAt({ line: p.line, character: 0 });
  const nextStart =
    p.line + 1 < document.lineCount
      ? document.offsetAt({ line: p.line + 1, character: 0 })
      : document.getText().length;
  if (p.character > nextStart - lineStart)
    return `${what}: character ${p.character} past the end of line ${p.line}`;
  return undefined;
}

/** Runs every request on one text; returns the first problem found, if any. */
export function exerciseText(
  service: LanguageService,
  uri: string,
  text: string,
  random: () => number,
): string | undefined {
  const document = TextDocument.create(uri, 'yaml', 1, text);
  const file = service.parse(document);
  service.setWorkspaceFile(file);
  const diagnostics = service.diagnose(file);
  for (const d of diagnostics) {
    const problem = checkRange(document, d.range, `diagnostic ${String(d.code)}`);
    if (problem) return problem;
    if (typeof d.message !== 'string' || d.message.length === 0)
      return `diagnostic ${String(d.code)} without message`;
  }
  const positions: Position[] = [document.positionAt(text.length), { line: 0, character: 0 }];
  for (let i = 0; i < 3; i++) positions.push(document.positionAt(Math.floor(random() * (text.length + 1))));
  for (const position of positions) {
    const list = service.complete(file, position);
    for (const item of list.items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) {
        const problem = checkRange(document, edit.range, `completion ${item.label}`);
        if (problem) return problem;
      } else if (edit) {
        const problem =
          checkRange(document, edit.replace, `completion ${item.label}`) ??
          checkRange(document, edit.insert, `completion ${item.label}`);
        if (problem) return problem;
      }
      for (const extra of item.additionalTextEdits ?? []) {
        const problem = checkRange(document, extra.range, `completion ${item.label} additional edit`);
        if (problem) return problem;
      }
    }
    const hover = service.hover(file, position);
    if (hover) {
      const problem = checkRange(document, hover.range, 'hover');
      if (problem) return problem;
    }
  }
  const splits = service.trafficSplit(file);
  if (!Array.isArray(splits)) return 'trafficSplit did not return a list';
  service.canaryResources(file, positions[2]);
  return undefined;
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const corpus = collectCorpus();
  if (corpus.length === 0) throw new Error('no YAML fixtures found to mutate');
  const random = prng(options.seed);
  const failures: FuzzFailure[] = [];
  const started = performance.now();
  let slowestMs = 0;
  const logged: string[] = [];
  const service = createLanguageService({ log: (m) => logged.push(m) });
  // The whole corpus is the workspace, so the cross-file rules run against real neighbours.
  for (const source of corpus) {
    service.setWorkspaceFile(
      service.parse(TextDocument.create(`file:///corpus/${source.name}`, 'yaml', 1, source.text)),
    );
  }
  for (let index = 0; index < options.count; index++) {
    const source = corpus[Math.floor(random() * corpus.length)]!;
    const { text, names } = mutate(source.text, random);
    const uri = `file:///corpus/${source.name}`;
    const t0 = performance.now();
    let problem: string | undefined;
    logged.length = 0;
    try {
      problem = exerciseText(service, uri, text, random);
    } catch (error) {
      problem = `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    }
    const ms = performance.now() - t0;
    slowestMs = Math.max(slowestMs, ms);
    if (!problem && ms > options.timeBoundMs)
      problem = `took ${ms.toFixed(0)} ms (bound ${options.timeBoundMs} ms)`;
    // A rule that throws is survived by the service, but it is still a bug the fuzzer must report.
    if (!problem && logged.length) problem = `service logged: ${logged[0]}`;
    if (problem) failures.push({ index, source: source.name, mutations: names, problem, text });
    // Put the original back so the next mutation sees an unchanged workspace.
    service.setWorkspaceFile(service.parse(TextDocument.create(uri, 'yaml', 1, source.text)));
    options.onProgress?.(index + 1);
  }
  return {
    runs: options.count,
    failures,
    slowestMs,
    totalMs: performance.now() - started,
    sources: corpus.length,
  };
}
