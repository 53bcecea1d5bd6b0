// A Kustomize overlay's split in a real VS Code (trusted workspace, real kubectl): the
// kustomization's "Preview overlay split" CodeLens opens the preview of what `kubectl kustomize`
// renders from the overlay (80/20, where the base says 90/10), titled as rendered from that
// overlay, with read-only weights; saving a change to the overlay renders it again; a finding of
// the rendered overlay is a diagnostic on the kustomization line of the patch that caused it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, createFile, openFixture, waitFor } from './helpers';

const KUSTOMIZATION = 'controller-scenarios/kustomize-overlays/overlays/canary/kustomization.yaml';
const FOLDER = 'controller-scenarios/kustomize-overlays/overlays/canary';

interface PreviewState {
  uri?: string;
  renderedText?: string;
  model?: {
    fileName: string;
    error?: string;
    rendered?: { folder: string; command: string; findings: unknown[] };
    resources: {
      kind: string;
      namespace: string;
      name: string;
      routes: { destinations: { subset?: string; percent: number }[] }[];
    }[];
  };
}

const previewState = () => vscode.commands.executeCommand<PreviewState>('istioCanary.preview._state');

/** Waits until the panel shows `uri` and its rendered text passes `predicate`. */
function waitForPreview(uri: vscode.Uri, predicate: (text: string) => boolean, what: string) {
  return waitFor(async () => {
    const state = await previewState();
    return state.uri === uri.toString() && state.renderedText !== undefined && predicate(state.renderedText)
      ? state
      : undefined;
  }, what);
}

describe('Kustomize overlay preview', () => {
  before(async () => {
    await activeExtension();
  });

  it('the kustomization’s CodeLens previews the rendered overlay: 80/20 from overlays/canary', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    const document = await openFixture(KUSTOMIZATION);
    const lens = await waitFor(async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
      );
      return lenses?.find((l) => l.command?.title.includes('Preview overlay split'));
    }, 'the Preview overlay split lens');
    assert.equal(lens.command?.command, 'istioCanary.previewTrafficSplit');
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));

    const state = await waitForPreview(
      document.uri,
      (text) => text.includes('Rendered from overlay') && text.includes('80 %'),
      'the rendered overlay split in the panel',
    );
    const model = state.model!;
    assert.equal(model.error, undefined);
    assert.equal(model.rendered?.folder, FOLDER);
    assert.match(
      model.rendered?.command ?? '',
      /^kubectl kustomize controller-scenarios\/kustomize-overlays\/overlays\/canary$/,
    );
    assert.deepEqual(model.rendered?.findings, [], 'the scenario renders clean');
    assert.deepEqual(
      model.resources.map((r) => [
        `${r.kind} ${r.namespace}/${r.name}`,
        r.routes.map((route) => route.destinations.map((d) => `${d.subset} ${d.percent}`)),
      ]),
      [['VirtualService payments/checkout', [['v1 80', 'v2 20']]]],
    );
    const text = state.renderedText ?? '';
    assert.match(
      text,
      /Rendered from overlay controller-scenarios\/kustomize-overlays\/overlays\/canary by kubectl kustomize/,
    );
    assert.match(text, /subset v1 of checkout 80 %/);
    assert.match(text, /subset v2 of checkout 20 %/);
    assert.match(text, /change the weights in the overlay’s patches or bases/);
  });

  it('saving the overlay renders it again', async () => {
    const document = await openFixture(KUSTOMIZATION);
    const original = document.getText();
    const editor = await vscode.window.showTextDocument(document);
    const changed = original.replace('value: 80', 'value: 70').replace('value: 20', 'value: 30');
    assert.notEqual(changed, original);
    await editor.edit((b) =>
      b.replace(new vscode.Range(document.positionAt(0), document.positionAt(original.length)), changed),
    );
    // No command: the panel renders again because a file under the overlay was saved.
    await document.save();
    const state = await waitForPreview(
      document.uri,
      (text) => text.includes('subset v1 of checkout 70 %'),
      'the re-rendered 70/30 split',
    );
    assert.match(state.renderedText ?? '', /subset v2 of checkout 30 %/);
    // Put the overlay back for the other tests.
    await editor.edit((b) =>
      b.replace(
        new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
        original,
      ),
    );
    await document.save();
    await waitForPreview(
      document.uri,
      (text) => text.includes('subset v1 of checkout 80 %'),
      'the 80/20 split again',
    );
  });

  it('a finding of the rendered overlay is a diagnostic on the patch that caused it', async () => {
    const path = 'controller-scenarios/kustomize-overlays/overlays/heavy/kustomization.yaml';
    const text = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '- ../../base',
      'patches:',
      '- target:',
      '    kind: VirtualService',
      '    name: checkout',
      '  patch: |-',
      '    - op: replace',
      '      path: /spec/http/0/route/1/weight',
      '      value: 30',
      '',
    ].join('\n');
    const document = await createFile(path, text);
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    const state = await waitForPreview(
      document.uri,
      (t) => t.includes('overlays/heavy') && t.includes('weight-sum'),
      'the rendered 90/30 overlay',
    );
    assert.deepEqual(
      state.model?.resources[0]?.routes[0]?.destinations.map((d) => d.subset),
      ['v1', 'v2'],
    );
    assert.match(state.renderedText ?? '', /Findings in the rendered overlay\s*warning\[weight-sum\]/);
    const diagnostic = await waitFor(
      () =>
        vscode.languages
          .getDiagnostics(document.uri)
          .find((d) => d.code === 'weight-sum' && d.source?.includes('kubectl kustomize')),
      'the weight-sum diagnostic on the kustomization',
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.range.start.line, 5, 'the `- target:` line of the patch');
    assert.equal(
      diagnostic.source,
      'istio-canary (kubectl kustomize controller-scenarios/kustomize-overlays/overlays/heavy)',
    );
    assert.match(
      diagnostic.message,
      /^VirtualService payments\/checkout: .*\(in what kubectl kustomize renders from/,
    );
    // Showing another file's split takes the overlay's diagnostics away.
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', {
      uri: (await openFixture('scenarios/canary-90-10/virtual.yaml')).uri.toString(),
    });
    await waitFor(
      () =>
        !vscode.languages.getDiagnostics(document.uri).some((d) => d.source?.includes('kubectl kustomize')),
      'the overlay diagnostics to go',
    );
    await vscode.workspace.fs.delete(document.uri);
  });
});
