// The New Canary command: asks the server what the workspace holds (request
// `istioCanary/workspaceFacts`), runs the questions, has the server write the manifests
// (`istioCanary/newCanaryManifests`) and saves them in a new file beside the active YAML file (or
// at the workspace root). The client parses and writes no YAML itself.
import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import { NewCanaryManifestsRequest, WorkspaceFactsRequest } from '../../../protocol/src/newCanary';
import { isYamlDocument } from '../preview/splitRequest';
import { readSetting } from '../settings';
import { normalizePromotionSteps } from '../../../protocol/src/weights';
import { type PickItem, type Prompter, runCanaryWizard, suggestFileName } from './wizardFlow';

/** Quick picks and input boxes behind the wizard's Prompter interface. */
export const quickPrompter: Prompter = {
  async pick<T>(title: string, items: PickItem<T>[]): Promise<T | undefined> {
    const picked = await vscode.window.showQuickPick(
      items.map((item) => ({ label: item.label, description: item.description, value: item.value })),
      { title: `New Canary: ${title}`, ignoreFocusOut: true, matchOnDescription: true },
    );
    return picked?.value;
  },
  async input(title, options) {
    return vscode.window
      .showInputBox({
        title: `New Canary: ${title}`,
        value: options.value,
        prompt: options.prompt,
        ignoreFocusOut: true,
        validateInput: options.validate ? (text) => options.validate?.(text.trim()) : undefined,
      })
      .then((text) => text?.trim());
  },
};

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Runs the wizard and writes the manifests; resolves to the new file, or undefined. */
export async function newCanary(
  client: ServerConnection,
  prompter: Prompter,
  output: vscode.OutputChannel,
): Promise<vscode.Uri | undefined> {
  let facts;
  try {
    facts = await client.sendRequest(WorkspaceFactsRequest, {});
  } catch (error) {
    output.appendLine(`[canary] workspaceFacts request failed: ${String(error)}`);
  }
  const firstWeight = normalizePromotionSteps(readSetting('promotionSteps'))[0] ?? 10;
  const result = await runCanaryWizard(
    prompter,
    facts ?? { services: [], workloads: [], gateways: [] },
    firstWeight,
  );
  if (!result) return undefined;
  if (!result.ok) {
    void vscode.window.showErrorMessage(`New Canary: ${result.problems.join(' ')}`);
    return undefined;
  }
  const written = await client.sendRequest(NewCanaryManifestsRequest, { answers: result.answers });
  if (!written || 'problems' in written) {
    const why = written ? written.problems.join(' ') : 'the language server could not write the manifests.';
    void vscode.window.showErrorMessage(`New Canary: ${why}`);
    return undefined;
  }
  const text = written.text;
  const active = vscode.window.activeTextEditor?.document;
  const folder =
    active && active.uri.scheme === 'file' && isYamlDocument(active)
      ? vscode.Uri.joinPath(active.uri, '..')
      : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
    await vscode.window.showTextDocument(document);
    return document.uri;
  }
  const taken = new Set<string>();
  for (const [name] of await vscode.workspace.fs.readDirectory(folder)) taken.add(name);
  const uri = vscode.Uri.joinPath(
    folder,
    suggestFileName(result.answers.host, (name) => taken.has(name)),
  );
  if (await exists(uri)) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri);
  return uri;
}
