// End-to-end tests of canaries a controller runs, in a real VS Code: the preview of the route an
// Argo Rollout steps shows the Rollout's step plan beside the resting split with the sliders
// disabled, its CodeLens names the Rollout instead of offering Promote / Roll back, Promote
// leaves the weights alone, and the CodeLens command on a Flagger Canary opens what Flagger
// generates, read-only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, openFixture, waitFor } from './helpers';

const ROUTING = 'controller-scenarios/argo-rollouts/routing.yaml';
const ROLLOUT = 'controller-scenarios/argo-rollouts/rollout.yaml';
const CANARY = 'controller-scenarios/flagger/podinfo.yaml';

interface PreviewState {
  uri?: string;
  renderedText?: string;
}

describe('controller-run canaries', () => {
  before(async () => {
    await activeExtension();
    // The Rollout must be indexed for the route to be its: open it too.
    await openFixture(ROLLOUT);
  });

  it('the preview shows the Rollout’s step plan beside the resting 100/0', async () => {
    const document = await openFixture(ROUTING);
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    const state = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<PreviewState>('istioCanary.preview._state');
      return s.uri === document.uri.toString() &&
        s.renderedText?.includes('Argo Rollout reviews steps these weights')
        ? s
        : undefined;
    }, 'the panel to render the Rollout’s step plan');
    const text = state.renderedText ?? '';
    assert.match(text, /10 %\s*pause 10m\s*30 %\s*pause 10m\s*60 %\s*pause until promoted\s*100 %/);
    assert.match(text, /the split below is its resting state/);
    assert.match(text, /subset stable of reviews 100 %/);
  });

  it('the CodeLens names the Rollout and Promote edits nothing', async () => {
    const document = await openFixture(ROUTING);
    const original = document.getText();
    const lenses = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
      );
      return found?.some((l) => l.command?.title.includes('Argo Rollout `reviews` steps these weights'))
        ? found
        : undefined;
    }, 'the Rollout CodeLens');
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(!titles.includes('Promote') && !titles.includes('Roll back'), titles.join(' | '));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('istioCanary.promoteCanary', {
      uri: document.uri.toString(),
      protocol: 'http',
      routeIndex: 0,
      resourceName: 'reviews',
    });
    assert.equal(document.getText(), original);
  });

  it('the Flagger Canary’s CodeLens opens the generated VirtualService read-only', async () => {
    const document = await openFixture(CANARY);
    const lens = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
      );
      return found?.find((l) => l.command?.command === 'istioCanary.showGeneratedResources');
    }, 'the Flagger CodeLens');
    assert.match(lens.command?.title ?? '', /every 1m: 10 % → 20 % → 30 % → 40 % → 50 % → promote/);
    const opened = await vscode.commands.executeCommand<string>(
      lens.command!.command,
      ...(lens.command!.arguments ?? []),
    );
    assert.equal(opened, 'istio-canary-generated:/test/podinfo.yaml');
    const generated = vscode.window.activeTextEditor?.document;
    assert.equal(generated?.uri.toString(), opened);
    assert.equal(generated?.languageId, 'yaml');
    assert.match(generated?.getText() ?? '', /kind: VirtualService\nmetadata:\n {2}name: podinfo\n/);
    // What Flagger writes during the analysis follows, as comments.
    assert.match(generated?.getText() ?? '', /# During the analysis \(first step, 10 %\), Flagger rewrites/);
  });
});
