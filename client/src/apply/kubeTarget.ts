// Which cluster the apply commands talk to: the selected kube context (else kubeconfig's current
// one) and the namespace chosen for it, the Select Kube Context / Select Namespace commands, and
// the status bar item that shows both.
import * as vscode from 'vscode';
import { Commands } from '../../../protocol/src/commands';
import type { KubeContext, Kubectl } from '../kube/kubectl';
import { type ApplyDeps, log, reportFailure, requireTrust } from './deps';

const contextKey = 'istioCanary.kubeContext';
const namespacesKey = 'istioCanary.kubeNamespaces';

export interface ClusterTarget {
  context: KubeContext;
  namespace: string;
}

export class KubeTarget {
  constructor(private readonly deps: ApplyDeps) {}

  /** The selected context and its namespace; with `report`, says what is wrong when there is none. */
  async resolve(runner: Kubectl, report: boolean): Promise<ClusterTarget | undefined> {
    const view = await runner.config();
    const chosen = this.deps.state.get<string>(contextKey);
    const name = chosen && view.contexts.some((c) => c.name === chosen) ? chosen : view.currentContext;
    const found = view.contexts.find((c) => c.name === name);
    if (!name || !found) {
      if (report) {
        const message = name
          ? `The current kube context "${name}" is not defined in your kubeconfig. Select a context.`
          : 'There is no current kube context (your kubeconfig sets no current-context). Select a context.';
        const choice = await this.deps.prompts().showResult('error', message, ['Select Kube Context']);
        if (choice === 'Select Kube Context')
          await vscode.commands.executeCommand(Commands.selectKubeContext.id);
      }
      return undefined;
    }
    const namespaces = this.deps.state.get<Record<string, string>>(namespacesKey) ?? {};
    return { context: found, namespace: namespaces[found.name] ?? found.namespace ?? 'default' };
  }

  /** Select Kube Context; resolves true when a context was chosen. */
  async selectContext(): Promise<boolean> {
    if (!(await requireTrust(this.deps))) return false;
    try {
      const view = await this.deps.kubectl().config();
      if (view.contexts.length === 0) {
        await this.deps
          .prompts()
          .showResult('error', 'Your kubeconfig defines no contexts (check KUBECONFIG or ~/.kube/config).');
        return false;
      }
      const current = this.deps.state.get<string>(contextKey) ?? view.currentContext;
      const picked = await this.deps.prompts().pickContext(view.contexts, current);
      if (picked === undefined) return false;
      await this.deps.state.update(contextKey, picked);
      log(this.deps, `Kube context for Istio Canary: ${picked}`);
      return true;
    } catch (error) {
      await reportFailure(this.deps, error, 'Select Kube Context');
      return false;
    }
  }

  /** Select Namespace (for the current context); resolves true when one was chosen. */
  async selectNamespace(): Promise<boolean> {
    if (!(await requireTrust(this.deps))) return false;
    const runner = this.deps.kubectl();
    try {
      const target = await this.resolve(runner, true);
      if (!target) return false;
      const namespaces = await runner.namespaces(target.context.name).catch((error: unknown) => {
        log(
          this.deps,
          `Could not list namespaces: ${error instanceof Error ? error.message : String(error)}`,
        );
        return [] as string[];
      });
      const picked = await this.deps.prompts().pickNamespace(namespaces, target.namespace);
      if (!picked) return false;
      await this.deps.state.update(namespacesKey, {
        ...(this.deps.state.get<Record<string, string>>(namespacesKey) ?? {}),
        [target.context.name]: picked,
      });
      log(this.deps, `Namespace for context ${target.context.name}: ${picked}`);
      return true;
    } catch (error) {
      await reportFailure(this.deps, error, 'Select Namespace');
      return false;
    }
  }
}

/** The status bar item naming the target; shown for YAML editors in a trusted workspace. */
export class KubeStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'istioCanary.kubeContext',
    vscode.StatusBarAlignment.Left,
    10,
  );

  constructor(
    private readonly deps: ApplyDeps,
    private readonly target: KubeTarget,
  ) {
    this.item.name = 'Istio Canary: Kube Context';
    this.item.command = Commands.selectKubeContext.id;
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!vscode.workspace.isTrusted || !editor || !/yaml/.test(editor.document.languageId)) {
      this.item.hide();
      return;
    }
    try {
      const target = await this.target.resolve(this.deps.kubectl(), false);
      this.item.text = target
        ? `$(cloud) ${target.context.name} / ${target.namespace}`
        : '$(cloud) no kube context';
      this.item.tooltip = target
        ? `Istio Canary applies to context ${target.context.name} (cluster ${target.context.cluster}), namespace ${target.namespace}. Click to change.`
        : 'Istio Canary: no kube context. Click to select one.';
    } catch (error) {
      this.item.text = '$(cloud) kube: unavailable';
      this.item.tooltip = error instanceof Error ? error.message : String(error);
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
