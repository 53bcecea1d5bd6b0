// A worker thread of `istio-canary check` on several cores (checkInWorkers.ts starts the CLI's own
// file as the worker, main.ts calls serveCheckWorker there). Each worker has its own language
// service with the CLI's settings. It parses the batches of files it is handed, takes each file's
// own findings (checkFile.ts `checkLocal`) and posts the batch back, serialised once: the parses
// without their syntax trees and those findings (`handOver`). It keeps nothing: the main thread
// indexes every file and runs the cross-file rules. The main thread parses batches too, with the
// same `BatchParser` in-process (no serialising there).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../languageService';
import { checkLocal, handOver, type Checked } from './checkFile';
import {
  CHECK_WORKER_ROLE,
  type CheckWorkerData,
  type FromCheckWorker,
  type ToCheckWorker,
  type WorkerLog,
} from './checkInWorkers';

/** Whether this thread was started as a check worker (by checkInWorkers). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as Partial<CheckWorkerData> | null)?.role === CHECK_WORKER_ROLE;
}

/** Answers the main thread's messages until it ends the thread. */
export function serveCheckWorker(): void {
  const parser = new BatchParser(workerData as CheckWorkerData);
  parentPort?.on('message', (message: ToCheckWorker) => {
    try {
      const { checked, logs, failed } = parser.parseBatch(message.start, message.files);
      post({
        type: 'parsed',
        start: message.start,
        files: serialize(checked.map(handOver)),
        logs,
        ...(failed ? { failed } : {}),
      });
    } catch (error) {
      post({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
}

function post(message: FromCheckWorker): void {
  parentPort?.postMessage(message);
}

/** One batch parsed and checked on its own: a file each, up to the first that cannot be read. */
export interface ParsedBatch {
  readonly checked: Checked[];
  /** What the language service logged (rule failures), by listing index. */
  readonly logs: WorkerLog[];
  readonly failed?: { index: number; reason: string };
}

/** Parses batches of files with a language service of its own (the CLI's settings). */
export class BatchParser {
  private logs: WorkerLog[] = [];
  private current = -1;
  private readonly service: LanguageService;

  constructor(private readonly data: Omit<CheckWorkerData, 'role'>) {
    this.service = createLanguageService({
      log: (message) => this.logs.push({ index: this.current, message }),
    });
    this.service.configure(data.settings);
    if (data.snapshot) this.service.setClusterSnapshot(data.snapshot);
  }

  parseBatch(start: number, files: readonly { path: string }[]): ParsedBatch {
    const checked: Checked[] = [];
    let failed: { index: number; reason: string } | undefined;
    for (let i = 0; i < files.length && !failed; i++) {
      this.current = start + i;
      let text: string;
      try {
        text = readFileSync(files[i]!.path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        failed = {
          index: this.current,
          reason: code ?? (error instanceof Error ? error.message : String(error)),
        };
        break;
      }
      const uri = pathToFileURL(files[i]!.path).toString();
      const file = this.service.parse(TextDocument.create(uri, 'yaml', 1, text));
      // Not indexed here: the file-local rules read no index, and the main thread indexes every
      // file in listing order.
      checked.push(checkLocal(this.service, file, this.data.reportUnusedDisables));
    }
    const logs = this.logs;
    this.logs = [];
    return { checked, logs, ...(failed ? { failed } : {}) };
  }
}
