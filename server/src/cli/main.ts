// The `istio-canary` command line: `check`, `split` and `simulate` over files and folders, with
// the same language service and workspace index as the editor, all three prepared the same way
// (prepareWorkspace) from one argument parser (args.ts). `check --cluster` and `split --live`
// read a cluster snapshot with kubectl first. Exit codes: 0 clean (or warnings only), 1 errors
// (or too many warnings), 2 bad usage, unreadable paths or an unreadable cluster.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  type LanguageService,
  type PhasedDiagnostics,
  type SourceFile,
} from '../languageService';
import { namespaceOf } from '../model/namespaces';
import type { SimulatedRequest } from '../../../protocol/src/protocol';
import {
  COMMANDS,
  optionHelp,
  parseCommandLine,
  stringOption,
  type Command,
  type OptionValues,
} from './args';
import { findConfig, loadConfig } from './config';
import { findYamlFiles } from './files';
import {
  CHECK_FORMATS,
  formatCheck,
  formatSplitText,
  toFinding,
  toSplitJson,
  type CheckFormat,
  type Finding,
} from './format';
import { buildRequest, simulate, simulateUsage, UsageError } from './simulateCommand';
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

export const VERSION = '0.1.0';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
  /** kubectl's environment for --cluster and --live (KUBECONFIG); defaults to process.env. */
  readonly env?: NodeJS.ProcessEnv;
  /** The file system; tests pass an in-memory one. Defaults to Node's. */
  readonly files?: CliFiles;
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

const USAGE = `Usage: istio-canary <command> [paths…] [options]

Commands:
  check [paths…]      Check Istio YAML (files or folders; default: .)
  split [paths…]      Show the traffic split of every VirtualService and AppDeployment
  simulate [paths…]   Show where a request goes (see: istio-canary simulate --help)

Options of check:
${optionHelp('check')}

Options of split:
${optionHelp('split')}

Every command reads the same settings (--config, or .istio-canary.json|yaml searched upwards:
exclude, defaultNamespace, rules), and --namespace means the same everywhere: the namespace of
resources that name none. Other options: --version.
`;

const FORMATS: Readonly<Record<Command, readonly string[]>> = {
  check: CHECK_FORMATS,
  split: ['text', 'json'],
  simulate: ['text', 'json'],
};

/** The exit code; a promise when the command reads a cluster (--cluster, --live). */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.stderr(`istio-canary: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const cmd = command as Command;
  const usage = cmd === 'simulate' ? simulateUsage : USAGE;
  const parsed = parseCommandLine(cmd, rest);
  if (typeof parsed === 'string') {
    io.stderr(`istio-canary ${cmd}: ${parsed}\n${cmd === 'simulate' ? `\n${simulateUsage}` : ''}`);
    return 2;
  }
  if (parsed.values['help'] === true) {
    io.stdout(usage);
    return 0;
  }
  let options: Options;
  let request: SimulatedRequest | undefined;
  try {
    options = readOptions(cmd, parsed.values);
    if (cmd === 'simulate') request = buildRequest(parsed.values);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`istio-canary ${cmd}: ${error.message}\n${cmd === 'simulate' ? `\n${simulateUsage}` : ''}`);
    return 2;
  }
  const service = configuredService(cmd, options, io);
  if (typeof service === 'number') return service;
  const readsCluster = options.cluster || options.live;
  if (!readsCluster && (options.context !== undefined || options.allNamespaces))
    return usageError(io, cmd, '--context and --all-namespaces need --cluster (check) or --live (split)');
  if (options.allNamespaces && options.namespace !== undefined)
    return usageError(io, cmd, '--namespace and --all-namespaces exclude each other');
  if (readsCluster) return withCluster(service, cmd, parsed.paths, options, request, io);
  return onFiles(service, cmd, parsed.paths, options, request, io, undefined);
}

/** Checks, splits or simulates over the files in the paths (over a snapshot when one was read). */
function onFiles(
  service: LanguageService,
  cmd: Command,
  givenPaths: readonly string[],
  options: Options,
  request: SimulatedRequest | undefined,
  io: CliIo,
  snapshot: ClusterSnapshot | undefined,
): number {
  // split --live without paths shows every live VirtualService, reading no files.
  const paths = givenPaths.length ? givenPaths : options.live ? [] : ['.'];
  if (cmd === 'check') {
    // Each file's own findings while its syntax tree is at hand; the cross-file ones once every
    // file is indexed. Keeping every tree until then would not fit 20,000 files in memory.
    const phased = prepareWorkspace(service, cmd, paths, io, (file) => service.diagnoseInPhases(file));
    if (typeof phased === 'number') return phased;
    return check(service, phased, options, io);
  }
  const prepared = prepareWorkspace(service, cmd, paths, io, (file) => file);
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
  cluster: boolean;
  live: boolean;
  completeWorkspace: boolean;
  allNamespaces: boolean;
  context?: string;
  kubectl?: string;
  requestTimeout: number;
}

function readOptions(command: Command, values: OptionValues): Options {
  const format = stringOption(values, 'format') ?? 'text';
  if (!FORMATS[command].includes(format))
    throw new UsageError(
      command === 'simulate'
        ? `--format must be text or json, got ${format}`
        : `--format takes one of ${FORMATS[command].join(', ')}`,
    );
  const options: Options = {
    format,
    cluster: values['cluster'] === true,
    live: values['live'] === true,
    completeWorkspace: values['complete-workspace'] === true,
    allNamespaces: values['all-namespaces'] === true,
    requestTimeout: 30,
  };
  const maxWarnings = stringOption(values, 'max-warnings');
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings)) throw new UsageError('--max-warnings takes a whole number');
    options.maxWarnings = Number(maxWarnings);
  }
  const config = stringOption(values, 'config');
  if (config !== undefined) options.config = config;
  const namespace = stringOption(values, 'namespace');
  if (namespace !== undefined) options.namespace = namespace;
  const context = stringOption(values, 'context');
  if (context !== undefined) options.context = context;
  const kubectl = stringOption(values, 'kubectl');
  if (kubectl !== undefined) options.kubectl = kubectl;
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
function configuredService(command: Command, options: Options, io: CliIo): LanguageService | number {
  const fileSystem = io.files ?? nodeFiles;
  const service = createLanguageService({ log: (m) => io.stderr(`istio-canary: ${m}\n`) });
  const configPath = options.config ?? fileSystem.findConfig(io.cwd);
  try {
    const config = configPath ? fileSystem.loadConfig(path.resolve(io.cwd, configPath)) : undefined;
    const problems = service.configure({
      ...(isObject(config) ? config : {}),
      ...(options.namespace ? { defaultNamespace: options.namespace } : {}),
      ...(options.completeWorkspace ? { completeWorkspace: true } : {}),
    });
    if (problems.length)
      return usageError(
        io,
        command,
        `invalid settings in ${configPath ?? '--namespace'}: ${problems.join('; ')}`,
      );
  } catch (error) {
    return usageError(io, command, error instanceof Error ? error.message : String(error));
  }
  return service;
}

/**
 * The one way every command reads a workspace: the YAML files below the paths minus `exclude`,
 * each parsed and indexed by the command's language service.
 */
function prepareWorkspace<T>(
  service: LanguageService,
  command: Command,
  paths: readonly string[],
  io: CliIo,
  keep: (file: SourceFile) => T,
): { display: string; item: T }[] | number {
  const fileSystem = io.files ?? nodeFiles;
  let found: string[];
  try {
    found = fileSystem.listYamlFiles(
      paths.map((p) => path.resolve(io.cwd, p)),
      service.settings.exclude,
    );
  } catch (error) {
    return usageError(io, command, error instanceof Error ? error.message : String(error));
  }
  if (found.length === 0 && command === 'simulate')
    return usageError(io, command, `no YAML files in ${paths.join(', ')}`);
  const out: { display: string; item: T }[] = [];
  for (const p of found) {
    let text: string;
    try {
      // Oversized files are read too: the parser refuses them cheaply with one clear diagnostic.
      text = fileSystem.readFile(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code ?? (error instanceof Error ? error.message : String(error));
      return usageError(io, command, `cannot read ${path.relative(io.cwd, p) || p}: ${reason}`);
    }
    const file = service.parse(TextDocument.create(pathToFileURL(p).toString(), 'yaml', 1, text));
    service.setWorkspaceFile(file);
    out.push({ display: path.relative(io.cwd, p) || p, item: keep(file) });
  }
  return out;
}

/**
 * Reads the snapshot first (exit 2 when the cluster cannot be read), so that every check of the
 * files, local and cross-file, sees it; then checks or shows the live splits.
 */
async function withCluster(
  service: LanguageService,
  command: Command,
  paths: readonly string[],
  options: Options,
  request: SimulatedRequest | undefined,
  io: CliIo,
): Promise<number> {
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
  return onFiles(service, command, paths, options, request, io, snapshot);
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

function check(
  service: LanguageService,
  files: { display: string; item: PhasedDiagnostics }[],
  options: Options,
  io: CliIo,
): number {
  const findings: Finding[] = [];
  for (const { display, item } of files) {
    const file = item.file;
    for (const d of [...item.local, ...item.crossFile()]) {
      const offset = file.document.offsetAt(d.range.start);
      const resource = file.resources.find((r) => offset >= r.span.start && offset <= r.span.end);
      findings.push(
        toFinding(
          display,
          d,
          resource
            ? {
                kind: resource.kind,
                namespace: namespaceOf(resource, service.settings.defaultNamespace),
                name: resource.name?.value ?? '',
              }
            : null,
        ),
      );
    }
  }
  findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
  io.stdout(
    formatCheck(options.format as CheckFormat, findings, {
      version: VERSION,
      colour: io.isTTY,
      filesChecked: files.map((f) => f.display),
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

function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`istio-canary ${command}: ${message}\n`);
  return 2;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

if (require.main === module) {
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
