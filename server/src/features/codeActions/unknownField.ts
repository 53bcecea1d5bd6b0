// Quick fix for a misspelt field: replace the key (and only the key) with the suggested name.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { type FileAnalysis } from '../diagnostics/fileAnalysis';
import { rangeOf } from '../navigation/context';
import { diagnosticsWithin, type CodeActionInput } from './types';

export function unknownFieldActions(input: CodeActionInput, analysis: FileAnalysis): CodeAction[] {
  const actions: CodeAction[] = [];
  const uri = input.context.file.uri;
  for (const issue of analysis.schemaIssues) {
    if (issue.code !== 'unknown-field' || !issue.suggestion) continue;
    const diagnostics = diagnosticsWithin(input, issue.span, (d) => d.code === 'unknown-field');
    // On the key itself, or anywhere the editor says the diagnostic applies.
    const onKey = issue.span.start <= input.span.end && issue.span.end >= input.span.start;
    if (!onKey && diagnostics.length === 0) continue;
    const written = input.context.file.document.getText().slice(issue.span.start, issue.span.end);
    actions.push({
      title: `Change \`${written}\` to \`${issue.suggestion}\``,
      kind: CodeActionKind.QuickFix,
      ...(diagnostics.length ? { diagnostics } : {}),
      isPreferred: true,
      edit: {
        changes: { [uri]: [{ range: rangeOf(input.context, uri, issue.span), newText: issue.suggestion }] },
      },
    });
  }
  return actions;
}
