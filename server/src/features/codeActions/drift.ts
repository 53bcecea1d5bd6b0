// The action on a `differs-from-cluster` finding: open Diff Against Cluster for the file (the
// client's command; it asks for trust and names the context before running kubectl diff).
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { CodeActionInput } from './types';

export const DIFF_COMMAND = 'istioCanary.diffAgainstCluster';

export function driftActions(input: CodeActionInput): CodeAction[] {
  const diagnostics = input.diagnostics.filter((d) => d.code === 'differs-from-cluster');
  if (diagnostics.length === 0) return [];
  return [
    {
      title: 'Diff against the cluster',
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: 'Diff Against Cluster', command: DIFF_COMMAND, arguments: [input.context.file.uri] },
    },
  ];
}
