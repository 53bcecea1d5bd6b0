// Quick fix for any of our diagnostics that carries `data: { replacement }`: replace the
// diagnostic's range (only that) with the suggested text, e.g. `timeout: 10` → `10s`.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { CodeActionInput } from './types';

function replacementOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as { replacement?: unknown }).replacement;
  return typeof value === 'string' ? value : undefined;
}

export function replacementActions(input: CodeActionInput): CodeAction[] {
  const uri = input.context.file.uri;
  const document = input.context.file.document;
  const actions: CodeAction[] = [];
  for (const diagnostic of input.diagnostics) {
    const replacement = replacementOf(diagnostic.data);
    if (replacement === undefined || diagnostic.code === 'unknown-field') continue;
    const written = document.getText(diagnostic.range);
    if (written === replacement) continue;
    actions.push({
      title: `Change \`${written}\` to \`${replacement}\``,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: diagnostic.range, newText: replacement }] } },
    });
  }
  return actions;
}
