// Writes new weights of one route back into its document: one replacement per changed weight
// value, applied as a single WorkspaceEdit so a single Ctrl+Z in the editor undoes it.

import * as vscode from 'vscode';
import { type SplitRoute } from '../../../protocol/src/protocol';
import { weightReplacements } from '../../../protocol/src/promotion';

export function toVscodeRange(range: {
  start: { line: number; character: number };
  end: { line: number; character: number };
}): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Applies the weights; resolves to false when the editor refused the edit. No change is a success. */
export async function applyRouteWeights(
  document: vscode.TextDocument,
  route: SplitRoute,
  weights: readonly number[],
): Promise<boolean> {
  const replacements = weightReplacements(route, weights);
  if (replacements.length === 0) return true;
  const edit = new vscode.WorkspaceEdit();
  for (const replacement of replacements) {
    edit.replace(document.uri, toVscodeRange(replacement.range), replacement.newText);
  }
  return vscode.workspace.applyEdit(edit);
}
