// The requests behind the client's canary commands: the workspace facts the New Canary wizard
// suggests from, the manifests for its answers (protocol/src/newCanary.ts), and Promote / Roll
// back (protocol/src/promotionRequests.ts): the weight edits of a step, and the remembered
// stable destinations the code action titles depend on. Open documents are indexed first so the
// wizard sees unsaved text, as diagnostics do.
import type { Connection } from 'vscode-languageserver';
import { NewCanaryManifestsRequest, WorkspaceFactsRequest } from '../../../../protocol/src/newCanary';
import {
  CanaryStepRequest,
  StableDestinationsNotification,
} from '../../../../protocol/src/promotionRequests';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';
import type { SourceFiles } from '../sourceFiles';
import { onNotification, onRequest } from '../typedMessages';
import { indexOpenDocuments } from './navigation';

/** The client's remembered stable destinations, as last reported (see the notification). */
export interface StableMemory {
  stables: Readonly<Record<string, string>>;
}

export function registerCanaryHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  files: SourceFiles,
  log: Logger,
  memory: StableMemory,
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

  onRequest(connection, CanaryStepRequest, (params, token) =>
    runSafe(log, 'canaryStep', token, null, async () => {
      const file = await files.get(params.uri);
      if (!file) return { ok: false as const, reason: `Cannot read ${params.uri}.` };
      const result = service().canaryStep(file, params);
      return result.ok ? { ...result, version: files.version(params.uri) } : result;
    }),
  );

  onNotification(connection, StableDestinationsNotification, (params) => {
    const stables: Record<string, string> = {};
    if (typeof params?.stables === 'object' && params.stables !== null)
      for (const [key, value] of Object.entries(params.stables))
        if (typeof value === 'string') stables[key] = value;
    memory.stables = stables;
  });
}
