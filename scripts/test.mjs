// @ts-check
// `npm test`: every check the project has, in order, with each stage's time, ending with ONE line
// `N passed, N failed` that totals all tests (unit + e2e + UI smoke). A stage that is not a test
// suite (build, typecheck, lint, e2e setup) counts as one failure when it fails. Exit code 0 only
// when every stage passed. Works without a TTY (CI=true).
//
// The e2e setup (apt packages + code-server, minutes on a fresh machine, a no-op afterwards) starts
// in the background right away, so it overlaps with build, typecheck, lint and unit tests.
//
// Usage: node scripts/test.mjs [--skip-e2e]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Per-run summaries in a private temp dir, so that concurrent runs in one checkout stay apart.
const RESULTS = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-test-'));
const skipE2e = process.argv.includes('--skip-e2e');
const node = process.execPath;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command with inherited stdio; resolves with its exit code. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', (e) => {
      console.error(`${command}: ${e.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Starts the e2e setup now, with its output in a log file printed when its stage comes up. */
function startSetupInBackground() {
  const log = path.join(RESULTS, 'e2e-setup.log');
  const fd = fs.openSync(log, 'w');
  const startedAt = Date.now();
  let finishedAt = startedAt;
  const done = new Promise((resolve) => {
    const child = spawn('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], {
      cwd: ROOT,
      stdio: ['ignore', fd, fd],
    });
    child.on('error', () => resolve(127));
    child.on('exit', (code) => {
      finishedAt = Date.now();
      resolve(code ?? 1);
    });
  });
  fs.closeSync(fd);
  return { log, done, seconds: () => (finishedAt - startedAt) / 1000 };
}

function summaryFile(name) {
  return path.join(RESULTS, `${name}.json`);
}

function readSummary(name) {
  try {
    const { passed, failed } = JSON.parse(fs.readFileSync(summaryFile(name), 'utf8'));
    return { passed: Number(passed) || 0, failed: Number(failed) || 0 };
  } catch {
    return undefined;
  }
}

const setup = skipE2e ? undefined : startSetupInBackground();

/**
 * name: shown in the report; run(): exit code; tests: name of the summary file it writes;
 * needs: stages that must have passed for this one to make sense (otherwise it is skipped).
 * @typedef {{ code: number, seconds?: number, note?: string }} StageOutcome
 * @typedef {{ name: string, run: () => Promise<number | StageOutcome>, tests?: string, needs?: string[] }} Stage
 * @type {Stage[]}
 */
const stages = [
  { name: 'build', run: () => run(npm, ['run', '--silent', 'build']) },
  {
    name: 'typecheck',
    // `npm run typecheck`: the TypeScript projects, then the checked .mjs scripts.
    run: () => run(npm, ['run', '--silent', 'typecheck']),
  },
  { name: 'lint', run: () => run(npm, ['run', '--silent', 'lint']) },
  {
    name: 'unit tests',
    tests: 'unit',
    run: () => run(node, ['scripts/run-unit-tests.mjs', '--summary', summaryFile('unit')]),
  },
];
if (setup) {
  stages.push(
    {
      name: 'e2e setup',
      run: async () => {
        const code = await setup.done;
        process.stdout.write(fs.readFileSync(setup.log, 'utf8'));
        return { code, seconds: setup.seconds(), note: 'ran in the background from the start' };
      },
    },
    {
      name: 'e2e tests (VS Code extension host)',
      tests: 'e2e',
      needs: ['build', 'e2e setup'],
      run: () => run(node, ['test/e2e/runInCodeServer.mjs', '--summary', summaryFile('e2e')]),
    },
    {
      name: 'e2e UI smoke test',
      tests: 'ui-smoke',
      needs: ['build', 'e2e setup'],
      run: () => run(node, ['test/e2e/ui-smoke.mjs', '--summary', summaryFile('ui-smoke')]),
    },
    {
      // The README's other command: package the .vsix, install it into code-server, serve
      // examples/ and check in headless Chromium that the installed extension activates.
      name: 'npm start --check',
      needs: ['e2e setup'],
      run: () => run(node, ['scripts/start.mjs', '--check']),
    },
  );
}

const t0 = Date.now();
const report = [];
let passed = 0;
let failed = 0;
for (const stage of stages) {
  const blockers = (stage.needs ?? []).filter((n) => report.find((r) => r.name === n)?.status !== 'ok');
  if (blockers.length) {
    report.push({ name: stage.name, status: 'skipped', seconds: 0, note: `needs ${blockers.join(', ')}` });
    failed += 1;
    continue;
  }
  console.log(`\n━━━ ${stage.name} ━━━`);
  const started = Date.now();
  const outcome = await stage.run();
  // A stage returns its exit code, or { code, seconds, note } when it timed itself.
  const code = typeof outcome === 'number' ? outcome : outcome.code;
  const seconds = typeof outcome === 'number' ? (Date.now() - started) / 1000 : outcome.seconds;
  let note = typeof outcome === 'number' ? '' : outcome.note;
  if (stage.tests) {
    const s = readSummary(stage.tests);
    const p = s?.passed ?? 0;
    // A suite that exits non-zero without reporting a failure (a crash) still counts as one.
    const f = Math.max(s?.failed ?? 0, code === 0 ? 0 : 1);
    passed += p;
    failed += f;
    note = `${p} passed, ${f} failed`;
  } else if (code !== 0) {
    failed += 1;
  }
  report.push({ name: stage.name, status: code === 0 ? 'ok' : `FAILED (exit ${code})`, seconds, note });
  console.log(`━━━ ${stage.name}: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
}

console.log('\nSummary');
for (const r of report) {
  const time = r.status === 'skipped' ? '' : `${r.seconds.toFixed(1)} s`;
  console.log(`  ${r.name.padEnd(36)} ${r.status.padEnd(16)} ${time.padStart(8)}  ${r.note ?? ''}`);
}
console.log(`  total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const ok = report.every((r) => r.status === 'ok');
fs.rmSync(RESULTS, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
