// The scan's worker threads (indexing/workerPool.ts + indexWorker.ts, here as compiled by tsc)
// send back exactly the summaries the server would make itself: same resources, same spans,
// same line starts, for every file; unreadable and oversized files come back without one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { summarizeText, type SummaryResult } from '../../../server/src/indexing/summarizeText';
import { summarizeInWorkers } from '../../../server/src/indexing/workerPool';

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
});
