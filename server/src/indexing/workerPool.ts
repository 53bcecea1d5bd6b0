// Spreads the summaries of many files over worker threads (indexWorker.ts), one per core up to
// four, handing out small batches as workers become free so one large file does not hold up the
// rest. The workers stop between two files while the main thread holds the pause (pause.ts), so
// an open, an edit or a request is served without waiting for CPU behind them. Node-only; the
// server's runtime (main.ts) offers it to the workspace scan.
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { indexPause, type WorkerSetup } from './pause';
import type { SummaryJob, SummaryResult } from './summarizeText';

const BATCH = 16;

/**
 * Summarises `uris` in worker threads, calling `onResult` for each file as batches come back.
 * Resolves with the files left undone because a worker failed (the caller indexes those itself).
 */
export function summarizeInWorkers(
  workerFile: string,
  uris: readonly string[],
  maxFileSize: number,
  onResult: (result: SummaryResult) => void,
  pause: SharedArrayBuffer = indexPause.buffer,
): Promise<string[]> {
  const queue: string[][] = [];
  for (let i = 0; i < uris.length; i += BATCH) queue.push(uris.slice(i, i + BATCH));
  const count = Math.max(1, Math.min(4, availableParallelism(), queue.length));
  const undone: string[] = [];
  return new Promise((resolve) => {
    let running = count;
    const finish = () => {
      if (--running === 0) resolve(undone);
    };
    for (let w = 0; w < count; w++) {
      const worker = new Worker(path.resolve(workerFile), { workerData: { pause } satisfies WorkerSetup });
      let current: string[] | undefined;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        finish();
      };
      const next = () => {
        current = queue.shift();
        if (current) worker.postMessage({ uris: current, maxFileSize } satisfies SummaryJob);
        else void worker.terminate().then(end, end);
      };
      worker.on('message', (results: SummaryResult[]) => {
        for (const result of results) onResult(result);
        next();
      });
      worker.on('error', () => {
        // The batch in hand and whatever is still queued fall back to the caller.
        if (current) undone.push(...current);
        while (queue.length) undone.push(...queue.shift()!);
        current = undefined;
        end();
      });
      next();
    }
  });
}
