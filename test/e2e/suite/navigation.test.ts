// Navigation and editing over the workspace model through the real VS Code API: go to definition
// of a subset, rename of a subset across two files, and the rescale quick fix. Runs in the
// extension host against the real client and language server; waits on conditions, never sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension,
  createFile,
  diagnosticCode,
  fixtureUri,
  openFixture,
  waitFor,
  waitForDiagnostics,
  withCursors,
} from './helpers';

const SCRATCH = 'e2e-scratch-navigation';

const DESTINATION_RULE = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: nav-e2e
spec:
  host: nav-e2e
  subsets:
  - name: v1   # stable
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
`;

const VIRTUAL_SERVICE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: nav-e2e
spec:
  hosts:
  - nav-e2e
  http:
  - route:
    - destination:
        host: nav-e2e
        subset: v1
      weight: 90
    - destination:
        host: nav-e2e.default.svc.cluster.local
        subset: v$02
      weight: 10
`;

describe('navigation and editing in a real VS Code', function () {
  before(async function () {
    await openFixture('scenarios/canary-90-10/virtual.yaml');
    await activeExtension();
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixtureUri(SCRATCH), { recursive: true }).then(
      () => undefined,
      () => undefined,
    );
  });

  it('goes to the definition of a subset in the DestinationRule', async function () {
    const doc = await openFixture('scenarios/canary-90-10/virtual.yaml');
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.trim() === 'subset: v2');
    assert.ok(line >= 0, 'the scenario routes to subset v2');
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('v2') + 1);
    const locations = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        doc.uri,
        position,
      );
      return found && found.length > 0 ? found : undefined;
    }, 'a definition for subset v2');
    assert.equal(locations.length, 1);
    const target = locations[0]!;
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    const range = 'targetRange' in target ? target.targetRange : target.range;
    assert.equal(uri.toString(), doc.uri.toString());
    assert.equal(doc.getText(range), 'v2');
    assert.equal(doc.lineAt(range.start.line).text.trim(), '- name: v2');
  });

  it('renames a subset in the DestinationRule and the VirtualService, in one edit across two files', async function () {
    const rule = await createFile(`${SCRATCH}/destination-rule.yaml`, DESTINATION_RULE);
    const { text, cursors } = withCursors(VIRTUAL_SERVICE);
    const vs = await createFile(`${SCRATCH}/virtual-service.yaml`, text);
    const position = cursors[0]!;
    // The server knows both files once the reference from the VirtualService reaches the rule.
    await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        vs.uri,
        position,
      );
      return (found ?? []).some((l) => l.uri.toString() === rule.uri.toString());
    }, 'references of subset v2 that include the DestinationRule');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      vs.uri,
      position,
      'canary',
    );
    assert.ok(edit, 'a rename edit');
    assert.deepEqual(
      edit
        .entries()
        .map(([uri]) => uri.path.split('/').pop())
        .sort(),
      ['destination-rule.yaml', 'virtual-service.yaml'],
    );
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(rule.getText(), DESTINATION_RULE.replace('  - name: v2\n', '  - name: canary\n'));
    assert.equal(vs.getText(), text.replace('subset: v2', 'subset: canary'));
  });

  it('fixes a 90/20 split with the rescale quick fix (82/18), changing only the weights', async function () {
    const original = VIRTUAL_SERVICE.replace('$0', '').replace('weight: 10', 'weight: 20');
    const doc = await createFile(`${SCRATCH}/weights.yaml`, original);
    const [diagnostic] = await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => diagnosticCode(d) === 'weight-sum'),
      'the weight-sum warning on the 90/20 route',
    ).then((ds) => ds.filter((d) => diagnosticCode(d) === 'weight-sum'));
    assert.ok(diagnostic);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const rescale = (actions ?? []).find((a) => a.title.startsWith('Rescale weights'));
    assert.ok(rescale?.edit, `a rescale action among ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    assert.equal(rescale.title, 'Rescale weights to total 100 (v1 82, v2 18)');
    assert.equal(await vscode.workspace.applyEdit(rescale.edit), true);
    assert.equal(
      doc.getText(),
      original.replace('weight: 90', 'weight: 82').replace('weight: 20', 'weight: 18'),
    );
    await waitForDiagnostics(
      doc.uri,
      (ds) => !ds.some((d) => diagnosticCode(d) === 'weight-sum'),
      'the weight-sum warning to go away',
    );
  });
});
