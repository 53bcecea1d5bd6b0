// Issue 7: the built language server (dist/server/main.js, so run `npm run build` first; `npm
// test` builds before the unit tests) survives hostile documents and a request whose handler
// throws: each gets an answer (a diagnostic, or an empty result plus a log line), and the server
// still answers ordinary requests afterwards.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from './fuzzEngine';
import { StdioClient, type Notification } from '../support/lspStdio';

const SERVER = path.join(repoRoot(), 'dist', 'server', 'main.js');
let client: StdioClient;

const GOOD = `apiVersion: networking.istio.io/v1beta1
kind: VirtualService
metadata:
  name: reviews
spec:
  hosts:
  - reviews
  http:
  - route:
    - destination:
        host: reviews
        subset: v1
      weight: 90
    - destination:
        host: reviews
        subset: v2
      weight: 20
`;

function open(uri: string, text: string, version = 1): void {
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
}

function diagnosticsFor(uri: string, what: string, from = 0): Promise<Notification> {
  return client.waitFor(
    (n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri,
    what,
    60_000,
    from,
  );
}

function codes(n: Notification): string[] {
  return (n.params.diagnostics as { code: string }[]).map((d) => d.code);
}

before(async () => {
  assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
  client = new StdioClient(process.execPath, [SERVER, '--stdio']);
  const result = await client.request('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { workspace: { configuration: true } },
  });
  assert.ok(result.capabilities.completionProvider, 'the server offers completion');
  client.notify('initialized', {});
});

after(async () => {
  await client?.stop();
});

test('an ordinary document gets its diagnostics (the harness works)', async () => {
  const uri = 'file:///robustness/good.yaml';
  const published = diagnosticsFor(uri, 'diagnostics of good.yaml');
  open(uri, GOOD);
  assert.ok(codes(await published).includes('weight-sum'));
});

test('hostile documents each get a clear diagnostic and the server stays up', async () => {
  const depth = 100_000;
  const bomb = ['a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]'];
  for (let i = 1; i < 10; i++) {
    bomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  }
  const big = GOOD + '---\n';
  const cases: { name: string; text: string; expect: RegExp | undefined }[] = [
    {
      name: 'nested',
      text: `${GOOD}  x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
      expect: /nested more than \d+ levels deep/,
    },
    {
      name: 'compact',
      text: `${GOOD}  y:\n  ${'- '.repeat(depth)}x\n`,
      expect: /nested more than \d+ levels deep/,
    },
    { name: 'binary', text: `kind: Gateway\u0000\u0001\u0002${'\u00ff'.repeat(1000)}`, expect: /binary/ },
    {
      name: 'large',
      text: big.repeat(Math.ceil((50 * 1024 * 1024) / big.length)),
      expect: /too large to analyse: 50\.0 MB > istioCanary\.maxFileSize/i,
    },
    { name: 'bomb', text: `${GOOD}${bomb.map((l) => `  ${l}`).join('\n')}\n`, expect: undefined },
  ];
  for (const c of cases) {
    const uri = `file:///robustness/${c.name}.yaml`;
    const published = diagnosticsFor(uri, `diagnostics of ${c.name}.yaml`);
    open(uri, c.text);
    const n = await published;
    if (c.expect) {
      const messages = (n.params.diagnostics as { code: string; message: string }[])
        .filter((d) => d.code === 'file-not-analysed')
        .map((d) => d.message);
      assert.equal(
        messages.length,
        1,
        `${c.name}: one file-not-analysed diagnostic, got ${JSON.stringify(codes(n))}`,
      );
      assert.match(messages[0]!, c.expect);
    }
    // Completion and hover on the hostile document answer too (possibly empty).
    await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 8, character: 4 },
    });
    await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 1, character: 2 },
    });
    client.notify('textDocument/didClose', { textDocument: { uri } });
  }
  assert.equal(client.exitCode, undefined, 'the server is still running');
});

test('a request whose handler throws answers with an empty result, is logged, and the server carries on', async () => {
  const uri = 'file:///robustness/throws.yaml';
  const published = diagnosticsFor(uri, 'diagnostics of throws.yaml');
  open(uri, GOOD);
  await published;
  const logsBefore = client.notifications.length;
  // A position of null makes the completion and hover handlers throw inside the service.
  const completion = await client.request('textDocument/completion', {
    textDocument: { uri },
    position: null,
  });
  assert.equal(completion, null);
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: null });
  assert.equal(hover, null);
  const split = await client.request('istioCanary/trafficSplit', { uri: 42 });
  assert.deepEqual(split.resources, []);
  const logged = await client.waitFor(
    (n) => n.method === 'window/logMessage' && /completion failed/.test(String(n.params.message)),
    'a log line for the failed completion',
    10_000,
    logsBefore,
  );
  assert.match(String(logged.params.message), /TypeError/);
  // Ordinary requests still work afterwards.
  const list = await client.request('textDocument/completion', {
    textDocument: { uri },
    position: { line: 11, character: 8 },
  });
  const labels = (Array.isArray(list) ? list : list.items).map((i: { label: string }) => i.label);
  assert.ok(
    labels.includes('subset') || labels.includes('port'),
    `destination keys offered, got ${labels.join(', ')}`,
  );
  const hoverOk = await client.request('textDocument/hover', {
    textDocument: { uri },
    position: { line: 12, character: 7 },
  });
  assert.ok(hoverOk, 'hover on weight answers');
  assert.equal(client.exitCode, undefined, 'the server is still running');
});
