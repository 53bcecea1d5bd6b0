// The language features seen through the real VS Code API: the extension activates on YAML, the
// reference scenarios are clean, a broken weight split is reported on the route, and completion
// and hover answer. Runs in the extension host against the real client and language server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeExtension,
  completionLabels,
  createFile,
  describeDiagnostic,
  diagnosticCode,
  fixtureUri,
  hoverText,
  openFixture,
  ourDiagnostics,
  replaceText,
  waitForDiagnostics,
  withCursors,
} from './helpers';

const CANARY_VS = 'scenarios/canary-90-10/virtual.yaml';
const isProblem = (d: vscode.Diagnostic): boolean =>
  d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning;
const isWeightSum = (d: vscode.Diagnostic): boolean => diagnosticCode(d) === 'weight-sum';

describe('language features in a real VS Code', function () {
  before(async function () {
    // Opening a YAML file is what activates the extension (onLanguage:yaml).
    await openFixture(CANARY_VS);
    await activeExtension();
  });

  after(async function () {
    // Scratch files are created by the tests below; leave the workspace as it was.
    await vscode.workspace.fs.delete(fixtureUri('e2e-scratch'), { recursive: true }).then(
      () => undefined,
      () => undefined,
    );
  });

  it('activates on a YAML file', async function () {
    const doc = await openFixture(CANARY_VS);
    assert.equal(doc.languageId, 'yaml');
    const ext = await activeExtension();
    assert.equal(ext.isActive, true);
  });

  it('reports no errors or warnings on the reference scenarios', async function () {
    const files = await vscode.workspace.findFiles(
      'scenarios/{canary-90-10,weather-forecast,gateway-api}/**/*.{yaml,yml}',
    );
    assert.ok(files.length >= 10, `expected the reference scenario files, found ${files.length}`);
    // Opening a document (without showing it) is enough for the language client to send it.
    for (const uri of files) await vscode.workspace.openTextDocument(uri);
    // An empty diagnostics list raises no event, so prove the server has worked through the
    // files opened above by opening one more file with a known problem after them and waiting
    // for that problem to be reported.
    const sentinel = await createFile(
      'e2e-scratch/sentinel.yaml',
      [
        'apiVersion: networking.istio.io/v1beta1',
        'kind: VirtualService',
        'metadata:',
        '  name: e2e-sentinel',
        'spec:',
        '  hosts:',
        '  - e2e-sentinel',
        '  http:',
        '  - route:',
        '    - destination:',
        '        host: e2e-sentinel',
        '      weight: 70',
        '    - destination:',
        '        host: e2e-sentinel',
        '      weight: 70',
        '',
      ].join('\n'),
    );
    await waitForDiagnostics(sentinel.uri, (ds) => ds.some(isWeightSum), 'the sentinel weight-sum warning');
    const problems = files.flatMap((uri) =>
      ourDiagnostics(uri)
        .filter(isProblem)
        .map((d) => `${vscode.workspace.asRelativePath(uri)}: ${describeDiagnostic(d)}`),
    );
    assert.deepEqual(problems, []);
  });

  it('warns on the route when its weights sum to 110, and clears the warning when fixed', async function () {
    const doc = await openFixture(CANARY_VS);
    await replaceText(doc, 'weight: 10', 'weight: 20');
    const diagnostics = await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some(isWeightSum),
      'a weight-sum warning',
    );
    const warning = diagnostics.find(isWeightSum);
    assert.ok(warning);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /110/);
    // The warning belongs on the route whose weights are wrong (from `- route:` down to its last
    // weight), not on the document or line 0.
    const lines = doc.getText().split('\n');
    const routeLine = lines.findIndex((l) => l.trim() === '- route:');
    const lastWeightLine = lines.findIndex((l) => l.trim() === 'weight: 20');
    assert.ok(routeLine > 0 && lastWeightLine > routeLine, 'fixture shape');
    assert.ok(
      warning.range.start.line >= routeLine && warning.range.start.line <= lastWeightLine,
      `warning at line ${warning.range.start.line}, expected within the route (lines ${routeLine}-${lastWeightLine})`,
    );

    await replaceText(doc, 'weight: 20', 'weight: 10');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some(isWeightSum), 'the weight-sum warning to go away');
  });

  it('completes `weight` in a route entry and `subset` inside `destination:`', async function () {
    // What a user has after pressing Enter at the end of `host: ...` and again after the
    // destination block: an indented empty line, where completion is asked for.
    const { text, cursors } = withCursors(
      [
        'apiVersion: networking.istio.io/v1beta1',
        'kind: VirtualService',
        'metadata:',
        '  name: e2e-completion',
        'spec:',
        '  hosts:',
        '  - e2e-completion',
        '  http:',
        '  - route:',
        '    - destination:',
        '        host: e2e-completion',
        '        $0',
        '      $1',
        '',
      ].join('\n'),
    );
    const doc = await createFile('e2e-scratch/completion.yaml', text);
    const [inDestination, inRouteEntry] = cursors;
    assert.ok(inDestination && inRouteEntry);

    const routeItems = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      inRouteEntry,
    );
    const routeLabels = completionLabels(routeItems);
    assert.ok(routeLabels.includes('weight'), `route entry completions: ${routeLabels.join(', ')}`);

    const destinationItems = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      inDestination,
    );
    const destinationLabels = completionLabels(destinationItems);
    assert.ok(
      destinationLabels.includes('subset'),
      `destination completions: ${destinationLabels.join(', ')}`,
    );
    assert.ok(
      !destinationLabels.includes('weight'),
      '`weight` belongs to the route entry, not to destination',
    );
  });

  it('shows field docs on hover over `weight` and `subsets`', async function () {
    for (const [file, key] of [
      [CANARY_VS, 'weight'],
      [CANARY_VS, 'subsets'],
    ] as const) {
      const doc = await openFixture(file);
      const offset = doc.getText().indexOf(`${key}:`);
      assert.ok(offset >= 0, `${key} in ${file}`);
      const position = doc.positionAt(offset + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        position,
      );
      const text = hoverText(hovers);
      assert.ok(
        text.length > key.length + 10,
        `hover on ${key} should document the field, got: ${JSON.stringify(text)}`,
      );
    }
  });
});
