// A handful of tests against the built server (dist/server/main.js, from `npm run build`) over
// stdio: the real LSP wiring, not the service alone.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { StdioClient } from '../support/lspStdio';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server/main.js');

describe('language server over stdio', () => {
  let client: StdioClient;
  /** The params of the first notification of `method` (seen or still to come) that `match` accepts. */
  const notification = async (method: string, match: (params: any) => boolean): Promise<any> =>
    (await client.waitFor((n) => n.method === method && match(n.params), method, 15_000)).params;
  let workspace: string;
  let uri: string;
  let text: string;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server/main.js is missing: run `npm run build` first');
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-protocol-'));
    fs.cpSync(path.join(ROOT, 'test/fixtures/scenarios/canary-90-10'), workspace, { recursive: true });
    client = new StdioClient(process.execPath, [SERVER, '--stdio']);
    const rootUri = pathToFileURL(workspace).toString();
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    client.notify('initialized', {});
    assert.equal(init.serverInfo.name, 'Istio Canary language server');
    await notification('istioCanary/status', (p) => p.state === 'idle' && p.indexedFiles === 5);
    uri = pathToFileURL(path.join(workspace, 'virtual.yaml')).toString();
    text = fs.readFileSync(path.join(workspace, 'virtual.yaml'), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  });

  after(async () => {
    await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes no diagnostics for the valid scenario, then a weight-sum warning after an edit', async () => {
    const clean = await notification(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.version === 1,
    );
    assert.deepEqual(clean.diagnostics, []);
    const edited = text.replace('weight: 10', 'weight: 20');
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: edited }],
    });
    const warned = await notification(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.version === 2,
    );
    assert.deepEqual(
      warned.diagnostics.map((d: any) => [d.code, d.severity, d.range.start.line, /110/.test(d.message)]),
      [['weight-sum', 2, 11, true]],
    );
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text }],
    });
    await notification(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.version === 3 && p.diagnostics.length === 0,
    );
  });

  it('answers completion and hover', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('weight: 90'));
    const completion: any = await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: line - 1, character: 8 },
    });
    const labels = (completion.items ?? completion).map((i: any) => i.label);
    assert.ok(labels.includes('subset') || labels.includes('port'), labels.join(','));
    const hover: any = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: 8 },
    });
    assert.match(hover.contents.value, /\*\*weight\*\*/);
  });

  it('answers istioCanary/trafficSplit with the 90/10 split', async () => {
    const result: any = await client.request('istioCanary/trafficSplit', { uri });
    const canary = result.resources.find((r: any) => r.name === 'canary');
    assert.deepEqual(
      canary.routes[0].destinations.map((d: any) => [d.subset, d.weight, d.percent]),
      [
        ['v1', 90, 90],
        ['v2', 10, 10],
      ],
    );
  });

  it('answers istioCanary/trafficSplit and canaryResources for a file that is not open', async () => {
    const other = pathToFileURL(path.join(workspace, 'reviews-header-match.yaml')).toString();
    const result: any = await client.request('istioCanary/trafficSplit', { uri: other });
    assert.equal(result.version, null);
    const reviews = result.resources.find((r: any) => r.kind === 'VirtualService' && r.name === 'reviews');
    assert.deepEqual(
      reviews.routes.map((r: any) => r.destinations.map((d: any) => [d.subset, d.percent])),
      [[['v2', 100]], [['v3', 100]]],
    );
    const canary: any = await client.request('istioCanary/canaryResources', { uri: other });
    assert.ok(canary.resources.some((r: any) => r.uri === other && r.kind === 'VirtualService'));
    assert.deepEqual(canary.errors, []);
  });

  it('survives hostile documents and keeps answering', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    const hostile = `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: x\nspec:\n  hosts: [a]\n${bomb}\n`;
    const bad = pathToFileURL(path.join(workspace, 'hostile.yaml')).toString();
    client.notify('textDocument/didOpen', {
      textDocument: { uri: bad, languageId: 'yaml', version: 1, text: hostile },
    });
    await notification('textDocument/publishDiagnostics', (p) => p.uri === bad);
    const split: any = await client.request('istioCanary/trafficSplit', { uri: bad });
    assert.equal(split.resources.length, 1);
    const hover: any = await client.request('textDocument/hover', {
      textDocument: { uri: bad },
      position: { line: 7, character: 1 },
    });
    assert.equal(hover, null);
  });
});
