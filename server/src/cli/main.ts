// The `istio-canary` command line: `check` and `split` over files and folders, with the same
// language service and workspace index as the editor, and `simulate`. Exit codes: 0 clean (or
// warnings only), 1 errors (or too many warnings), 2 bad usage or unreadable paths.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  type LanguageService,
  type PhasedDiagnostics,
  type SourceFile,
} from '../languageService';
import { namespaceOf } from '../model/namespaces';
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
import { runSimulate } from './simulateCommand';
import {
  kustomizationFileIn,
  mapRenderedLine,
  readKustomizeSources,
  runTool,
  splitHelmOutput,
  type RunTool,
} from './render';

export const VERSION = '0.1.0';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
  /** Runs kubectl / helm (execFile, no shell); tests pass a stand-in. */
  readonly runTool?: RunTool;
}

const USAGE = `Usage: istio-canary <command> [paths…] [options]

Commands:
  check [paths…]      Check Istio YAML (files or folders; default: .)
      --format FORMAT            text (default), json, sarif, github, junit or gitlab
      --max-warnings N           exit 1 when there are more than N warnings
      --report-unused-disables   warn about istio-canary-disable comments that silence nothing
      --helm CHART               render the chart with \`helm template\` and check the result
  A folder with a kustomization.yaml is rendered with \`kubectl kustomize\` (local bases only)
  and the result is checked (split too); findings point at the patch or resource file.
  split [paths…]      Show the traffic split of every VirtualService and AppDeployment
      --format text|json         output format (default: text)
  simulate [paths…]   Show where a request goes (see: istio-canary simulate --help)

Options for check and split:
  --config FILE       settings file (default: .istio-canary.json or .istio-canary.yaml, searched upwards)
  --namespace NS      namespace of resources that name none (default: default)
  --help, --version
`;

export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'simulate') {
    return runSimulate([...rest], {
      readFile: (p) => fs.readFileSync(path.resolve(io.cwd, p), 'utf8'),
      listYamlFiles: (paths) => {
        const found = findYamlFiles(paths.map((p) => path.resolve(io.cwd, p)));
        if (found.unreadable.length)
          throw new Error(found.unreadable.map((u) => `${u.path}: ${u.reason}`).join('; '));
        return found.files;
      },
      stdout: io.stdout,
      stderr: io.stderr,
    });
  }
  if (command !== 'check' && command !== 'split') {
    io.stderr(`istio-canary: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const parsed = parseOptions(rest, command === 'check' ? CHECK_FORMATS : ['text', 'json']);
  if (typeof parsed === 'string') {
    io.stderr(`istio-canary ${command}: ${parsed}\n`);
    return 2;
  }
  if (command === 'split' && (parsed.reportUnusedDisables || parsed.helm.length)) {
    io.stderr(`istio-canary split: --report-unused-disables and --helm belong to check\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  const service = createLanguageService({ log: (m) => io.stderr(`istio-canary: ${m}\n`) });
  const configPath = parsed.config ?? findConfig(io.cwd);
  try {
    const config = configPath ? loadConfig(path.resolve(io.cwd, configPath)).value : undefined;
    const problems = service.configure({
      ...(isObject(config) ? config : {}),
      ...(parsed.namespace ? { defaultNamespace: parsed.namespace } : {}),
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
  const paths = parsed.paths.length || parsed.helm.length ? parsed.paths : ['.'];
  // A folder with a kustomization is an overlay: what it renders is checked, not its files.
  const overlays = paths
    .map((p) => path.resolve(io.cwd, p))
    .filter((p) => isDirectory(p) && kustomizationFileIn(p));
  const found = findYamlFiles(
    paths.map((p) => path.resolve(io.cwd, p)).filter((p) => !overlays.includes(p)),
    service.settings.exclude,
  );
  if (found.unreadable.length) {
    return usageError(
      io,
      command,
      found.unreadable.map((u) => `cannot read ${u.path}: ${u.reason}`).join('\n'),
    );
  }
  if (command === 'check') {
    // Each file's own findings while its syntax tree is at hand; the cross-file ones once every
    // file is indexed. Keeping every tree until then would not fit 20,000 files in memory.
    const checked = (file: SourceFile): Checked => ({
      phased: service.diagnoseInPhases(file),
      // Disable comments of the file's own rules are judged while its tree is at hand; those
      // of cross-file rules again at the end (see check()).
      unused: parsed.reportUnusedDisables ? service.unusedDisables(file) : [],
    });
    const phased = loadFiles(service, found.files, io, checked);
    if (typeof phased === 'number') return phased;
    const rendered = renderAll(service, overlays, parsed.helm, command, io);
    if (typeof rendered === 'number') return rendered;
    for (const r of rendered) phased.push({ display: r.display, item: checked(r.file), mapBack: r.mapBack });
    return check(service, phased, parsed, io);
  }
  const files = loadFiles(service, found.files, io, (file) => file);
  if (typeof files === 'number') return files;
  const rendered = renderAll(service, overlays, [], command, io);
  if (typeof rendered === 'number') return rendered;
  return split(
    service,
    [...files.map(({ display, item }) => ({ display, file: item })), ...rendered],
    parsed,
    io,
  );
}

interface Options {
  paths: string[];
  format: string;
  maxWarnings?: number;
  config?: string;
  namespace?: string;
  reportUnusedDisables?: boolean;
  helm: string[];
  help: boolean;
}

function parseOptions(args: readonly string[], formats: readonly string[]): Options | string {
  const options: Options = { paths: [], format: 'text', helm: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--format': {
        const v = value();
        if (!v || !formats.includes(v)) return `--format takes one of ${formats.join(', ')}`;
        options.format = v;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!v || !/^\d+$/.test(v)) return '--max-warnings takes a whole number';
        options.maxWarnings = Number(v);
        break;
      }
      case '--config': {
        const v = value();
        if (!v) return '--config takes a file';
        options.config = v;
        break;
      }
      case '--namespace': {
        const v = value();
        if (!v) return '--namespace takes a namespace name';
        options.namespace = v;
        break;
      }
      case '--helm': {
        const v = value();
        if (!v) return '--helm takes a chart folder';
        options.helm.push(v);
        break;
      }
      case '--report-unused-disables':
        options.reportUnusedDisables = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        if (arg.startsWith('-')) return `unknown option ${arg}`;
        options.paths.push(arg);
    }
  }
  return options;
}

interface Checked {
  readonly phased: PhasedDiagnostics;
  readonly unused: Diagnostic[];
}

/** Where a finding's line in rendered text came from (file and position), when known. */
type MapBack = (
  kind: string,
  name: string,
  lineText: string,
) => { display: string; line: number; character: number } | undefined;

interface LoadedFile {
  display: string;
  file: SourceFile;
  /** For rendered text: where a finding's line came from (file and position), when known. */
  mapBack?: (
    kind: string,
    name: string,
    lineText: string,
  ) => { display: string; line: number; character: number } | undefined;
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
): LoadedFile[] | number {
  const run = io.runTool ?? runTool;
  const out: LoadedFile[] = [];
  const relative = (p: string) => path.relative(io.cwd, p) || '.';
  for (const dir of overlays) {
    const sources = readKustomizeSources(dir);
    if (sources.remote.length)
      return usageError(
        io,
        command,
        `${relative(dir)}: remote bases are not rendered (only local ones): ${sources.remote.join(', ')}`,
      );
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

/** Parses and indexes every file; `keep` says what to hold on to of each parse. */
function loadFiles<T>(
  service: LanguageService,
  paths: readonly string[],
  io: CliIo,
  keep: (file: SourceFile) => T,
): { display: string; item: T; mapBack?: MapBack }[] | number {
  const out: { display: string; item: T; mapBack?: MapBack }[] = [];
  for (const p of paths) {
    let text: string;
    try {
      // Oversized files are read too: the parser refuses them cheaply with one clear diagnostic.
      text = fs.readFileSync(p, 'utf8');
    } catch (error) {
      return usageError(
        io,
        'check',
        `cannot read ${p}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    const file = service.parse(TextDocument.create(pathToFileURL(p).toString(), 'yaml', 1, text));
    service.setWorkspaceFile(file);
    out.push({ display: path.relative(io.cwd, p) || p, item: keep(file) });
  }
  return out;
}

function check(
  service: LanguageService,
  files: { display: string; item: Checked; mapBack?: MapBack }[],
  options: Options,
  io: CliIo,
): number {
  const findings: Finding[] = [];
  for (const { display, item, mapBack } of files) {
    const file = item.phased.file;
    // A comment is unused when neither the first look (its own rules) nor the last (cross-file
    // rules, with every file indexed) found anything for it to silence.
    const unusedAtEnd = options.reportUnusedDisables ? service.unusedDisables(file) : [];
    const unused = item.unused.filter((u) =>
      unusedAtEnd.some((e) => e.range.start.line === u.range.start.line && e.message === u.message),
    );
    for (const d of [...item.phased.local, ...item.phased.crossFile(), ...unused]) {
      const offset = file.document.offsetAt(d.range.start);
      const resource = file.resources.find((r) => offset >= r.span.start && offset <= r.span.end);
      const line = file.document.getText({
        start: { line: d.range.start.line, character: 0 },
        end: { line: d.range.start.line + 1, character: 0 },
      });
      const source =
        mapBack && resource ? mapBack(resource.kind, resource.name?.value ?? '', line) : undefined;
      const at = source ? { line: source.line, character: source.character } : undefined;
      findings.push(
        toFinding(
          source?.display ?? display,
          at ? { ...d, range: { start: at, end: at } } : d,
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
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    cwd: process.cwd(),
  });
}
