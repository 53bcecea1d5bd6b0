// Asks the language server to render a kustomization's folder and split the result (request
// `istioCanary/renderOverlay`). Only the panel calls it, and only in a trusted workspace: the
// server runs `kubectl kustomize` (the `kubectlPath` setting) when asked.
import type * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import { RenderOverlayRequest } from '../../../protocol/src/overlay';
import { readSetting } from '../settings';
import type { OverlaySource } from './trafficSplitPanel';

export function createOverlaySource(client: ServerConnection): OverlaySource {
  return (document: vscode.TextDocument) =>
    client.sendRequest(RenderOverlayRequest, {
      uri: client.code2ProtocolConverter.asUri(document.uri),
      kubectlPath: readSetting('kubectlPath') || 'kubectl',
    });
}
