// Values that come from the rest of the workspace: subset names, gateway names and hosts.
// (Filled in by the workspace model; empty until then.)
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { SourceFile } from '../../sourceFile';
import type { Settings } from '../../settings';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { CursorContext } from './cursorContext';

export function workspaceValueCompletions(
  _file: SourceFile,
  _context: CursorContext,
  _offset: number,
  _workspace: WorkspaceIndex,
  _settings: Settings,
  _range: { start: Position; end: Position },
): CompletionItem[] {
  return [];
}
