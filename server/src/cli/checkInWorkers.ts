// `istio-canary check` on several cores: the files are parsed and checked in worker threads
// running the CLI's own file (checkWorker.ts), which the main thread only coordinates. Two rounds:
//  1. batches of consecutive files are handed out as workers become free; a worker parses each
//     file once, keeps its own findings and its parse without the syntax tree, and posts the
//     batch's index summaries back (serialised once, in a SharedArrayBuffer);
//  2. every worker gets every batch's summaries in listing order, so each builds the same index
//     the in-process check builds, and reports the findings of the files it parsed.
// The main thread puts the findings back in listing order: the output is the in-process check's.
import { Worker } from 'node:worker_threads';
import type { ClusterSnapshot } from '../../../protocol/src/cluster';
import type { Finding } from './format';

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

export type ToCheckWorker =
  | { type: 'parse'; start: number; files: { path: string; display: string }[] }
  | { type: 'crossFile'; batches: { start: number; summaries: SharedArrayBuffer }[] };

export type FromCheckWorker =
  | {
      type: 'parsed';
      start: number;
      summaries: SharedArrayBuffer;
      logs: WorkerLog[];
      failed?: { index: number; reason: string };
    }
  | { type: 'findings'; results: { index: number; findings: Finding[] }[]; logs: WorkerLog[] }
  | { type: 'error'; message: string };

export type CheckOutcome =
  | { readonly findings: Finding[][]; readonly logs: string[] }
  /** The first file (in listing order) that could not be read: the check stops there. */
  | { readonly failed: { index: number; reason: string }; readonly logs: string[] };

/**
 * Checks `files` in `jobs` worker threads. Rejects when a worker fails (the caller then checks
 * in-process); a file that cannot be read is an outcome, as in the in-process check.
 */
export function checkInWorkers(
  workerFile: string,
  files: readonly { path: string; display: string }[],
  options: Omit<CheckWorkerData, 'role'>,
  jobs: number,
): Promise<CheckOutcome> {
  const data: CheckWorkerData = { ...options, role: CHECK_WORKER_ROLE };
  const queue: { start: number; files: { path: string; display: string }[] }[] = [];
  for (let start = 0; start < files.length; start += BATCH)
    queue.push({ start, files: files.slice(start, start + BATCH) });
  const count = Math.max(1, Math.min(jobs, queue.length));
  const batches: { start: number; summaries: SharedArrayBuffer }[] = [];
  const parseLogs: WorkerLog[] = [];
  const findLogs: WorkerLog[] = [];
  const findings: Finding[][] = files.map(() => []);
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
    let parsing = count;
    let finding = count;
    const startCrossFile = () => {
      if (failed) {
        stop();
        const index = failed.index;
        resolve({ failed, logs: inOrder(parseLogs.filter((l) => l.index < index)) });
        return;
      }
      batches.sort((a, b) => a.start - b.start);
      for (const w of workers) w.postMessage({ type: 'crossFile', batches } satisfies ToCheckWorker);
      // The workers hold the shared buffers now; each lets go of a batch once it has read it.
      batches.length = 0;
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile, { workerData: data satisfies CheckWorkerData });
      workers.push(worker);
      const next = () => {
        const batch = queue.shift();
        if (batch) worker.postMessage({ type: 'parse', ...batch } satisfies ToCheckWorker);
        else if (--parsing === 0) startCrossFile();
      };
      worker.on('message', (message: FromCheckWorker) => {
        if (settled) return;
        if (message.type === 'error') return fail(new Error(message.message));
        if (message.type === 'parsed') {
          batches.push({ start: message.start, summaries: message.summaries });
          parseLogs.push(...message.logs);
          if (message.failed && (!failed || message.failed.index < failed.index)) failed = message.failed;
          // Once a file cannot be read the outcome is known: parse nothing more.
          if (failed) queue.length = 0;
          return next();
        }
        for (const r of message.results) findings[r.index] = r.findings;
        findLogs.push(...message.logs);
        if (--finding === 0) {
          stop();
          resolve({ findings, logs: [...inOrder(parseLogs), ...inOrder(findLogs)] });
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!settled) fail(new Error(`a check worker exited with code ${code}`));
      });
      next();
    }
  });
}

/** Log messages by the listing order of their files (stable within a file). */
function inOrder(logs: readonly WorkerLog[]): string[] {
  return logs
    .map((log, i) => ({ log, i }))
    .sort((a, b) => a.log.index - b.log.index || a.i - b.i)
    .map(({ log }) => log.message);
}
