// The `istio-canary` command line: `check`, `split` and `simulate` over files and folders, with
// the same language service and workspace index as the editor, all three prepared the same way
// (prepareWorkspace) from one argument parser (args.ts). `check --cluster` and `split --live`
// read a cluster snapshot with kubectl first. Exit codes: 0 clean (or warnings only), 1 errors
// (or too many warnings), 2 bad usage, unreadable paths or an unreadable cluster.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService, type SourceFile } from '../languageService';
import { namespaceOf } from '../model/namespaces';
import type { SimulatedRequest } from '../../../protocol/src/protocol';
import {
  choicesOf,
  commandHelp,
  COMMANDS,
  listOption,
  mainHelp,
  parseCommandLine,
  stringOption,
  type Command,
  type OptionValues,
} from './args';
import { findConfig, loadConfig } from './config';
import { findYamlFiles } from './files';
import { checkLocal, fileFindings, takeOver, type Checked, type MapBack } from './checkFile';
import { summarize } from '../workspace/workspaceIndex';
import { checkInWorkers } from './checkInWorkers';
import { BatchParser, isCheckWorker, serveCheckWorker } from './checkWorker';
import { formatCheck, formatSplitText, toSplitJson, type CheckFormat, type Finding } from './format';
import {
  kustomizationFileIn,
  mapRenderedLine,
  readKustomizeSources,
  remoteBasesRefusal,
  runTool,
  splitHelmOutput,
  type RunTool,
} from './render';
import { buildRequest, simulate, UsageError } from './simulateCommand';
import { toYamlText } from '../syntax/yamlAst';
import {
  describeUnread,
  clusterSource,
  type ClusterSnapshot,
  type LiveObject,
} from '../../../protocol/src/cluster';
import { execKubectl } from '../cluster/execKubectl';
import { liveUri } from '../cluster/liveResources';
import { ClusterReadError, readSnapshot } from '../cluster/readSnapshot';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
  /** kubectl's environment for --cluster and --live (KUBECONFIG); defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** The file system; tests pass an in-memory one. Defaults to Node's. */
  readonly files?: CliFiles;
  /** Runs kubectl / helm (execFile, no shell); tests pass a stand-in. */
  readonly runTool?: RunTool;
}

/** What the CLI reads: YAML files below paths, files, and the config file. */
export interface CliFiles {
  /** Files below `paths` (absolute), skipping `exclude` globs; throws when a path cannot be read. */
  listYamlFiles(paths: readonly string[], exclude: readonly string[]): string[];
  readFile(path: string): string;
  findConfig(cwd: string): string | undefined;
  loadConfig(path: string): unknown;
}

export const nodeFiles: CliFiles = {
  listYamlFiles(paths, exclude) {
    const found = findYamlFiles(paths, exclude);
    if (found.unreadable.length)
      throw new Error(found.unreadable.map((u) => `cannot read ${u.path}: ${u.reason}`).join('\n'));
    return found.files;
  },
  readFile: (p) => fs.readFileSync(p, 'utf8'),
  findConfig,
  loadConfig: (p) => loadConfig(p).value,
};

/** The package version, put in by esbuild (scripts/build.mjs); tsc-compiled tests run unbundled. */
declare const ISTIO_CANARY_VERSION: string | undefined;
export const VERSION = typeof ISTIO_CANARY_VERSION === 'string' ? ISTIO_CANARY_VERSION : '0.0.0-dev';

/** The exit code; a promise when the command reads a cluster (--cluster, --live). */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(mainHelp());
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.stderr(`istio-canary: unknown command "${command}"\n\n${mainHelp()}`);
    return 2;
  }
  const cmd = command as Command;
  const parsed = parseCommandLine(cmd, rest);
  if (typeof parsed === 'string') {
    io.stderr(`istio-canary ${cmd}: ${parsed}\n\n${commandHelp(cmd)}`);
    return 2;
  }
  if (parsed.values['help'] === true) {
    io.stdout(commandHelp(cmd));
    return 0;
  }
  let options: Options;
  let request: SimulatedRequest | undefined;
  try {
    options = readOptions(cmd, parsed.values);
    if (cmd === 'simulate') request = buildRequest(parsed.values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`istio-canary ${cmd}: ${error.message}\n\n${commandHelp(cmd)}`);
    return 2;
  }
  const configured = configuredService(cmd, options, io);
  if (typeof configured === 'number') return configured;
  const { service, settings } = configured;
  const readsCluster = options.cluster || options.live;
  if (!readsCluster && (options.context !== undefined || options.allNamespaces))
    return usageError(io, cmd, '--context and --all-namespaces need --cluster (check) or --live (split)');
  if (options.allNamespaces && options.namespace !== undefined)
    return usageError(io, cmd, '--namespace and --all-namespaces exclude each other');
  const context: CommandContext = { service, settings, cmd, options, request, io };
  if (readsCluster) return withCluster(context, parsed.paths);
  return onFiles(context, parsed.paths, undefined);
}

/** What a command runs with: its language service (and the settings it was configured with). */
interface CommandContext {
  readonly service: LanguageService;
  /** What `service` was configured with, for the check's worker threads. */
  readonly settings: unknown;
  readonly cmd: Command;
  readonly options: Options;
  readonly request: SimulatedRequest | undefined;
  readonly io: CliIo;
}

/** Checks, splits or simulates over the files in the paths (over a snapshot when one was read). */
function onFiles(
  context: CommandContext,
  givenPaths: readonly string[],
  snapshot: ClusterSnapshot | undefined,
): number | Promise<number> {
  const { service, cmd, options, request, io } = context;
  // split --live without paths shows every live VirtualService, reading no files.
  const paths = givenPaths.length || options.helm.length ? givenPaths : options.live ? [] : ['.'];
  if (cmd === 'check') {
    const listed = listWorkspace(service, cmd, paths, options, io);
    if (typeof listed === 'number') return listed;
    // Opt-in: on two shared cores the workers' start-up, warm-up and hand-over cost about what
    // the second core saves below some 20,000 files (ARCHITECTURE.md, `check` on every core).
    const jobs = options.jobs ?? 1;
    // Worker threads read the files from disk; rendered overlays and charts are checked here.
    if (jobs > 1 && !io.files && listed.overlays.length === 0 && options.helm.length === 0)
      return checkOnCores(context, listed.found, jobs, snapshot);
    return checkHere(context, listed);
  }
  const prepared = prepareWorkspace(service, cmd, paths, options, io, (file) => file);
  if (typeof prepared === 'number') return prepared;
  const files = prepared.map(({ display, item }) => ({ display, file: item }));
  if (cmd === 'simulate') {
    const names = new Map(files.map(({ display, file }) => [file.uri, display]));
    return simulate(service, request!, options.format, files, io, (uri) => names.get(uri) ?? uri);
  }
  if (snapshot) return splitLive(service, files, snapshot, options, io);
  return split(service, files, options, io);
}

interface Options {
  format: string;
  maxWarnings?: number;
  config?: string;
  namespace?: string;
  /** Istio's root namespace (`--root-namespace`), over the config's `rootNamespace`. */
  rootNamespace?: string;
  cluster: boolean;
  live: boolean;
  completeWorkspace: boolean;
  allNamespaces: boolean;
  context?: string;
  kubectl?: string;
  requestTimeout: number;
  /** check: warn about disable comments that silence nothing. */
  reportUnusedDisables?: boolean;
  /** check: chart folders rendered with `helm template`. */
  helm: readonly string[];
  /** check: worker threads (`--jobs`); 1 (the default) checks in this thread. */
  jobs?: number;
}

interface Prepared<T> {
  display: string;
  item: T;
  /** For rendered text: where a finding's line came from. */
  mapBack?: MapBack;
}

function readOptions(command: Command, values: OptionValues): Options {
  const format = stringOption(values, 'format') ?? 'text';
  const formats = choicesOf('format', command);
  if (!formats.includes(format))
    throw new UsageError(
      command === 'simulate'
        ? `--format must be text or json, got ${format}`
        : `--format takes one of ${formats.join(', ')}`,
    );
  const options: Options = {
    format,
    cluster: values['cluster'] === true,
    live: values['live'] === true,
    completeWorkspace: values['complete-workspace'] === true,
    allNamespaces: values['all-namespaces'] === true,
    requestTimeout: 30,
    helm: listOption(values, 'helm'),
  };
  if (values['report-unused-disables'] === true) options.reportUnusedDisables = true;
  const maxWarnings = stringOption(values, 'max-warnings');
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings)) throw new UsageError('--max-warnings takes a whole number');
    options.maxWarnings = Number(maxWarnings);
  }
  const config = stringOption(values, 'config');
  if (config !== undefined) options.config = config;
  const namespace = stringOption(values, 'namespace');
  if (namespace !== undefined) options.namespace = namespace;
  const rootNamespace = stringOption(values, 'root-namespace');
  if (rootNamespace !== undefined) options.rootNamespace = rootNamespace;
  const context = stringOption(values, 'context');
  if (context !== undefined) options.context = context;
  const kubectl = stringOption(values, 'kubectl');
  if (kubectl !== undefined) options.kubectl = kubectl;
  const jobs = stringOption(values, 'jobs');
  if (jobs !== undefined) {
    if (!/^\d+$/.test(jobs) || Number(jobs) < 1) throw new UsageError('--jobs takes a whole number from 1');
    options.jobs = Number(jobs);
  }
  const timeout = stringOption(values, 'request-timeout');
  if (timeout !== undefined) {
    if (!/^\d+$/.test(timeout) || Number(timeout) < 1)
      throw new UsageError('--request-timeout takes a whole number of seconds');
    options.requestTimeout = Number(timeout);
  }
  return options;
}

/**
 * The one way every command gets its language service: settings from `--config` (or the config
 * file found upwards), `--namespace` and `--complete-workspace`.
 */
function configuredService(
  command: Command,
  options: Options,
  io: CliIo,
): { service: LanguageService; settings: unknown } | number {
  const fileSystem = io.files ?? nodeFiles;
  const service = createLanguageService({ log: (m) => io.stderr(`istio-canary: ${m}\n`) });
  const configPath = options.config ?? fileSystem.findConfig(io.cwd);
  let settings: unknown;
  try {
    const config = configPath ? fileSystem.loadConfig(path.resolve(io.cwd, configPath)) : undefined;
    settings = {
      ...(isObject(config) ? config : {}),
      ...(options.namespace ? { defaultNamespace: options.namespace } : {}),
      ...(options.rootNamespace ? { rootNamespace: options.rootNamespace } : {}),
      ...(options.completeWorkspace ? { completeWorkspace: true } : {}),
    };
    const problems = service.configure(settings);
    if (problems.length)
      return usageError(
        io,
        command,
        `invalid settings in ${configPath ?? '--namespace'}: ${problems.join('; ')}`,
      );
  } catch (error) {
    return usageError(io, command, error instanceof Error ? error.message : String(error));
  }
  return { service, settings };
}

/** The YAML files below the paths minus `exclude`, and the folders that are overlays. */
function listWorkspace(
  service: LanguageService,
  command: Command,
  paths: readonly string[],
  options: Options,
  io: CliIo,
): { found: string[]; overlays: string[] } | number {
  const fileSystem = io.files ?? nodeFiles;
  const overlays = paths
    .map((p) => path.resolve(io.cwd, p))
    .filter((p) => isDirectory(p) && kustomizationFileIn(p));
  let found: string[];
  try {
    found = fileSystem.listYamlFiles(
      paths.map((p) => path.resolve(io.cwd, p)).filter((p) => !overlays.includes(p)),
      service.settings.exclude,
    );
  } catch (error) {
    return usageError(io, command, error instanceof Error ? error.message : String(error));
  }
  if (found.length === 0 && overlays.length === 0 && options.helm.length === 0 && command === 'simulate')
    return usageError(io, command, `no YAML files in ${paths.join(', ')}`);
  return { found, overlays };
}

/**
 * The one way every command reads a workspace: the YAML files below the paths minus `exclude`,
 * each parsed and indexed by the command's language service. A folder with a kustomization is an
 * overlay: what `kubectl kustomize` renders is read instead of its files; `--helm` charts are
 * rendered too.
 */
function prepareWorkspace<T>(
  service: LanguageService,
  command: Command,
  paths: readonly string[],
  options: Options,
  io: CliIo,
  keep: (file: SourceFile) => T,
  listed = listWorkspace(service, command, paths, options, io),
): Prepared<T>[] | number {
  const fileSystem = io.files ?? nodeFiles;
  if (typeof listed === 'number') return listed;
  const { found, overlays } = listed;
  const out: Prepared<T>[] = [];
  for (const p of found) {
    let text: string;
    try {
      // Oversized files are read too: the parser refuses them cheaply with one clear diagnostic.
      text = fileSystem.readFile(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return unreadable(io, command, p, reason);
    }
    const file = service.parse(TextDocument.create(pathToFileURL(p).toString(), 'yaml', 1, text));
    service.setWorkspaceFile(file);
    out.push({ display: path.relative(io.cwd, p) || p, item: keep(file) });
  }
  const rendered = renderAll(service, overlays, options.helm, command, io);
  if (typeof rendered === 'number') return rendered;
  for (const r of rendered) out.push({ display: r.display, item: keep(r.file), mapBack: r.mapBack });
  return out;
}

/**
 * Reads the snapshot first (exit 2 when the cluster cannot be read), so that every check of the
 * files, local and cross-file, sees it; then checks or shows the live splits.
 */
async function withCluster(context: CommandContext, paths: readonly string[]): Promise<number> {
  const { service, cmd: command, options, io } = context;
  let snapshot: ClusterSnapshot;
  try {
    snapshot = await readSnapshot(
      execKubectl({
        kubectlPath: options.kubectl ?? 'kubectl',
        env: io.env ?? process.env,
        limitMs: (options.requestTimeout * 3 + 10) * 1000,
      }),
      {
        ...(options.context ? { context: options.context } : {}),
        ...(options.namespace ? { namespaces: [options.namespace] } : {}),
        requestTimeoutSeconds: options.requestTimeout,
      },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = error instanceof ClusterReadError && error.detail.trim() ? `\n${error.detail.trim()}` : '';
    return usageError(io, command, `cannot read the cluster: ${message}${detail}`);
  }
  for (const unread of snapshot.unread)
    io.stderr(
      `istio-canary ${command}: context ${snapshot.context}: ${describeUnread(unread)}; references to them stay unchecked.\n`,
    );
  service.setClusterSnapshot(snapshot);
  return onFiles(context, paths, snapshot);
}

/**
 * The live split of each VirtualService in the files (or of every live one when no path was
 * given): the live object is read by the same language service, so splits are computed alike.
 */
function splitLive(
  service: LanguageService,
  files: { display: string; file: SourceFile }[],
  snapshot: ClusterSnapshot,
  options: Options,
  io: CliIo,
): number {
  const ns = service.settings.defaultNamespace;
  // The files' views are read directly below: the namespaces kustomizations give them first.
  service.workspace.settle();
  const isVs = (o: LiveObject) =>
    o.kind === 'VirtualService' && o.apiVersion.startsWith('networking.istio.io/');
  const live = snapshot.objects.filter(isVs);
  let wanted: LiveObject[] = live;
  const missing: string[] = [];
  if (files.length) {
    wanted = [];
    for (const { file } of files)
      for (const r of file.resources) {
        if (r.kind !== 'VirtualService' || !r.apiVersion.startsWith('networking.istio.io/') || !r.name)
          continue;
        const namespace = namespaceOf(r, ns);
        const found = live.find(
          (o) => o.metadata.name === r.name!.value && o.metadata.namespace === namespace,
        );
        if (found) wanted.push(found);
        else missing.push(`${namespace}/${r.name.value}`);
      }
  }
  const source = clusterSource(snapshot.context);
  const items = wanted.flatMap((obj) => {
    const file = service.parse(
      TextDocument.create(liveUri(snapshot.context, obj), 'yaml', 1, toYamlText(obj)),
    );
    return service.trafficSplit(file).map((resource) => ({ file: source, resource }));
  });
  if (options.format === 'json')
    io.stdout(
      JSON.stringify(
        items.map((i) => ({ ...toSplitJson(i.file, i.resource), source })),
        null,
        2,
      ) + '\n',
    );
  else io.stdout(formatSplitText(items, io.isTTY));
  for (const m of missing)
    io.stderr(`istio-canary split: VirtualService ${m} is not in context ${snapshot.context}\n`);
  return 0;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Renders the overlays (kubectl kustomize) and charts (helm template) into files to analyse. */
function renderAll(
  service: LanguageService,
  overlays: readonly string[],
  charts: readonly string[],
  command: string,
  io: CliIo,
): { display: string; file: SourceFile; mapBack?: MapBack }[] | number {
  const run = io.runTool ?? runTool;
  const out: { display: string; file: SourceFile; mapBack?: MapBack }[] = [];
  const relative = (p: string) => path.relative(io.cwd, p) || '.';
  for (const dir of overlays) {
    const sources = readKustomizeSources(dir);
    if (sources.remote.length) return usageError(io, command, remoteBasesRefusal(relative(dir), sources));
    const result = run('kubectl', ['kustomize', dir], io.cwd);
    if (!result.ok) return usageError(io, command, `${relative(dir)} was not rendered: ${result.message}`);
    const uri = pathToFileURL(path.join(dir, '.kustomize-rendered.yaml')).toString();
    const file = service.parse(TextDocument.create(uri, 'yaml', 1, result.stdout));
    service.setWorkspaceFile(file);
    out.push({
      display: `${relative(dir)} (kubectl kustomize)`,
      file,
      mapBack: (kind, name, lineText) => {
        const at = mapRenderedLine(sources, kind, name, lineText);
        return at && { display: relative(at.file), line: at.line, character: at.character };
      },
    });
  }
  for (const chart of charts) {
    const dir = path.resolve(io.cwd, chart);
    const result = run('helm', ['template', dir], io.cwd);
    if (!result.ok)
      return usageError(
        io,
        command,
        result.missing
          ? `--helm needs helm on the PATH, and it is not there: ${chart} was not rendered`
          : `${chart} was not rendered: ${result.message}`,
      );
    splitHelmOutput(result.stdout).forEach((part, i) => {
      const uri = pathToFileURL(path.join(dir, '.helm-rendered', `${i}.yaml`)).toString();
      const file = service.parse(TextDocument.create(uri, 'yaml', 1, part.text));
      service.setWorkspaceFile(file);
      out.push({ display: `${part.source} (helm template ${chart})`, file });
    });
  }
  return out;
}

/** `check` in this thread: each file parsed once, its own findings taken while its tree is at hand. */
function checkHere(context: CommandContext, listed: { found: string[]; overlays: string[] }): number {
  const { service, cmd, options, io } = context;
  const report = options.reportUnusedDisables === true;
  // Each file's own findings while its syntax tree is at hand; the cross-file ones once every
  // file is indexed. Keeping every tree until then would not fit 20,000 files in memory.
  const phased = prepareWorkspace(
    service,
    cmd,
    [],
    options,
    io,
    (file): Checked => checkLocal(service, file, report),
    listed,
  );
  if (typeof phased === 'number') return phased;
  const findings = phased.flatMap(({ display, item, mapBack }) =>
    fileFindings(service, display, item, report, mapBack),
  );
  return reportCheck(
    findings,
    phased.map((f) => f.display),
    options,
    io,
  );
}

/**
 * `check` on several threads (checkInWorkers.ts): this thread and `jobs - 1` workers parse the
 * files and run the file-local rules; then this thread indexes every file once and runs the
 * cross-file rules, as checkHere does, so the findings are the same and in the same order.
 * Should the workers fail, the files are checked here instead.
 */
async function checkOnCores(
  context: CommandContext,
  found: readonly string[],
  jobs: number,
  snapshot: ClusterSnapshot | undefined,
): Promise<number> {
  const { service, cmd, options, io } = context;
  const files = found.map((p) => ({ path: p, display: path.relative(io.cwd, p) || p }));
  let outcome: Awaited<ReturnType<typeof checkInWorkers>>;
  const data = {
    settings: context.settings,
    reportUnusedDisables: options.reportUnusedDisables === true,
    ...(snapshot ? { snapshot } : {}),
  };
  try {
    // This very file runs in the workers (the bundle, or main.js as compiled by tsc): see its end.
    outcome = await checkInWorkers(__filename, files, data, jobs, new BatchParser(data));
  } catch (error) {
    io.stderr(
      `istio-canary ${cmd}: worker threads failed (${error instanceof Error ? error.message : String(error)}); checking in one thread\n`,
    );
    return checkHere(context, { found: [...found], overlays: [] });
  }
  for (const message of outcome.logs) io.stderr(`istio-canary: ${message}\n`);
  if ('failed' in outcome) return unreadable(io, cmd, found[outcome.failed.index]!, outcome.failed.reason);
  const report = options.reportUnusedDisables === true;
  const checked = outcome.files.map((part) => {
    const item = takeOver(service, part);
    service.setWorkspaceSummary(summarize(item.phased.file));
    return item;
  });
  const findings = checked.flatMap((item, i) => fileFindings(service, files[i]!.display, item, report));
  return reportCheck(
    findings,
    files.map((f) => f.display),
    options,
    io,
  );
}

/** Sorts and prints the findings; the exit code. */
function reportCheck(findings: Finding[], displays: string[], options: Options, io: CliIo): number {
  findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
  io.stdout(
    formatCheck(options.format as CheckFormat, findings, {
      version: VERSION,
      colour: io.isTTY,
      filesChecked: displays,
    }),
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    if (options.format === 'text')
      io.stderr(`istio-canary check: ${warnings} warnings (--max-warnings ${options.maxWarnings})\n`);
    return 1;
  }
  return 0;
}

function split(
  service: LanguageService,
  files: { display: string; file: SourceFile }[],
  options: Options,
  io: CliIo,
): number {
  const items = files.flatMap(({ display, file }) =>
    service.trafficSplit(file).map((resource) => ({ file: display, resource })),
  );
  if (options.format === 'json')
    io.stdout(
      JSON.stringify(
        items.map((i) => toSplitJson(i.file, i.resource)),
        null,
        2,
      ) + '\n',
    );
  else io.stdout(formatSplitText(items, io.isTTY));
  return 0;
}

function unreadable(io: CliIo, command: string, file: string, reason: string): number {
  return usageError(io, command, `cannot read ${path.relative(io.cwd, file) || file}: ${reason}`);
}

function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`istio-canary ${command}: ${message}\n`);
  return 2;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A worker thread of `check --jobs` runs this same file (one file for the npm package to ship).
if (isCheckWorker()) serveCheckWorker();
else if (require.main === module) {
  void Promise.resolve(
    runCli(process.argv.slice(2), {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
      cwd: process.cwd(),
    }),
  ).then((code) => {
    process.exitCode = code;
  });
}
