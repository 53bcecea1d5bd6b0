// Issue 7: hostile YAML. Alias bombs, absurd nesting (flow and block), a 50 MB file, a 1 MB
// line and binary content must each come back within a time bound, with a clear diagnostic where
// the file is refused, and without the process's memory exploding. The bounds are generous
// (a loaded two-core CI machine) but far below what a real blow-up costs (minutes, gigabytes).
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/languageService';

const TIME_BOUND_MS = 20_000;
const MEMORY_BOUND_BYTES = 700 * 1024 * 1024;

interface Outcome {
  readonly diagnostics: Diagnostic[];
  readonly ms: number;
}

/** Parses, diagnoses, completes, hovers and splits `text`; fails on a throw, a timeout or a memory blow-up. */
function runAll(text: string, settings?: unknown): Outcome {
  const logged: string[] = [];
  const service = createLanguageService({ settings, log: (m) => logged.push(m) });
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const document = TextDocument.create('file:///hostile.yaml', 'yaml', 1, text);
  const file = service.parse(document);
  service.setWorkspaceFile(file);
  const diagnostics = service.diagnose(file);
  const end = document.positionAt(text.length);
  for (const position of [{ line: 0, character: 0 }, { line: 1, character: 2 }, end]) {
    service.complete(file, position);
    service.hover(file, position);
  }
  service.trafficSplit(file);
  const ms = performance.now() - started;
  const grown = process.memoryUsage().rss - rssBefore;
  assert.ok(ms < TIME_BOUND_MS, `took ${ms.toFixed(0)} ms`);
  assert.ok(grown < MEMORY_BOUND_BYTES, `memory grew by ${(grown / 1e6).toFixed(0)} MB`);
  assert.deepEqual(logged, [], 'no rule or request failed');
  for (const d of diagnostics) {
    assert.ok(
      d.range.start.line >= 0 && d.range.end.line < document.lineCount,
      `diagnostic ${String(d.code)} inside the document`,
    );
  }
  return { diagnostics, ms };
}

/** The message of the file-not-analysed diagnostic, which must be there. */
function notAnalysed(outcome: Outcome): string {
  const found = outcome.diagnostics.find((d) => d.code === 'file-not-analysed');
  assert.ok(
    found,
    `expected file-not-analysed, got ${JSON.stringify(outcome.diagnostics.map((d) => d.code))}`,
  );
  return typeof found.message === 'string' ? found.message : found.message.value;
}

const VS_HEAD = `apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: bomb
spec:
  hosts:
  - reviews
`;

test('billion laughs: an alias bomb inside a VirtualService is not expanded', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  // The bomb sits in a match (turned into plain data for the split) and under spec (schema walk).
  const text =
    `${VS_HEAD}  x-bomb:\n${levels.map((l) => `    ${l}`).join('\n')}\n` +
    `  http:\n  - match:\n    - headers: *j\n    route:\n    - destination:\n        host: reviews\n        subset: *j\n      weight: *j\n`;
  const outcome = runAll(text);
  assert.ok(outcome.diagnostics.length > 0, 'the bomb is still reported as unknown or mistyped fields');
});

test('billion laughs at the top of a plain YAML file (not Kubernetes) costs nothing either', () => {
  const levels = ['a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]'];
  for (let i = 1; i < 12; i++) {
    levels.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  }
  runAll(levels.join('\n') + '\n');
});

test('100,000-deep flow nesting is refused with a clear diagnostic', () => {
  const depth = 100_000;
  const outcome = runAll(`${VS_HEAD}  http: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
  assert.match(notAnalysed(outcome), /nested more than \d+ levels deep/);
});

test('100,000-deep unclosed flow nesting (a truncated file) is refused too', () => {
  const outcome = runAll(`${VS_HEAD}  http: ${'{a: ['.repeat(100_000)}\n`);
  assert.match(notAnalysed(outcome), /nested more than \d+ levels deep/);
});

test('100,000-deep block nesting (compact sequences) is refused with a clear diagnostic', () => {
  const outcome = runAll(`${VS_HEAD}  http:\n  ${'- '.repeat(100_000)}x\n`);
  assert.match(notAnalysed(outcome), /nested more than \d+ levels deep/);
});

test('deep block nesting by indentation (3,000 levels, 4.5 MB) is refused or parsed, never a stack overflow', () => {
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  const text = `${VS_HEAD}${lines.join('\n')} end\n`;
  assert.ok(text.length < 5 * 1024 * 1024);
  const outcome = runAll(text);
  assert.match(notAnalysed(outcome), /nested more than \d+ levels deep/);
});

test('a 50 MB file is refused at once, naming the setting', () => {
  const doc = `${VS_HEAD}  http:\n  - route:\n    - destination:\n        host: reviews\n---\n`;
  const text = doc.repeat(Math.ceil((50 * 1024 * 1024) / doc.length));
  const outcome = runAll(text);
  assert.match(notAnalysed(outcome), /too large to analyse: 50\.0 MB > istioCanary\.maxFileSize/i);
});

test('maxFileSize is honoured from the settings', () => {
  const text = `${VS_HEAD}  http: []\n`;
  const outcome = runAll(text, { maxFileSize: 100 });
  assert.match(notAnalysed(outcome), /maxFileSize/);
});

test('a 1 MB single line (a long flow sequence of hosts) is parsed within bounds', () => {
  const hosts = Array.from({ length: 70_000 }, (_, i) => `h${i}.example.com`).join(', ');
  const text = `${VS_HEAD.replace('  - reviews\n', '')}  hosts: [${hosts}]\n  http:\n  - route:\n    - destination:\n        host: reviews\n`;
  assert.ok(text.length > 1_000_000);
  runAll(text);
});

test('a 1 MB single-line scalar with no newline at all is parsed within bounds', () => {
  runAll(`${VS_HEAD}  http:\n  - name: "${'x'.repeat(1_000_000)}"`);
});

test('a binary file with NUL bytes named .yaml is refused with a clear diagnostic', () => {
  let seed = 12345;
  const bytes = Buffer.alloc(64 * 1024, 0);
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = (seed >>> 16) & 0xff;
  }
  bytes[10] = 0;
  const outcome = runAll(bytes.toString('latin1'));
  assert.match(notAnalysed(outcome), /binary/i);
});

test('random bytes decoded as UTF-8 (replacement characters, no NUL) never crash', () => {
  let seed = 99;
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = (seed >>> 16) & 0xff || 1;
  }
  runAll(bytes.toString('utf8'));
});

test('many documents of unbalanced quotes and brackets (10,000 broken documents) stay within bounds', () => {
  const broken = [
    'a: "unterminated',
    'b: [1, 2',
    'c: {x: 1',
    "d: 'x",
    '- - -',
    ': :',
    '? ? ?',
    '&a *a',
    '!!binary ~~~',
  ];
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++)
    parts.push(`kind: VirtualService\napiVersion: networking.istio.io/v1\n${broken[i % broken.length]}\n`);
  runAll(parts.join('---\n'));
});
