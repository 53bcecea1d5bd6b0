// Starts the language server (dist/server/main.js) over IPC for YAML documents, forwards
// *.yaml / *.yml file events for the workspace index, and keeps the server alive: if it dies it
// is restarted, and the user is told once per session.
import * as vscode from 'vscode';
import { Commands } from '../../protocol/src/commands';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const CLIENT_ID = 'istioCanary';
export const CLIENT_NAME = 'Istio Canary';
const MAX_RESTARTS = 5;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server/main.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // "Attach to Server" in .vscode/launch.json connects to this port.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
        // A deleted or renamed folder is reported once, for the folder: forward those deletions
        // so the server drops the files it indexed below it.
        vscode.workspace.createFileSystemWatcher('**/*', true, true, false),
      ],
    },
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
    middleware: {
      // The server puts Apply Canary over every VirtualService; it runs kubectl, so an untrusted
      // workspace does not show it (the command would only refuse).
      provideCodeLenses: async (document, token, next) => {
        const lenses = await next(document, token);
        if (vscode.workspace.isTrusted || !lenses) return lenses;
        return lenses.filter((lens) => lens.command?.command !== Commands.applyCanary.id);
      },
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/**
 * Restarts a crashed server (up to MAX_RESTARTS times in a session) and tells the user once;
 * connection errors on a single message are not fatal.
 */
export function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  let restarts = 0;
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      restarts++;
      output.appendLine(`[client] the language server stopped (restart ${restarts} of ${MAX_RESTARTS})`);
      if (restarts > MAX_RESTARTS) {
        void vscode.window.showErrorMessage(
          'The Istio Canary language server stopped repeatedly and will not be restarted. See the "Istio Canary" output for details.',
        );
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage(
          'The Istio Canary language server stopped unexpectedly and was restarted.',
        );
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
