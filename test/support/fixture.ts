// Fixtures as data, after rust-analyzer: `$0` marks the cursor, and expected diagnostics sit under
// the offending line as YAML comments:
//
//       weight: "10%"
//   #           ^^^^^ error[type-mismatch]: `weight` must be a number ...
//
// The caret line starts with `#` in column 0 and its carets stand under the diagnostic's first
// character (a diagnostic starting in column 0 gets its first caret in column 1). A range that
// runs over several lines is underlined to the end of its first line and says `(N lines)`.
// renderDiagnostics() produces exactly this form, so a check compares whole texts, and
// UPDATE_EXPECT=1 rewrites fixture files from what the service says now.
import * as fs from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';

export const CURSOR = '$0';

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];
const EXPECTATION_LINE = /^#\s*\^+ (error|warning|info|hint)\[[\w-]+\]/;

/** Removes the `$0` marker; returns the text and the cursor offset. */
export function extractCursor(text: string): { text: string; offset: number } {
  const offset = text.indexOf(CURSOR);
  if (offset === -1) throw new Error('fixture has no $0 cursor');
  if (text.indexOf(CURSOR, offset + 1) !== -1) throw new Error('fixture has more than one $0 cursor');
  return { text: text.slice(0, offset) + text.slice(offset + CURSOR.length), offset };
}

/** The fixture without its expectation lines: what the service analyses. */
export function stripExpectations(fixture: string): string {
  return fixture
    .split('\n')
    .filter((line) => !EXPECTATION_LINE.test(line))
    .join('\n');
}

/** The text with every diagnostic rendered as a caret comment under its line. */
export function renderDiagnostics(text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = text.split('\n');
  const byLine = new Map<number, string[]>();
  const sorted = [...diagnostics].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      String(a.code).localeCompare(String(b.code)),
  );
  for (const d of sorted) {
    const { start, end } = d.range;
    const lineText = lines[start.line] ?? '';
    const lineEnd = lineText.replace(/\r$/, '').length;
    const last = end.line === start.line ? end.character : lineEnd;
    const column = Math.max(1, start.character);
    const width = Math.max(1, last - start.character);
    const span = end.line > start.line ? ` (${end.line - start.line + 1} lines)` : '';
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    const rendered = `#${' '.repeat(column - 1)}${'^'.repeat(width)} ${SEVERITY_NAMES[d.severity ?? 1]}[${String(d.code)}]${span}: ${message.replace(/\n/g, ' ')}`;
    byLine.set(start.line, [...(byLine.get(start.line) ?? []), rendered]);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    out.push(...(byLine.get(i) ?? []));
  });
  return out.join('\n');
}

/**
 * Compares a fixture file with what `render` produces for its stripped text; with
 * UPDATE_EXPECT=1 the file is rewritten instead. Returns [actual, expected] for an assertion.
 */
export function checkFixtureFile(path: string, render: (text: string) => string): [string, string] {
  const fixture = fs.readFileSync(path, 'utf8');
  const actual = render(stripExpectations(fixture));
  if (process.env.UPDATE_EXPECT === '1' && actual !== fixture) {
    fs.writeFileSync(path, actual);
    return [actual, actual];
  }
  return [actual, fixture];
}
