// The questions the apply commands ask the user, behind a small port so the end-to-end tests can
// answer them (the confirmation is answered, never skipped). The VS Code implementation uses
// modal dialogs, an input box for typed confirmation and quick picks.
import * as vscode from 'vscode';
import { type KubeContext } from '../kube/kubectl';

export type ResultKind = 'info' | 'warning' | 'error';

export interface PromptPort {
  /** A modal yes/no naming what will happen; resolves true only on an explicit "Apply". */
  confirm(message: string, detail: string): Promise<boolean>;
  /** For protected contexts: the user must type `expected` (the context name) to go on. */
  typeToConfirm(message: string, detail: string, expected: string): Promise<boolean>;
  pickContext(contexts: KubeContext[], current: string | undefined): Promise<string | undefined>;
  /** `namespaces` may be empty when the cluster cannot list them; the user can type one then. */
  pickNamespace(namespaces: string[], current: string): Promise<string | undefined>;
  /** Shows a result or refusal; resolves with the action the user chose, if any. */
  showResult(kind: ResultKind, message: string, actions?: string[]): Promise<string | undefined>;
}

export class VscodePrompts implements PromptPort {
  async confirm(message: string, detail: string): Promise<boolean> {
    const choice = await vscode.window.showWarningMessage(message, { modal: true, detail }, 'Apply');
    return choice === 'Apply';
  }

  async typeToConfirm(message: string, detail: string, expected: string): Promise<boolean> {
    const typed = await vscode.window.showInputBox({
      title: message,
      prompt:
        `${detail.split('\n\n').pop() ?? ''}\n\nThis context is protected. Type "${expected}" to apply.`.replace(
          /\n/g,
          ' · ',
        ),
      placeHolder: expected,
      ignoreFocusOut: true,
      validateInput: (value) =>
        value === '' || value === expected ? undefined : `Type the context name "${expected}" exactly.`,
    });
    return typed === expected;
  }

  async pickContext(contexts: KubeContext[], current: string | undefined): Promise<string | undefined> {
    const items = contexts.map((c) => ({
      label: c.name,
      description: [c.name === current ? '(current)' : '', c.namespace ? `namespace ${c.namespace}` : '']
        .filter(Boolean)
        .join(' '),
      detail: `cluster ${c.cluster}${c.server ? ` · ${c.server}` : ''}`,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Istio Canary: Select Kube Context',
      placeHolder: 'The context that apply and diff use',
    });
    return picked?.label;
  }

  async pickNamespace(namespaces: string[], current: string): Promise<string | undefined> {
    if (namespaces.length === 0) {
      return vscode.window.showInputBox({
        title: 'Istio Canary: Select Namespace',
        value: current,
        prompt: 'The cluster did not list its namespaces; type one.',
      });
    }
    const picked = await vscode.window.showQuickPick(
      namespaces.map((n) => ({ label: n, description: n === current ? '(selected)' : '' })),
      { title: 'Istio Canary: Select Namespace', placeHolder: 'For resources that do not name a namespace' },
    );
    return picked?.label;
  }

  async showResult(kind: ResultKind, message: string, actions: string[] = []): Promise<string | undefined> {
    const show =
      kind === 'error'
        ? vscode.window.showErrorMessage
        : kind === 'warning'
          ? vscode.window.showWarningMessage
          : vscode.window.showInformationMessage;
    return show(message, ...actions);
  }
}
