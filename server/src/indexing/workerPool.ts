// Spreads the summaries of many files over worker threads (indexWorker.ts), one per core but one
// (the main thread files the results and serves the editor) and at most four, handing out small
// batches (two in flight per worker) as workers free up so one large file does not hold up the
// rest. The workers stop between two files while the main thread holds the pause (pause.ts), so
// an open, an edit or a request is served without waiting for CPU behind them. Node-only; the
// server's runtime (main.ts) offers it to the workspace scan.
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { indexPause, type WorkerSetup } from './pause';
import type { SummaryJob, SummaryResult } from './summarizeText';

const BATCH = 16;
const IN_FLIGHT = 2;

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
  // On two cores one worker indexes as fast as two (the main thread is busy filing what it sends)
  // and saves the second one's start-up and JIT warm-up: `npm run bench -- --stages=index`.
  const count = Math.max(1, Math.min(4, availableParallelism() - 1, queue.length));
  const undone: string[] = [];
  return new Promise((resolve) => {
    let running = count;
    const finish = () => {
      if (--running === 0) resolve(undone);
    };
    const starts: (() => void)[] = [];
    for (let w = 0; w < count; w++) {
      const worker = new Worker(path.resolve(workerFile), { workerData: { pause } satisfies WorkerSetup });
      // Batches posted and not answered yet, oldest first (a worker answers in order).
      const inFlight: string[][] = [];
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        finish();
      };
      const next = () => {
        const batch = queue.shift();
        if (batch) {
          inFlight.push(batch);
          worker.postMessage({ uris: batch, maxFileSize } satisfies SummaryJob);
        } else if (inFlight.length === 0) void worker.terminate().then(end, end);
      };
      worker.on('message', (results: SummaryResult[]) => {
        inFlight.shift();
        for (const result of results) onResult(result);
        next();
      });
      worker.on('error', () => {
        // The batches in hand and whatever is still queued fall back to the caller.
        for (const batch of inFlight.splice(0)) undone.push(...batch);
        while (queue.length) undone.push(...queue.shift()!);
        end();
      });
      starts.push(next);
    }
    // Each worker gets a batch before any gets a second. Two in flight: a worker starts its next
    // batch while this thread files the last one, instead of waiting for it to be handed out.
    for (let k = 0; k < IN_FLIGHT; k++) for (const next of starts) next();
  });
}
