// "Apply Canary" end to end in a real VS Code: the real command, language server, kubectl and a
// Kubernetes API stand-in (test/support/kube). The confirmation is answered by this test through
// the prompt port (the extension's test-mode API, `testing.setApplyPrompts`), never skipped. kubectl reads a
// temporary kubeconfig through KUBECONFIG in the extension host; no real cluster is touched.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, diagnosticCode, openFixture, waitForDiagnostics } from './helpers';

// The stand-in is compiled by the unit-test project (out/test/support); this suite's own
// project cannot include files outside test/e2e, so it is loaded at run time and typed here.
interface StoredObject {
  metadata: { name: string; namespace?: string };
  spec?: { http?: { route?: { weight?: number; destination?: { subset?: string } }[] }[] };
}
interface KubeTestEnv {
  standIn: {
    object(kind: string, namespace: string, name: string): StoredObject | undefined;
    writes(): { method: string; query: Record<string, string> }[];
  };
  kubeconfig: string;
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a compiled sibling project, see above
const kubeSupport = require(path.join(__dirname, '..', '..', 'support', 'kube', 'kubeTestEnv.js')) as {
  createKubeTestEnv: (current?: string) => Promise<KubeTestEnv>;
};
const createKubeTestEnv = kubeSupport.createKubeTestEnv;

const CANARY_VS = 'scenarios/canary-90-10/virtual.yaml';

/** The extension's test-mode API (present because VS Code runs it with extensionTestsPath). */
async function testingApi(): Promise<{ setApplyPrompts(prompts: ScriptedPrompts | undefined): void }> {
  const api = (await activeExtension()).exports as {
    testing?: { setApplyPrompts(prompts: ScriptedPrompts | undefined): void };
  };
  if (!api.testing) throw new Error('the extension exposes no test API: is it running in test mode?');
  return api.testing;
}

/** The answers and records of the test's prompt port (same shape as client/src/apply/prompts.ts). */
class ScriptedPrompts {
  confirmations: { message: string; detail: string }[] = [];
  typed: { message: string; expected: string }[] = [];
  results: { kind: string; message: string }[] = [];
  answerConfirm = true;
  /** What the user types for a protected context. */
  typeAnswer: (expected: string) => string = (expected) => expected;
  contextToPick = 'dev';

  confirm(message: string, detail: string): Promise<boolean> {
    this.confirmations.push({ message, detail });
    return Promise.resolve(this.answerConfirm);
  }
  typeToConfirm(message: string, _detail: string, expected: string): Promise<boolean> {
    this.typed.push({ message, expected });
    return Promise.resolve(this.typeAnswer(expected) === expected);
  }
  pickContext(): Promise<string | undefined> {
    return Promise.resolve(this.contextToPick);
  }
  pickNamespace(_namespaces: string[], current: string): Promise<string | undefined> {
    return Promise.resolve(current);
  }
  showResult(kind: string, message: string): Promise<string | undefined> {
    this.results.push({ kind, message });
    return Promise.resolve(undefined);
  }
}

function weights(obj: StoredObject | undefined): number[] {
  return (obj?.spec?.http?.[0]?.route ?? []).map((r) => r.weight ?? -1);
}

describe('Apply Canary against a Kubernetes API stand-in', function () {
  let kube: KubeTestEnv;
  let prompts: ScriptedPrompts;
  const saved = { KUBECONFIG: process.env.KUBECONFIG, KUBECACHEDIR: process.env.KUBECACHEDIR };

  before(async function () {
    kube = await createKubeTestEnv('dev');
    // The extension host is this process: kubectl, started by the extension, inherits these.
    process.env.KUBECONFIG = kube.kubeconfig;
    process.env.KUBECACHEDIR = kube.env.KUBECACHEDIR;
    // An apply reads the cluster snapshot again (onDemand); this stand-in holds only what the
    // tests apply, so the files' other references would become errors and refuse later applies.
    await vscode.workspace
      .getConfiguration('istioCanary')
      .update('cluster.mode', 'off', vscode.ConfigurationTarget.Workspace);
    await openFixture(CANARY_VS);
    await activeExtension();
  });

  beforeEach(async function () {
    prompts = new ScriptedPrompts();
    (await testingApi()).setApplyPrompts(prompts);
  });

  after(async function () {
    (await testingApi()).setApplyPrompts(undefined);
    for (const key of ['rules', 'cluster.mode'])
      await vscode.workspace
        .getConfiguration('istioCanary')
        .update(key, undefined, vscode.ConfigurationTarget.Workspace);
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await kube?.dispose();
  });

  it('applies the VirtualService under the cursor with its DestinationRule and Gateway, after a confirmed dry run', async function () {
    await vscode.commands.executeCommand('istioCanary.selectKubeContext');
    const doc = await openFixture(CANARY_VS);
    const editor = await vscode.window.showTextDocument(doc);
    const cursor = doc.positionAt(doc.getText().indexOf('weight: 90'));
    editor.selection = new vscode.Selection(cursor, cursor);

    await vscode.commands.executeCommand('istioCanary.applyCanary');

    assert.equal(
      prompts.confirmations.length,
      1,
      `one confirmation expected; results: ${JSON.stringify(prompts.results)}`,
    );
    const { message, detail } = prompts.confirmations[0]!;
    assert.match(message, /context "dev" \(cluster dev-cluster\), namespace default/);
    assert.match(
      detail,
      /Gateway\/canary-gateway: created\nDestinationRule\/canary: created\nVirtualService\/canary: created/,
    );
    const vs = kube.standIn.object('VirtualService', 'default', 'canary');
    assert.deepEqual(weights(vs), [90, 10]);
    assert.deepEqual(
      vs?.spec?.http?.[0]?.route?.map((r) => r.destination?.subset),
      ['v1', 'v2'],
    );
    assert.ok(kube.standIn.object('DestinationRule', 'default', 'canary'), 'the DestinationRule is applied');
    assert.ok(
      kube.standIn.object('Gateway', 'default', 'canary-gateway'),
      'the Gateway from gateway.yaml is applied',
    );
    assert.ok(
      kube.standIn.writes().some((w) => w.query.dryRun === 'All'),
      'a server dry run came first',
    );
    assert.deepEqual(
      prompts.results.map((r) => r.kind),
      ['info'],
    );
    assert.match(
      prompts.results[0]?.message ?? '',
      /Applied to context "dev": Gateway\/canary-gateway \(created\), DestinationRule\/canary \(created\), VirtualService\/canary \(created\)/,
    );
  });

  it("applies through the server's Apply Canary CodeLens over the VirtualService", async function () {
    const doc = await openFixture(CANARY_VS);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      doc.uri,
    );
    const apply = lenses.find((l) => l.command?.command === 'istioCanary.applyCanary');
    assert.ok(apply?.command, `an Apply Canary lens; got ${lenses.map((l) => l.command?.title).join(', ')}`);
    assert.match(doc.lineAt(apply.range.start.line).text, /^kind: VirtualService/);
    // Put the cursor elsewhere: the lens's own arguments (file and position) say what to apply.
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    await vscode.commands.executeCommand(apply.command.command, ...(apply.command.arguments ?? []));

    assert.equal(prompts.confirmations.length, 1, JSON.stringify(prompts.results));
    assert.match(
      prompts.confirmations[0]!.detail,
      /Gateway\/canary-gateway: [\w ]+\nDestinationRule\/canary: [\w ]+\nVirtualService\/canary: [\w ]+/,
    );
    assert.equal(prompts.results[0]?.kind, 'info', JSON.stringify(prompts.results));
  });

  it('refuses a file with a weight-sum error and sends nothing to the cluster', async function () {
    await vscode.workspace
      .getConfiguration('istioCanary')
      .update('rules', { 'weight-sum': 'error' }, vscode.ConfigurationTarget.Workspace);
    const doc = await openFixture(CANARY_VS);
    const editor = await vscode.window.showTextDocument(doc);
    const offset = doc.getText().indexOf('weight: 10');
    await editor.edit((b) =>
      b.replace(
        new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + 'weight: 10'.length)),
        'weight: 20',
      ),
    );
    try {
      await waitForDiagnostics(
        doc.uri,
        (ds) =>
          ds.some(
            (d) => diagnosticCode(d) === 'weight-sum' && d.severity === vscode.DiagnosticSeverity.Error,
          ),
        'a weight-sum error',
      );
      const writesBefore = kube.standIn.writes().length;
      editor.selection = new vscode.Selection(doc.positionAt(offset), doc.positionAt(offset));

      await vscode.commands.executeCommand('istioCanary.applyCanary');

      assert.equal(prompts.confirmations.length, 0, 'no confirmation is asked for');
      assert.equal(prompts.results[0]?.kind, 'error');
      assert.match(prompts.results[0]?.message ?? '', /Not applied: the resources have \d+ errors?/);
      assert.equal(kube.standIn.writes().length, writesBefore, 'nothing reached the cluster');
      assert.deepEqual(weights(kube.standIn.object('VirtualService', 'default', 'canary')), [90, 10]);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  it('asks for the context name on a protected context, and applies nothing when it is mistyped', async function () {
    prompts.contextToPick = 'prod-eu';
    await vscode.commands.executeCommand('istioCanary.selectKubeContext');
    const doc = await openFixture(CANARY_VS);
    const editor = await vscode.window.showTextDocument(doc);
    const cursor = doc.positionAt(doc.getText().indexOf('weight: 90'));
    editor.selection = new vscode.Selection(cursor, cursor);
    prompts.typeAnswer = () => 'prod';

    await vscode.commands.executeCommand('istioCanary.applyCanary');

    assert.equal(prompts.confirmations.length, 0, 'a protected context is never a plain yes/no');
    assert.deepEqual(
      prompts.typed.map((t) => t.expected),
      ['prod-eu'],
    );
    assert.match(
      prompts.typed[0]?.message ?? '',
      /context "prod-eu" \(cluster prod-eu-cluster\), namespace shop/,
    );
    assert.equal(kube.standIn.object('VirtualService', 'shop', 'canary'), undefined);
    prompts.contextToPick = 'dev';
    await vscode.commands.executeCommand('istioCanary.selectKubeContext');
  });
});
