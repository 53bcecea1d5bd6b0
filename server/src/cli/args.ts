// The one argument parser of the `istio-canary` command: a declarative table of options (which
// commands take them, their value, their help text) read by Node's `util.parseArgs`. Help text
// can be generated from the same table, so an option cannot exist without its documentation.
//
// `--namespace NS` means the same in every command: the namespace of resources that name none
// (the `defaultNamespace` setting, what `kubectl apply` without `--namespace` uses). In
// `simulate`, the caller's namespace is `--from-namespace` and defaults to that namespace.
import { parseArgs } from 'node:util';
import { CHECK_FORMATS } from './format';

export const COMMANDS = ['check', 'split', 'simulate'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandSpec {
  /** What follows the command name in its usage line. */
  readonly synopsis: string;
  /** One line for the command list of `istio-canary --help`. */
  readonly summary: string;
  /** Paragraphs shown by `istio-canary <command> --help` between the usage line and the options. */
  readonly details: string;
  /** Exit statuses, shown after the options. */
  readonly exit: string;
}

/** Every command, in help order. */
export const COMMAND_SPECS: Readonly<Record<Command, CommandSpec>> = {
  check: {
    synopsis: '[paths…] [options]',
    summary: 'Check Istio YAML (files or folders; default: .)',
    details:
      'Checks the Istio YAML below the paths (files or folders; default: the current folder) with\n' +
      'the same rules as the editor, and reports errors and warnings. A folder with a\n' +
      'kustomization.yaml is rendered with `kubectl kustomize` (local bases only) and the result is\n' +
      'checked (split and simulate read it too); findings point at the patch or resource file.',
    exit: 'Exit status: 0 when there are no errors (warnings allowed up to --max-warnings), 1 on\nerrors or too many warnings, 2 on usage errors or unreadable paths.',
  },
  split: {
    synopsis: '[paths…] [options]',
    summary: 'Show the traffic split of every VirtualService and AppDeployment',
    details:
      'Shows, for every VirtualService and AppDeployment below the paths (default: the current\n' +
      'folder), how its routes split traffic between destinations.',
    exit: 'Exit status: 0, or 2 on usage errors or unreadable paths.',
  },
  simulate: {
    synopsis: '[paths…] --host HOST (--uri URI | --grpc-service SERVICE --grpc-method METHOD) [options]',
    summary: 'Show where a request goes',
    details:
      'Shows which VirtualService and route an HTTP request matches and where it goes, following\n' +
      "Istio's rules. Paths are YAML files or folders (default: the current folder), read with the\n" +
      'same settings as check. When no VirtualService handles the host, HTTPRoutes answer with the\n' +
      "Gateway API's precedence; a gRPC call (--grpc-service and --grpc-method) is matched against\n" +
      'GRPCRoutes.',
    exit:
      'Exit status: 0 when a route matched, 1 when no VirtualService or route matched (or Istio\n' +
      'rejects the one that would), 2 on usage errors.',
  },
};

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** May be given several times (values collected in order). */
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `FILE`. */
  readonly value?: string;
  readonly description: string;
  /** The value used when the option is absent, as help shows it. */
  readonly default?: string;
  /** The values the option takes, per command (help lists them; the command checks them). */
  readonly choices?: Readonly<Record<Command, readonly string[]>>;
  readonly commands: readonly Command[];
}

const ALL: readonly Command[] = COMMANDS;

/** Every option of every command, in help order. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'settings file (exclude, defaultNamespace, rootNamespace, rules)',
    default: '.istio-canary.json or .istio-canary.yaml, searched upwards',
    commands: ALL,
  },
  {
    name: 'namespace',
    type: 'string',
    value: 'NS',
    description:
      'namespace of resources that name none; with --cluster or --live, the only namespace read from the cluster',
    default: 'the config’s defaultNamespace, or default',
    commands: ALL,
  },
  {
    name: 'root-namespace',
    type: 'string',
    value: 'NS',
    description:
      'Istio’s root namespace: its DestinationRules apply to callers everywhere, after their own namespace’s and the service’s',
    default: 'the config’s rootNamespace, or istio-system',
    commands: ALL,
  },
  {
    name: 'format',
    type: 'string',
    value: 'FORMAT',
    description: 'output format',
    default: 'text',
    choices: { check: CHECK_FORMATS, split: ['text', 'json'], simulate: ['text', 'json'] },
    commands: ALL,
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: 'N',
    description: 'exit 1 when there are more than N warnings',
    default: 'no limit',
    commands: ['check'],
  },
  {
    name: 'jobs',
    type: 'string',
    value: 'N',
    description:
      'parse and check the files on N threads (the number of cores is a good N; 1: in this thread)',
    default: '1',
    commands: ['check'],
  },
  {
    name: 'report-unused-disables',
    type: 'boolean',
    description: 'warn about istio-canary-disable comments that silence nothing',
    commands: ['check'],
  },
  {
    name: 'helm',
    type: 'string',
    multiple: true,
    value: 'CHART',
    description: 'render the chart folder with `helm template` and check the result; repeat for more',
    commands: ['check'],
  },
  {
    name: 'cluster',
    type: 'boolean',
    description:
      'lay the files over a read-only snapshot of the cluster: a gateway, host or subset found in neither is an error',
    commands: ['check'],
  },
  {
    name: 'complete-workspace',
    type: 'boolean',
    description: 'the files hold every resource: anything not found is an error',
    commands: ['check'],
  },
  {
    name: 'live',
    type: 'boolean',
    description:
      'the live split in the cluster of the VirtualServices in paths (all of them when no path is given)',
    commands: ['split'],
  },
  {
    name: 'all-namespaces',
    short: 'A',
    type: 'boolean',
    description: 'with --cluster or --live, read every namespace (the default)',
    commands: ['check', 'split'],
  },
  {
    name: 'context',
    type: 'string',
    value: 'C',
    description: 'with --cluster or --live, the kube context to read',
    default: 'kubectl’s current context',
    commands: ['check', 'split'],
  },
  {
    name: 'kubectl',
    type: 'string',
    value: 'PATH',
    description: 'with --cluster or --live, the kubectl program',
    default: 'kubectl',
    commands: ['check', 'split'],
  },
  {
    name: 'request-timeout',
    type: 'string',
    value: 'S',
    description: 'with --cluster or --live, seconds each kubectl request may take',
    default: '30',
    commands: ['check', 'split'],
  },
  {
    name: 'host',
    type: 'string',
    value: 'HOST',
    description: 'host or Host header of the request, e.g. reviews or bookinfo.com:80 (required)',
    commands: ['simulate'],
  },
  {
    name: 'uri',
    type: 'string',
    value: 'URI',
    description: 'path, optionally with a query string, e.g. /ratings/1?x=1 (required unless gRPC)',
    commands: ['simulate'],
  },
  {
    name: 'grpc-service',
    type: 'string',
    value: 'SERVICE',
    description: 'a gRPC call to this fully qualified service, e.g. shop.Cart (with --grpc-method)',
    commands: ['simulate'],
  },
  {
    name: 'grpc-method',
    type: 'string',
    value: 'METHOD',
    description: 'the method of the gRPC call, e.g. AddItem (with --grpc-service)',
    commands: ['simulate'],
  },
  {
    name: 'gateway',
    type: 'string',
    value: 'GATEWAY',
    description: 'mesh, or the Gateway the request enters through: name or namespace/name',
    default: 'mesh; for Gateway API routes, every parent',
    commands: ['simulate'],
  },
  {
    name: 'method',
    type: 'string',
    value: 'METHOD',
    description: 'HTTP method',
    default: 'GET',
    commands: ['simulate'],
  },
  {
    name: 'header',
    type: 'string',
    multiple: true,
    value: 'NAME=VALUE',
    description: 'a request header',
    commands: ['simulate'],
  },
  {
    name: 'query',
    type: 'string',
    multiple: true,
    value: 'NAME=VALUE',
    description: 'a query parameter',
    commands: ['simulate'],
  },
  {
    name: 'port',
    type: 'string',
    value: 'PORT',
    description: 'destination port',
    default: 'the port in --host, if any',
    commands: ['simulate'],
  },
  {
    name: 'scheme',
    type: 'string',
    value: 'SCHEME',
    description: 'http or https',
    default: 'http',
    commands: ['simulate'],
  },
  {
    name: 'authority',
    type: 'string',
    value: 'VALUE',
    description: 'the :authority header',
    default: '--host as given',
    commands: ['simulate'],
  },
  {
    name: 'from-namespace',
    type: 'string',
    value: 'NS',
    description:
      'namespace of the caller: short host names resolve in it, and exportTo decides which VirtualServices and DestinationRules it gets',
    default: '--namespace',
    commands: ['simulate'],
  },
  {
    name: 'source-label',
    type: 'string',
    multiple: true,
    value: 'K=V',
    description: 'a label of the calling workload',
    commands: ['simulate'],
  },
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help', commands: ALL },
];

export type OptionValues = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

export interface ParsedCommandLine {
  readonly values: OptionValues;
  readonly paths: readonly string[];
}

/** Parses a command's arguments; a string is a usage error to show. */
export function parseCommandLine(command: Command, args: readonly string[]): ParsedCommandLine | string {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const spec of OPTIONS) {
    if (!spec.commands.includes(command)) continue;
    // String options are collected as lists so that a single-valued one given twice is an
    // error instead of the last one silently winning.
    options[spec.name] = {
      type: spec.type,
      ...(spec.type === 'string' ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    return describeParseError(error);
  }
  const values: Record<string, string | boolean | readonly string[] | undefined> = {};
  for (const spec of OPTIONS) {
    const value = parsed.values[spec.name];
    if (value === undefined) continue;
    if (spec.type === 'boolean' || spec.multiple) values[spec.name] = value as boolean | string[];
    else {
      const list = value as string[];
      if (list.length > 1) return `--${spec.name} is given more than once`;
      values[spec.name] = list[0];
    }
  }
  return { values, paths: parsed.positionals };
}

/** A single string option's value (undefined when absent). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable option's values (empty when absent). */
export function listOption(values: OptionValues, name: string): readonly string[] {
  const value = values[name];
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

/** Options of `istio-canary` itself, before any command. */
export const TOP_LEVEL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', description: 'show this help', commands: [] },
  { name: 'version', type: 'boolean', description: 'show the version of istio-canary', commands: [] },
];

/** The options a command takes, in help order. */
export function optionsOf(command: Command): readonly OptionSpec[] {
  return OPTIONS.filter((o) => o.commands.includes(command));
}

/** The values an option takes in a command (empty when any value goes). */
export function choicesOf(name: string, command: Command): readonly string[] {
  return OPTIONS.find((o) => o.name === name)?.choices?.[command] ?? [];
}

/** Option specs as help lines: flag and value, then the description, choices and default. */
function optionLines(specs: readonly OptionSpec[], command?: Command): string {
  const rows = specs.map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`;
    const choices = command ? (o.choices?.[command] ?? []) : [];
    let text = o.description;
    if (choices.length) text += `: ${choices.join(', ')}`;
    if (o.multiple) text += ' (repeatable)';
    if (o.default !== undefined) text += ` (default: ${o.default})`;
    return [flag, text] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`.trimEnd()).join('\n');
}

/** `istio-canary <command> --help`: usage, what the command does, every option it takes. */
export function commandHelp(command: Command): string {
  const spec = COMMAND_SPECS[command];
  return `Usage: istio-canary ${command} ${spec.synopsis}

${spec.details}

Options:
${optionLines(optionsOf(command), command)}

${spec.exit}
`;
}

/** `istio-canary --help`: every command with its summary, and the options of each. */
export function mainHelp(): string {
  const commands = COMMANDS.map(
    (c) => [`${c} ${COMMAND_SPECS[c].synopsis.replace(/ \[options\]$/, '')}`, c] as const,
  );
  const width = Math.max(...commands.map(([usage]) => usage.length)) + 2;
  const sections = COMMANDS.map(
    (c) => `Options of ${c} (istio-canary ${c} --help):\n${optionLines(optionsOf(c), c)}`,
  );
  return `Usage: istio-canary <command> [paths…] [options]

Commands:
${commands.map(([usage, c]) => `  ${usage.padEnd(width)}${COMMAND_SPECS[c].summary}`).join('\n')}

Options:
${optionLines(TOP_LEVEL_OPTIONS)}

${sections.join('\n\n')}

Every command reads the same settings (--config, or .istio-canary.json|yaml searched upwards:
exclude, defaultNamespace, rules), and --namespace means the same everywhere: the namespace of
resources that name none.
`;
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1];
    return `unknown option ${option ?? message}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(--?[^' ]+)/.exec(message)?.[1];
    return option ? `${option} needs a value` : message;
  }
  return message;
}
