// Apply Current File and Apply Canary: refuse on errors, server dry run, modal confirmation
// (typed for protected contexts), apply one resource at a time, report exactly what was applied.
import * as vscode from 'vscode';
import type { CanaryResourcesResult } from '../../../protocol/src/protocol';
import { isProtectedContext, KubectlError, type Kubectl } from '../kube/kubectl';
import {
  changeOf,
  confirmationText,
  planApply,
  resultSummary,
  type ApplyPlan,
  type DryRunOutcome,
  type StepResult,
} from './applyPlan';
import { type ApplyDeps, commandDocument, kubectlSettings, log, reportFailure } from './deps';
import type { KubeTarget } from './kubeTarget';
import { collectResources } from './resources';

/** Failures that would repeat for every step: the cluster itself is out of reach. */
const CLUSTER_WIDE = ['kubectl-not-found', 'unreachable', 'no-context', 'unauthorized'];

export class ApplyFlow {
  constructor(
    private readonly deps: ApplyDeps,
    private readonly target: KubeTarget,
  ) {}

  /**
   * Applies the canary at `position` (the VirtualService there with what it references), or
   * with `whole` every resource of the file.
   */
  async apply(
    uri: vscode.Uri | undefined,
    position: vscode.Position | undefined,
    whole: boolean,
  ): Promise<void> {
    const prompts = this.deps.prompts();
    const documentUri = await commandDocument(
      this.deps,
      uri,
      'Open a YAML file with the resources to apply.',
    );
    if (!documentUri) return;
    const editor = vscode.window.activeTextEditor;
    const cursor = whole
      ? undefined
      : (position ??
        (editor?.document.uri.toString() === documentUri.toString() ? editor.selection.active : undefined));
    const runner = this.deps.kubectl();
    const { protectedContexts, timeoutSeconds } = kubectlSettings();
    try {
      const collected = await collectResources(this.deps, documentUri, cursor);
      if (!collected || collected.resources.length === 0) {
        await prompts.showResult(
          'warning',
          whole
            ? 'This file holds no Kubernetes resources to apply.'
            : 'There is no VirtualService at the cursor to apply.',
        );
        return;
      }
      if (await this.refuseOnErrors(collected.errors)) return;
      const target = await this.target.resolve(runner, true);
      if (!target) return;
      const plan = planApply({
        resources: collected.resources,
        context: target.context.name,
        namespace: target.namespace,
        requestTimeoutSeconds: timeoutSeconds,
      });
      if (plan.problems.length > 0) {
        await prompts.showResult('error', `Not applied: ${plan.problems.join(' ')}`);
        return;
      }
      log(
        this.deps,
        `Apply plan for context ${plan.context}, namespace ${plan.namespace}: ${plan.steps.map((s) => s.label).join(', ')}`,
      );
      const outcomes = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Istio Canary: dry run on ${plan.context}` },
        () => dryRun(runner, plan),
      );
      const failed = outcomes
        .map((o, i) => (o.ok ? undefined : `${plan.steps[i]?.label}: ${o.message}`))
        .filter((x): x is string => x !== undefined);
      if (failed.length > 0) {
        const message = `Not applied: the server dry run on context "${plan.context}" failed. ${failed.join(' ')}`;
        log(this.deps, message);
        if ((await prompts.showResult('error', message, ['Show Output'])) === 'Show Output') {
          this.deps.output.show(true);
        }
        return;
      }
      const text = confirmationText(
        plan,
        {
          context: target.context.name,
          cluster: target.context.cluster,
          ...(target.context.server ? { server: target.context.server } : {}),
        },
        outcomes,
      );
      const confirmed = isProtectedContext(plan.context, protectedContexts)
        ? await prompts.typeToConfirm(text.message, text.detail, plan.context)
        : await prompts.confirm(text.message, text.detail);
      if (!confirmed) {
        log(this.deps, 'Apply cancelled by the user; nothing was applied.');
        return;
      }
      const results = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Istio Canary: applying to ${plan.context}`,
        },
        (progress) => applySteps(runner, plan, outcomes, progress),
      );
      const summary = resultSummary(plan, results);
      log(this.deps, summary.message);
      this.deps.onApplied?.(plan.context);
      const choice = await prompts.showResult(
        summary.ok ? 'info' : 'error',
        summary.message,
        summary.ok ? [] : ['Show Output'],
      );
      if (choice === 'Show Output') this.deps.output.show(true);
    } catch (error) {
      await reportFailure(this.deps, error, 'Apply');
    }
  }

  private async refuseOnErrors(errors: CanaryResourcesResult['errors']): Promise<boolean> {
    if (errors.length === 0) return false;
    const first = errors[0];
    const where = first
      ? ` First: ${first.message} (${vscode.workspace.asRelativePath(vscode.Uri.parse(first.uri))}:${first.range.start.line + 1})`
      : '';
    const message = `Not applied: the resources have ${errors.length} error${errors.length === 1 ? '' : 's'}. Fix them first.${where}`;
    log(this.deps, message);
    if ((await this.deps.prompts().showResult('error', message, ['Show Problems'])) === 'Show Problems') {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
    return true;
  }
}

/** The server dry run of every step; a cluster-wide failure stops it. */
export async function dryRun(runner: Kubectl, plan: ApplyPlan): Promise<DryRunOutcome[]> {
  const outcomes: DryRunOutcome[] = [];
  for (const step of plan.steps) {
    try {
      const live = await runner.get(step.resource.text, step.target);
      const merged = await runner.apply(step.resource.text, step.target, { dryRun: true });
      outcomes.push({ ok: true, change: changeOf(live[0], merged[0]) });
    } catch (error) {
      if (error instanceof KubectlError && CLUSTER_WIDE.includes(error.failure)) throw error;
      outcomes.push({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

/** Applies the steps in order and stops at the first failure (routes depend on subsets). */
export async function applySteps(
  runner: Kubectl,
  plan: ApplyPlan,
  outcomes: readonly DryRunOutcome[],
  progress: { report(value: { message?: string; increment?: number }): void },
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const [i, step] of plan.steps.entries()) {
    progress.report({ message: step.label, increment: 100 / plan.steps.length });
    try {
      await runner.apply(step.resource.text, step.target, { dryRun: false });
      const outcome = outcomes[i];
      results.push({ status: 'applied', change: outcome?.ok ? outcome.change : 'configured' });
    } catch (error) {
      results.push({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      break;
    }
  }
  return results;
}
