// The one argument parser of the `istio-canary` command: a declarative table of options (which
// commands take them, their value, their help text) read by Node's `util.parseArgs`. Help text
// can be generated from the same table, so an option cannot exist without its documentation.
//
// `--namespace NS` means the same in every command: the namespace of resources that name none
// (the `defaultNamespace` setting, what `kubectl apply` without `--namespace` uses). In
// `simulate`, the caller's namespace is `--from-namespace` and defaults to that namespace.
import { parseArgs } from 'node:util';

export const COMMANDS = ['check', 'split', 'simulate'] as const;
export type Command = (typeof COMMANDS)[number];

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** May be given several times (values collected in order). */
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `FILE`. */
  readonly value?: string;
  readonly description: string;
  readonly commands: readonly Command[];
}

const ALL: readonly Command[] = COMMANDS;

/** Every option of every command, in help order. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'settings file (default: .istio-canary.json or .istio-canary.yaml, searched upwards)',
    commands: ALL,
  },
  {
    name: 'namespace',
    type: 'string',
    value: 'NS',
    description: 'namespace of resources that name none (default: the config’s defaultNamespace, or default)',
    commands: ALL,
  },
  {
    name: 'format',
    type: 'string',
    value: 'FORMAT',
    description: 'output format: text (default) or json; check also takes sarif',
    commands: ALL,
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: 'N',
    description: 'exit 1 when there are more than N warnings',
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
    description: 'path, optionally with a query string, e.g. /ratings/1?x=1 (required)',
    commands: ['simulate'],
  },
  {
    name: 'gateway',
    type: 'string',
    value: 'GATEWAY',
    description: 'mesh (default) or the Gateway the request enters through: name or namespace/name',
    commands: ['simulate'],
  },
  {
    name: 'method',
    type: 'string',
    value: 'METHOD',
    description: 'HTTP method (default GET)',
    commands: ['simulate'],
  },
  {
    name: 'header',
    type: 'string',
    multiple: true,
    value: 'NAME=VALUE',
    description: 'a request header; repeat for more',
    commands: ['simulate'],
  },
  {
    name: 'query',
    type: 'string',
    multiple: true,
    value: 'NAME=VALUE',
    description: 'a query parameter; repeat for more',
    commands: ['simulate'],
  },
  {
    name: 'port',
    type: 'string',
    value: 'PORT',
    description: 'destination port (default: the port in --host, if any)',
    commands: ['simulate'],
  },
  {
    name: 'scheme',
    type: 'string',
    value: 'SCHEME',
    description: 'http (default) or https',
    commands: ['simulate'],
  },
  {
    name: 'authority',
    type: 'string',
    value: 'VALUE',
    description: 'the :authority header (default: --host as given)',
    commands: ['simulate'],
  },
  {
    name: 'from-namespace',
    type: 'string',
    value: 'NS',
    description: 'namespace of the caller, for short host names (default: --namespace)',
    commands: ['simulate'],
  },
  {
    name: 'source-label',
    type: 'string',
    multiple: true,
    value: 'K=V',
    description: 'a label of the calling workload; repeat for more',
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

/** The options of a command as help lines (`  --config FILE   settings file …`). */
export function optionHelp(command: Command): string {
  const rows = OPTIONS.filter((o) => o.commands.includes(command)).map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`;
    return [flag, o.description] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`).join('\n');
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
