// End-to-end tests of the traffic-split preview, Promote / Roll Back Canary and New Canary in a
// real VS Code: the panel renders the server's 90/10 split, a weight typed into the panel's
// number input reaches the document as a WorkspaceEdit of the weight values only (undone by one
// undo), the commands step the weights, and the wizard writes manifests the preview shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, fixtureUri, openFixture, waitFor } from './helpers';

interface PreviewState {
  open: boolean;
  uri?: string;
  renderedText?: string;
  renderedVersion?: number | null;
}

const VIRTUAL = 'scenarios/canary-90-10/virtual.yaml';
const HTTP_ROUTES = 'scenarios/gateway-api/reviews.yaml';

function previewState(): Thenable<PreviewState> {
  return vscode.commands.executeCommand<PreviewState>('istioCanary.preview._state');
}

/** Waits until the panel has rendered `uri` with text that satisfies `predicate`. */
function waitForPanel(
  uri: vscode.Uri,
  predicate: (text: string) => boolean,
  what: string,
): Promise<PreviewState> {
  return waitFor(async () => {
    const state = await previewState();
    return state.uri === uri.toString() && state.renderedText !== undefined && predicate(state.renderedText)
      ? state
      : undefined;
  }, what);
}

function weights(document: vscode.TextDocument): number[] {
  return [...document.getText().matchAll(/weight:\s*(\d+)/g)].map((m) => Number(m[1]));
}

async function undoUntil(document: vscode.TextDocument, text: string): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('undo');
  await waitFor(() => document.getText() === text, 'the undo to restore the original text');
}

describe('traffic split preview', () => {
  before(async () => {
    await activeExtension();
  });

  it('shows the 90/10 split of canary-90-10/virtual.yaml', async () => {
    const document = await openFixture(VIRTUAL);
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    const state = await waitForPanel(
      document.uri,
      (text) => text.includes('subset v1 of canary.default.svc.cluster.local 90 %'),
      'the panel to render the 90/10 split',
    );
    assert.ok(state.open);
    assert.match(state.renderedText ?? '', /subset v2 of canary\.default\.svc\.cluster\.local 10 %/);
    assert.match(state.renderedText ?? '', /everything else/);
    assert.match(state.renderedText ?? '', /canary-gateway/);
  });

  it('writes a weight typed into the panel back to the YAML, undoable in one step', async () => {
    const document = await openFixture(VIRTUAL);
    const original = document.getText();
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    await waitForPanel(document.uri, (text) => text.includes('10 %'), 'the panel to show the split');
    const posted = await vscode.commands.executeCommand<boolean>(
      'istioCanary.preview._simulateWeightInput',
      { resourceIndex: 0, protocol: 'http', routeIndex: 0, destinationIndex: 1 },
      30,
    );
    assert.ok(posted, 'the panel received the input');
    await waitFor(() => weights(document).join('/') === '70/30', 'the document to get weights 70/30');
    assert.equal(
      document.getText(),
      original.replace('weight: 90', 'weight: 70').replace('weight: 10', 'weight: 30'),
      'only the weight values changed',
    );
    await waitForPanel(
      document.uri,
      (text) => text.includes('subset v2 of canary.default.svc.cluster.local 30 %'),
      'the panel to follow the edit',
    );
    await undoUntil(document, original);
  });

  it('shows the split of the Gateway API HTTPRoutes (90/10 at the gateway, 75/25 in the mesh)', async () => {
    const document = await openFixture(HTTP_ROUTES);
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    const state = await waitForPanel(
      document.uri,
      (text) => text.includes('reviews-v1 of reviews-v1:9080 90 %'),
      'the panel to render the HTTPRoute 90/10 split',
    );
    const text = state.renderedText ?? '';
    assert.match(text, /HTTPRoute shop\/reviews/);
    assert.match(text, /reviews-v2 of reviews-v2:9080 10 %/);
    assert.match(text, /reviews-v1 of reviews-v1:9080 75 %, reviews-v2 of reviews-v2:9080 25 %/);
    assert.match(text, /header end-user = jason/);
  });

  it('writes a weight set in the panel back to the HTTPRoute backendRefs, undoable in one step', async () => {
    const document = await openFixture(HTTP_ROUTES);
    const original = document.getText();
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    await waitForPanel(
      document.uri,
      (text) => text.includes('reviews-v2:9080 10 %'),
      'the panel to show the split',
    );
    // Resource 0 is the HTTPRoute `reviews`; its rule 1 holds the 90/10 backends.
    const posted = await vscode.commands.executeCommand<boolean>(
      'istioCanary.preview._simulateWeightInput',
      { resourceIndex: 0, protocol: 'http', routeIndex: 1, destinationIndex: 1 },
      40,
    );
    assert.ok(posted, 'the panel received the input');
    await waitFor(() => weights(document).join('/') === '60/40/75/25', 'the document to get weights 60/40');
    assert.equal(
      document.getText(),
      original.replace('weight: 90', 'weight: 60').replace('weight: 10', 'weight: 40'),
      'only the weight values changed',
    );
    await waitForPanel(
      document.uri,
      (text) => text.includes('reviews-v2 of reviews-v2:9080 40 %'),
      'the panel to follow the edit',
    );
    await undoUntil(document, original);
  });

  it('promotes the HTTPRoute canary (the CodeLens arguments) and rolls it back, weights only', async () => {
    const document = await openFixture(HTTP_ROUTES);
    const original = document.getText();
    const args = {
      uri: document.uri.toString(),
      protocol: 'http',
      routeIndex: 0,
      resourceName: 'reviews-mesh',
    };
    assert.equal(await vscode.commands.executeCommand('istioCanary.promoteCanary', args), true);
    await waitFor(
      () => weights(document).join('/') === '90/10/50/50',
      'promotion of the mesh route to 50/50',
    );
    assert.equal(await vscode.commands.executeCommand('istioCanary.rollbackCanary', args), true);
    await waitFor(() => weights(document).join('/') === '90/10/100/0', 'roll back to 100/0');
    for (const step of ['90/10/50/50', '90/10/75/25']) {
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('undo');
      await waitFor(() => weights(document).join('/') === step, `undo back to ${step}`);
    }
    assert.equal(document.getText(), original);
  });

  it('promotes the canary to the next step and rolls it back', async () => {
    const document = await openFixture(VIRTUAL);
    const original = document.getText();
    const args = { uri: document.uri.toString(), protocol: 'http', routeIndex: 0 };
    assert.equal(await vscode.commands.executeCommand('istioCanary.promoteCanary', args), true);
    await waitFor(() => weights(document).join('/') === '75/25', 'promotion to 75/25');
    assert.equal(await vscode.commands.executeCommand('istioCanary.promoteCanary', args), true);
    await waitFor(() => weights(document).join('/') === '50/50', 'promotion to 50/50');
    assert.equal(await vscode.commands.executeCommand('istioCanary.rollbackCanary', args), true);
    await waitFor(() => weights(document).join('/') === '100/0', 'roll back to 100/0');
    for (const step of ['50/50', '75/25', '90/10']) {
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('undo');
      await waitFor(() => weights(document).join('/') === step, `undo back to ${step}`);
    }
    assert.equal(document.getText(), original);
  });

  it("promotes and rolls back through the server's CodeLenses on the canary route", async () => {
    const document = await openFixture(VIRTUAL);
    const original = document.getText();
    const lens = async (title: string) => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
      );
      const found = lenses.find((l) => l.command?.title === title)?.command;
      assert.ok(found, `a ${title} lens; got ${lenses.map((l) => l.command?.title).join(', ')}`);
      return found;
    };
    const promote = await lens('Promote');
    assert.equal(await vscode.commands.executeCommand(promote.command, ...(promote.arguments ?? [])), true);
    await waitFor(() => weights(document).join('/') === '75/25', 'promotion to 75/25 from the lens');
    const rollback = await lens('Roll back');
    assert.equal(await vscode.commands.executeCommand(rollback.command, ...(rollback.arguments ?? [])), true);
    await waitFor(() => weights(document).join('/') === '100/0', 'roll back to 100/0 from the lens');
    for (const step of ['75/25', '90/10']) {
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('undo');
      await waitFor(() => weights(document).join('/') === step, `undo back to ${step}`);
    }
    assert.equal(document.getText(), original);
  });

  it('offers promote and roll back as code actions on a weighted route', async () => {
    const document = await openFixture(VIRTUAL);
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('weight: 10'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(line, 8, line, 8),
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Promote canary to 25 %'), titles.join(', '));
    assert.ok(titles.includes('Roll back canary (100 % to stable)'), titles.join(', '));
    // The action carries the server's command and arguments: running it takes the step it names.
    const original = document.getText();
    const promote = actions.find((a) => a.title === 'Promote canary to 25 %')?.command;
    assert.ok(promote);
    assert.equal(await vscode.commands.executeCommand(promote.command, ...(promote.arguments ?? [])), true);
    await waitFor(() => weights(document).join('/') === '75/25', 'the code action to promote to 75/25');
    await undoUntil(document, original);
  });

  it('New Canary writes manifests that the preview shows as 90/10', async () => {
    // Answers in the order the wizard asks; null takes the suggested default.
    const answers = [
      'VirtualService + DestinationRule',
      'canary',
      null,
      'appv1',
      null,
      'appv2',
      null,
      'No gateway',
      '10',
    ];
    const document = await openFixture(VIRTUAL);
    // The panel is open (as after the tests above, and also when this test runs alone) ...
    await vscode.commands.executeCommand('istioCanary.previewTrafficSplit', { uri: document.uri.toString() });
    await waitForPanel(document.uri, (t) => t.includes('90 %'), 'the panel to show virtual.yaml');
    await openFixture(VIRTUAL);
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'istioCanary.newCanary',
      answers,
    );
    assert.ok(uri, 'the wizard wrote a file');
    assert.equal(uri.toString(), fixtureUri('scenarios/canary-90-10/canary-canary.yaml').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(
      text,
      /kind: VirtualService[\s\S]*subset: v1\n {6}weight: 90[\s\S]*subset: v2\n {6}weight: 10/,
    );
    assert.match(text, /kind: DestinationRule[\s\S]*app: v1[\s\S]*app: v2/);
    // ... and follows the wizard's new file when it becomes the active editor.
    await waitForPanel(
      uri,
      (t) => t.includes('subset v1 of canary.default.svc.cluster.local 90 %'),
      'the panel to follow the new file',
    );
  });
});
