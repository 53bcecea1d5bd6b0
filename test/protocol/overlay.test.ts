// The overlay split over the real wiring: the built server (dist/server/main.js) over stdio,
// rendering the Kustomize scenario with the real `kubectl kustomize` (kubectl renders local
// folders offline). Its answer agrees with `istio-canary split overlays/canary`, the kustomization
// gets the Preview overlay split lens, and a kubectl that is not there is an answer in words.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runCli } from '../../server/src/cli/main';
import { StdioClient } from '../support/lspStdio';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server/main.js');

describe('istioCanary/renderOverlay over stdio, with the real kubectl', () => {
  let client: StdioClient;
  let workspace: string;
  let overlay: string;
  let uri: string;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server/main.js is missing: run `npm run build` first');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-overlay-'));
    fs.cpSync(path.join(ROOT, 'test/fixtures/controller-scenarios/kustomize-overlays'), workspace, {
      recursive: true,
    });
    overlay = path.join(workspace, 'overlays/canary');
    uri = pathToFileURL(path.join(overlay, 'kustomization.yaml')).toString();
    client = new StdioClient(process.execPath, [SERVER, '--stdio']);
    const rootUri = pathToFileURL(workspace).toString();
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    client.notify('initialized', {});
    await client.waitFor(
      (n) => n.method === 'istioCanary/status' && n.params.state === 'idle' && n.params.indexedFiles === 5,
      'the index',
      15_000,
    );
  });

  after(async () => {
    await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('renders overlays/canary: the 80/20 split of the rendered VirtualService, as `split` prints it', async () => {
    const result: any = await client.request('istioCanary/renderOverlay', { uri, kubectlPath: 'kubectl' });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.command, `kubectl kustomize ${overlay}`);
    const splits = result.resources.map((r: any) => ({
      resource: `${r.kind} ${r.namespace}/${r.name}`,
      percents: r.routes.map((route: any) => route.destinations.map((d: any) => `${d.subset}=${d.percent}`)),
    }));
    assert.deepEqual(splits, [
      { resource: 'VirtualService payments/checkout', percents: [['v1=80', 'v2=20']] },
    ]);
    assert.deepEqual(result.findings, [], 'the scenario renders clean');
    assert.equal(
      result.resources[0].routes[0].source.uri,
      pathToFileURL(path.join(workspace, 'base/virtual-service.yaml')).toString(),
    );

    // The CLI renders the same folder the same way.
    let out = '';
    const code = await runCli(['split', '--format', 'json', overlay], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      isTTY: false,
      cwd: workspace,
    });
    assert.equal(code, 0);
    const cli = JSON.parse(out);
    assert.deepEqual(
      cli.flatMap((r: any) => r.routes.map((route: any) => route.destinations.map((d: any) => d.percent))),
      result.resources.flatMap((r: any) =>
        r.routes.map((route: any) => route.destinations.map((d: any) => d.percent)),
      ),
    );
  });

  it('offers Preview overlay split on the kustomization', async () => {
    const text = fs.readFileSync(path.join(overlay, 'kustomization.yaml'), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const lenses: any[] = await client.request('textDocument/codeLens', { textDocument: { uri } });
    const preview = lenses.find((l) => l.command?.title === '$(preview) Preview overlay split');
    assert.ok(preview, JSON.stringify(lenses));
    assert.equal(preview.command.command, 'istioCanary.previewTrafficSplit');
    assert.deepEqual(preview.command.arguments, [{ uri }]);
    assert.equal(text.split('\n')[preview.range.start.line], 'kind: Kustomization');
  });

  it('says so when kubectl is not there', async () => {
    const missing = path.join(workspace, 'no-such-kubectl');
    const result: any = await client.request('istioCanary/renderOverlay', { uri, kubectlPath: missing });
    assert.equal(result.ok, false);
    assert.equal(result.reason, 'missing');
    assert.equal(
      result.message,
      `kubectl was not found ("${missing}"). Install kubectl or set istioCanary.kubectlPath.`,
    );
  });

  it('passes kustomize’s own error on', async () => {
    fs.writeFileSync(
      path.join(workspace, 'overlays/canary/kustomization.yaml'),
      'resources:\n- ../../base\n- missing.yaml\n',
    );
    const result: any = await client.request('istioCanary/renderOverlay', { uri, kubectlPath: 'kubectl' });
    assert.equal(result.ok, false);
    assert.equal(result.reason, 'failed');
    assert.match(result.message, /^kubectl kustomize .* failed: .*missing\.yaml/s);
  });
});
