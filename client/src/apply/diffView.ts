// Diff Against Cluster: `kubectl diff` of the file's resources, shown in VS Code's diff editor
// (live on the left, after apply on the right) through a read-only content provider.
import * as vscode from 'vscode';
import { planApply } from './applyPlan';
import { type ApplyDeps, commandDocument, kubectlSettings, reportFailure } from './deps';
import type { KubeTarget } from './kubeTarget';
import { collectResources } from './resources';

export const DIFF_SCHEME = 'istio-canary-diff';

export class DiffView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly deps: ApplyDeps,
    private readonly target: KubeTarget,
  ) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async diff(uri: vscode.Uri | undefined): Promise<void> {
    const prompts = this.deps.prompts();
    const documentUri = await commandDocument(
      this.deps,
      uri,
      'Open a YAML file to diff against the cluster.',
    );
    if (!documentUri) return;
    const runner = this.deps.kubectl();
    try {
      const collected = await collectResources(this.deps, documentUri, undefined);
      if (!collected || collected.resources.length === 0) {
        await prompts.showResult('warning', 'This file holds no Kubernetes resources to diff.');
        return;
      }
      const target = await this.target.resolve(runner, true);
      if (!target) return;
      const plan = planApply({
        resources: collected.resources,
        context: target.context.name,
        namespace: target.namespace,
        requestTimeoutSeconds: kubectlSettings().timeoutSeconds,
      });
      const files = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Istio Canary: kubectl diff on ${plan.context}`,
        },
        async () =>
          (await Promise.all(plan.steps.map((step) => runner.diff(step.resource.text, step.target)))).flat(),
      );
      const changed = files.filter((f) => f.live !== f.merged);
      if (changed.length === 0) {
        await prompts.showResult(
          'info',
          `No differences: the cluster of context "${plan.context}" already holds these ${plan.steps.length} resource(s) as written.`,
        );
        return;
      }
      const name = documentUri.path.split('/').pop() ?? 'manifest';
      const stamp = String(Date.now());
      const side = (which: string) =>
        vscode.Uri.from({ scheme: DIFF_SCHEME, path: `/${plan.context}/${which}/${name}`, query: stamp });
      const left = side('live');
      const right = side('merged');
      this.contents.set(left.toString(), changed.map((f) => `# ${f.name}\n${f.live}`).join('---\n'));
      this.contents.set(right.toString(), changed.map((f) => `# ${f.name}\n${f.merged}`).join('---\n'));
      this.changed.fire(left);
      this.changed.fire(right);
      await vscode.commands.executeCommand(
        'vscode.diff',
        left,
        right,
        `${name}: cluster (${plan.context}) ↔ after apply`,
      );
    } catch (error) {
      await reportFailure(this.deps, error, 'Diff');
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
