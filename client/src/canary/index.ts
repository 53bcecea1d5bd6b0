// Entry of the canary commands: Promote Canary, Roll Back Canary and the New Canary wizard.
// The server decides everything that needs the YAML: which route is a canary route, the code
// actions on it, and the weight edits of a step (request `istioCanary/canaryStep`); this file
// applies the edits, remembers the stable destination of each rollout (workspace state, reported
// to the server for its code action titles) and offers Apply Canary. Imports nothing from server/.

import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import { Commands, type RouteCommandArguments } from '../../../protocol/src/commands';
import {
  CanaryStepRequest,
  StableDestinationsNotification,
  type CanaryStepParams,
  type CanaryStepResult,
  type WeightEdit,
} from '../../../protocol/src/promotionRequests';
import { isYamlDocument } from '../preview/splitRequest';
import { newCanary, quickPrompter } from './newCanary';
import { toVscodeRange } from './weightEdit';
import { scriptedPrompter } from './wizardFlow';

export interface CanaryDeps {
  client: ServerConnection;
  output: vscode.OutputChannel;
}

/** Where the remembered stable destinations are kept (one map, by the server's memory keys). */
const STABLES_KEY = 'istioCanary.stableDestinations';

/** Reads the route a CodeLens or code action names; undefined when run from the palette. */
export function readRouteArguments(value: unknown): RouteCommandArguments | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const protocol =
    v.protocol === 'http' || v.protocol === 'tcp' || v.protocol === 'tls' ? v.protocol : undefined;
  const index = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
  const uri = typeof v.uri === 'string' ? v.uri : v.uri instanceof vscode.Uri ? v.uri.toString() : undefined;
  const routeIndex = index(v.routeIndex);
  if (uri === undefined || protocol === undefined || routeIndex === undefined) return undefined;
  const resourceIndex = index(v.resourceIndex);
  return {
    uri,
    protocol,
    routeIndex,
    ...(typeof v.resourceName === 'string' ? { resourceName: v.resourceName } : {}),
    ...(resourceIndex !== undefined ? { resourceIndex } : {}),
  };
}

class CanaryCommands {
  constructor(
    private readonly client: ServerConnection,
    private readonly state: vscode.Memento,
    private readonly output: vscode.OutputChannel,
  ) {}

  stables(): Record<string, string> {
    return { ...(this.state.get<Record<string, string>>(STABLES_KEY) ?? {}) };
  }

  /** Tells the server what is remembered, so its code actions name the right next step. */
  reportStables(): void {
    void this.client
      .sendNotification(StableDestinationsNotification, { stables: this.stables() })
      .catch(() => undefined);
  }

  /** The request for the route the command is about: from its arguments, else the active cursor. */
  private params(kind: CanaryStepParams['action'], argument: unknown): CanaryStepParams | string {
    const route = readRouteArguments(argument);
    const editor = vscode.window.activeTextEditor;
    if (route) {
      const { uri, ...rest } = route;
      return { action: kind, uri, route: rest, stables: this.stables() };
    }
    if (!editor || !isYamlDocument(editor.document))
      return 'Open a VirtualService YAML file and put the cursor on a weighted route.';
    const { line, character } = editor.selection.active;
    return {
      action: kind,
      uri: this.client.code2ProtocolConverter.asUri(editor.document.uri),
      position: { line, character },
      stables: this.stables(),
    };
  }

  async run(kind: CanaryStepParams['action'], argument: unknown): Promise<boolean> {
    const params = this.params(kind, argument);
    if (typeof params === 'string') {
      void vscode.window.showWarningMessage(params);
      return false;
    }
    let document: vscode.TextDocument;
    try {
      // Opened first, so the server plans on the text the editor holds.
      document = await vscode.workspace.openTextDocument(
        this.client.protocol2CodeConverter.asUri(params.uri),
      );
    } catch {
      void vscode.window.showWarningMessage(`Cannot open ${params.uri}.`);
      return false;
    }
    let result: CanaryStepResult | null;
    try {
      result = await this.client.sendRequest(CanaryStepRequest, params);
    } catch (error) {
      this.output.appendLine(`[canary] canaryStep request failed: ${String(error)}`);
      result = null;
    }
    if (!result) {
      void vscode.window.showErrorMessage('The Istio Canary language server could not plan the step.');
      return false;
    }
    if (!result.ok) {
      void vscode.window.showInformationMessage(result.reason);
      return false;
    }
    if (result.version !== null && result.version !== document.version) {
      void vscode.window.showWarningMessage('The file changed while planning; run the command again.');
      return false;
    }
    if (!(await applyEdits(document.uri, result.edits))) {
      void vscode.window.showWarningMessage('The editor refused the weight change.');
      return false;
    }
    // Remember which destination was stable when the rollout started; a rollback ends the rollout.
    const stables = this.stables();
    if (kind === 'promote') stables[result.memoryKey] = result.stableKey;
    else delete stables[result.memoryKey];
    await this.state.update(STABLES_KEY, stables);
    this.reportStables();
    void this.offerApply(document.uri, result.routeStart, result.summary);
    return true;
  }

  /** Offers Apply Canary, which applies the canary around the route's position. */
  private async offerApply(
    uri: vscode.Uri,
    routeStart: { line: number; character: number },
    summary: string,
  ): Promise<void> {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(Commands.applyCanary.id)) {
      void vscode.window.showInformationMessage(summary);
      return;
    }
    const answer = await vscode.window.showInformationMessage(summary, 'Apply Canary');
    if (answer === 'Apply Canary') {
      await vscode.commands.executeCommand(Commands.applyCanary.id, uri.toString(), routeStart);
    }
  }
}

/** Applies the server's edits as one WorkspaceEdit (one undo step). No change is a success. */
async function applyEdits(uri: vscode.Uri, edits: readonly WeightEdit[]): Promise<boolean> {
  if (edits.length === 0) return true;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toVscodeRange(e.range), e.newText);
  return vscode.workspace.applyEdit(edit);
}

export function registerCanaryCommands(context: vscode.ExtensionContext, deps: CanaryDeps): void {
  const commands = new CanaryCommands(deps.client, context.workspaceState, deps.output);
  commands.reportStables();
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.promoteCanary.id, (argument?: unknown) =>
      commands.run('promote', argument),
    ),
    vscode.commands.registerCommand(Commands.rollbackCanary.id, (argument?: unknown) =>
      commands.run('rollback', argument),
    ),
    vscode.commands.registerCommand(Commands.newCanary.id, (answers?: unknown) =>
      newCanary(deps.client, Array.isArray(answers) ? scriptedPrompter(answers) : quickPrompter, deps.output),
    ),
  );
}
