// The built server (dist/server/main.js, with its index worker threads) on a workspace of 41
// files, a file opened right after `initialized`: the scan reports LSP work-done progress and an
// `indexing` status; until the index is complete the open file gets its own findings only (no
// cross-file finding from a partial index), then its full diagnostics, cross-file ones included.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { StdioClient } from '../support/lspStdio';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server/main.js');

const gateway = (i: number) => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: gw-${i}
  namespace: shop
spec:
  selector:
    istio: ingressgateway
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "shop-${i}.example.com"
`;

const VIRTUAL_SERVICE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: front
  namespace: shop
spec:
  hosts:
  - shop-7.example.com
  gateways:
  - gw-7x
  http:
  - route:
    - destination:
        host: front
`;

describe('indexing a workspace', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-indexing-'));
  let client: StdioClient | undefined;
  after(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('reports progress, publishes the open file on its own first, then in full', async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server/main.js is missing: run `npm run build` first');
    for (let i = 0; i < 40; i++) {
      fs.mkdirSync(path.join(workspace, `team-${i % 4}`), { recursive: true });
      fs.writeFileSync(path.join(workspace, `team-${i % 4}`, `gw-${i}.yaml`), gateway(i));
    }
    const file = path.join(workspace, 'front.yaml');
    fs.writeFileSync(file, VIRTUAL_SERVICE);
    const uri = pathToFileURL(file).toString();
    const rootUri = pathToFileURL(workspace).toString();
    client = new StdioClient(process.execPath, [SERVER, '--stdio']);
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text: VIRTUAL_SERVICE },
    });
    const full = await client.waitFor(
      (n) =>
        n.method === 'textDocument/publishDiagnostics' &&
        n.params.uri === uri &&
        n.params.diagnostics.some((d: { code: string }) => d.code === 'gateway-not-found'),
      'the cross-file finding',
    );
    const seen = client.notifications;
    const ready = seen.findIndex((n) => n.method === 'istioCanary/status' && n.params.state === 'idle');
    assert.ok(ready >= 0 && ready < seen.indexOf(full), 'the index is ready before the full check');
    for (const n of seen.slice(0, ready))
      if (n.method === 'textDocument/publishDiagnostics')
        assert.deepEqual(
          n.params.diagnostics.map((d: { code: string }) => d.code),
          [],
          'nothing cross-file from a partial index',
        );
    assert.ok(
      seen.some(
        (n) =>
          n.method === 'istioCanary/status' && n.params.state === 'indexing' && n.params.totalFiles === 41,
      ),
    );
    const progress = seen.filter((n) => n.method === '$/progress').map((n) => n.params.value);
    assert.equal(progress[0]?.kind, 'begin');
    assert.equal(progress[0]?.title, 'Indexing Istio resources');
    assert.equal(progress.at(-1)?.kind, 'end');
    assert.ok(progress.some((v) => v.kind === 'report' && v.message === '41/41'));
    assert.equal(seen[ready]!.params.indexedFiles, 41);
  });
});
