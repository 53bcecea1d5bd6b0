// @ts-check
// `npm run package:cli`: builds the production bundles and packs the CLI on its own as the npm
// package `istio-canary` (dist/cli/istio-canary.js, README, LICENSE, NOTICE; no dependencies,
// esbuild has bundled them). The tarball lands in the repository root as
// istio-canary-<version>.tgz and installs with `npm i -g ./istio-canary-<version>.tgz`.
//
// Usage: node scripts/pack-cli.mjs [--no-build] [--out DIR]
//   --no-build  use dist/cli as it is (the install test builds once for all its cases)
//   --out DIR   where the tarball goes (default: the repository root)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = util.parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, out: { type: 'string' } },
});

/** @param {string} command @param {string[]} args @param {string} cwd */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result.stdout;
}

/** The CLI package's manifest, derived from the extension's so that versions never drift. */
function cliManifest(/** @type {Record<string, any>} */ extension) {
  return {
    name: 'istio-canary',
    version: extension.version,
    description:
      'Check Istio canary releases (VirtualService, DestinationRule, Gateway YAML) in CI: diagnostics as text, JSON, SARIF, GitHub annotations, JUnit or GitLab Code Quality, traffic splits and request simulation.',
    license: extension.license,
    keywords: ['istio', 'canary', 'kubernetes', 'virtualservice', 'destinationrule', 'linter', 'sarif', 'ci'],
    bin: { 'istio-canary': 'dist/cli/istio-canary.js' },
    files: ['dist/cli/istio-canary.js', 'NOTICE'],
    engines: { node: extension.engines.node },
  };
}

const extension = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
if (!options['no-build']) run(process.execPath, ['scripts/build.mjs', '--production'], ROOT);
const bundle = path.join(ROOT, 'dist', 'cli', 'istio-canary.js');
if (!fs.existsSync(bundle)) {
  console.error(`${path.relative(ROOT, bundle)} is missing: run npm run build first`);
  process.exit(1);
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'istio-canary-cli-'));
try {
  fs.mkdirSync(path.join(stage, 'dist', 'cli'), { recursive: true });
  fs.copyFileSync(bundle, path.join(stage, 'dist', 'cli', 'istio-canary.js'));
  fs.chmodSync(path.join(stage, 'dist', 'cli', 'istio-canary.js'), 0o755);
  fs.copyFileSync(path.join(ROOT, 'cli-package', 'README.md'), path.join(stage, 'README.md'));
  for (const file of ['LICENSE', 'NOTICE']) fs.copyFileSync(path.join(ROOT, file), path.join(stage, file));
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(cliManifest(extension), null, 2) + '\n');
  const out = path.resolve(options.out ?? ROOT);
  fs.mkdirSync(out, { recursive: true });
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], stage));
  const tarball = path.join(out, packed[0].filename);
  console.log(
    `${path.relative(process.cwd(), tarball) || tarball} (${packed[0].size} bytes, ${packed[0].entryCount} files)`,
  );
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
