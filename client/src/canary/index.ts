// Entry of the canary commands: Promote Canary, Roll Back Canary (commands and code actions) and
// the New Canary wizard. The arithmetic and planning are pure (weights.ts, promotion.ts,
// manifests.ts, wizardFlow.ts); this file only talks to VS Code. Imports nothing from server/.

import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import { type RouteProtocol } from '../../../protocol/src/protocol';
import { createSplitSource, isYamlDocument, type SplitSource } from '../preview/splitRequest';
import { newCanary, quickPrompter } from './newCanary';
import { type PlanResult, planPromotion, planRollback } from './promotion';
import { type FoundRoute, findRoute, findRouteAt } from './routeLookup';
import { applyRouteWeights } from './weightEdit';
import { DEFAULT_PROMOTION_STEPS, normalizePromotionSteps, type StableChoice } from './weights';
import { scriptedPrompter } from './wizardFlow';

export interface CanaryDeps {
  client: ServerConnection;
  output: vscode.OutputChannel;
}

export const PROMOTE_COMMAND = 'istioCanary.promoteCanary';
export const ROLLBACK_COMMAND = 'istioCanary.rollbackCanary';
export const NEW_CANARY_COMMAND = 'istioCanary.newCanary';
const APPLY_COMMAND = 'istioCanary.applyCanary';

/** Arguments from the CodeLens and code actions; all optional when run from the palette. */
interface RouteArguments {
  uri?: string;
  protocol?: RouteProtocol;
  routeIndex?: number;
  resourceIndex?: number;
  resourceName?: string;
}

function readRouteArguments(value: unknown): RouteArguments {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Record<string, unknown>;
  const protocol =
    v.protocol === 'http' || v.protocol === 'tcp' || v.protocol === 'tls' ? v.protocol : undefined;
  const index = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
  const uri = typeof v.uri === 'string' ? v.uri : v.uri instanceof vscode.Uri ? v.uri.toString() : undefined;
  const name =
    typeof v.resourceName === 'string' ? v.resourceName : typeof v.name === 'string' ? v.name : undefined;
  return {
    uri,
    protocol,
    routeIndex: index(v.routeIndex),
    resourceIndex: index(v.resourceIndex),
    resourceName: name,
  };
}

function settings(): { steps: number[]; configuredStable: string | undefined } {
  const config = vscode.workspace.getConfiguration('istioCanary');
  const steps = config.get<unknown>('promotionSteps');
  const stable = config.get<unknown>('stableDestination');
  return {
    steps: normalizePromotionSteps(Array.isArray(steps) ? steps : DEFAULT_PROMOTION_STEPS),
    configuredStable: typeof stable === 'string' && stable.trim() !== '' ? stable.trim() : undefined,
  };
}

class CanaryCommands {
  constructor(
    private readonly source: SplitSource,
    private readonly state: vscode.Memento,
    private readonly output: vscode.OutputChannel,
  ) {}

  private memoryKey(document: vscode.TextDocument, found: FoundRoute): string {
    const { resource, route } = found;
    return `istioCanary.stable:${document.uri.toString()}#${resource.namespace}/${resource.name}#${route.protocol}[${route.index}]`;
  }

  /** Finds the route the command is about: from its arguments, else under the active cursor. */
  async locate(
    argument: unknown,
  ): Promise<{ document: vscode.TextDocument; found: FoundRoute; version: number } | string> {
    const args = readRouteArguments(argument);
    const editor = vscode.window.activeTextEditor;
    let document: vscode.TextDocument | undefined;
    if (args.uri) {
      try {
        document = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri, true));
      } catch {
        return `Cannot open ${args.uri}.`;
      }
    } else if (editor && isYamlDocument(editor.document)) {
      document = editor.document;
    }
    if (!document) return 'Open a VirtualService YAML file and put the cursor on a weighted route.';
    const result = await this.source(document);
    const cursor =
      editor && editor.document === document
        ? { line: editor.selection.active.line, character: editor.selection.active.character }
        : undefined;
    const found =
      args.protocol !== undefined && args.routeIndex !== undefined
        ? findRoute(result.resources, {
            protocol: args.protocol,
            routeIndex: args.routeIndex,
            resourceIndex: args.resourceIndex,
            resourceName: args.resourceName,
            position: cursor,
          })
        : cursor
          ? findRouteAt(result.resources, cursor)
          : undefined;
    if (!found) return 'No route of a VirtualService here: put the cursor on a weighted route.';
    return { document, found, version: result.version ?? document.version };
  }

  choice(document: vscode.TextDocument, found: FoundRoute): StableChoice {
    const { configuredStable } = settings();
    return {
      configured: configuredStable,
      remembered: this.state.get<string>(this.memoryKey(document, found)),
    };
  }

  async run(kind: 'promote' | 'rollback', argument: unknown): Promise<boolean> {
    let located;
    try {
      located = await this.locate(argument);
    } catch (error) {
      this.output.appendLine(`[canary] trafficSplit request failed: ${String(error)}`);
      void vscode.window.showErrorMessage(
        'The Istio Canary language server could not compute the traffic split.',
      );
      return false;
    }
    if (typeof located === 'string') {
      void vscode.window.showWarningMessage(located);
      return false;
    }
    const { document, found, version } = located;
    if (version !== document.version) {
      void vscode.window.showWarningMessage('The file changed while planning; run the command again.');
      return false;
    }
    const choice = this.choice(document, found);
    const result: PlanResult =
      kind === 'promote'
        ? planPromotion(found.route, settings().steps, choice)
        : planRollback(found.route, choice);
    if (!result.ok) {
      void vscode.window.showInformationMessage(result.reason);
      return false;
    }
    const applied = await applyRouteWeights(document, found.route, result.plan.weights);
    if (!applied) {
      void vscode.window.showWarningMessage('The editor refused the weight change.');
      return false;
    }
    // Remember which destination was stable when the rollout started; a rollback ends the rollout.
    await this.state.update(
      this.memoryKey(document, found),
      kind === 'promote' ? result.plan.stableKey : undefined,
    );
    void this.offerApply(document, found.route.range.start, result.plan.summary);
    return true;
  }

  /** Offers Apply Canary, which takes (uri, position) and applies the canary around that position. */
  private async offerApply(
    document: vscode.TextDocument,
    routeStart: { line: number; character: number },
    summary: string,
  ): Promise<void> {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(APPLY_COMMAND)) {
      void vscode.window.showInformationMessage(summary);
      return;
    }
    const answer = await vscode.window.showInformationMessage(summary, 'Apply Canary');
    if (answer === 'Apply Canary') {
      const position = new vscode.Position(routeStart.line, routeStart.character);
      await vscode.commands.executeCommand(APPLY_COMMAND, document.uri, position);
    }
  }

  /** Code actions on a weighted route: promote to the next step and roll back. */
  async codeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    let result;
    try {
      result = await this.source(document);
    } catch {
      return [];
    }
    const found = findRouteAt(result.resources, { line: range.start.line, character: range.start.character });
    if (!found || found.route.destinations.length < 2) return [];
    const choice = this.choice(document, found);
    const args = {
      uri: document.uri.toString(),
      protocol: found.route.protocol,
      routeIndex: found.route.index,
      resourceIndex: found.resourceIndex,
      resourceName: found.resource.name,
    };
    const actions: vscode.CodeAction[] = [];
    const promotion = planPromotion(found.route, settings().steps, choice);
    if (promotion.ok) {
      const canary = promotion.plan.weights[promotion.plan.canaryIndex] ?? 0;
      const action = new vscode.CodeAction(
        `Promote canary to ${canary} %`,
        vscode.CodeActionKind.RefactorRewrite,
      );
      action.command = { command: PROMOTE_COMMAND, title: action.title, arguments: [args] };
      actions.push(action);
    }
    const rollback = planRollback(found.route, choice);
    if (rollback.ok) {
      const action = new vscode.CodeAction(
        'Roll back canary (100 % to stable)',
        vscode.CodeActionKind.RefactorRewrite,
      );
      action.command = { command: ROLLBACK_COMMAND, title: action.title, arguments: [args] };
      actions.push(action);
    }
    return actions;
  }
}

export function registerCanaryCommands(context: vscode.ExtensionContext, deps: CanaryDeps): void {
  const commands = new CanaryCommands(createSplitSource(deps.client), context.workspaceState, deps.output);
  context.subscriptions.push(
    vscode.commands.registerCommand(PROMOTE_COMMAND, (argument?: unknown) =>
      commands.run('promote', argument),
    ),
    vscode.commands.registerCommand(ROLLBACK_COMMAND, (argument?: unknown) =>
      commands.run('rollback', argument),
    ),
    vscode.commands.registerCommand(NEW_CANARY_COMMAND, (answers?: unknown) =>
      newCanary(deps.client, Array.isArray(answers) ? scriptedPrompter(answers) : quickPrompter, deps.output),
    ),
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'yaml' }],
      { provideCodeActions: (document, range) => commands.codeActions(document, range) },
      { providedCodeActionKinds: [vscode.CodeActionKind.RefactorRewrite] },
    ),
  );
}
