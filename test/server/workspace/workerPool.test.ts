// The scan's worker threads (indexing/workerPool.ts + indexWorker.ts, here as compiled by tsc)
// send back exactly the summaries the server would make itself: same resources, same spans,
// same line starts, for every file; unreadable and oversized files come back without one. While
// the main thread holds the pause (indexing/pause.ts), they summarise nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { summarizeText, type SummaryResult } from '../../../server/src/indexing/summarizeText';
import { summarizeInWorkers } from '../../../server/src/indexing/workerPool';
import { IndexPause, waitWhilePaused } from '../../../server/src/indexing/pause';

const WORKER = path.join(__dirname, '../../../server/src/indexing/indexWorker.js');
const FIXTURES = path.join(__dirname, '../../../../test/server/diagnostics/workspace/fixtures');

describe('index worker threads', () => {
  it('summarise files as the server would, in any order, each once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-workers-'));
    try {
      const texts = new Map<string, string>();
      // Every multi-file fixture, written as one file each (with \r\n for every other one).
      fs.readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.yaml'))
        .forEach((name, i) => {
          const raw = fs.readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^#- .*$/gm, '---');
          const text = i % 2 ? raw.replace(/\n/g, '\r\n') : raw;
          const file = path.join(dir, `f${i}.yaml`);
          fs.writeFileSync(file, text);
          texts.set(pathToFileURL(file).toString(), text);
        });
      // The worker compares the file's size in bytes with the limit: count bytes, not characters.
      const limit = Math.max(...[...texts.values()].map((t) => Buffer.byteLength(t, 'utf8'))) + 1;
      const big = path.join(dir, 'big.yaml');
      fs.writeFileSync(big, 'kind: Gateway\n'.repeat(Math.ceil(limit / 10)));
      const missing = pathToFileURL(path.join(dir, 'missing.yaml')).toString();
      const uris = [...texts.keys(), pathToFileURL(big).toString(), missing];
      const results = new Map<string, SummaryResult>();
      const undone = await summarizeInWorkers(WORKER, uris, limit, (r) => {
        assert.ok(!results.has(r.uri), `${r.uri} reported twice`);
        results.set(r.uri, r);
      });
      assert.deepEqual(undone, []);
      assert.equal(results.size, uris.length);
      assert.ok(texts.size > 10);
      for (const [uri, text] of texts) {
        const summary = results.get(uri)?.summary;
        assert.deepEqual(summary, summarizeText(uri, text, limit), uri);
        assert.ok(summary && summary.resources.length > 0, uri);
      }
      assert.equal(results.get(pathToFileURL(big).toString())?.summary, undefined);
      assert.equal(results.get(missing)?.summary, undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('summarise nothing while the pause is held, and everything once it is released', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-workers-pause-'));
    try {
      const uris = Array.from({ length: 40 }, (_, i) => {
        const file = path.join(dir, `f${i}.yaml`);
        fs.writeFileSync(file, `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${i}\n`);
        return pathToFileURL(file).toString();
      });
      const pause = new IndexPause();
      const release = pause.hold();
      const results: SummaryResult[] = [];
      const done = summarizeInWorkers(WORKER, uris, 1 << 20, (r) => results.push(r), pause.buffer);
      // Long enough for the workers to start and reach their first file (shorter than the
      // longest pause, after which a worker goes on anyway).
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(results.length, 0, 'a worker summarised a file while paused');
      release();
      assert.deepEqual(await done, []);
      assert.deepEqual(results.map((r) => r.uri).sort(), [...uris].sort());
      assert.ok(results.every((r) => r.summary?.resources.length === 1));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the index pause', () => {
  it('holds until every holder has released, once each', () => {
    const pause = new IndexPause();
    const cell = new Int32Array(pause.buffer);
    assert.equal(pause.paused, false);
    const a = pause.hold();
    const b = pause.hold();
    a();
    a(); // a second release of the same hold does nothing
    assert.equal(pause.paused, true);
    assert.notEqual(Atomics.load(cell, 0), 0);
    b();
    assert.equal(pause.paused, false);
    assert.equal(Atomics.load(cell, 0), 0);
    assert.throws(() =>
      pause.during(() => {
        assert.equal(pause.paused, true);
        throw new Error('the work failed');
      }),
    );
    assert.equal(pause.paused, false, 'released when the work throws');
  });

  it('does not wait when nothing holds it, and waits at most the given time when something does', () => {
    const pause = new IndexPause();
    assert.ok(waitWhilePaused(pause.buffer, 60_000) < 60_000);
    const release = pause.hold();
    assert.ok(waitWhilePaused(pause.buffer, 40) >= 40);
    release();
  });
});
