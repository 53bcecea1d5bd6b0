// What the apply commands need from the outside, injected by the extension's composition root
// (extension.ts) and replaced by test doubles in tests: the server connection, the dialogs, a
// kubectl, and the workspace state holding the chosen context and namespaces. Plus the helpers
// every apply command shares: Workspace Trust and failure reports.
import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import { KubectlError, type Kubectl } from '../kube/kubectl';
import { readSetting } from '../settings';
import type { PromptPort } from './prompts';

export interface ApplyDeps {
  client: ServerConnection;
  output: vscode.OutputChannel;
  /** The dialogs of the next command (the e2e suite scripts them). */
  prompts: () => PromptPort;
  /** A kubectl for the next command, built then so a changed setting or KUBECONFIG applies at once. */
  kubectl: () => Kubectl;
  /** Where the chosen context and namespaces are kept (the workspace state). */
  state: vscode.Memento;
  /** Told after an apply changed the cluster of `context` (the cluster snapshot reads it again). */
  onApplied?: (context: string) => void;
  /** Told after Select Kube Context chose a context. */
  onContextSelected?: () => void;
}

/** The kubectl settings, with the protocol's defaults. */
export function kubectlSettings(): {
  kubectlPath: string;
  timeoutSeconds: number;
  protectedContexts: string[];
} {
  return {
    kubectlPath: readSetting('kubectlPath') || 'kubectl',
    timeoutSeconds: Math.max(1, readSetting('kubectlTimeoutSeconds')),
    protectedContexts: [...readSetting('protectedContexts')],
  };
}

export function log(deps: ApplyDeps, text: string): void {
  deps.output.appendLine(text);
}

/** Refuses (and says how to trust) in an untrusted workspace. */
export async function requireTrust(deps: ApplyDeps): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const choice = await deps
    .prompts()
    .showResult(
      'error',
      'Istio Canary runs kubectl only in a trusted workspace. Trust this workspace to apply or diff.',
      ['Manage Workspace Trust'],
    );
  if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}

/**
 * The document a cluster command works on: `uri`, else the active editor's. Undefined, after
 * saying why, in an untrusted workspace or when there is none (`missing` says what to open).
 */
export async function commandDocument(
  deps: ApplyDeps,
  uri: vscode.Uri | undefined,
  missing: string,
): Promise<vscode.Uri | undefined> {
  if (!(await requireTrust(deps))) return undefined;
  const documentUri = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!documentUri) await deps.prompts().showResult('error', missing);
  return documentUri;
}

export async function reportFailure(deps: ApplyDeps, error: unknown, what: string): Promise<void> {
  const message =
    error instanceof KubectlError
      ? error.message
      : `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
  log(deps, `${what} failed: ${message}`);
  if ((await deps.prompts().showResult('error', message, ['Show Output'])) === 'Show Output') {
    deps.output.show(true);
  }
}

/** A command's URI argument: a Uri from a menu, or a string from a server-made command. */
export function readUriArgument(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value !== 'string') return undefined;
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}

/** A command's position argument: a Position, or `{ line, character }` from a server-made command. */
export function readPositionArgument(value: unknown): vscode.Position | undefined {
  if (value instanceof vscode.Position) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const { line, character } = value as { line?: unknown; character?: unknown };
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  return ok(line) && ok(character) ? new vscode.Position(line, character) : undefined;
}
