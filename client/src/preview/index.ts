// Entry of the traffic-split preview: registers the command that opens the panel beside the
// editor. Owns the panel host, its debounce and messaging; the webview's browser code lives in
// webview/ and is bundled separately (dist/webview/preview.js). Imports nothing from server/.

import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import { Commands } from '../../../protocol/src/commands';
import { type DestinationAddress } from '../../../protocol/src/webviewProtocol';
import { createSplitSource } from './splitRequest';
import { createOverlaySource } from './overlayRequest';
import { type PreviewState, TrafficSplitPanel } from './trafficSplitPanel';

export interface PreviewDeps {
  client: ServerConnection;
  output: vscode.OutputChannel;
}

export const PREVIEW_COMMAND = Commands.previewTrafficSplit.id;

/** Arguments the CodeLens passes: `{ uri }` (a string or a Uri). The editor-title button passes a Uri. */
function readUri(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  if (typeof argument === 'object' && argument !== null && 'uri' in argument) {
    const uri: unknown = argument.uri;
    if (uri instanceof vscode.Uri) return uri;
    if (typeof uri === 'string') {
      try {
        return vscode.Uri.parse(uri, true);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function registerPreviewFeature(
  context: vscode.ExtensionContext,
  deps: PreviewDeps,
): TrafficSplitPanel {
  const panel = new TrafficSplitPanel(
    context.extensionUri,
    createSplitSource(deps.client),
    deps.output,
    createOverlaySource(deps.client),
  );
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(PREVIEW_COMMAND, (argument?: unknown) => panel.open(readUri(argument))),
  );
  // Hooks for the end-to-end suite, registered only when VS Code runs the extension's tests, so
  // the shipped extension does not carry commands nobody can use.
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(
      vscode.commands.registerCommand('istioCanary.preview._state', (): PreviewState => panel.state()),
      vscode.commands.registerCommand('istioCanary.preview._whenRendered', () => panel.whenRendered()),
      vscode.commands.registerCommand(
        'istioCanary.preview._simulateWeightInput',
        (address: DestinationAddress, weight: number) => panel.simulateWeightInput(address, weight),
      ),
    );
  }
  return panel;
}
