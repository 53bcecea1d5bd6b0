// The resources an apply or diff takes: which ones the language server says
// (istioCanary/canaryResources), with their text from the documents as edited, saved or not.
import * as vscode from 'vscode';
import {
  CanaryResourcesRequest,
  type CanaryResourceRef,
  type CanaryResourcesParams,
  type CanaryResourcesResult,
} from '../../../protocol/src/protocol';
import type { PlanResource } from './applyPlan';
import type { ApplyDeps } from './deps';

export interface CollectedResources {
  resources: PlanResource[];
  errors: CanaryResourcesResult['errors'];
}

export async function collectResources(
  deps: ApplyDeps,
  uri: vscode.Uri,
  position: vscode.Position | undefined,
): Promise<CollectedResources | undefined> {
  const params: CanaryResourcesParams = {
    uri: deps.client.code2ProtocolConverter.asUri(uri),
    ...(position ? { position: { line: position.line, character: position.character } } : {}),
  };
  const result = await deps.client.sendRequest(CanaryResourcesRequest, params);
  if (!result) return undefined;
  const resources = await Promise.all(result.resources.map((ref) => resourceText(deps, ref)));
  return { resources, errors: result.errors };
}

async function resourceText(deps: ApplyDeps, ref: CanaryResourceRef): Promise<PlanResource> {
  const document = await vscode.workspace.openTextDocument(deps.client.protocol2CodeConverter.asUri(ref.uri));
  const range = new vscode.Range(
    ref.range.start.line,
    ref.range.start.character,
    ref.range.end.line,
    ref.range.end.character,
  );
  return {
    uri: ref.uri,
    kind: ref.kind,
    apiVersion: ref.apiVersion,
    name: ref.name,
    ...(ref.namespace ? { namespace: ref.namespace } : {}),
    text: document.getText(range),
  };
}
