// Worker-thread entry of `istio-canary check` on several cores (bundled as
// dist/cli/checkWorker.js; checkInWorkers.ts drives it). Each worker has its own language service
// with the CLI's settings. First it parses the batches of files it is handed, keeps each file's
// own findings and its parse without the syntax tree (checkFile.ts), and posts the batch's index
// summaries back serialised once into a SharedArrayBuffer, which the main thread forwards to the
// other workers without copying. Then, given every batch's summaries in listing order (the same
// index the in-process check builds), it reports the findings of the files it parsed.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../languageService';
import { summarize, type FileSummary } from '../workspace/workspaceIndex';
import { checkLocal, fileFindings, type Checked } from './checkFile';
import type { CheckWorkerData, FromCheckWorker, ToCheckWorker, WorkerLog } from './checkInWorkers';

const data = workerData as CheckWorkerData;
let logs: WorkerLog[] = [];
let current = -1;
const service = createLanguageService({ log: (message) => logs.push({ index: current, message }) });
service.configure(data.settings);
if (data.snapshot) service.setClusterSnapshot(data.snapshot);

/** The files this worker parsed, by listing index. */
const checked = new Map<number, { display: string; item: Checked }>();
/** This worker's summaries, by the listing index of their batch's first file. */
const ownBatches = new Map<number, FileSummary[]>();

function post(message: FromCheckWorker): void {
  parentPort?.postMessage(message);
}

function parseBatch(start: number, files: readonly { path: string; display: string }[]): void {
  const summaries: FileSummary[] = [];
  let failed: { index: number; reason: string } | undefined;
  files.forEach(({ path, display }, i) => {
    current = start + i;
    if (failed) return;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      failed = { index: current, reason: code ?? (error instanceof Error ? error.message : String(error)) };
      return;
    }
    const file = service.parse(TextDocument.create(pathToFileURL(path).toString(), 'yaml', 1, text));
    // The index is filled in listing order later (crossFile), as the in-process check fills it.
    summaries.push(summarize(file));
    checked.set(current, { display, item: checkLocal(service, file, data.reportUnusedDisables) });
  });
  ownBatches.set(start, summaries);
  const bytes = serialize(summaries);
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  const batchLogs = logs;
  logs = [];
  post({ type: 'parsed', start, summaries: shared, logs: batchLogs, ...(failed ? { failed } : {}) });
}

function crossFile(batches: readonly { start: number; summaries: SharedArrayBuffer }[]): void {
  for (const batch of batches) {
    const summaries =
      ownBatches.get(batch.start) ?? (deserialize(new Uint8Array(batch.summaries)) as FileSummary[]);
    for (const summary of summaries) service.setWorkspaceSummary(summary);
  }
  ownBatches.clear();
  const results: { index: number; findings: ReturnType<typeof fileFindings> }[] = [];
  for (const index of [...checked.keys()].sort((a, b) => a - b)) {
    current = index;
    const { display, item } = checked.get(index)!;
    results.push({ index, findings: fileFindings(service, display, item, data.reportUnusedDisables) });
  }
  checked.clear();
  const batchLogs = logs;
  logs = [];
  post({ type: 'findings', results, logs: batchLogs });
}

parentPort?.on('message', (message: ToCheckWorker) => {
  try {
    if (message.type === 'parse') parseBatch(message.start, message.files);
    else crossFile(message.batches);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
