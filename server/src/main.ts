// Node entry point of the language server: builds the runtime (file reading and the workspace
// scan, with Node's fs) and starts the LSP shell. Started by the extension over IPC, or over
// stdio by other editors and tests (`node dist/server/main.js --stdio`).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import type { Runtime } from './lsp/runtime';
import { findYamlFiles } from './cli/files';
import { summarizeInWorkers } from './indexing/workerPool';

const runtime: Runtime = {
  async readFile(uri) {
    try {
      return await fs.readFile(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
  async fileSize(uri) {
    try {
      return (await fs.stat(fileURLToPath(uri))).size;
    } catch {
      return undefined;
    }
  },
  findYamlFiles(folderUris, exclude) {
    const out: string[] = [];
    for (const folder of folderUris) {
      if (!folder.startsWith('file:')) continue;
      const root = fileURLToPath(folder);
      const files = findYamlFiles([root], exclude);
      for (const file of files.files) out.push(pathToFileURL(path.resolve(file)).toString());
    }
    return Promise.resolve(out);
  },
  summarizeFiles(uris, maxFileSize, onResult) {
    // Bundled next to this file by scripts/build.mjs.
    return summarizeInWorkers(path.join(__dirname, 'indexWorker.js'), uris, maxFileSize, onResult);
  },
};

// Exceptions that escape a handler are logged by the connection; these keep the process alive
// for anything that escapes elsewhere (the client restarts a dead server, but it should not die).
process.on('uncaughtException', (error) =>
  console.error(`[istio-canary] uncaught: ${error.stack ?? error.message}`),
);
process.on('unhandledRejection', (reason) =>
  console.error(`[istio-canary] unhandled rejection: ${String(reason)}`),
);

startServer(createConnection(ProposedFeatures.all), runtime);
