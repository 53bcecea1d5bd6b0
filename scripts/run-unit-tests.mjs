// @ts-check
// Runs every compiled unit, protocol and CLI test (out/test/**/*.test.js, emitted by `tsc -b`)
// with node:test. Extra arguments are passed on, e.g. `--test-name-pattern weight`.
// Besides the spec report on stdout it writes a TAP report to a private temp file, whose counts
// give the final `N passed, N failed` line (and `--summary <file.json>` for scripts/test.mjs).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'e2e') continue; // runs inside VS Code, see test/e2e/
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
let summaryFile;
const summaryAt = args.indexOf('--summary');
if (summaryAt >= 0) {
  summaryFile = args[summaryAt + 1];
  args.splice(summaryAt, 2);
}

function finish(passed, failed, status) {
  if (summaryFile) {
    mkdirSync(dirname(summaryFile), { recursive: true });
    writeFileSync(summaryFile, JSON.stringify({ passed, failed }) + '\n');
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(status);
}

const files = findTests('out/test').sort();
if (files.length === 0) {
  // `node --test` without files would scan the whole tree (including the e2e suite): don't.
  console.log('no compiled unit tests under out/test (run `npx tsc -b` first)');
  finish(0, 0, 0);
}

// A private file, so that concurrent runs in the same checkout cannot mix their reports.
const tapDir = mkdtempSync(join(tmpdir(), 'ic-unit-'));
const tap = join(tapDir, 'unit.tap');
const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=2',
    // A hung test must fail the run rather than stall CI. The limit also applies to each test
    // file as a whole, so it is generous: slow files on a loaded 2-core machine stay under it.
    '--test-timeout=300000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...args,
    ...files,
  ],
  { stdio: 'inherit' },
);
const status = result.status ?? 1;
const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
rmSync(tapDir, { recursive: true, force: true });
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
const passed = count('pass');
let failed = count('fail') + count('cancelled');
// A crash before the report was written still has to count as a failure.
if (status !== 0 && failed === 0) failed = 1;
finish(passed, failed, status);
