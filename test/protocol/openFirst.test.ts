// The built server over stdio: a file just opened gets its own findings first (schema, weights,
// file-local rules), then its full check with the cross-file ones, published again for the same
// version; edits publish the full check only, so a cross-file finding never flickers away; and
// a file opened with the editor is checked before the workspace scan lists the folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { StdioClient } from '../support/lspStdio';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server/main.js');

/**
 * invalid-duration (file-local) on line 10; gateway-not-found (cross-file) on line 8; weight-sum
 * on line 12, which reads the workspace only to stay silent on a route an Argo Rollout or a
 * Flagger Canary owns: among the own findings once the index is complete, not while it is built.
 */
const FRONT = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: front
spec:
  hosts:
  - front.example.com
  gateways:
  - missing-gateway
  http:
  - timeout: 5 seconds
    route:
    - destination:
        host: canary.default.svc.cluster.local
        subset: v1
      weight: 50
    - destination:
        host: canary.default.svc.cluster.local
        subset: v2
      weight: 60
`;

type Publish = { uri: string; version?: number; diagnostics: { code: string; range: any }[] };
const OWN = ['weight-sum@12', 'invalid-duration@10'];
const OWN_WHILE_INDEXING = ['invalid-duration@10'];
const FULL = ['weight-sum@12', 'invalid-duration@10', 'gateway-not-found@8'];
const codes = (p: Publish) => p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`);

function startServer(): StdioClient {
  assert.ok(fs.existsSync(SERVER), 'dist/server/main.js is missing: run `npm run build` first');
  return new StdioClient(process.execPath, [SERVER, '--stdio']);
}

async function initialize(client: StdioClient, workspace: string): Promise<void> {
  const rootUri = pathToFileURL(workspace).toString();
  await client.request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'test' }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
  });
  client.notify('initialized', {});
}

describe('publishing a just-opened file', () => {
  let workspace: string;
  let client: StdioClient;
  let uri: string;
  const publishes = (version?: number): Publish[] =>
    client.notifications
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri)
      .map((n) => n.params as Publish)
      .filter((p) => version === undefined || p.version === version);

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-open-first-'));
    fs.cpSync(path.join(ROOT, 'test/fixtures/scenarios/canary-90-10'), workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'front.yaml'), FRONT);
    uri = pathToFileURL(path.join(workspace, 'front.yaml')).toString();
    client = startServer();
    await initialize(client, workspace);
    await client.waitFor(
      (n) => n.method === 'istioCanary/status' && n.params.state === 'idle' && n.params.indexedFiles === 6,
      'the index',
    );
  });

  after(async () => {
    await client.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes its own findings first, then the full check for the same version', async () => {
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text: FRONT },
    });
    await client.waitFor(
      (n) =>
        n.method === 'textDocument/publishDiagnostics' &&
        n.params.uri === uri &&
        n.params.diagnostics.some((d: { code: string }) => d.code === 'gateway-not-found'),
      'the full check',
    );
    assert.deepEqual(publishes().map(codes), [OWN, FULL]);
    assert.deepEqual(
      publishes().map((p) => p.version),
      [1, 1],
    );
  });

  it('publishes edits in full: the cross-file finding stays, versions in order', async () => {
    const before = publishes().length;
    for (const [version, weight] of [
      [2, 70],
      [3, 80],
    ] as const) {
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text: FRONT.replace('weight: 60', `weight: ${weight}`) }],
      });
      await client.waitFor(
        (n) =>
          n.method === 'textDocument/publishDiagnostics' &&
          n.params.uri === uri &&
          n.params.version === version,
        `the check of version ${version}`,
      );
    }
    // Version 3's publish comes after every publish of version 2 (one thread, in order).
    const edits = publishes().slice(before);
    assert.ok(edits.length >= 2);
    for (const p of edits) assert.deepEqual(codes(p), FULL, `v${p.version}`);
    assert.deepEqual(
      edits.map((p) => p.version),
      [...edits.map((p) => p.version)].sort(),
    );
    assert.equal(edits.at(-1)?.version, 3);
  });

  it('after a close and a reopen, publishes its own findings first again', async () => {
    client.notify('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor(
      (n) =>
        n.method === 'textDocument/publishDiagnostics' &&
        n.params.uri === uri &&
        n.params.diagnostics.length === 0,
      'the cleared diagnostics',
    );
    const before = publishes().length;
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 7, text: FRONT },
    });
    await client.waitFor(
      (n) =>
        n.method === 'textDocument/publishDiagnostics' &&
        n.params.uri === uri &&
        n.params.version === 7 &&
        n.params.diagnostics.some((d: { code: string }) => d.code === 'gateway-not-found'),
      'the full check after reopening',
    );
    assert.deepEqual(publishes().slice(before).map(codes), [OWN, FULL]);
  });
});

describe('a file opened with the editor while the workspace is scanned', () => {
  it('is checked before the scan lists the folder, then in full once the index is ready', async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-open-first-scan-'));
    fs.cpSync(path.join(ROOT, 'test/fixtures/scenarios/canary-90-10'), workspace, { recursive: true });
    fs.writeFileSync(path.join(workspace, 'front.yaml'), FRONT);
    const uri = pathToFileURL(path.join(workspace, 'front.yaml')).toString();
    const client = startServer();
    try {
      await initialize(client, workspace);
      // Sent before the server's settings request is answered, so before its scan starts.
      client.notify('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text: FRONT },
      });
      const full = await client.waitFor(
        (n) =>
          n.method === 'textDocument/publishDiagnostics' &&
          n.params.uri === uri &&
          n.params.diagnostics.some((d: { code: string }) => d.code === 'gateway-not-found'),
        'the full check',
      );
      const seen = client.notifications;
      const first = seen.findIndex(
        (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri,
      );
      const listed = seen.findIndex(
        (n) =>
          n.method === 'istioCanary/status' && n.params.state === 'indexing' && n.params.totalFiles === 6,
      );
      const ready = seen.findIndex((n) => n.method === 'istioCanary/status' && n.params.state === 'idle');
      assert.ok(first >= 0 && listed > first, 'own findings before the scan lists the folder');
      assert.deepEqual(codes(seen[first]!.params as Publish), OWN_WHILE_INDEXING);
      assert.ok(ready > listed && seen.indexOf(full) > ready, 'the full check once the index is ready');
    } finally {
      await client.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
