// Definition, references, rename and symbols: find the document, bring the index up to date with
// every open document (so cross-file edits use the text the user sees), call the service.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';

/** Indexes the current parse of every open document; re-indexing an unchanged parse is free. */
export function indexOpenDocuments(documents: DocumentStore, service: LanguageService): void {
  for (const document of documents.all()) {
    const file = documents.parsed(document.uri);
    if (file) service.setWorkspaceFile(file);
  }
}

export function registerNavigationHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  log: Logger,
): void {
  const prepared = (uri: string) => {
    indexOpenDocuments(documents, service());
    return documents.parsed(uri);
  };
  connection.onDefinition((params, token) =>
    runSafe(log, 'definition', token, null, () => {
      const file = prepared(params.textDocument.uri);
      return file ? service().findDefinition(file, params.position) : null;
    }),
  );
  connection.onReferences((params, token) =>
    runSafe(log, 'references', token, null, () => {
      const file = prepared(params.textDocument.uri);
      return file ? service().findReferences(file, params.position, params.context.includeDeclaration) : null;
    }),
  );
  connection.onPrepareRename((params, token) =>
    runSafe(log, 'prepareRename', token, null, () => {
      const file = prepared(params.textDocument.uri);
      if (!file) return null;
      const result = service().prepareRename(file, params.position);
      return 'error' in result ? new ResponseError(ErrorCodes.InvalidRequest, result.error) : result;
    }),
  );
  connection.onRenameRequest((params, token) =>
    runSafe(log, 'rename', token, null, () => {
      const file = prepared(params.textDocument.uri);
      if (!file) return null;
      const result = service().rename(file, params.position, params.newName);
      return 'error' in result ? new ResponseError(ErrorCodes.InvalidRequest, result.error) : result.edit;
    }),
  );
  connection.onDocumentSymbol((params, token) =>
    runSafe(log, 'documentSymbol', token, null, () => {
      const file = documents.parsed(params.textDocument.uri);
      return file ? service().documentSymbols(file) : null;
    }),
  );
  connection.onWorkspaceSymbol((params, token) =>
    runSafe(log, 'workspaceSymbol', token, null, () => {
      indexOpenDocuments(documents, service());
      return service().workspaceSymbols(params.query);
    }),
  );
}
