// Workspace Trust in a real VS Code: the runner's untrusted pass opens the workspace with Workspace
// Trust enabled and the folder not trusted (Restricted Mode), with a recording kubectl shim as the
// `istioCanary.kubectlPath` user setting and first on PATH (E2E_KUBECTL_LOG is where it writes).
// The cluster snapshot, Apply, Diff, Select Kube Context and rendering a Kustomize overlay must be
// refused with a clear message and kubectl must never run; checking the files still works,
// open-world.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activeExtension, diagnosticCode, openFixture, waitFor, waitForDiagnostics } from './helpers';

class RecordingPrompts {
  results: { kind: string; message: string }[] = [];
  confirmations = 0;
  confirm(): Promise<boolean> {
    this.confirmations++;
    return Promise.resolve(true);
  }
  typeToConfirm(): Promise<boolean> {
    this.confirmations++;
    return Promise.resolve(true);
  }
  pickContext(): Promise<string | undefined> {
    return Promise.resolve('dev');
  }
  pickNamespace(_namespaces: string[], current: string): Promise<string | undefined> {
    return Promise.resolve(current);
  }
  showResult(kind: string, message: string): Promise<string | undefined> {
    this.results.push({ kind, message });
    return Promise.resolve(undefined);
  }
}

interface TestingApi {
  setApplyPrompts(prompts: RecordingPrompts | undefined): void;
  clusterState(): { kind: string };
}

describe('an untrusted workspace', function () {
  const kubectlLog = process.env.E2E_KUBECTL_LOG ?? '';
  let testing: TestingApi;

  before(async function () {
    assert.ok(kubectlLog, 'the runner sets E2E_KUBECTL_LOG in the untrusted pass');
    testing = ((await activeExtension()).exports as { testing?: TestingApi }).testing!;
    assert.ok(testing, 'the extension runs in test mode');
  });

  after(function () {
    testing?.setApplyPrompts(undefined);
  });

  it('is really untrusted (Restricted Mode), with the kubectl shim configured', function () {
    assert.equal(vscode.workspace.isTrusted, false);
    const path = vscode.workspace.getConfiguration('istioCanary').get<string>('kubectlPath');
    assert.match(path ?? '', /kubectl-shim\/kubectl$/, 'the user setting reaches the extension');
  });

  it('refuses the snapshot, Apply, Diff and Select Kube Context, and never runs kubectl', async function () {
    const prompts = new RecordingPrompts();
    testing.setApplyPrompts(prompts);
    const doc = await openFixture('scenarios/canary-90-10/virtual.yaml');
    assert.equal(testing.clusterState().kind, 'untrusted');

    const commands: [string, ...unknown[]][] = [
      ['istioCanary.refreshCluster'],
      ['istioCanary.applyCurrentFile', doc.uri],
      ['istioCanary.applyCanary', doc.uri.toString(), { line: 10, character: 4 }],
      ['istioCanary.diffAgainstCluster', doc.uri],
      ['istioCanary.selectKubeContext'],
      ['istioCanary.selectNamespace'],
    ];
    for (const [command, ...args] of commands) await vscode.commands.executeCommand(command, ...args);

    assert.equal(prompts.confirmations, 0, 'nothing got as far as a confirmation');
    assert.equal(prompts.results.length, commands.length, JSON.stringify(prompts.results));
    for (const result of prompts.results) {
      assert.equal(result.kind, 'error');
      assert.match(result.message, /runs kubectl only in a trusted workspace/);
    }
    // Changing the mode does not start a read either.
    await vscode.workspace
      .getConfiguration('istioCanary')
      .update('cluster.mode', 'auto', vscode.ConfigurationTarget.Global);
    await vscode.workspace
      .getConfiguration('istioCanary')
      .update('cluster.mode', undefined, vscode.ConfigurationTarget.Global);
    assert.equal(testing.clusterState().kind, 'untrusted');
    assert.equal(
      fs.existsSync(kubectlLog),
      false,
      `kubectl ran: ${fs.existsSync(kubectlLog) ? fs.readFileSync(kubectlLog, 'utf8') : ''}`,
    );
  });

  it('does not render a Kustomize overlay: the preview says why, and kubectl never runs', async function () {
    const doc = await openFixture(
      'controller-scenarios/kustomize-overlays/overlays/canary/kustomization.yaml',
    );
    // The lens is still there; what it opens explains instead of rendering.
    const lens = await waitFor(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        doc.uri,
      );
      return lenses?.find((l) => l.command?.title.includes('Preview overlay split'));
    }, 'the Preview overlay split lens');
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const state = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<{
        uri?: string;
        renderedText?: string;
        model?: { error?: string; resources: unknown[] };
      }>('istioCanary.preview._state');
      return s.uri === doc.uri.toString() && s.renderedText?.includes('only in a trusted workspace')
        ? s
        : undefined;
    }, 'the preview to explain why the overlay is not rendered');
    assert.match(
      state.model?.error ?? '',
      /runs `kubectl kustomize`, which Istio Canary does only in a trusted workspace/,
    );
    assert.deepEqual(state.model?.resources, []);
    // Saving a file of the overlay does not render either.
    await doc.save();
    assert.equal(
      fs.existsSync(kubectlLog),
      false,
      `kubectl ran: ${fs.existsSync(kubectlLog) ? fs.readFileSync(kubectlLog, 'utf8') : ''}`,
    );
  });

  it('still checks files (open-world): a bad weight is reported', async function () {
    const doc = await openFixture('scenarios/canary-90-10/virtual.yaml');
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('weight: 10');
    await editor.edit((b) =>
      b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 10)), 'weight: 20'),
    );
    const found = await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => diagnosticCode(d) === 'weight-sum'),
      'weight-sum in the untrusted workspace',
    );
    assert.ok(found.length > 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(fs.existsSync(kubectlLog), false, 'kubectl never ran');
  });
});
