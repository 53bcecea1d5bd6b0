// "Ignore <code> on this line": inserts `# istio-canary-disable-next-line <code>` above the line a
// diagnostic starts on, indented like it; when that line already has such a comment above it, the
// code is added to the comment instead of stacking a second one.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/diagnose';
import { DISABLE_NEXT_LINE } from '../diagnostics/suppression';
import { lineEnding } from './yamlText';
import { diagnosticsWithin, type CodeActionInput } from './types';

export function suppressActions(input: CodeActionInput): CodeAction[] {
  const document = input.context.file.document;
  const text = document.getText();
  const seen = new Set<string>();
  const actions: CodeAction[] = [];
  const ours = diagnosticsWithin(
    input,
    input.span,
    (d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string' && d.code !== 'unused-disable',
  );
  for (const diagnostic of ours) {
    const code = diagnostic.code as string;
    const line = diagnostic.range.start.line;
    if (seen.has(`${line}:${code}`)) continue;
    seen.add(`${line}:${code}`);
    const lineStart = document.offsetAt({ line, character: 0 });
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const above = line > 0 ? lineText(text, document.offsetAt({ line: line - 1, character: 0 })) : '';
    const existing = new RegExp(`^([ \\t]*#[ \\t]*${DISABLE_NEXT_LINE})([ \\t]+[^\\r\\n]*?)?[ \\t]*$`).exec(
      above,
    );
    const edit =
      existing && !/(^|\s)--(\s|$)/.test(existing[2] ?? '') && (existing[2] ?? '').trim() !== ''
        ? {
            range: {
              start: { line: line - 1, character: above.length },
              end: { line: line - 1, character: above.length },
            },
            newText: `, ${code}`,
          }
        : {
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
            newText: `${indent}# ${DISABLE_NEXT_LINE} ${code}${lineEnding(text)}`,
          };
    actions.push({
      title: `Ignore ${code} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [input.context.file.uri]: [edit] } },
    });
  }
  return actions;
}

function lineText(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}
