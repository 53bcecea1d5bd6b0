// The CLI as users install it: `npm run package:cli` packs dist/cli into istio-canary-<v>.tgz,
// which installs offline into a temporary prefix (it has no dependencies) and runs from there.
// Needs the bundles (`npm run build`), as npm test builds before the unit tests.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = path.join(__dirname, '../../..');
const SCENARIOS = path.join(ROOT, 'test/fixtures/scenarios');
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

void describe('the istio-canary npm package', () => {
  let dir: string;
  let tarball: string;
  let bin: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-cli-package-'));
    const packed = run(process.execPath, ['scripts/pack-cli.mjs', '--no-build', '--out', dir], ROOT);
    assert.equal(packed.code, 0, packed.stderr);
    tarball = path.join(dir, `istio-canary-${version}.tgz`);
    const prefix = path.join(dir, 'prefix');
    // Offline and with a private cache: a package without dependencies needs no registry.
    const installed = run(
      'npm',
      [
        'i',
        '-g',
        '--prefix',
        prefix,
        '--offline',
        '--no-audit',
        '--no-fund',
        '--cache',
        path.join(dir, 'cache'),
        tarball,
      ],
      dir,
    );
    assert.equal(installed.code, 0, installed.stderr);
    bin = path.join(prefix, process.platform === 'win32' ? 'istio-canary.cmd' : 'bin/istio-canary');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('holds only the bundled CLI, README, LICENSE and NOTICE, and no dependencies', () => {
    const list = run('tar', ['tzf', tarball], dir).stdout.trim().split('\n').sort();
    assert.deepEqual(list, [
      'package/LICENSE',
      'package/NOTICE',
      'package/README.md',
      'package/dist/cli/istio-canary.js',
      'package/package.json',
    ]);
    const manifest = JSON.parse(run('tar', ['xzOf', tarball, 'package/package.json'], dir).stdout) as Record<
      string,
      unknown
    >;
    assert.equal(manifest.name, 'istio-canary');
    assert.equal(manifest.version, version);
    assert.deepEqual(manifest.bin, { 'istio-canary': 'dist/cli/istio-canary.js' });
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'scripts'])
      assert.equal(manifest[field], undefined, field);
  });

  it('installed, checks the reference scenarios clean and finds a broken weight', () => {
    const clean = run(bin, ['check', SCENARIOS], dir);
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stdout, /files checked: 0 errors, 0 warnings/);
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(
      broken,
      fs
        .readFileSync(path.join(SCENARIOS, 'canary-90-10/virtual.yaml'), 'utf8')
        .replace('weight: 10', 'weight: 20'),
    );
    const result = run(bin, ['check', 'broken.yaml', '--max-warnings', '0'], dir);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /^broken\.yaml:\d+:\d+ warning weight-sum Weights of this route add up to 110/m,
    );
  });

  it('installed, answers --version with the package version and --help with every command', () => {
    const v = run(bin, ['--version'], dir);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), version);
    const help = run(bin, ['--help'], dir);
    assert.equal(help.code, 0);
    for (const command of ['check', 'split', 'simulate'])
      assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
  });
});
