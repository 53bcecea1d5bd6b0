// The index summaries of a workspace's files, in a fresh process (bundled with esbuild by
// scripts/bench.mjs, like parseTimes.mjs): what the index workers compute per file
// (indexing/summarizeText.ts, the summary reader of syntax/summaryYaml.ts with the full parse for
// what it leaves) against the summaries of the full parse (`summarize(createSourceFile(...))`,
// what the workers computed before). The first pass over the files is what a worker pays (code
// not yet optimised); then medians of `runs` passes. CPU times, and the share of documents the
// summary reader read itself. Prints one JSON object.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocument } from 'yaml';
import { summarizeText } from '../../server/src/indexing/summarizeText';
import { createSourceFile } from '../../server/src/sourceFile';
import { DEFAULT_PARSE_LIMITS } from '../../server/src/syntax/parseYaml';
import { readSummaryYaml } from '../../server/src/syntax/summaryYaml';
import { summarize } from '../../server/src/workspace/workspaceIndex';

const [dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const files = [];
for (const sub of readdirSync(dir).sort())
  for (const name of readdirSync(join(dir, sub)).sort()) {
    const path = join(dir, sub, name);
    files.push({ uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') });
  }

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

const max = DEFAULT_PARSE_LIMITS.maxFileSize;
const ways = {
  summaryReader: (f) => summarizeText(f.uri, f.text, max).lineStarts,
  fullParse: (f) =>
    summarize(createSourceFile(TextDocument.create(f.uri, 'yaml', 0, f.text), DEFAULT_PARSE_LIMITS))
      .lineStarts,
};

/** CPU of one pass over every file. */
function pass(way) {
  globalThis.gc?.();
  const c = process.cpuUsage();
  for (const f of files) way(f);
  const used = process.cpuUsage(c);
  return (used.user + used.system) / 1000;
}

// Each way's first pass, before either has run: as cold as a freshly started worker.
const first = {};
const cpu = {};
for (const [name, way] of Object.entries(ways)) first[name] = pass(way);
for (const [name, way] of Object.entries(ways))
  cpu[name] = median(Array.from({ length: runs }, () => pass(way)));
let documents = 0;
let light = 0;
for (const f of files) {
  const read = readSummaryYaml(f.text, DEFAULT_PARSE_LIMITS);
  for (const d of read?.documents ?? []) {
    documents++;
    if (!isDocument(d.doc)) light++;
  }
}
const result = {
  files: files.length,
  bytes: files.reduce((n, f) => n + f.text.length, 0),
  documents,
  summaryReaderDocuments: light,
  runs,
  firstPassCpuMs: first,
  cpuMs: cpu,
};
process.stdout.write(JSON.stringify(result) + '\n');
