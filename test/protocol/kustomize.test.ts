// Issue 13 over the real LSP wiring (dist/server/main.js): the namespace a kustomization gives
// base/'s files is applied when the workspace is scanned, and changing it (typing in the open
// kustomization.yaml, or on disk) re-checks the open files that depend on it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { stripExpectations } from '../support/fixture';
import { parseMultiFileFixture } from '../support/multiFileFixture';
import { StdioClient } from '../support/lspStdio';

const ROOT = path.join(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist/server/main.js');
const FIXTURE = path.join(ROOT, 'test/server/diagnostics/workspace/fixtures/kustomize-namespace.yaml');

describe('a kustomization namespace in the language server', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-kustomize-lsp-'));
  let client: StdioClient | undefined;
  after(async () => {
    await client?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('resolves base/ in payments, and re-checks the open VirtualService when the namespace changes', async () => {
    assert.ok(fs.existsSync(SERVER), 'dist/server/main.js is missing: run `npm run build` first');
    const files = parseMultiFileFixture(fs.readFileSync(FIXTURE, 'utf8')).files;
    for (const f of files) {
      fs.mkdirSync(path.dirname(path.join(workspace, f.path)), { recursive: true });
      fs.writeFileSync(path.join(workspace, f.path), stripExpectations(f.text));
    }
    const uriOf = (p: string) => pathToFileURL(path.join(workspace, p)).toString();
    const vsUri = uriOf('base/virtual-service.yaml');
    const kustomizationUri = uriOf('base/kustomization.yaml');
    const kustomization = fs.readFileSync(path.join(workspace, 'base/kustomization.yaml'), 'utf8');

    const lsp = new StdioClient(process.execPath, [SERVER, '--stdio']);
    client = lsp;
    const rootUri = pathToFileURL(workspace).toString();
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'kustomize' }],
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
    lsp.notify('initialized', {});
    await lsp.waitFor(
      (n) =>
        n.method === 'istioCanary/status' &&
        n.params.state === 'idle' &&
        n.params.indexedFiles === files.length,
      'the index',
      20_000,
    );
    /** The codes of the next diagnostics published for the VirtualService that `accept` takes. */
    const nextDiagnostics = async (accept: (codes: string[]) => boolean, what: string) => {
      const from = lsp.notifications.length;
      const n = await lsp.waitFor(
        (n) =>
          n.method === 'textDocument/publishDiagnostics' &&
          n.params.uri === vsUri &&
          accept(n.params.diagnostics.map((d: { code: string }) => d.code)),
        what,
        20_000,
        from,
      );
      return (n.params.diagnostics as { code: string }[]).map((d) => d.code).sort();
    };

    const clean = nextDiagnostics((codes) => codes.length === 0, 'clean diagnostics');
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri: vsUri,
        languageId: 'yaml',
        version: 1,
        text: fs.readFileSync(path.join(workspace, 'base/virtual-service.yaml'), 'utf8'),
      },
    });
    assert.deepEqual(await clean, []);

    // Typing in the open kustomization.yaml: the VirtualService is re-checked in the default namespace.
    const unresolved = nextDiagnostics((codes) => codes.includes('subset-not-found'), 'subset-not-found');
    lsp.notify('textDocument/didOpen', {
      textDocument: { uri: kustomizationUri, languageId: 'yaml', version: 1, text: kustomization },
    });
    lsp.notify('textDocument/didChange', {
      textDocument: { uri: kustomizationUri, version: 2 },
      contentChanges: [{ text: kustomization.replace('namespace: payments\n', '') }],
    });
    assert.deepEqual(await unresolved, [
      'gateway-not-found',
      'host-not-found',
      'host-not-found',
      'subset-not-found',
      'subset-not-found',
    ]);

    // Closing it without saving: the saved file (namespace payments) counts again.
    const restored = nextDiagnostics((codes) => codes.length === 0, 'clean diagnostics after closing');
    lsp.notify('textDocument/didClose', { textDocument: { uri: kustomizationUri } });
    assert.deepEqual(await restored, []);

    // Changed on disk (a checkout of another branch): the watched-file event re-derives it.
    fs.writeFileSync(
      path.join(workspace, 'base/kustomization.yaml'),
      kustomization.replace('namespace: payments', 'namespace: shop'),
    );
    const onDisk = nextDiagnostics(
      (codes) => codes.includes('subset-not-found'),
      'subset-not-found after a disk change',
    );
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: kustomizationUri, type: 2 }] });
    assert.ok((await onDisk).includes('subset-not-found'));
  });
});
