// Code actions: find the document, index the open documents (edits in other files must match
// their current text), call the service with the editor's diagnostics.
import type { Connection } from 'vscode-languageserver';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';
import { indexOpenDocuments } from './navigation';

export function registerCodeActionHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  log: Logger,
): void {
  connection.onCodeAction((params, token) =>
    runSafe(log, 'codeAction', token, null, () => {
      indexOpenDocuments(documents, service());
      const file = documents.parsed(params.textDocument.uri);
      if (!file) return null;
      return service().codeActions(
        file,
        params.range,
        params.context.diagnostics,
        params.context.only,
        (uri) => documents.get(uri)?.getText(),
      );
    }),
  );
}
