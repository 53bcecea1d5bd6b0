// The extension's entry point: wiring only. Starts the language client and registers the
// command families (preview, promote/roll back and wizard, apply, simulate); each lives in its
// own folder and receives what it needs here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerApplyCommands } from './apply/applyCommands';
import { registerCanaryCommands } from './canary';
import { CLIENT_NAME, createLanguageClient } from './languageClient';
import { registerPreviewFeature } from './preview';
import { registerSimulateCommand } from './simulate';
import { registerStatusItem } from './statusItem';

let client: LanguageClient | undefined;

/** What the extension returns from activate(); the e2e tests use it to wait for readiness. */
export interface IstioCanaryApi {
  readonly client: LanguageClient;
  /** Resolves when the language server has started. */
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): IstioCanaryApi {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  const deps = { client, output };
  context.subscriptions.push(
    vscode.commands.registerCommand('istioCanary.showOutput', () => output.show(true)),
  );
  registerStatusItem(context, client);
  registerPreviewFeature(context, deps);
  registerCanaryCommands(context, deps);
  registerApplyCommands(context, deps);
  registerSimulateCommand(context, deps);
  // Starting the server is not awaited: activation stays fast, and features wait on `ready`.
  const ready = client.start().catch((error: unknown) => {
    output.appendLine(`[client] the language server could not start: ${String(error)}`);
    void vscode.window.showErrorMessage(
      'Istio Canary: the language server could not start. See the "Istio Canary" output.',
    );
  });
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('istioCanary') && client?.isRunning()) {
        void client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      }
    }),
  );
  return { client, ready };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
