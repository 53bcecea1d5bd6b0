// The "Apply canary" commands: Apply Current File, Apply Canary, Diff Against Cluster, Select
// Kube Context, Select Namespace, and the status bar item showing context and namespace. Flow:
// refuse on errors, server dry run, modal confirmation (typed for protected contexts), apply one
// resource at a time, report exactly what was applied. Which resources come from the language
// server (istioCanary/canaryResources); their text from the open editors, saved or not.
import * as vscode from 'vscode';
import type { ServerConnection } from '../serverConnection';
import {
  CanaryResourcesRequest,
  type CanaryResourcesParams,
  type CanaryResourcesResult,
  type CanaryResourceRef,
} from '../../../protocol/src/protocol';
import {
  isProtectedContext,
  KubectlError,
  NodeKubectl,
  type KubeContext,
  type Kubectl,
} from '../kube/kubectl';
import {
  changeOf,
  confirmationText,
  planApply,
  resultSummary,
  type ApplyPlan,
  type DryRunOutcome,
  type PlanResource,
  type StepResult,
} from './applyPlan';
import { VscodePrompts, type PromptPort } from './prompts';

export interface ApplyCommandDeps {
  client: ServerConnection;
  output: vscode.OutputChannel;
  prompts?: PromptPort;
  kubectl?: Kubectl;
}

export const applyCommandIds = {
  applyCurrentFile: 'istioCanary.applyCurrentFile',
  applyCanary: 'istioCanary.applyCanary',
  diffAgainstCluster: 'istioCanary.diffAgainstCluster',
  selectKubeContext: 'istioCanary.selectKubeContext',
  selectNamespace: 'istioCanary.selectNamespace',
  /**
   * Test-only, not in the command palette (not contributed in package.json): the e2e suite
   * passes its own PromptPort, or undefined to restore the dialogs. Commands run in the same
   * extension host receive the object itself.
   */
  setPromptsForTests: 'istioCanary.test.setApplyPrompts',
} as const;

const contextKey = 'istioCanary.kubeContext';
const namespacesKey = 'istioCanary.kubeNamespaces';
const diffScheme = 'istio-canary-diff';

interface Target {
  context: KubeContext;
  namespace: string;
}

export function registerApplyCommands(context: vscode.ExtensionContext, deps: ApplyCommandDeps): void {
  let prompts: PromptPort = deps.prompts ?? new VscodePrompts();
  const state = context.workspaceState;
  const log = (text: string) => deps.output.appendLine(text);

  const settings = () => {
    const config = vscode.workspace.getConfiguration('istioCanary');
    return {
      kubectlPath: config.get<string>('kubectlPath') || 'kubectl',
      timeoutSeconds: Math.max(1, config.get<number>('kubectlTimeoutSeconds') ?? 30),
      protectedContexts: config.get<string[]>('protectedContexts') ?? ['*prod*', '*production*'],
    };
  };
  // Built per command so a changed setting or KUBECONFIG applies at once.
  const kubectl = (): Kubectl => deps.kubectl ?? new NodeKubectl({ ...settings(), log });

  const diffContents = new Map<string, string>();
  const diffChanged = new vscode.EventEmitter<vscode.Uri>();

  const statusBar = vscode.window.createStatusBarItem(
    'istioCanary.kubeContext',
    vscode.StatusBarAlignment.Left,
    10,
  );
  statusBar.name = 'Istio Canary: Kube Context';
  statusBar.command = applyCommandIds.selectKubeContext;

  async function refreshStatusBar(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!vscode.workspace.isTrusted || !editor || !/yaml/.test(editor.document.languageId)) {
      statusBar.hide();
      return;
    }
    try {
      const target = await resolveTarget(kubectl(), false);
      statusBar.text = target
        ? `$(cloud) ${target.context.name} / ${target.namespace}`
        : '$(cloud) no kube context';
      statusBar.tooltip = target
        ? `Istio Canary applies to context ${target.context.name} (cluster ${target.context.cluster}), namespace ${target.namespace}. Click to change.`
        : 'Istio Canary: no kube context. Click to select one.';
    } catch (error) {
      statusBar.text = '$(cloud) kube: unavailable';
      statusBar.tooltip = error instanceof Error ? error.message : String(error);
    }
    statusBar.show();
  }

  /** The selected context (else kubeconfig's current one) and the namespace chosen for it. */
  async function resolveTarget(runner: Kubectl, report: boolean): Promise<Target | undefined> {
    const view = await runner.config();
    const chosen = state.get<string>(contextKey);
    const name = chosen && view.contexts.some((c) => c.name === chosen) ? chosen : view.currentContext;
    const found = view.contexts.find((c) => c.name === name);
    if (!name || !found) {
      if (report) {
        const message = name
          ? `The current kube context "${name}" is not defined in your kubeconfig. Select a context.`
          : 'There is no current kube context (your kubeconfig sets no current-context). Select a context.';
        if ((await prompts.showResult('error', message, ['Select Kube Context'])) === 'Select Kube Context') {
          await vscode.commands.executeCommand(applyCommandIds.selectKubeContext);
        }
      }
      return undefined;
    }
    const namespaces = state.get<Record<string, string>>(namespacesKey) ?? {};
    return { context: found, namespace: namespaces[found.name] ?? found.namespace ?? 'default' };
  }

  async function reportFailure(error: unknown, what: string): Promise<void> {
    const message =
      error instanceof KubectlError
        ? error.message
        : `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
    log(`${what} failed: ${message}`);
    if ((await prompts.showResult('error', message, ['Show Output'])) === 'Show Output') {
      deps.output.show(true);
    }
  }

  async function requireTrust(): Promise<boolean> {
    if (vscode.workspace.isTrusted) return true;
    const choice = await prompts.showResult(
      'error',
      'Istio Canary runs kubectl only in a trusted workspace. Trust this workspace to apply or diff.',
      ['Manage Workspace Trust'],
    );
    if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
    return false;
  }

  /** Asks the server which resources to take; their text comes from the documents as edited. */
  async function collectResources(
    uri: vscode.Uri,
    position: vscode.Position | undefined,
  ): Promise<{ resources: PlanResource[]; errors: CanaryResourcesResult['errors'] } | undefined> {
    const params: CanaryResourcesParams = {
      uri: deps.client.code2ProtocolConverter.asUri(uri),
      ...(position ? { position: { line: position.line, character: position.character } } : {}),
    };
    const result = await deps.client.sendRequest(CanaryResourcesRequest, params);
    if (!result) return undefined;
    const resources = await Promise.all(result.resources.map((ref) => resourceText(ref)));
    return { resources, errors: result.errors };
  }

  async function resourceText(ref: CanaryResourceRef): Promise<PlanResource> {
    const document = await vscode.workspace.openTextDocument(
      deps.client.protocol2CodeConverter.asUri(ref.uri),
    );
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

  async function refuseOnErrors(errors: CanaryResourcesResult['errors']): Promise<boolean> {
    if (errors.length === 0) return false;
    const first = errors[0];
    const where = first
      ? ` First: ${first.message} (${vscode.workspace.asRelativePath(vscode.Uri.parse(first.uri))}:${first.range.start.line + 1})`
      : '';
    const message = `Not applied: the resources have ${errors.length} error${errors.length === 1 ? '' : 's'}. Fix them first.${where}`;
    log(message);
    if ((await prompts.showResult('error', message, ['Show Problems'])) === 'Show Problems') {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }
    return true;
  }

  async function apply(
    uri: vscode.Uri | undefined,
    position: vscode.Position | undefined,
    whole: boolean,
  ): Promise<void> {
    if (!(await requireTrust())) return;
    const documentUri = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!documentUri) {
      await prompts.showResult('error', 'Open a YAML file with the resources to apply.');
      return;
    }
    const cursor = whole
      ? undefined
      : (position ??
        (vscode.window.activeTextEditor?.document.uri.toString() === documentUri.toString()
          ? vscode.window.activeTextEditor.selection.active
          : undefined));
    const runner = kubectl();
    const { protectedContexts, timeoutSeconds } = settings();
    try {
      const collected = await collectResources(documentUri, cursor);
      if (!collected || collected.resources.length === 0) {
        await prompts.showResult(
          'warning',
          whole
            ? 'This file holds no Kubernetes resources to apply.'
            : 'There is no VirtualService at the cursor to apply.',
        );
        return;
      }
      if (await refuseOnErrors(collected.errors)) return;
      const target = await resolveTarget(runner, true);
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
        log(message);
        if ((await prompts.showResult('error', message, ['Show Output'])) === 'Show Output') {
          deps.output.show(true);
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
        log('Apply cancelled by the user; nothing was applied.');
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
      log(summary.message);
      const choice = await prompts.showResult(
        summary.ok ? 'info' : 'error',
        summary.message,
        summary.ok ? [] : ['Show Output'],
      );
      if (choice === 'Show Output') deps.output.show(true);
    } catch (error) {
      await reportFailure(error, 'Apply');
    }
  }

  async function dryRun(runner: Kubectl, plan: ApplyPlan): Promise<DryRunOutcome[]> {
    const outcomes: DryRunOutcome[] = [];
    for (const step of plan.steps) {
      try {
        const live = await runner.get(step.resource.text, step.target);
        const merged = await runner.apply(step.resource.text, step.target, { dryRun: true });
        outcomes.push({ ok: true, change: changeOf(live[0], merged[0]) });
      } catch (error) {
        // A cluster-wide failure (unreachable, kubectl missing) would repeat for every step.
        if (
          error instanceof KubectlError &&
          ['kubectl-not-found', 'unreachable', 'no-context', 'unauthorized'].includes(error.failure)
        ) {
          throw error;
        }
        outcomes.push({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return outcomes;
  }

  async function applySteps(
    runner: Kubectl,
    plan: ApplyPlan,
    outcomes: DryRunOutcome[],
    progress: vscode.Progress<{ message?: string; increment?: number }>,
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
        break; // Later steps depend on earlier ones (routes on subsets); stop here.
      }
    }
    return results;
  }

  async function diff(uri: vscode.Uri | undefined): Promise<void> {
    if (!(await requireTrust())) return;
    const documentUri = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!documentUri) {
      await prompts.showResult('error', 'Open a YAML file to diff against the cluster.');
      return;
    }
    const runner = kubectl();
    try {
      const collected = await collectResources(documentUri, undefined);
      if (!collected || collected.resources.length === 0) {
        await prompts.showResult('warning', 'This file holds no Kubernetes resources to diff.');
        return;
      }
      const target = await resolveTarget(runner, true);
      if (!target) return;
      const plan = planApply({
        resources: collected.resources,
        context: target.context.name,
        namespace: target.namespace,
        requestTimeoutSeconds: settings().timeoutSeconds,
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
      const stamp = Date.now();
      const left = vscode.Uri.from({
        scheme: diffScheme,
        path: `/${plan.context}/live/${name}`,
        query: String(stamp),
      });
      const right = vscode.Uri.from({
        scheme: diffScheme,
        path: `/${plan.context}/merged/${name}`,
        query: String(stamp),
      });
      diffContents.set(left.toString(), changed.map((f) => `# ${f.name}\n${f.live}`).join('---\n'));
      diffContents.set(right.toString(), changed.map((f) => `# ${f.name}\n${f.merged}`).join('---\n'));
      diffChanged.fire(left);
      diffChanged.fire(right);
      await vscode.commands.executeCommand(
        'vscode.diff',
        left,
        right,
        `${name}: cluster (${plan.context}) ↔ after apply`,
      );
    } catch (error) {
      await reportFailure(error, 'Diff');
    }
  }

  async function selectContext(): Promise<void> {
    if (!(await requireTrust())) return;
    try {
      const view = await kubectl().config();
      if (view.contexts.length === 0) {
        await prompts.showResult(
          'error',
          'Your kubeconfig defines no contexts (check KUBECONFIG or ~/.kube/config).',
        );
        return;
      }
      const current = state.get<string>(contextKey) ?? view.currentContext;
      const picked = await prompts.pickContext(view.contexts, current);
      if (picked === undefined) return;
      await state.update(contextKey, picked);
      log(`Kube context for Istio Canary: ${picked}`);
      await refreshStatusBar();
    } catch (error) {
      await reportFailure(error, 'Select Kube Context');
    }
  }

  async function selectNamespace(): Promise<void> {
    if (!(await requireTrust())) return;
    const runner = kubectl();
    try {
      const target = await resolveTarget(runner, true);
      if (!target) return;
      const namespaces = await runner.namespaces(target.context.name).catch((error: unknown) => {
        log(`Could not list namespaces: ${error instanceof Error ? error.message : String(error)}`);
        return [] as string[];
      });
      const picked = await prompts.pickNamespace(namespaces, target.namespace);
      if (!picked) return;
      await state.update(namespacesKey, {
        ...(state.get<Record<string, string>>(namespacesKey) ?? {}),
        [target.context.name]: picked,
      });
      log(`Namespace for context ${target.context.name}: ${picked}`);
      await refreshStatusBar();
    } catch (error) {
      await reportFailure(error, 'Select Namespace');
    }
  }

  const codeLenses = new ApplyCanaryCodeLensProvider();
  context.subscriptions.push(
    statusBar,
    diffChanged,
    vscode.workspace.registerTextDocumentContentProvider(diffScheme, {
      onDidChange: diffChanged.event,
      provideTextDocumentContent: (uri) => diffContents.get(uri.toString()) ?? '',
    }),
    vscode.languages.registerCodeLensProvider({ language: 'yaml' }, codeLenses),
    vscode.commands.registerCommand(applyCommandIds.applyCurrentFile, (uri?: vscode.Uri) =>
      apply(uri instanceof vscode.Uri ? uri : undefined, undefined, true),
    ),
    vscode.commands.registerCommand(
      applyCommandIds.applyCanary,
      (uri?: vscode.Uri, position?: vscode.Position) =>
        apply(
          uri instanceof vscode.Uri ? uri : undefined,
          position instanceof vscode.Position ? position : undefined,
          false,
        ),
    ),
    vscode.commands.registerCommand(applyCommandIds.diffAgainstCluster, (uri?: vscode.Uri) =>
      diff(uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand(applyCommandIds.selectKubeContext, selectContext),
    vscode.commands.registerCommand(applyCommandIds.selectNamespace, selectNamespace),
    vscode.commands.registerCommand(applyCommandIds.setPromptsForTests, (port?: PromptPort) => {
      prompts = port ?? deps.prompts ?? new VscodePrompts();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void refreshStatusBar()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void refreshStatusBar()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('istioCanary')) void refreshStatusBar();
    }),
  );
  void refreshStatusBar();
}

/** An "Apply Canary" lens above each VirtualService document (found by its top-level kind line). */
class ApplyCanaryCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.isTrusted) return [];
    const lenses: vscode.CodeLens[] = [];
    for (let line = 0; line < Math.min(document.lineCount, 20_000); line++) {
      if (/^kind:\s*VirtualService\s*(#.*)?$/.test(document.lineAt(line).text)) {
        const position = new vscode.Position(line, 0);
        lenses.push(
          new vscode.CodeLens(new vscode.Range(position, position), {
            title: '$(cloud-upload) Apply Canary',
            tooltip:
              'Apply this VirtualService with the DestinationRules and Gateways it references (dry run and confirmation first)',
            command: applyCommandIds.applyCanary,
            arguments: [document.uri, position],
          }),
        );
      }
    }
    return lenses;
  }
}
