// Worker-thread entry of the workspace scan (bundled as dist/server/indexWorker.js): reads the
// files of each job it is given, parses them and posts their summaries back, so parsing a large
// workspace neither blocks the server's main thread (open files are checked meanwhile) nor
// uses only one core. Resource views are plain data, so they cross threads by structured clone.
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { waitWhilePaused, type WorkerSetup } from './pause';
import { summarizeText, type SummaryJob, type SummaryResult } from './summarizeText';

const pause = (workerData as WorkerSetup | undefined)?.pause;

async function summarizeFile(uri: string, maxFileSize: number): Promise<SummaryResult> {
  try {
    const path = fileURLToPath(uri);
    if ((await fs.stat(path)).size > maxFileSize) return { uri };
    return { uri, summary: summarizeText(uri, await fs.readFile(path, 'utf8'), maxFileSize) };
  } catch {
    return { uri };
  }
}

parentPort?.on('message', (job: SummaryJob) => {
  void (async () => {
    const results: SummaryResult[] = [];
    for (const uri of job.uris) {
      // The main thread is serving the editor: give it the CPU before the next file.
      if (pause) waitWhilePaused(pause);
      results.push(await summarizeFile(uri, job.maxFileSize));
    }
    parentPort?.postMessage(results);
  })();
});
