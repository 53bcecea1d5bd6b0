// The extension's entry point: wiring only. Registers the command families (preview, promote/roll
// back and wizard, apply, simulate) against a deferred server connection, then loads and starts
// the language client right after activation: vscode-languageclient is the bulk of the bundle's
// load time, and nothing needs it before the first request.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../../protocol/src/commands';
import { affectsSettings } from './settings';
import { type ApplyDeps, registerApplyCommands } from './apply/applyCommands';
import { kubectlSettings } from './apply/deps';
import { type PromptPort, VscodePrompts } from './apply/prompts';
import { NodeKubectl } from './kube/kubectl';
import { registerCanaryCommands } from './canary';
import { registerPreviewFeature } from './preview';
import { registerRuleDocCommand } from './rulePages';
import { registerGeneratedResources } from './generatedResources';
import { registerWalkthrough } from './walkthrough';
import { DeferredConnection } from './serverConnection';
import { registerSimulateCommand } from './simulate';
import { registerStatusItem } from './statusItem';
import { registerClusterSnapshot } from './cluster/register';
import type { ClusterState } from './cluster/clusterStatus';

const CLIENT_NAME = 'Istio Canary';
let client: LanguageClient | undefined;

/** What the extension returns from activate(). */
export interface IstioCanaryApi {
  /** Resolves with the language client once the server has started. */
  readonly ready: Promise<LanguageClient>;
  /**
   * Only when VS Code runs the extension for its tests (ExtensionMode.Test): replaces the apply
   * commands' dialogs with the test's (undefined restores them), so the e2e suite answers the
   * confirmation instead of skipping it.
   */
  readonly testing?: {
    setApplyPrompts(prompts: PromptPort | undefined): void;
    /** The cluster snapshot's state, as the status item shows it. */
    clusterState(): ClusterState;
  };
}

export function activate(context: vscode.ExtensionContext): IstioCanaryApi {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(output);
  const connection = new DeferredConnection();
  const deps = { client: connection, output };
  const dialogs = new VscodePrompts();
  let scriptedPrompts: PromptPort | undefined;
  const applyDeps: ApplyDeps = {
    ...deps,
    prompts: () => scriptedPrompts ?? dialogs,
    kubectl: () => new NodeKubectl({ ...kubectlSettings(), log: (text) => output.appendLine(text) }),
    state: context.workspaceState,
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showOutput.id, () => output.show(true)),
  );
  registerStatusItem(context, connection);
  const preview = registerPreviewFeature(context, deps);
  registerCanaryCommands(context, deps);
  const kubeTarget = registerApplyCommands(context, applyDeps);
  const cluster = registerClusterSnapshot(context, applyDeps, kubeTarget, connection, preview);
  registerSimulateCommand(context, deps);
  registerRuleDocCommand(context);
  registerGeneratedResources(context, deps);
  registerWalkthrough(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsSettings(event) && client?.isRunning()) {
        void client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      }
    }),
  );
  setImmediate(() => void startClient(context, output, connection));
  const testing =
    context.extensionMode === vscode.ExtensionMode.Test
      ? {
          setApplyPrompts: (prompts: PromptPort | undefined) => {
            scriptedPrompts = prompts;
          },
          clusterState: () => cluster.current,
        }
      : undefined;
  return { ready: connection.whenStarted(), ...(testing ? { testing } : {}) };
}

async function startClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  connection: DeferredConnection,
): Promise<void> {
  try {
    const { createLanguageClient } = await import('./languageClient.js');
    const created = createLanguageClient(context, output);
    client = created;
    connection.attach(created);
    await created.start();
    connection.markStarted();
  } catch (error) {
    connection.markFailed(error);
    output.appendLine(`[client] the language server could not start: ${String(error)}`);
    void vscode.window.showErrorMessage(
      'Istio Canary: the language server could not start. See the "Istio Canary" output.',
    );
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
