// The extension's own requests (protocol/src/protocol.ts): the traffic split of a document, the
// resources that make up a canary (for applying), and the request simulator.
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import {
  CanaryResourcesRequest,
  GeneratedResourcesRequest,
  SimulateRequest,
  TrafficSplitRequest,
  type CanaryResourcesResult,
  type GeneratedResourcesResult,
  type SimulateResult,
  type TrafficSplitResult,
} from '../../../../protocol/src/protocol';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import { runSafe, type Logger } from '../safeRequest';
import type { SourceFiles } from '../sourceFiles';
import { onRequest } from '../typedMessages';

export function registerCustomHandlers(
  connection: Connection,
  documents: DocumentStore,
  service: () => LanguageService,
  files: SourceFiles,
  log: Logger,
): void {
  onRequest(connection, TrafficSplitRequest, (params, token) =>
    runSafe<TrafficSplitResult>(
      log,
      'trafficSplit',
      token,
      { uri: params.uri, version: null, resources: [] },
      async () => {
        const file = await files.get(params.uri);
        return {
          uri: params.uri,
          version: files.version(params.uri),
          resources: file ? service().trafficSplit(file) : [],
        };
      },
    ),
  );

  onRequest(connection, CanaryResourcesRequest, (params, token) =>
    runSafe<CanaryResourcesResult>(log, 'canaryResources', token, { resources: [], errors: [] }, async () => {
      const file = await files.get(params.uri);
      if (!file) return { resources: [], errors: [] };
      const result = service().canaryResources(file, params.position);
      // Errors in the other files the canary pulls in count too.
      const errors = [...result.errors];
      for (const uri of new Set(result.resources.map((r) => r.uri))) {
        if (uri === params.uri) continue;
        const other = await files.get(uri);
        if (!other) continue;
        const ranges = result.resources.filter((r) => r.uri === uri).map((r) => r.range);
        for (const d of service().diagnose(other)) {
          if (d.severity !== DiagnosticSeverity.Error) continue;
          if (!ranges.some((r) => d.range.start.line >= r.start.line && d.range.start.line <= r.end.line))
            continue;
          errors.push({
            uri,
            range: d.range,
            code: String(d.code ?? ''),
            message: typeof d.message === 'string' ? d.message : d.message.value,
          });
        }
      }
      return { resources: result.resources, errors };
    }),
  );

  onRequest(connection, GeneratedResourcesRequest, (params, token) =>
    runSafe<GeneratedResourcesResult | null>(log, 'generatedResources', token, null, () =>
      Promise.resolve(service().generatedResources(params.uri)),
    ),
  );

  onRequest(connection, SimulateRequest, (params, token) =>
    runSafe<SimulateResult | null>(log, 'simulate', token, null, async () => {
      // The index already holds every file (the workspace scan) and open documents' unsaved text
      // (the validator indexes them); re-indexing their current parse is a no-op when unchanged.
      const s = service();
      for (const document of documents.all()) {
        const open = documents.parsed(document.uri);
        if (open) s.setWorkspaceFile(open);
      }
      return Promise.resolve(s.simulate(params));
    }),
  );
}
