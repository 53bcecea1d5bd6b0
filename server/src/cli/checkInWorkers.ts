// `istio-canary check` on several cores: the files are parsed and checked on their own by the
// main thread and `jobs - 1` worker threads running the CLI's own file (checkWorker.ts). Batches
// of consecutive files go to whoever is free; each file is parsed once and its own findings (the
// file-local rules) taken. A worker posts its batch back as plain data, serialised once: the
// parses without their syntax trees and those findings (checkFile.ts `handOver`); the main thread
// reads it between batches of its own. Every file comes back in listing order, and the caller
// builds the one index and runs the cross-file rules in the main thread (main.ts), as the
// in-process check does, so the output is the in-process check's. (Each worker building the
// whole index again, as an earlier version did, cost more on two cores than the second core saved.)
import { Worker } from 'node:worker_threads';
import { deserialize } from 'node:v8';
import type { ClusterSnapshot } from '../../../protocol/src/cluster';
import type { Checked, HandedOver } from './checkFile';
import type { BatchParser, ParsedBatch } from './checkWorker';

/** Files per batch: small enough to balance the workers, large enough to amortise a message. */
const BATCH = 16;

/** Marks a worker thread of the CLI's file as a check worker (checkWorker.ts). */
export const CHECK_WORKER_ROLE = 'istio-canary check';

export interface CheckWorkerData {
  readonly role: typeof CHECK_WORKER_ROLE;
  /** The settings the CLI configured its language service with (config file and options). */
  readonly settings: unknown;
  readonly snapshot?: ClusterSnapshot;
  readonly reportUnusedDisables: boolean;
}

/** A message from a rule that failed, and the listing index of the file it failed on. */
export interface WorkerLog {
  readonly index: number;
  readonly message: string;
}

export type ToCheckWorker = { type: 'parse'; start: number; files: { path: string; display: string }[] };

export type FromCheckWorker =
  | {
      type: 'parsed';
      start: number;
      /** `v8.serialize` of the batch's `HandedOver[]`, one per file read. */
      files: Uint8Array;
      logs: WorkerLog[];
      failed?: { index: number; reason: string };
    }
  | { type: 'error'; message: string };

export type CheckOutcome =
  /**
   * Every file's own part, in listing order: checked here, or handed over by a worker; the logs
   * of the file-local rules, in that order.
   */
  | { readonly files: (Checked | HandedOver)[]; readonly logs: string[] }
  /** The first file (in listing order) that could not be read: the check stops there. */
  | { readonly failed: { index: number; reason: string }; readonly logs: string[] };

/**
 * Parses and checks `files` on their own in `jobs` threads: this one (when given `here`, a
 * parser with the same settings) and worker threads for the rest. Rejects when a worker fails
 * (the caller then checks in-process); a file that cannot be read is an outcome, as in the
 * in-process check.
 */
export function checkInWorkers(
  workerFile: string,
  files: readonly { path: string; display: string }[],
  options: Omit<CheckWorkerData, 'role'>,
  jobs: number,
  here?: BatchParser,
): Promise<CheckOutcome> {
  const data: CheckWorkerData = { ...options, role: CHECK_WORKER_ROLE };
  const queue: { start: number; files: { path: string; display: string }[] }[] = [];
  for (let start = 0; start < files.length; start += BATCH)
    queue.push({ start, files: files.slice(start, start + BATCH) });
  const count = Math.max(here ? 0 : 1, Math.min(here ? jobs - 1 : jobs, queue.length));
  const batches: { start: number; files: (Checked | HandedOver)[] }[] = [];
  const parseLogs: WorkerLog[] = [];
  let failed: { index: number; reason: string } | undefined;
  const workers: Worker[] = [];
  return new Promise<CheckOutcome>((resolve, reject) => {
    let settled = false;
    const stop = () => {
      settled = true;
      for (const w of workers) void w.terminate();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      stop();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    /** The threads still parsing: each worker, and this one. */
    let parsing = count + (here ? 1 : 0);
    const take = (batch: Pick<ParsedBatch, 'logs' | 'failed'>) => {
      parseLogs.push(...batch.logs);
      if (batch.failed && (!failed || batch.failed.index < failed.index)) failed = batch.failed;
      // Once a file cannot be read the outcome is known: parse nothing more.
      if (failed) queue.length = 0;
    };
    const finish = () => {
      stop();
      if (failed) {
        const index = failed.index;
        resolve({ failed, logs: inOrder(parseLogs.filter((l) => l.index < index)) });
        return;
      }
      batches.sort((a, b) => a.start - b.start);
      resolve({ files: batches.flatMap((b) => b.files), logs: inOrder(parseLogs) });
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile, { workerData: data satisfies CheckWorkerData });
      workers.push(worker);
      // Two batches in flight, so the worker has the next one at hand while this thread is busy
      // with a batch of its own and has not read the worker's last message yet.
      let inFlight = 0;
      const handOut = () => {
        const batch = queue.shift();
        if (!batch) return;
        worker.postMessage({ type: 'parse', ...batch } satisfies ToCheckWorker);
        inFlight++;
      };
      worker.on('message', (message: FromCheckWorker) => {
        if (settled) return;
        if (message.type === 'error') return fail(new Error(message.message));
        inFlight--;
        take(message);
        handOut();
        if (!failed)
          batches.push({ start: message.start, files: deserialize(message.files) as HandedOver[] });
        if (inFlight === 0 && --parsing === 0) finish();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!settled) fail(new Error(`a check worker exited with code ${code}`));
      });
      handOut();
      handOut();
      if (inFlight === 0 && --parsing === 0) finish();
    }
    if (!here) return;
    // This thread parses too, a batch at a time, reading the workers' batches in between.
    const parseHere = () => {
      if (settled) return;
      const batch = queue.shift();
      if (!batch) {
        if (--parsing === 0) finish();
        return;
      }
      let parsed: ParsedBatch;
      try {
        parsed = here.parseBatch(batch.start, batch.files);
      } catch (error) {
        return fail(error);
      }
      take(parsed);
      if (!failed) batches.push({ start: batch.start, files: parsed.checked });
      setImmediate(parseHere);
    };
    setImmediate(parseHere);
  });
}

/** Log messages by the listing order of their files (stable within a file). */
function inOrder(logs: readonly WorkerLog[]): string[] {
  return logs
    .map((log, i) => ({ log, i }))
    .sort((a, b) => a.log.index - b.log.index || a.i - b.i)
    .map(({ log }) => log.message);
}
