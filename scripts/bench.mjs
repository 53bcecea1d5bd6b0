// @ts-check
// `npm run bench`: Istio Canary's language server against yaml-language-server (configured with
// JSON Schemas generated from the same CRDs), on generated workspaces, in one run. Prints a
// table with the ratio ours/theirs per measure and writes bench/results.json
// ({ measure: { ours, theirs, ratio, unit, target?, met? } }). Not part of `npm test`.
//
// Options: --no-build (use dist/ as it is), --cpu-prof (write V8 CPU profiles of our server and
// CLI to bench/profiles/), --only=ours (skip yaml-language-server), --quick (smaller inputs, for
// trying the harness). Measured on one machine at a time; the servers run one after the other so
// they do not compete for the two cores.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as esbuild from 'esbuild';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateStream, generateWorkspaceFile, prng } from '../bench/lib/generate.mjs';
import { lineStartsOf, positionAt } from '../bench/lib/lspClient.mjs';
import { startOurs, startTheirs, writeCombinedSchema } from '../bench/lib/servers.mjs';
import { measureActivation } from '../bench/lib/activation.mjs';
import { yamlWithoutEnvReads } from './esbuild-yaml-plugin.mjs';
import { measureSnapshot } from '../bench/lib/snapshot.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const cpuProf = args.has('--cpu-prof');
const onlyOurs = args.has('--only=ours');
const PROFILE_DIR = join(ROOT, 'bench', 'profiles');
const stagesArg = process.argv.find((a) => a.startsWith('--stages='));
const stages = new Set(
  (stagesArg
    ? stagesArg.slice('--stages='.length)
    : 'editor,index,cli,rules,scaling,activation,regex,snapshot,parse'
  ).split(','),
);

const SIZES = quick
  ? {
      largeLines: 6000,
      smallLines: 300,
      completions: 100,
      hovers: 100,
      files: 200,
      edits: 3,
      scaling: [20, 200, 2000],
    }
  : {
      largeLines: 60000,
      smallLines: 300,
      completions: 500,
      hovers: 500,
      files: 2000,
      edits: 5,
      scaling: [200, 2000, 20000],
    };

/** `check --jobs N`, one worker thread per core (the CLI's default is one thread). */
const WORKER_JOBS = ['--jobs', String(cpus().length)];

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function median(values) {
  return percentile(values, 50);
}

// ---------------------------------------------------------------------------------------------
// Inputs

function prepareInputs(dir) {
  const large = generateStream({ minLines: SIZES.largeLines, seed: 7 });
  const small = generateStream({ minLines: SIZES.smallLines, seed: 11, errorEvery: 4 });
  const largePath = join(dir, 'large.yaml');
  const smallPath = join(dir, 'small.yaml');
  writeFileSync(largePath, large.text);
  writeFileSync(smallPath, small.text);
  const files = [
    { name: 'large', path: largePath, uri: pathToFileURL(largePath).toString(), ...large },
    { name: 'small', path: smallPath, uri: pathToFileURL(smallPath).toString(), ...small },
  ];
  return files.map((f) => ({ ...f, lineStarts: lineStartsOf(f.text) }));
}

/** Completion positions: 4/5 in the large file, 1/5 in the small one, spread over marker kinds. */
function pickPositions(files, total, kinds, seed) {
  const random = prng(seed);
  const picks = [];
  const [large, small] = files;
  const share = [
    [large, Math.round(total * 0.8)],
    [small, total - Math.round(total * 0.8)],
  ];
  for (const [file, count] of share) {
    for (let i = 0; i < count; i++) {
      const kind = kinds[i % kinds.length];
      const offsets = file.markers[kind];
      const offset = offsets[Math.floor(random() * offsets.length)];
      picks.push({ file, kind, position: positionAt(file.lineStarts, offset) });
    }
  }
  return picks;
}

// ---------------------------------------------------------------------------------------------
// Editor measures, run against one server

/**
 * Opens `file` and waits for its first publish (`ms`, `diagnostics`); with `publishes: 2`, also
 * for the second (`fullMs`): ours publishes a just-opened file's own findings first, then its
 * full check (cross-file findings included).
 */
async function openAndWait(client, file, version = 1, publishes = 1) {
  /** @type {{ params: any, at: number, cpuMs: number }[]} */
  const seen = [];
  // The server's CPU time (all its threads) at each publish, which a busy machine inflates less.
  const off = client.on('textDocument/publishDiagnostics', (p) => {
    if (p.uri === file.uri) seen.push({ params: p, at: performance.now(), cpuMs: client.cpuMs() });
  });
  const started = performance.now();
  client.notify('textDocument/didOpen', {
    textDocument: { uri: file.uri, languageId: 'yaml', version, text: file.text },
  });
  await waitUntil(() => seen.length >= publishes, 300_000, `${publishes} publishes of ${file.name}`);
  off();
  const first = seen[0];
  const last = seen[publishes - 1];
  return {
    ms: first.at - started,
    diagnostics: first.params.diagnostics,
    fullMs: last.at - started,
    cpuMs: first.cpuMs,
    fullCpuMs: last.cpuMs,
  };
}

/** Every injected schema error must be reported on its line, or the comparison is meaningless. */
function checkInjectedErrors(serverName, file, diagnostics) {
  const lines = new Set(diagnostics.map((d) => d.range.start.line));
  const missed = file.errors.filter((e) => !lines.has(e.line));
  if (missed.length) {
    throw new Error(
      `${serverName} did not report ${missed.length} of ${file.errors.length} injected errors in ${file.name} ` +
        `(first at line ${missed[0].line}, ${missed[0].kind}); its configuration is not equivalent`,
    );
  }
  return file.errors.length;
}

/**
 * What measureEditor measures for one server: times in ms, sizes in bytes. Every field is
 * optional because a result is filled in step by step, and a stage that did not run has none.
 * @typedef {{ p50: number, p95: number, empty: number }} Latency
 * @typedef {{
 *   startMs?: number,
 *   probeMs?: number,
 *   largeFirstDiagnosticsMs?: number,
 *   largeFirstDiagnosticsCpuMs?: number,
 *   largeFullDiagnosticsMs?: number,
 *   largeFullDiagnosticsCpuMs?: number,
 *   largeDiagnostics?: number,
 *   largeInjectedErrorsFound?: unknown,
 *   smallFirstDiagnosticsMs?: number,
 *   smallDiagnostics?: number,
 *   completion?: Latency,
 *   completionByKind?: Record<string, unknown>,
 *   hover?: Latency,
 *   editToDiagnosticsMs?: number,
 *   editCpuMs?: number,
 *   editSamplesMs?: number[],
 *   insertToDiagnosticsMs?: number,
 *   insertCpuMs?: number,
 *   peakRssBytes?: number,
 *   rssBytes?: number,
 * }} EditorResult
 */

/** @returns {Promise<EditorResult>} */
async function measureEditor(server, files, completions, hovers) {
  const { client } = server;
  /** @type {EditorResult} */
  const result = {};
  const started = performance.now();
  await server.init();
  result.startMs = performance.now() - started;

  // A tiny probe document warms up both servers the same way (code loaded, schemas compiled)
  // and proves the schema errors are reported before anything is timed.
  const probe = generateStream({ minLines: 40, seed: 3, errorEvery: 2 });
  const probeFile = {
    name: 'probe',
    uri: pathToFileURL(join(dirname(files[0].path), 'probe.yaml')).toString(),
    ...probe,
  };
  const probeResult = await openAndWait(client, probeFile);
  checkInjectedErrors(server.name, probeFile, probeResult.diagnostics);
  result.probeMs = probeResult.ms;
  client.notify('textDocument/didClose', { textDocument: { uri: probeFile.uri } });

  const [large, small] = files;
  log(`${server.name}: opening the large file (${large.lines} lines, ${large.documents} documents)`);
  const cpuBeforeLarge = client.cpuMs();
  // Ours publishes the file's own findings (schema, weights, file-local rules) first, then the
  // full check; yaml-language-server publishes once.
  const largeOpen = await openAndWait(client, large, 1, server.name === 'ours' ? 2 : 1);
  result.largeFirstDiagnosticsMs = largeOpen.ms;
  result.largeFullDiagnosticsMs = largeOpen.fullMs;
  // CPU time the server spent (all its threads), which a busy machine does not inflate (read at
  // each publish, to the clock tick).
  result.largeFirstDiagnosticsCpuMs = largeOpen.cpuMs - cpuBeforeLarge;
  result.largeFullDiagnosticsCpuMs = largeOpen.fullCpuMs - cpuBeforeLarge;
  result.largeDiagnostics = largeOpen.diagnostics.length;
  result.largeInjectedErrorsFound = checkInjectedErrors(server.name, large, largeOpen.diagnostics);
  const smallOpen = await openAndWait(client, small);
  result.smallFirstDiagnosticsMs = smallOpen.ms;
  result.smallDiagnostics = smallOpen.diagnostics.length;
  checkInjectedErrors(server.name, small, smallOpen.diagnostics);

  log(`${server.name}: ${completions.length} completions`);
  const completionMs = [];
  const completionByKind = {};
  let emptyCompletions = 0;
  for (const c of completions) {
    const { ms, result: list } = await client.timedRequest('textDocument/completion', {
      textDocument: { uri: c.file.uri },
      position: c.position,
    });
    completionMs.push(ms);
    (completionByKind[c.kind] ??= []).push(ms);
    const items = Array.isArray(list) ? list : (list?.items ?? []);
    if (items.length === 0) emptyCompletions++;
  }
  result.completion = {
    p50: percentile(completionMs, 50),
    p95: percentile(completionMs, 95),
    empty: emptyCompletions,
  };
  result.completionByKind = Object.fromEntries(
    Object.entries(completionByKind).map(([k, v]) => [k, { p50: percentile(v, 50), p95: percentile(v, 95) }]),
  );

  log(`${server.name}: ${hovers.length} hovers`);
  const hoverMs = [];
  let emptyHovers = 0;
  for (const h of hovers) {
    const { ms, result: hover } = await client.timedRequest('textDocument/hover', {
      textDocument: { uri: h.file.uri },
      position: h.position,
    });
    hoverMs.push(ms);
    if (!hover) emptyHovers++;
  }
  result.hover = { p50: percentile(hoverMs, 50), p95: percentile(hoverMs, 95), empty: emptyHovers };

  // One-character edits in the middle of the large file: a weight digit changes, so the
  // diagnostics change too (a weight-sum finding for us). Each waits for its diagnostics.
  log(`${server.name}: ${SIZES.edits} one-character edits`);
  const editMs = [];
  const weightOffsets = [];
  const re = /weight: (\d)/g;
  let m;
  while ((m = re.exec(large.text))) weightOffsets.push(m.index + 'weight: '.length);
  let version = 1;
  const cpuBeforeEdits = client.cpuMs();
  for (let i = 0; i < SIZES.edits; i++) {
    const offset = weightOffsets[Math.floor(weightOffsets.length / 2) + i * 7];
    const position = positionAt(large.lineStarts, offset);
    version++;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === large.uri);
    const t0 = performance.now();
    client.notify('textDocument/didChange', {
      textDocument: { uri: large.uri, version },
      contentChanges: [
        {
          range: { start: position, end: { line: position.line, character: position.character + 1 } },
          text: '3',
        },
      ],
    });
    const { at } = await published;
    editMs.push(at - t0);
  }
  result.editToDiagnosticsMs = median(editMs);
  result.editCpuMs = (client.cpuMs() - cpuBeforeEdits) / SIZES.edits;
  result.editSamplesMs = editMs;

  // A line inserted near the top of the large file: every later document moves (and every
  // finding's line with it), though only the first document's text changed.
  log(`${server.name}: ${SIZES.edits} line insertions near the top`);
  const insertMs = [];
  const cpuBeforeInserts = client.cpuMs();
  for (let i = 0; i < SIZES.edits; i++) {
    version++;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === large.uri);
    const t0 = performance.now();
    const at = { line: 1, character: 0 };
    client.notify('textDocument/didChange', {
      textDocument: { uri: large.uri, version },
      contentChanges: [{ range: { start: at, end: at }, text: `# inserted line ${i}\n` }],
    });
    const { at: publishedAt } = await published;
    insertMs.push(publishedAt - t0);
  }
  result.insertToDiagnosticsMs = median(insertMs);
  result.insertCpuMs = (client.cpuMs() - cpuBeforeInserts) / SIZES.edits;
  result.peakRssBytes = client.peakRss();
  result.rssBytes = client.currentRss();
  await client.shutdown();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Workspace index, CLI (ours only)

function writeWorkspace(dir, fileCount) {
  mkdirSync(dir, { recursive: true });
  let documents = 0;
  for (let i = 0; i < fileCount; i++) {
    const sub = join(dir, `team-${i % 20}`);
    mkdirSync(sub, { recursive: true });
    const file = generateWorkspaceFile(i, fileCount);
    documents += file.documents;
    writeFileSync(join(sub, `service-${String(i).padStart(4, '0')}.yaml`), file.text);
  }
  return documents;
}

async function measureWorkspaceIndex(wsDir, fileCount) {
  const folderUri = pathToFileURL(wsDir).toString();
  const openUris = [0, Math.floor(fileCount / 2)].map((i) =>
    pathToFileURL(join(wsDir, `team-${i % 20}`, `service-${String(i).padStart(4, '0')}.yaml`)).toString(),
  );
  const started = performance.now();
  const server = startOurs(ROOT, { workspaceFolders: [folderUri], execArgv: profileArgs('index') });
  const { client } = server;
  // Every publish is recorded as it arrives: the index-complete status and the publishes that
  // follow it can come in one chunk, before an awaiting continuation could subscribe.
  const publishes = [];
  client.on('textDocument/publishDiagnostics', (p) =>
    publishes.push({ uri: p.uri, count: p.diagnostics.length, at: performance.now() }),
  );
  const indexed = client.waitFor(
    'istioCanary/status',
    (p) => p.state === 'idle' && p.indexedFiles >= fileCount,
    // Generous: on a loaded machine 20,000 files take minutes; this only catches a hang.
    Math.max(300_000, fileCount * 300),
  );
  await server.init();
  const openedAt = new Map();
  for (const uri of openUris) {
    const text = readFileSync(fileURLToPath(uri), 'utf8');
    openedAt.set(uri, performance.now());
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }
  const indexedAt = (await indexed).at;
  // The first publish of each open file: its own findings, which must not wait for the index.
  await waitUntil(
    () => openUris.every((uri) => publishes.some((p) => p.uri === uri)),
    60_000,
    'first diagnostics of the open files',
  );
  const firstPublishMs = openUris.map((uri) => publishes.find((p) => p.uri === uri).at - openedAt.get(uri));
  // Diagnostics published after the index is complete are the cross-file ones.
  const afterIndex = () => openUris.map((uri) => publishes.find((p) => p.uri === uri && p.at >= indexedAt));
  await waitUntil(() => afterIndex().every(Boolean), 60_000, 'diagnostics of the open files after indexing');
  const published = afterIndex();
  const doneAt = Math.max(...published.map((p) => p.at));
  const doneMs = doneAt - started;
  const serverLog = client.logMessages.find((m) => /indexed \d+ YAML files/.test(m));
  const peakRssBytes = client.peakRss();
  const serverCpuMs = client.cpuMs();
  await client.shutdown();
  return {
    coldStartToCrossFileDiagnosticsMs: doneMs,
    firstDiagnosticsWhileIndexingMs: Math.max(...firstPublishMs),
    firstPublishBeforeIndexComplete: openUris.every(
      (uri) => publishes.find((p) => p.uri === uri).at < indexedAt,
    ),
    serverCpuMs,
    indexCompleteMs: indexedAt - started,
    serverLog,
    peakRssBytes,
    diagnosticsOnOpenFiles: published.map((p) => p.count),
  };
}

/** CPU time of this process's finished children (cutime + cstime in /proc/self/stat). */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

/** Polls `condition` on the event loop (no fixed sleep decides the result) until it holds. */
async function waitUntil(condition, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Bundles a bench/lib script with the server's sources as they ship (scripts/build.mjs uses the
 * same plugin; the installed `yaml` the script loads at run time stays the baseline), runs it in
 * a fresh process and answers its JSON output.
 */
async function runBundled(script, work, name, args) {
  const bundle = join(work, `${script.replace(/\.mjs$/, '')}.cjs`);
  // esbuild takes plugins only in its asynchronous API.
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench', 'lib', script)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
    plugins: [yamlWithoutEnvReads()],
  });
  const output = execFileSync(process.execPath, ['--expose-gc', ...profileArgs(name), bundle, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output);
}

/** Each rule's time over the workspace, and `yaml.parseAllDocuments` alone over the same files. */
function measureRules(wsDir, work) {
  return runBundled('ruleTimes.mjs', work, 'rules', [wsDir, ROOT]);
}

/** What the index workers compute per file: the summary reader against the full parse, same run. */
function measureSummaries(wsDir, work) {
  return runBundled('summaryTimes.mjs', work, 'summaries', [wsDir, quick ? '3' : '5']);
}

/** The parse of the large file by parseYaml (fast reader + `yaml` fallback) and by `yaml` alone, same run. */
function measureParse(largePath, work) {
  return runBundled('parseTimes.mjs', work, 'parse', [largePath, ROOT, quick ? '3' : '7']);
}

/**
 * The large file's own check in-process (`--stages=local`): parse, then diagnose with scope
 * 'local' (what the editor publishes first), each in fresh processes so the first run is as cold
 * as a server's first open; CPU medians over the processes, and each rule's time (warm).
 */
async function measureLocal(largePath, work) {
  const processes = quick ? 2 : 5;
  const runs = [];
  for (let i = 0; i < processes; i++)
    runs.push(await runBundled('localTimes.mjs', work, `local-${i}`, [largePath, '3']));
  const m = (key) => median(runs.map((r) => r[key]));
  const ruleMs = {};
  for (const code of Object.keys(runs[0].ruleMs)) ruleMs[code] = median(runs.map((r) => r.ruleMs[code] ?? 0));
  return {
    processes,
    findings: runs[0].findings,
    firstParseCpuMs: m('firstParseCpuMs'),
    firstLocalCpuMs: m('firstLocalCpuMs'),
    warmParseCpuMs: m('parseCpuMs'),
    warmLocalCpuMs: m('localCpuMs'),
    ruleMs: Object.fromEntries(Object.entries(ruleMs).sort((a, b) => b[1] - a[1])),
  };
}

/** Peak RSS of a finished child: a preload writes process.resourceUsage().maxRSS at exit. */
function peakRssPreload(work) {
  const file = join(work, 'peak-rss.cjs');
  writeFileSync(
    file,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_PEAK_RSS_FILE, " +
      'String(process.resourceUsage().maxRSS * 1024)));\n',
  );
  return file;
}

/** `istio-canary check` of the folder; `extraArgs` e.g. `--jobs 1` (one thread instead of one per core). */
function measureCli(wsDir, documents, work, extraArgs = []) {
  const cli = join(ROOT, 'dist', 'cli', 'istio-canary.js');
  const runs = [];
  let output = '';
  const cpuBefore = childrenCpuMs();
  const rssFile = join(work, 'peak-rss.txt');
  const preload = peakRssPreload(work);
  for (let i = 0; i < 1; i++) {
    const extra = i === 0 ? profileArgs(`cli-${basename(wsDir)}${extraArgs.join('')}`) : [];
    const started = performance.now();
    try {
      output = execFileSync(
        process.execPath,
        ['-r', preload, ...extra, cli, 'check', wsDir, '--format', 'json', ...extraArgs],
        {
          maxBuffer: 1024 * 1024 * 1024,
          timeout: 60 * 60 * 1000,
          encoding: 'utf8',
          env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
        },
      );
    } catch (error) {
      // Exit code 1 means findings with severity error, which is a normal outcome here.
      if (error.status !== 1) throw error;
      output = error.stdout;
    }
    runs.push(performance.now() - started);
  }
  const ms = median(runs);
  let findings;
  try {
    const parsed = JSON.parse(output);
    findings = Array.isArray(parsed)
      ? parsed.length
      : (parsed.findings?.length ?? parsed.diagnostics?.length);
  } catch {
    findings = undefined;
  }
  const cpuMs = childrenCpuMs() - cpuBefore;
  return {
    ms,
    cpuMs,
    peakRssBytes: Number(readFileSync(rssFile, 'utf8')),
    documentsPerSecond: documents / (ms / 1000),
    documentsPerCpuSecond: documents / (cpuMs / 1000),
    findings,
  };
}

// ---------------------------------------------------------------------------------------------
// Main

/**
 * `istio-canary simulate` on a header regex that makes a backtracking engine run for tens of
 * seconds (`([a-z]+)+-canary` against 36 letters): RE2 matches it in linear time. The whole CLI
 * run is timed (process start included), best of three.
 */
function measureHostileRegex(work) {
  const dir = join(work, 'hostile-regex');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'vs.yaml'),
    'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: reviews}\nspec:\n' +
      '  hosts: [reviews]\n  http:\n  - match: [{headers: {x-user: {regex: "([a-z]+)+-canary"}}}]\n' +
      '    route: [{destination: {host: reviews, subset: v2}}]\n  - route: [{destination: {host: reviews, subset: v1}}]\n',
  );
  const runs = [];
  let outcome = '';
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'dist', 'cli', 'istio-canary.js'),
        'simulate',
        dir,
        '--host',
        'reviews',
        '--uri',
        '/',
        '--header',
        `x-user=${'a'.repeat(36)}`,
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    runs.push(performance.now() - started);
    outcome = JSON.parse(run.stdout)
      .destinations.map((d) => d.subset)
      .join(',');
  }
  return { simulateMs: Math.round(Math.min(...runs)), destinations: outcome };
}

function build() {
  log('building dist/ (node scripts/build.mjs)');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}

function ratio(ours, theirs) {
  return typeof ours === 'number' && typeof theirs === 'number' && theirs > 0 ? ours / theirs : null;
}

async function main() {
  if (!args.has('--no-build') || !existsSync(join(ROOT, 'dist', 'server', 'main.js'))) build();
  if (cpuProf) mkdirSync(PROFILE_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'istio-canary-bench-'));
  try {
    const files = prepareInputs(work);
    const schemaUri = writeCombinedSchema(ROOT, work);
    const completions = pickPositions(files, SIZES.completions, ['key', 'enum', 'subset', 'gateway'], 21);
    const hovers = pickPositions(files, SIZES.hovers, ['hover'], 22);
    log(
      `large file: ${files[0].lines} lines, ${files[0].documents} documents, ${(files[0].text.length / 1e6).toFixed(2)} MB, ` +
        `${files[0].errors.length} injected errors; small file: ${files[1].lines} lines`,
    );

    if (cpuProf) log('CPU profiles of our server and CLI go to bench/profiles/');
    const loadBefore = loadavg();
    /** @type {EditorResult | undefined} */
    let ours, theirs;
    /** @typedef {Partial<Awaited<ReturnType<typeof measureActivation>>>} Activation */
    /** @type {(Activation & { minified?: Activation }) | undefined} */
    let activation;
    let index, summaries, cli, cliOneThread, documents;
    if (stages.has('editor')) {
      ours = await measureEditor(
        startOurs(ROOT, { execArgv: profileArgs('server') }),
        files,
        completions,
        hovers,
      );
      log(`ours: ${JSON.stringify(summary(ours))}`);
      if (!onlyOurs) {
        theirs = await measureEditor(startTheirs(ROOT, schemaUri), files, completions, hovers);
        log(`theirs: ${JSON.stringify(summary(theirs))}`);
      }
    }
    let rules;
    const scaling = [];
    if (stages.has('index') || stages.has('cli') || stages.has('rules') || stages.has('scaling')) {
      log(`writing a workspace of ${SIZES.files} files x 10 documents`);
      const wsDir = join(work, 'workspace');
      documents = writeWorkspace(wsDir, SIZES.files);
      if (stages.has('index')) {
        index = await measureWorkspaceIndex(wsDir, SIZES.files);
        log(`index: ${JSON.stringify(index)}`);
        summaries = await measureSummaries(wsDir, work);
        log(`index summaries: ${JSON.stringify(summaries)}`);
      }
      if (stages.has('cli')) {
        cli = measureCli(wsDir, documents, work, WORKER_JOBS);
        log(`cli: ${JSON.stringify(cli)}`);
        // The same check in one thread: what the worker threads buy on this machine's cores.
        cliOneThread = measureCli(wsDir, documents, work, ['--jobs', '1']);
        log(`cli, one thread: ${JSON.stringify(cliOneThread)}`);
      }
      if (stages.has('rules')) {
        log(`rules: each rule's time, and yaml.parseAllDocuments alone, over ${SIZES.files} files`);
        rules = await measureRules(wsDir, work);
        log(`rules: ${JSON.stringify(rules)}`);
      }
      if (stages.has('scaling')) {
        for (const files of SIZES.scaling) {
          const dir = files === SIZES.files ? wsDir : join(work, `workspace-${files}`);
          log(`scaling: ${files} files`);
          const docs = files === SIZES.files ? documents : writeWorkspace(dir, files);
          const indexRun = await measureWorkspaceIndex(dir, files);
          const cliRun = measureCli(dir, docs, work, WORKER_JOBS);
          const cliOneThreadRun = measureCli(dir, docs, work, ['--jobs', '1']);
          scaling.push({
            files,
            documents: docs,
            index: indexRun,
            cli: cliRun,
            cliOneThread: cliOneThreadRun,
          });
          log(`scaling ${files}: ${JSON.stringify(scaling.at(-1))}`);
          if (dir !== wsDir) rmSync(dir, { recursive: true, force: true });
        }
      }
    }
    let parse;
    if (stages.has('parse')) {
      parse = await measureParse(files[0].path, work);
      log(`parse: ${JSON.stringify(parse)}`);
    }
    if (stages.has('local')) {
      const local = await measureLocal(files[0].path, work);
      log(`local: ${JSON.stringify(local)}`);
      printLocal(local);
    }
    if (stages.has('regex')) log(`regex: ${JSON.stringify(measureHostileRegex(work))}`);
    if (stages.has('activation')) {
      activation = await measureActivation(ROOT);
      activation.minified = await measureActivation(ROOT, { bundle: buildMinifiedClient(work) });
      log(`activation: ${JSON.stringify(activation)}`);
    }
    let snapshot;
    if (stages.has('snapshot')) {
      const measured = measureSnapshot(ROOT, work, { objects: 5000, runs: quick ? 3 : 7 });
      snapshot = { ...measured, medianMs: median(measured.runs), medianCpuMs: median(measured.cpuRuns) };
      log(
        `snapshot: ${measured.objects} objects, median ${snapshot.medianCpuMs.toFixed(1)} ms CPU, ${snapshot.medianMs.toFixed(1)} ms wall`,
      );
    }
    ours ??= {};
    index ??= {};
    snapshot ??= {};
    cli ??= {};
    cliOneThread ??= {};
    activation ??= { minified: {} };
    const t = theirs ?? {};
    const results = {
      // Issue 15: the opened file's own diagnostics (schema, weights, file-local rules) first.
      'first diagnostics, large file': row(
        ours.largeFirstDiagnosticsMs,
        t.largeFirstDiagnosticsMs,
        'ms',
        'ratio <= 0.2',
      ),
      // Then the full check, cross-file findings included (theirs: its one publish).
      'full diagnostics (cross-file included), large file': row(
        ours.largeFullDiagnosticsMs,
        t.largeFirstDiagnosticsMs,
        'ms',
      ),
      // Issue 15: the opened file's own diagnostics in <= 50 ms whatever the workspace size.
      'first diagnostics, 300-line file': row(
        ours.smallFirstDiagnosticsMs,
        t.smallFirstDiagnosticsMs,
        'ms',
        'ours <= 50',
      ),
      'first diagnostics, large file (server CPU time)': row(
        ours.largeFirstDiagnosticsCpuMs,
        t.largeFirstDiagnosticsCpuMs,
        'ms',
      ),
      'full diagnostics, large file (server CPU time)': row(
        ours.largeFullDiagnosticsCpuMs,
        t.largeFirstDiagnosticsCpuMs,
        'ms',
      ),
      'completion p50': row(ours.completion?.p50, t.completion?.p50, 'ms'),
      'completion p95': row(ours.completion?.p95, t.completion?.p95, 'ms', 'ratio <= 0.334'),
      'hover p50': row(ours.hover?.p50, t.hover?.p50, 'ms'),
      'hover p95': row(ours.hover?.p95, t.hover?.p95, 'ms'),
      'edit to diagnostics, large file': row(
        ours.editToDiagnosticsMs,
        t.editToDiagnosticsMs,
        'ms',
        // Issue 15: edit -> diagnostics <= 50 ms on the 60k-line file, debounce included.
        'ours <= 50',
      ),
      // CPU time per edit (all server threads), which a busy machine does not inflate.
      'edit to diagnostics, large file (server CPU time)': row(ours.editCpuMs, t.editCpuMs, 'ms'),
      'line inserted near the top of the large file, to diagnostics': row(
        ours.insertToDiagnosticsMs,
        t.insertToDiagnosticsMs,
        'ms',
        // Issue 15's edit goal holds for any edit, one that moves every later document included.
        'ours <= 50',
      ),
      'line inserted near the top (server CPU time)': row(ours.insertCpuMs, t.insertCpuMs, 'ms'),
      'peak RSS': row(mb(ours.peakRssBytes), mb(t.peakRssBytes), 'MB', 'ratio <= 0.5'),
      [`workspace index, ${SIZES.files.toLocaleString('en')} files, cold start to cross-file diagnostics`]:
        row(index.coldStartToCrossFileDiagnosticsMs, undefined, 'ms', 'ours < 2000'),
      // CPU of all the server's threads over the same run, which a busy machine does not inflate.
      [`workspace index, ${SIZES.files.toLocaleString('en')} files (server CPU time)`]: row(
        index.serverCpuMs,
        undefined,
        'ms',
      ),
      // One thread, same files, same run: what the index workers compute per file (the summary
      // reader) against the full parse they used before; first pass, as a fresh worker pays it.
      'index summaries of the workspace files (CPU, first pass): summary reader / full parse': row(
        summaries?.firstPassCpuMs.summaryReader,
        summaries?.firstPassCpuMs.fullParse,
        'ms',
      ),
      'extension activation (module load + activate()), minified bundle': row(
        activation.minified.totalMs,
        undefined,
        'ms',
        'ours < 50',
      ),
      'extension activation, dist/ bundle as built by npm run build': row(
        activation.totalMs,
        undefined,
        'ms',
      ),
      'istio-canary check throughput': row(cli.documentsPerSecond, undefined, 'documents/s'),
      // ours: one worker thread per core (--jobs <cores>); theirs: the same check with --jobs 1.
      [`istio-canary check wall, worker threads / one thread (${cpus().length} cores)`]: row(
        cli.ms,
        cliOneThread.ms,
        'ms',
        'ratio < 1',
      ),
      'istio-canary check peak RSS, worker threads / one thread': row(
        mb(cli.peakRssBytes),
        mb(cliOneThread.peakRssBytes),
        'MB',
      ),
      [`first diagnostics of a file opened while indexing ${SIZES.files.toLocaleString('en')} files`]: row(
        index.firstDiagnosticsWhileIndexingMs,
        undefined,
        'ms',
        'ours <= 50',
      ),
      // CPU times, which a busy machine inflates less than wall times; same files, same run. The
      // check as users run it by default (one thread); worker threads cost more CPU.
      'istio-canary check CPU (default: one thread) / yaml.parseAllDocuments CPU (same files)': row(
        (cliOneThread ?? cli).cpuMs,
        rules?.parseAllDocuments.cpuMs,
        'ms',
        'ratio <= 0.334',
      ),
      // The same, against parseAllDocuments without the package's per-token process.env reads
      // (which our bundles drop): the ratio that is down to our own code.
      'istio-canary check CPU (one thread) / parseAllDocuments CPU without its env reads': row(
        (cliOneThread ?? cli).cpuMs,
        rules?.parseAllDocumentsWithoutEnvReads?.cpuMs,
        'ms',
      ),
      // Same process, same text: parseYaml (fast reader, `yaml` for what it leaves) against the
      // same segments parsed by `yaml` alone, as parseYaml did before (issue 15's parse floor).
      'parse of the large file (CPU): parseYaml / yaml per segment': row(
        parse?.parseYaml.cpuMs,
        parse?.yamlPerSegment.cpuMs,
        'ms',
      ),
      'cluster snapshot of 5,000 objects read and indexed (CPU time, kubectl excluded)': row(
        snapshot.medianCpuMs,
        undefined,
        'ms',
        'ours < 1000',
      ),
    };
    const details = {
      machine: {
        node: process.version,
        cpus: cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg(),
      },
      inputs: {
        large: {
          lines: files[0].lines,
          documents: files[0].documents,
          bytes: files[0].text.length,
          injectedErrors: files[0].errors.length,
        },
        small: {
          lines: files[1].lines,
          documents: files[1].documents,
          injectedErrors: files[1].errors.length,
        },
        workspace: { files: SIZES.files, documents },
        completions: SIZES.completions,
        hovers: SIZES.hovers,
      },
      ours,
      theirs,
      index,
      summaries,
      cli,
      cliOneThread,
      rules,
      scaling,
      activation,
      snapshot,
      parse,
    };
    printTable(results);
    if (rules) printRules(rules);
    if (scaling.length) printScaling(scaling);
    // results.json is the summary the issue asks for (git-ignored); the raw figures and quick
    // runs go to .test-results/ (git-ignored too) so a run never leaves untracked files.
    const outFile = quick
      ? join(ROOT, '.test-results', 'bench-results.quick.json')
      : join(ROOT, 'bench', 'results.json');
    const detailsFile = join(
      ROOT,
      '.test-results',
      quick ? 'bench-details.quick.json' : 'bench-details.json',
    );
    mkdirSync(dirname(outFile), { recursive: true });
    mkdirSync(dirname(detailsFile), { recursive: true });
    writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
    writeFileSync(detailsFile, JSON.stringify(details, null, 2) + '\n');
    log(`wrote ${outFile} and ${detailsFile}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Node options that write a CPU profile of a process we start, with --cpu-prof. */
function profileArgs(name) {
  if (!cpuProf) return [];
  // The server's index worker threads inherit these flags: with one fixed name they would write
  // over each other's profile, so the index stage keeps Node's default names (thread id in it).
  if (name === 'index') return ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, 'index')}`];
  return ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}.cpuprofile`];
}

/** The client bundle as a release would ship it: the options of scripts/build.mjs plus minify. */
function buildMinifiedClient(dir) {
  esbuild.buildSync({
    entryPoints: { extension: join(ROOT, 'client', 'src', 'extension.ts') },
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As in scripts/build.mjs: the language client is a separate file, loaded right after
    // activation (not part of what is measured here).
    external: ['vscode', './languageClient.js'],
    legalComments: 'none',
    outdir: join(dir, 'client-min'),
    logLevel: 'error',
  });
  return join(dir, 'client-min', 'extension.js');
}

function summary(r) {
  return {
    largeFirstDiagnosticsMs: r.largeFirstDiagnosticsMs,
    largeFullDiagnosticsMs: r.largeFullDiagnosticsMs,
    largeFullDiagnosticsCpuMs: r.largeFullDiagnosticsCpuMs,
    largeFirstDiagnosticsCpuMs: r.largeFirstDiagnosticsCpuMs,
    smallFirstDiagnosticsMs: r.smallFirstDiagnosticsMs,
    completion: r.completion,
    hover: r.hover,
    editToDiagnosticsMs: r.editToDiagnosticsMs,
    editCpuMs: r.editCpuMs,
    insertToDiagnosticsMs: r.insertToDiagnosticsMs,
    insertCpuMs: r.insertCpuMs,
    peakRssMB: mb(r.peakRssBytes),
  };
}

function mb(bytes) {
  return typeof bytes === 'number' ? bytes / (1024 * 1024) : undefined;
}

function row(ours, theirs, unit, target) {
  const r = ratio(ours, theirs);
  const entry = {
    ours: round(ours),
    theirs: theirs === undefined ? null : round(theirs),
    ratio: r === null ? null : round(r, 3),
    unit,
  };
  if (target) {
    entry.target = target;
    const [subject, op, limit] = target.split(' ');
    const value = subject === 'ratio' ? r : ours;
    entry.met =
      value === null || value === undefined
        ? null
        : op === '<='
          ? value <= Number(limit)
          : value < Number(limit);
  }
  return entry;
}

function round(value, digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function printTable(results) {
  const lines = [];
  const header = ['measure', 'ours', 'theirs', 'ours/theirs', 'unit', 'target', 'met'];
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    String(r.ours ?? '-'),
    String(r.theirs ?? '-'),
    r.ratio === null ? '-' : r.ratio.toFixed(3),
    r.unit,
    r.target ?? '',
    r.met === undefined ? '' : r.met === null ? '?' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) lines.push(fmt(r));
  console.log(lines.join('\n'));
}

function printRules(rules) {
  const lines = [
    '',
    `Rules over ${rules.files} files / ${rules.documents} documents (in-process, wall ms; ` +
      `parse + index ${Math.round(rules.parseAndIndex.cpuMs)} ms CPU, diagnose ${Math.round(rules.diagnose.cpuMs)} ms CPU, ` +
      `${rules.diagnose.findings} findings; yaml.parseAllDocuments alone ${Math.round(rules.parseAllDocuments.cpuMs)} ms CPU, ` +
      `${Math.round(rules.parseAllDocumentsWithoutEnvReads?.cpuMs ?? NaN)} ms without its process.env reads).`,
    'The schema walk shared by the six schema rules is timed in the first of them to run (unknown-field).',
  ];
  const entries = Object.entries(rules.ruleMs);
  const width = Math.max(...entries.map(([code]) => code.length));
  for (const [code, ms] of entries) lines.push(`  ${code.padEnd(width)}  ${ms.toFixed(1).padStart(8)} ms`);
  console.log(lines.join('\n'));
}

function printLocal(local) {
  const top = Object.entries(local.ruleMs)
    .slice(0, 12)
    .map(([code, ms]) => `${code} ${ms.toFixed(1)}`)
    .join(', ');
  console.log(
    `\nThe large file's own check in-process (CPU ms, medians of ${local.processes} fresh processes): ` +
      `first parse ${Math.round(local.firstParseCpuMs)}, first local diagnose ${Math.round(local.firstLocalCpuMs)}; ` +
      `warm parse ${Math.round(local.warmParseCpuMs)}, warm local diagnose ${Math.round(local.warmLocalCpuMs)} (${local.findings} findings).\n` +
      `Slowest file-local rules (warm ms): ${top}`,
  );
}

function printScaling(scaling) {
  const header = [
    'files',
    'documents',
    'index ms',
    'index CPU ms',
    'server RSS',
    'check ms',
    'check ms 1 thread',
    'check CPU ms',
    'check RSS',
    'check CPU ms/file',
    'check KB/file',
  ];
  const rows = scaling.map((s) => [
    s.files.toLocaleString('en'),
    s.documents.toLocaleString('en'),
    Math.round(s.index.indexCompleteMs).toLocaleString('en'),
    Math.round(s.index.serverCpuMs).toLocaleString('en'),
    `${Math.round(mb(s.index.peakRssBytes))} MB`,
    Math.round(s.cli.ms).toLocaleString('en'),
    Math.round(s.cliOneThread.ms).toLocaleString('en'),
    Math.round(s.cli.cpuMs).toLocaleString('en'),
    `${Math.round(mb(s.cli.peakRssBytes))} MB`,
    (s.cli.cpuMs / s.files).toFixed(2),
    (s.cli.peakRssBytes / 1024 / s.files).toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(
    [
      '',
      'Scaling (index: server cold start to index complete; check: istio-canary check --format json ' +
        `--jobs ${cpus().length}, and with --jobs 1)`,
      fmt(header),
      ...rows.map(fmt),
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
