// CodeLens: the split of each weighted route, computed from the open document's parse.
import type { Connection } from 'vscode-languageserver';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';

export function registerCodeLensHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  log: Logger,
): void {
  connection.onCodeLens((params, token) =>
    runSafe(log, 'codeLens', token, null, () => {
      const file = documents.parsed(params.textDocument.uri);
      return file ? service().codeLenses(file) : null;
    }),
  );
}
