// End-to-end: the Getting Started walkthrough is contributed, its sample canary shows the weight-sum warning whose code links to the rule page, and that link's command opens
// the shipped docs/rules/weight-sum.md in the Markdown preview.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activeExtension, diagnosticCode, ourDiagnostics, waitFor } from './helpers';

const WALKTHROUGH = 'istio-canary.istio-canary#gettingStarted';

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs);
}

describe('Getting Started walkthrough and rule pages', () => {
  before(async () => {
    // Run alone (--grep), nothing else may have opened YAML yet: activate rather than wait.
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    await activeExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('contributes the walkthrough with its five steps', async () => {
    const manifest = (await activeExtension()).packageJSON as {
      contributes: {
        walkthroughs: {
          id: string;
          steps: { id: string; description: string; media: { image?: string; markdown?: string } }[];
        }[];
      };
    };
    const walkthrough = manifest.contributes.walkthroughs.find(
      (w) => `istio-canary.istio-canary#${w.id}` === WALKTHROUGH,
    );
    assert.deepEqual(
      walkthrough?.steps.map((s) => s.id),
      ['openCanary', 'fixWeights', 'preview', 'simulate', 'apply'],
    );
    // That the walkthrough opens and renders these steps is checked on the rendered page by
    // test/e2e/ui-smoke.mjs (the extension API cannot see the Welcome page).
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthrough?.steps ?? []) {
      const links = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]!);
      assert.ok(links.length > 0, `step ${step.id} has a command link`);
      for (const id of links)
        assert.ok(registered.has(id), `step ${step.id} links to ${id}, which is registered`);
      assert.ok(step.media.image ?? step.media.markdown, `step ${step.id} has media`);
    }
  });

  it('opens the sample canary, whose weight warning links to the rule page, and the page opens', async () => {
    const uri = await vscode.commands.executeCommand<string>('istioCanary.openSampleCanary');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(document?.isUntitled, 'the sample opens as an untitled YAML document');
    assert.equal(document.languageId, 'yaml');
    const warning = await waitFor(
      () => ourDiagnostics(document.uri).find((d) => diagnosticCode(d) === 'weight-sum'),
      'the weight-sum warning on the sample',
    );
    const code = warning.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'istioCanary.showRuleDoc');
    const args = JSON.parse(code.target.query) as unknown[];
    assert.deepEqual(args, ['weight-sum']);

    // What VS Code does when the code link is clicked: run the command with its arguments.
    const page = await vscode.commands.executeCommand<string>('istioCanary.showRuleDoc', ...args);
    assert.match(page, /\/docs\/rules\/weight-sum\.md$/);
    const preview = await waitFor(
      () =>
        allTabs().find(
          (tab) =>
            tab.input instanceof vscode.TabInputWebview &&
            tab.input.viewType.includes('markdown.preview') &&
            tab.label.includes('weight-sum.md'),
        ),
      'the Markdown preview of docs/rules/weight-sum.md',
    );
    assert.ok(preview);
  });

  it('refuses a code that has no page', async () => {
    assert.equal(await vscode.commands.executeCommand('istioCanary.showRuleDoc', '../../package'), undefined);
    assert.equal(await vscode.commands.executeCommand('istioCanary.showRuleDoc', 'no-such-rule'), undefined);
  });
});
