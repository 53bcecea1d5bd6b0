// Completion and hover: find the document, get its parse, call the service.
import type { Connection } from 'vscode-languageserver';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';

export function registerLanguageHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  log: Logger,
): void {
  connection.onCompletion((params, token) =>
    runSafe(log, 'completion', token, null, () => {
      const file = documents.parsed(params.textDocument.uri);
      return file ? service().complete(file, params.position) : null;
    }),
  );
  connection.onHover((params, token) =>
    runSafe(log, 'hover', token, null, () => {
      const file = documents.parsed(params.textDocument.uri);
      return file ? service().hover(file, params.position) : null;
    }),
  );
}
