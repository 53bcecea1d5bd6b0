// The .vsix as users install it: `vsce package` in a temporary copy of the sources (so the
// production build that vscode:prepublish runs never touches this checkout's dist/), then the
// archive's file list and size. The budget: 1.5 MB compressed, about twice today's size, so a
// stray folder (node_modules, out/, source maps) fails the test while normal growth does not.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = path.join(__dirname, '../../..');
const SIZE_BUDGET_BYTES = 1_500_000;
const SOURCES = [
  'package.json',
  '.vscodeignore',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'NOTICE',
  'tsconfig.base.json',
  'client',
  'server',
  'protocol',
  'scripts',
  'snippets',
  'syntaxes',
  'media',
  'docs',
];

void describe('the .vsix package', () => {
  let dir: string;
  let vsix: string;
  let files: string[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-vsix-'));
    const copy = path.join(dir, 'src');
    for (const entry of SOURCES)
      fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    vsix = path.join(dir, 'istio-canary.vsix');
    const packed = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/@vscode/vsce/vsce'),
        'package',
        '--no-dependencies',
        '--no-rewrite-relative-links',
        '--out',
        vsix,
      ],
      { cwd: copy, encoding: 'utf8' },
    );
    assert.equal(packed.status, 0, packed.stderr + packed.stdout);
    const listing = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
    assert.equal(listing.status, 0, listing.stderr);
    files = listing.stdout
      .trim()
      .split('\n')
      .filter((f) => f.startsWith('extension/'))
      .map((f) => f.slice('extension/'.length))
      .sort();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('ships exactly the production bundles, data, media, rule pages and docs', () => {
    const rules = files.filter((f) => f.startsWith('docs/rules/'));
    const others = files.filter((f) => !f.startsWith('docs/rules/'));
    assert.deepEqual(others, [
      'LICENSE.txt',
      'NOTICE',
      'changelog.md',
      'dist/client/extension.js',
      'dist/client/languageClient.js',
      'dist/server/indexWorker.js',
      'dist/server/main.js',
      'dist/webview/preview.js',
      'docs/preview-dark.png',
      'docs/preview-light.png',
      'media/icon.png',
      'media/preview.css',
      'media/split-dark.svg',
      'media/split-light.svg',
      'media/walkthrough/apply.md',
      'media/walkthrough/canary.yaml',
      'media/walkthrough/fix.md',
      'media/walkthrough/open.md',
      'media/walkthrough/simulate.md',
      'package.json',
      'readme.md',
      'snippets/istio.json',
      'syntaxes/istio-canary.injection.tmLanguage.json',
    ]);
    const expectedPages = fs
      .readdirSync(path.join(ROOT, 'docs/rules'))
      .filter((n) => n.endsWith('.md'))
      .map((n) => `docs/rules/${n}`)
      .sort();
    assert.deepEqual(rules, expectedPages);
  });

  it('holds production bundles (minified, no source map comments)', () => {
    const unzip = spawnSync('unzip', ['-p', vsix, 'extension/dist/server/main.js'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(unzip.status, 0);
    assert.ok(!unzip.stdout.includes('sourceMappingURL'), 'a development build was packaged');
  });

  it(`stays under the size budget of ${SIZE_BUDGET_BYTES} bytes`, () => {
    const size = fs.statSync(vsix).size;
    assert.ok(size < SIZE_BUDGET_BYTES, `the .vsix is ${size} bytes`);
  });
});
