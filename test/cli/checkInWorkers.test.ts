// `istio-canary check` on several threads (cli/checkInWorkers.ts + checkWorker.ts: this thread and
// workers running main.js as compiled by tsc parse, this thread indexes and runs the cross-file
// rules) gives exactly what the in-process check gives: the same findings, in the same order, in
// every format, with --report-unused-disables too, whatever the number of workers. The workspace
// is every diagnostics fixture (single-file and multi-file) and every reference scenario in one
// folder, so cross-file findings between files of different workers are part of the comparison.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { checkInWorkers } from '../../server/src/cli/checkInWorkers';
import { BatchParser } from '../../server/src/cli/checkWorker';
import { runCli } from '../../server/src/cli/main';
import { captureCliAsync, type CliRun } from './captureCli';

const ROOT = path.join(__dirname, '../../..');
/** The worker threads run the CLI's own file. */
const WORKER = path.join(__dirname, '../../server/src/cli/main.js');

function run(args: string[], cwd: string): Promise<CliRun> {
  return captureCliAsync(args, { cwd });
}

/** Writes each fixture file (a multi-file fixture's `#- /path` parts as files of its own folder). */
function writeWorkspace(dir: string): number {
  let count = 0;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    count++;
  };
  const single = path.join(ROOT, 'test/server/diagnostics/fixtures');
  for (const name of fs.readdirSync(single).filter((f) => f.endsWith('.yaml')))
    write(path.join(dir, 'single', name), fs.readFileSync(path.join(single, name), 'utf8'));
  const multi = path.join(ROOT, 'test/server/diagnostics/workspace/fixtures');
  for (const name of fs.readdirSync(multi).filter((f) => f.endsWith('.yaml'))) {
    const text = fs.readFileSync(path.join(multi, name), 'utf8');
    const parts = text.split(/^#- (\S+).*$/m);
    if (parts.length === 1) write(path.join(dir, 'multi', name), text);
    for (let i = 1; i < parts.length; i += 2)
      write(path.join(dir, 'multi', path.basename(name, '.yaml'), parts[i]!), parts[i + 1]!);
  }
  for (const folder of ['test/fixtures/scenarios', 'test/fixtures/controller-scenarios/argo-rollouts'])
    fs.cpSync(path.join(ROOT, folder), path.join(dir, path.basename(folder)), { recursive: true });
  return count;
}

describe('istio-canary check in worker threads', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-check-workers-'));
    // Enough files for several batches per worker.
    assert.ok(writeWorkspace(dir) >= 64);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // Every format prints the same findings; text also shows the files checked.
  for (const [format, counts] of [
    [
      'json',
      [
        ['--jobs', '2'],
        ['--jobs', '3'],
      ],
    ],
    ['text', [['--jobs', '2']]],
  ] as const) {
    it(`gives the in-process check's output (--format ${format}, ${counts.map((c) => c.join(' ') || 'default').join(', ')})`, async () => {
      const here = await run(['check', '.', '--format', format, '--jobs', '1'], dir);
      assert.equal(here.stderr, '');
      if (format === 'json') {
        const findings = JSON.parse(here.stdout) as { code: string; file: string }[];
        // The comparison means something: many findings, cross-file ones among them.
        assert.ok(findings.length > 50, `${findings.length} findings`);
        assert.ok(findings.some((f) => f.code === 'subset-not-found'));
        assert.ok(findings.some((f) => f.code === 'gateway-not-found'));
        assert.ok(new Set(findings.map((f) => f.file)).size > 30);
      }
      for (const jobs of counts) {
        const parallel = await run(['check', '.', '--format', format, ...jobs], dir);
        assert.equal(parallel.stdout, here.stdout, jobs.join(' ') || 'default');
        assert.equal(parallel.code, here.code);
        assert.equal(parallel.stderr, '');
      }
    });
  }

  it('judges disable comments alike (--report-unused-disables)', async () => {
    const file = path.join(dir, 'scenarios/canary-90-10/virtual.yaml');
    const original = fs.readFileSync(file, 'utf8');
    // One comment that silences a real finding, one that silences nothing.
    fs.writeFileSync(
      file,
      '# istio-canary-disable weight-sum\n' +
        original
          .replace('weight: 10', 'weight: 20')
          .replace(/^(\s+)- destination:/m, '$1# istio-canary-disable-next-line subset-not-found\n$&'),
    );
    try {
      const args = ['check', '.', '--format', 'json', '--report-unused-disables'];
      const here = await run([...args, '--jobs', '1'], dir);
      const parallel = await run([...args, '--jobs', '2'], dir);
      assert.equal(parallel.stdout, here.stdout);
      assert.equal(parallel.code, here.code);
      const codes = (JSON.parse(here.stdout) as { code: string; file: string }[])
        .filter((f) => f.file.endsWith('canary-90-10/virtual.yaml'))
        .map((f) => f.code);
      assert.ok(codes.includes('unused-disable'), codes.join());
      assert.ok(!codes.includes('weight-sum'), codes.join());
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('answers in this thread by default and with --jobs 1, in workers with --jobs 2', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: dir };
    assert.equal(typeof runCli(['check', '.'], io), 'number');
    assert.equal(typeof runCli(['check', '.', '--jobs', '1'], io), 'number');
    const parallel = runCli(['check', '.', '--jobs', '2'], io);
    assert.ok(parallel instanceof Promise);
    assert.equal(await parallel, 1);
  });

  it('refuses a --jobs that is not a whole number from 1', async () => {
    for (const value of ['0', 'two', '1.5']) {
      const result = await run(['check', '.', '--jobs', value], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--jobs takes a whole number from 1/);
    }
  });

  it('stops at the first file (in listing order) that cannot be read, as the in-process check', async () => {
    const files = fs
      .readdirSync(path.join(dir, 'single'))
      .map((name) => ({ path: path.join(dir, 'single', name), display: name }));
    const listed = [...files.slice(0, 40), { path: path.join(dir, 'gone-1.yaml'), display: 'gone-1.yaml' }];
    listed.push(...files.slice(40), { path: path.join(dir, 'gone-2.yaml'), display: 'gone-2.yaml' });
    const data = { settings: {}, reportUnusedDisables: false };
    // Workers only; this thread and a worker; this thread alone.
    for (const [jobs, here] of [
      [2, undefined],
      [2, new BatchParser(data)],
      [1, new BatchParser(data)],
    ] as const) {
      const outcome = await checkInWorkers(WORKER, listed, data, jobs, here);
      assert.ok('failed' in outcome);
      assert.deepEqual(outcome.failed, { index: 40, reason: 'ENOENT' });
    }
  });

  it('gives every file back in listing order, from this thread and the workers alike', async () => {
    // Listed three times over: more batches than the workers take at first (two each).
    const names = fs.readdirSync(path.join(dir, 'single'));
    const files = [...names, ...names, ...names].map((name) => ({
      path: path.join(dir, 'single', name),
      display: name,
    }));
    const data = { settings: {}, reportUnusedDisables: false };
    const outcome = await checkInWorkers(WORKER, files, data, 2, new BatchParser(data));
    assert.ok('files' in outcome);
    const uris = outcome.files.map((f) => ('phased' in f ? f.phased.file.uri : f.file.uri));
    assert.deepEqual(
      uris,
      files.map((f) => pathToFileURL(f.path).toString()),
    );
    // Both kinds came back: files this thread parsed, and files a worker handed over.
    assert.ok(outcome.files.some((f) => 'phased' in f));
    assert.ok(outcome.files.some((f) => !('phased' in f)));
  });

  it('rejects (the CLI then checks in-process) when a worker cannot start', async () => {
    const files = [{ path: path.join(dir, 'scenarios/canary-90-10/virtual.yaml'), display: 'v.yaml' }];
    await assert.rejects(
      checkInWorkers(
        path.join(dir, 'no-such-worker.js'),
        files,
        { settings: {}, reportUnusedDisables: false },
        2,
      ),
    );
  });
});
