// The thin LSP shell: wires the connection to the language service. Every handler is "find the
// document, get its parse, call the service, answer"; all logic lives below lsp/. This is the
// only folder (with main.ts) that imports vscode-languageserver.
import { TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { SETTINGS_SECTION } from '../../../protocol/src/settings';
import { createLanguageService, type LanguageService } from '../languageService';
import { DocumentStore } from './documents';
import { registerCustomHandlers } from './handlers/custom';
import { registerCanaryHandlers, type StableMemory } from './handlers/canary';
import { registerLanguageHandlers } from './handlers/language';
import { registerNavigationHandlers } from './handlers/navigation';
import { registerCodeActionHandlers } from './handlers/codeActions';
import { registerCodeLensHandlers } from './handlers/codeLens';
import { ClusterSnapshots, registerClusterHandlers } from './handlers/cluster';
import { registerOverlayHandlers } from './handlers/overlay';
import { Validator } from './handlers/validation';
import { WorkspaceFiles } from './handlers/workspaceFiles';
import type { Runtime } from './runtime';
import { SourceFiles } from './sourceFiles';

export const SERVER_NAME = 'Istio Canary language server';

export function startServer(connection: Connection, runtime: Runtime): void {
  const log = (message: string) => connection.console.log(message);
  const service: LanguageService = createLanguageService({ log: (m) => connection.console.warn(m) });
  const getService = () => service;
  const documents = new DocumentStore(getService);
  const validator = new Validator(connection, documents, getService, log);
  const workspaceFiles = new WorkspaceFiles(runtime, documents, getService, validator, log);
  let canPullConfiguration = false;
  // Promote / Roll back code action titles depend on the stable destinations the client remembers.
  const stableMemory: StableMemory = { stables: {} };
  let canFollowFolders = false;

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFiles.setFolders(folders);
    // Until the first scan completes, open files get their own findings only.
    if (folders.length > 0) validator.expectIndex();
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) service.configure(initial);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', '-'], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Istio resources' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME },
    };
  });

  const pullSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    try {
      const settings: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      const before = service.settings.maxFileSize;
      service.configure(settings);
      if (service.settings.maxFileSize !== before) documents.clear();
    } catch (error) {
      log(`reading settings failed: ${String(error)}`);
    }
  };

  connection.onInitialized(async () => {
    await pullSettings();
    // Subscribing throws for a client without folder change events, and nothing would be indexed.
    if (canFollowFolders)
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        const current = new Set<string>([...event.added.map((f) => f.uri)]);
        for (const removed of event.removed) {
          for (const uri of [...service.workspace.uris()])
            if (uri.startsWith(removed.uri)) service.removeWorkspaceFile(uri);
        }
        const folders = (await connection.workspace.getWorkspaceFolders())?.map((f) => f.uri) ?? [...current];
        workspaceFiles.setFolders(folders);
        await workspaceFiles.scan();
      });
    await workspaceFiles.scan();
  });

  connection.onDidChangeConfiguration(async () => {
    await pullSettings();
    await workspaceFiles.scan();
  });

  documents.documents.onDidChangeContent(({ document }) => validator.schedule(document.uri));
  documents.documents.onDidClose(async ({ document }) => {
    documents.forget(document.uri);
    validator.clear(document.uri);
    // What is on disk is the truth again for a closed document.
    await workspaceFiles.indexFromDisk(document.uri);
    validator.scheduleOthers();
  });

  registerLanguageHandlers(connection, documents, getService, log);
  registerNavigationHandlers(connection, documents, getService, log);
  registerCodeActionHandlers(connection, documents, getService, log, stableMemory);
  registerCodeLensHandlers(connection, documents, getService, log);
  const files = new SourceFiles(documents, getService, runtime);
  registerCustomHandlers(connection, documents, getService, files, log);
  registerCanaryHandlers(connection, documents, getService, files, log, stableMemory);
  // A new active snapshot changes cross-file findings, drift and live splits of every open file.
  registerClusterHandlers(connection, new ClusterSnapshots(getService, () => validator.validateAll()), log);
  registerOverlayHandlers(connection, getService, log);
  workspaceFiles.register(connection);
  documents.documents.listen(connection);
  connection.listen();
}
