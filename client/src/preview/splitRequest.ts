// Asks the language server for the traffic split of one document (request
// `istioCanary/trafficSplit`). Shared by the preview panel and the promote / roll back commands.

import type * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import {
  TrafficSplitRequest,
  type TrafficSplitParams,
  type TrafficSplitResult,
} from '../../../protocol/src/protocol';

export type SplitSource = (document: vscode.TextDocument) => Promise<TrafficSplitResult>;

/** Builds a split source over a running language client. Rejects when the request fails. */
export function createSplitSource(client: ServerConnection): SplitSource {
  return async (document) => {
    const params: TrafficSplitParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
    const result = await client.sendRequest(TrafficSplitRequest, params);
    return result ?? { uri: params.uri, version: document.version, resources: [] };
  };
}

/** Whether the preview and the canary commands apply to this document. */
export function isYamlDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'yaml' || /\.ya?ml$/i.test(document.uri.path);
}
