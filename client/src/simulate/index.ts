// Entry of the Simulate Request command: asks for a request (host, gateway, method, URI,
// headers, query; or a gRPC service and method), sends istioCanary/simulate to the language server and shows the answer as a
// Markdown preview plus a summary. Imports nothing from server/; the server does the matching.
import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import {
  SimulateRequest,
  type SimulateParams,
  type SimulateResult,
  type SimulatedRequest,
} from '../../../protocol/src/protocol';
import { Commands } from '../../../protocol/src/commands';
import { formatKeyValueList, parseKeyValueList, readRequestArgument } from './inputs';

export interface SimulateDeps {
  client: ServerConnection;
  output: vscode.OutputChannel;
}

export const SIMULATE_COMMAND = Commands.simulateRequest.id;
const lastRequestKey = 'istioCanary.simulate.lastRequest';
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const GRPC_CALL = 'gRPC call (GRPCRoutes)…';
const ANY_PARENT = 'any parent';

export function registerSimulateCommand(context: vscode.ExtensionContext, deps: SimulateDeps): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SIMULATE_COMMAND, async (argument?: unknown) => {
      const given = readRequestArgument(argument);
      const request =
        given ?? (await askForRequest(context.workspaceState.get<SimulatedRequest>(lastRequestKey)));
      if (!request) return undefined;
      if (!given) await context.workspaceState.update(lastRequestKey, request);
      return simulate(request, deps, { show: !given || (argument as { show?: unknown }).show === true });
    }),
  );
}

/**
 * Runs the simulation and shows it. A request passed as an argument (as the end-to-end tests do)
 * returns the result without opening a preview unless it asks for `show: true`.
 */
async function simulate(
  request: SimulatedRequest,
  deps: SimulateDeps,
  options: { show: boolean },
): Promise<SimulateResult | undefined> {
  const params: SimulateParams = { request };
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  if (active) params.uri = active;
  let answer: SimulateResult | null;
  try {
    answer = await deps.client.sendRequest(SimulateRequest, params);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.output.appendLine(`[simulate] request failed: ${message}`);
    void vscode.window.showErrorMessage(`Istio Canary: the simulation failed: ${message}`);
    return undefined;
  }
  if (!answer) {
    // The server answers null when the simulation itself failed (its log says why).
    deps.output.appendLine('[simulate] the server could not simulate the request');
    void vscode.window.showErrorMessage(
      'Istio Canary: the simulation failed; see the "Istio Canary" output.',
    );
    return undefined;
  }
  deps.output.appendLine(`[simulate] ${answer.result.summary}`);
  if (!options.show) return answer;
  const document = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: answer.markdown,
  });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  } catch {
    // The built-in Markdown extension may be disabled; the Markdown source is readable too.
    await vscode.window.showTextDocument(document, { preview: true });
  }
  const show = answer.result.matched
    ? vscode.window.showInformationMessage
    : vscode.window.showWarningMessage;
  void show(`Istio Canary: ${answer.result.summary}`);
  return answer;
}

/** Asks for each part of the request in turn; undefined when the user cancels any step. */
async function askForRequest(last: SimulatedRequest | undefined): Promise<SimulatedRequest | undefined> {
  const title = 'Istio Canary: Simulate Request';
  const host = await vscode.window.showInputBox({
    title,
    prompt:
      'Host (Host header) of the request, e.g. reviews, reviews.default.svc.cluster.local or bookinfo.com:80',
    value: last?.host ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'A host is required.' : undefined),
  });
  if (host === undefined) return undefined;

  const gatewayItems: vscode.QuickPickItem[] = [
    { label: 'mesh', description: 'a sidecar calls the service inside the mesh' },
    { label: ANY_PARENT, description: 'Gateway API routes: every route, whatever its parents' },
    ...(last?.gateway && last.gateway !== 'mesh' ? [{ label: last.gateway, description: 'last used' }] : []),
    { label: 'Other gateway…', description: 'name or namespace/name of a Gateway' },
  ];
  const gatewayPick = await vscode.window.showQuickPick(gatewayItems, {
    title,
    placeHolder: 'Where does the request enter?',
    ignoreFocusOut: true,
  });
  if (!gatewayPick) return undefined;
  let gateway: string | undefined = gatewayPick.label === ANY_PARENT ? undefined : gatewayPick.label;
  if (gatewayPick === gatewayItems[gatewayItems.length - 1]) {
    const typed = await vscode.window.showInputBox({
      title,
      prompt: 'Gateway as name (any namespace) or namespace/name, e.g. istio-system/public-gateway',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? 'A gateway name is required.' : undefined),
    });
    if (typed === undefined) return undefined;
    gateway = typed.trim();
  }

  const method = await vscode.window.showQuickPick([...methods, GRPC_CALL], {
    title,
    placeHolder: 'HTTP method, or a gRPC call',
    ignoreFocusOut: true,
  });
  if (!method) return undefined;
  if (method === GRPC_CALL) {
    const call = await vscode.window.showInputBox({
      title,
      prompt: 'gRPC service and method as service/method, e.g. shop.Cart/AddItem',
      value: last?.grpcService ? `${last.grpcService}/${last.grpcMethod ?? ''}` : '',
      ignoreFocusOut: true,
      validateInput: (value) =>
        /^[^/\s]+\/[^/\s]+$/.test(value.trim()) ? undefined : 'Write service/method, e.g. shop.Cart/AddItem.',
    });
    if (call === undefined) return undefined;
    const [grpcService = '', grpcMethod = ''] = call.trim().split('/');
    const headers = await askForPairs(
      title,
      'Metadata (headers) as name=value, comma separated (optional)',
      last?.headers,
    );
    if (!headers) return undefined;
    return { host: host.trim(), ...(gateway ? { gateway } : {}), grpcService, grpcMethod, headers };
  }

  const uri = await vscode.window.showInputBox({
    title,
    prompt: 'Path, optionally with a query string, e.g. /reviews/1?page=2',
    value: last?.uri ?? '/',
    ignoreFocusOut: true,
  });
  if (uri === undefined) return undefined;

  const headers = await askForPairs(
    title,
    'Headers as name=value, comma separated (optional), e.g. end-user=jason',
    last?.headers,
  );
  if (!headers) return undefined;
  const query = await askForPairs(
    title,
    'Query parameters as name=value, comma separated (optional)',
    last?.query,
  );
  if (!query) return undefined;

  return {
    host: host.trim(),
    ...(gateway ? { gateway } : {}),
    method,
    uri: uri.trim() || '/',
    headers,
    query,
  };
}

async function askForPairs(
  title: string,
  prompt: string,
  last: Record<string, string> | undefined,
): Promise<Record<string, string> | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt,
    value: formatKeyValueList(last),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const parsed = parseKeyValueList(value);
      return 'error' in parsed ? parsed.error : undefined;
    },
  });
  if (text === undefined) return undefined;
  const parsed = parseKeyValueList(text);
  return 'pairs' in parsed ? parsed.pairs : undefined;
}
