// Runs every compiled unit, protocol and CLI test (out/test/**/*.test.js, emitted by `tsc -b`)
// with node:test. Extra arguments are passed on, e.g. `--test-name-pattern weight`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'e2e') continue; // runs inside VS Code, see test/e2e/
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const files = findTests('out/test').sort();
const result = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-concurrency=2', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
