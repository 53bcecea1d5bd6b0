// A worker thread of `istio-canary check` on several cores (checkInWorkers.ts starts the CLI's own
// file as the worker, main.ts calls serveCheckWorker there). Each worker has its own language service
// with the CLI's settings. First it parses the batches of files it is handed, keeps each file's
// own findings and its parse without the syntax tree (checkFile.ts), and posts the batch's index
// summaries back serialised once into a SharedArrayBuffer, which the main thread forwards to the
// other workers without copying. Then, given every batch's summaries in listing order (the same
// index the in-process check builds), it reports the findings of the files it parsed.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService } from '../languageService';
import { summarize, type FileSummary } from '../workspace/workspaceIndex';
import { checkLocal, fileFindings, type Checked } from './checkFile';
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
  const worker = new CheckWorker(workerData as CheckWorkerData);
  parentPort?.on('message', (message: ToCheckWorker) => {
    try {
      if (message.type === 'parse') worker.parseBatch(message.start, message.files);
      else worker.crossFile(message.batches);
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

class CheckWorker {
  private logs: WorkerLog[] = [];
  private current = -1;
  private readonly service: LanguageService;
  /** The files this worker parsed, by listing index. */
  private readonly checked = new Map<number, { display: string; item: Checked }>();
  /** This worker's summaries, by the listing index of their batch's first file. */
  private readonly ownBatches = new Map<number, FileSummary[]>();

  constructor(private readonly data: CheckWorkerData) {
    this.service = createLanguageService({
      log: (message) => this.logs.push({ index: this.current, message }),
    });
    this.service.configure(data.settings);
    if (data.snapshot) this.service.setClusterSnapshot(data.snapshot);
  }

  parseBatch(start: number, files: readonly { path: string; display: string }[]): void {
    const summaries: FileSummary[] = [];
    let failed: { index: number; reason: string } | undefined;
    files.forEach(({ path, display }, i) => {
      this.current = start + i;
      if (failed) return;
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        failed = {
          index: this.current,
          reason: code ?? (error instanceof Error ? error.message : String(error)),
        };
        return;
      }
      const file = this.service.parse(TextDocument.create(pathToFileURL(path).toString(), 'yaml', 1, text));
      // The index is filled in listing order later (crossFile), as the in-process check fills it.
      summaries.push(summarize(file));
      this.checked.set(this.current, {
        display,
        item: checkLocal(this.service, file, this.data.reportUnusedDisables),
      });
    });
    this.ownBatches.set(start, summaries);
    const bytes = serialize(summaries);
    const shared = new SharedArrayBuffer(bytes.length);
    new Uint8Array(shared).set(bytes);
    const batchLogs = this.logs;
    this.logs = [];
    post({ type: 'parsed', start, summaries: shared, logs: batchLogs, ...(failed ? { failed } : {}) });
  }

  crossFile(batches: { start: number; summaries: SharedArrayBuffer }[]): void {
    // Each batch's buffer is let go as soon as it is read (20,000 files make ~200 MB of them).
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      const summaries =
        this.ownBatches.get(batch.start) ?? (deserialize(new Uint8Array(batch.summaries)) as FileSummary[]);
      for (const summary of summaries) this.service.setWorkspaceSummary(summary);
    }
    this.ownBatches.clear();
    const results: { index: number; findings: ReturnType<typeof fileFindings> }[] = [];
    for (const index of [...this.checked.keys()].sort((a, b) => a - b)) {
      this.current = index;
      const { display, item } = this.checked.get(index)!;
      results.push({
        index,
        findings: fileFindings(this.service, display, item, this.data.reportUnusedDisables),
      });
    }
    this.checked.clear();
    const batchLogs = this.logs;
    this.logs = [];
    post({ type: 'findings', results, logs: batchLogs });
  }
}
