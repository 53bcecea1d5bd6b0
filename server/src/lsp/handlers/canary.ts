// The requests behind the client's canary commands (protocol/src/newCanary.ts): the workspace
// facts the New Canary wizard suggests from, and the manifests for its answers. Open documents
// are indexed first so the wizard sees unsaved text, as diagnostics do.
import type { Connection } from 'vscode-languageserver';
import { NewCanaryManifestsRequest, WorkspaceFactsRequest } from '../../../../protocol/src/newCanary';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';
import { onRequest } from '../typedMessages';
import { indexOpenDocuments } from './navigation';

export function registerCanaryHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  log: Logger,
): void {
  onRequest(connection, WorkspaceFactsRequest, (_params, token) =>
    runSafe(log, 'workspaceFacts', token, null, () => {
      indexOpenDocuments(documents, service());
      return service().workspaceFacts();
    }),
  );

  onRequest(connection, NewCanaryManifestsRequest, (params, token) =>
    runSafe(log, 'newCanaryManifests', token, null, () => service().newCanaryManifests(params.answers)),
  );
}
