// Code actions: find the document, index the open documents (edits in other files must match
// their current text), call the service with the editor's diagnostics, and add Promote / Roll
// back on a canary route (titled with the client's remembered stable destinations).
import type { Connection } from 'vscode-languageserver';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';
import type { StableMemory } from './canary';
import { indexOpenDocuments } from './navigation';

export function registerCodeActionHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  log: Logger,
  memory: StableMemory,
): void {
  connection.onCodeAction((params, token) =>
    runSafe(log, 'codeAction', token, null, () => {
      indexOpenDocuments(documents, service());
      const file = documents.parsed(params.textDocument.uri);
      if (!file) return null;
      const actions = service().codeActions(
        file,
        params.range,
        params.context.diagnostics,
        params.context.only,
        (uri) => documents.get(uri)?.getText(),
      );
      const only = params.context.only;
      const wantsRefactors = !only || only.some((k) => k === 'refactor' || k.startsWith('refactor.rewrite'));
      if (!wantsRefactors) return actions;
      return [...actions, ...service().promotionCodeActions(file, params.range, memory.stables)];
    }),
  );
}
