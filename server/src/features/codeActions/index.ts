// Code actions: weight quick fixes (rescale, give the remainder), the unknown-field fix, adding a
// missing subset or DestinationRule. (Promote / Roll back code actions come from the client,
// which knows the next promotion step and names it; the server offers them as CodeLenses.) Every edit replaces or
// inserts only the characters it must, so untouched lines stay byte-identical. Reads the
// resource views, the traffic split and the resolution lookup; must not import the LSP connection.
import type { CodeAction } from 'vscode-languageserver-types';
import { FileAnalysis } from '../diagnostics/fileAnalysis';
import type { NavigationContext } from '../navigation/context';
import { replacementActions } from './replacement';
import { subsetActions } from './subsets';
import { suppressActions } from './suppress';
import type { CodeActionRequest } from './types';
import { unknownFieldActions } from './unknownField';
import { weightActions } from './weights';
import { driftActions } from './drift';

export type { CodeActionRequest } from './types';
export { routeArguments, PROMOTE_COMMAND, ROLLBACK_COMMAND } from './canary';

/**
 * The actions for a range. `only` filters by kind prefix as LSP does (`quickfix`, `refactor`);
 * quick fixes come first.
 */
export function codeActions(
  context: NavigationContext,
  request: CodeActionRequest,
  only?: readonly string[],
): CodeAction[] {
  const analysis = new FileAnalysis(context.file);
  const input = { ...request, context, splits: analysis.splits };
  const actions = [
    ...unknownFieldActions(input, analysis),
    ...replacementActions(input),
    ...weightActions(input),
    ...subsetActions(input),
    ...driftActions(input),
    // Last: silencing a finding is the fallback when no fix applies.
    ...suppressActions(input),
  ];
  if (!only || only.length === 0) return actions;
  return actions.filter(
    (a) => a.kind !== undefined && only.some((k) => a.kind === k || a.kind!.startsWith(`${k}.`)),
  );
}
