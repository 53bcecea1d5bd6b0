// The `istio-canary` command line: `check` and `split` over files and folders, with the same
// language service and workspace index as the editor, and `simulate`. Exit codes: 0 clean (or
// warnings only), 1 errors (or too many warnings), 2 bad usage or unreadable paths.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type LanguageService, type SourceFile } from '../languageService';
import { namespaceOf } from '../model/namespaces';
import { findConfig, loadConfig } from './config';
import { findYamlFiles } from './files';
import { formatSarif, formatSplitText, formatText, toFinding, toSplitJson, type Finding } from './format';
import { runSimulate } from './simulateCommand';

export const VERSION = '0.1.0';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTTY: boolean;
  readonly cwd: string;
}

const USAGE = `Usage: istio-canary <command> [paths…] [options]

Commands:
  check [paths…]      Check Istio YAML (files or folders; default: .)
      --format text|json|sarif   output format (default: text)
      --max-warnings N           exit 1 when there are more than N warnings
      --report-unused-disables   warn about istio-canary-disable comments that silence nothing
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
  const parsed = parseOptions(rest, command === 'check' ? ['text', 'json', 'sarif'] : ['text', 'json']);
  if (typeof parsed === 'string') {
    io.stderr(`istio-canary ${command}: ${parsed}\n`);
    return 2;
  }
  if (command === 'split' && parsed.reportUnusedDisables) {
    io.stderr(`istio-canary split: --report-unused-disables belongs to check\n`);
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
  const paths = parsed.paths.length ? parsed.paths : ['.'];
  const found = findYamlFiles(
    paths.map((p) => path.resolve(io.cwd, p)),
    service.settings.exclude,
  );
  if (found.unreadable.length) {
    return usageError(
      io,
      command,
      found.unreadable.map((u) => `cannot read ${u.path}: ${u.reason}`).join('\n'),
    );
  }
  const files = loadFiles(service, found.files, io);
  if (typeof files === 'number') return files;
  return command === 'check' ? check(service, files, parsed, io) : split(service, files, parsed, io);
}

interface Options {
  paths: string[];
  format: string;
  maxWarnings?: number;
  config?: string;
  namespace?: string;
  reportUnusedDisables?: boolean;
  help: boolean;
}

function parseOptions(args: readonly string[], formats: readonly string[]): Options | string {
  const options: Options = { paths: [], format: 'text', help: false };
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

function loadFiles(
  service: LanguageService,
  paths: readonly string[],
  io: CliIo,
): { display: string; file: SourceFile }[] | number {
  const out: { display: string; file: SourceFile }[] = [];
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
    out.push({ display: path.relative(io.cwd, p) || p, file });
  }
  return out;
}

function check(
  service: LanguageService,
  files: { display: string; file: SourceFile }[],
  options: Options,
  io: CliIo,
): number {
  const findings: Finding[] = [];
  for (const { display, file } of files) {
    const unused = options.reportUnusedDisables ? service.unusedDisables(file) : [];
    for (const d of [...service.diagnose(file), ...unused]) {
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
  if (options.format === 'json') io.stdout(JSON.stringify(findings, null, 2) + '\n');
  else if (options.format === 'sarif') io.stdout(formatSarif(findings, VERSION));
  else io.stdout(formatText(findings, { colour: io.isTTY, filesChecked: files.length }));
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
