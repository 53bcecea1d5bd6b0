// `istio-canary simulate`: which VirtualService and route a request hits, from YAML files (or,
// when the files hold HTTPRoutes and no VirtualService, which HTTPRoute rule, by Gateway API precedence). The
// file system and output arrive through `io`, so this module reads nothing itself and tests run
// it in memory; main.ts dispatches to runSimulate.
import { type SimulatedRequest } from '../../../protocol/src/protocol';
import {
  readVirtualServiceRecords,
  renderSimulationText,
  simulateRequest,
  type VirtualServiceRecord,
} from '../features/simulate';
import {
  gatewayApiSimulationJson,
  readHttpRoutes,
  renderGatewayApiSimulation,
  simulateGatewayApi,
} from '../features/simulate/gatewayApi';
import type { GatewayRoute } from '../model/resources';

export interface SimulateIo {
  readFile(path: string): string;
  listYamlFiles(paths: string[]): string[];
  stdout(text: string): void;
  stderr(text: string): void;
}

export const simulateUsage = `Usage: istio-canary simulate [paths...] --host HOST --uri URI [options]

Shows which VirtualService and route an HTTP request matches and where it goes, following
Istio's rules. Paths are YAML files or folders (default: the current folder).

Options:
  --host HOST           Host or Host header of the request, e.g. reviews or bookinfo.com:80 (required)
  --uri URI             Path, optionally with a query string, e.g. /ratings/1?x=1 (required)
  --gateway GATEWAY     mesh (default) or the Gateway the request enters through: name or namespace/name
  --method METHOD       HTTP method (default GET)
  --header NAME=VALUE   A request header; repeat for more
  --query NAME=VALUE    A query parameter; repeat for more
  --port PORT           Destination port (default: the port in --host, if any)
  --scheme SCHEME       http (default) or https
  --authority VALUE     The :authority header (default: --host as given)
  --namespace NS        Namespace of the caller, for short host names (default: default)
  --source-label K=V    A label of the calling workload; repeat for more
  --format text|json    Output format (default text)
  -h, --help            Show this help

Exit status: 0 when a route matched, 1 when no VirtualService or route matched, 2 on usage errors.
`;

const valueOptions = new Set([
  'host',
  'uri',
  'gateway',
  'method',
  'header',
  'query',
  'port',
  'scheme',
  'authority',
  'namespace',
  'source-label',
  'format',
]);

class UsageError extends Error {}

interface ParsedArguments {
  paths: string[];
  values: Map<string, string[]>;
  help: boolean;
}

function parseArguments(argv: readonly string[]): ParsedArguments {
  const parsed: ParsedArguments = { paths: [], values: new Map(), help: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '-h' || argument === '--help') {
      parsed.help = true;
      continue;
    }
    if (argument === '--') {
      parsed.paths.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith('-') || argument === '-') {
      parsed.paths.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const name = argument.slice(2, equals === -1 ? undefined : equals);
    if (!argument.startsWith('--') || !valueOptions.has(name)) {
      throw new UsageError(`unknown option ${argument}`);
    }
    let value: string | undefined;
    if (equals !== -1) {
      value = argument.slice(equals + 1);
    } else {
      value = argv[index + 1];
      index++;
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
    }
    parsed.values.set(name, [...(parsed.values.get(name) ?? []), value]);
  }
  return parsed;
}

function single(parsed: ParsedArguments, name: string): string | undefined {
  const values = parsed.values.get(name);
  if (values && values.length > 1) throw new UsageError(`--${name} is given more than once`);
  return values?.[0];
}

/** `name=value` pairs (a colon also separates, as in `end-user: jason`). */
function pairs(parsed: ParsedArguments, name: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of parsed.values.get(name) ?? []) {
    const separator = pair.search(/[=:]/);
    const key = separator === -1 ? '' : pair.slice(0, separator).trim();
    if (key === '') throw new UsageError(`--${name} expects NAME=VALUE, got ${JSON.stringify(pair)}`);
    result[key] = pair.slice(separator + 1).trim();
  }
  return result;
}

function buildRequest(parsed: ParsedArguments): SimulatedRequest {
  const host = single(parsed, 'host');
  const uri = single(parsed, 'uri');
  if (host === undefined || host.trim() === '') throw new UsageError('--host is required');
  if (uri === undefined || uri.trim() === '') throw new UsageError('--uri is required');
  const request: SimulatedRequest = {
    host,
    uri,
    headers: pairs(parsed, 'header'),
    query: pairs(parsed, 'query'),
  };
  const portText = single(parsed, 'port');
  if (portText !== undefined) {
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
      throw new UsageError(`--port must be a number from 1 to 65535, got ${portText}`);
    }
    request.port = port;
  }
  const optional = [
    ['gateway', 'gateway'],
    ['method', 'method'],
    ['scheme', 'scheme'],
    ['authority', 'authority'],
    ['namespace', 'sourceNamespace'],
  ] as const;
  for (const [option, field] of optional) {
    const value = single(parsed, option);
    if (value !== undefined) request[field] = value;
  }
  if (parsed.values.has('source-label')) request.sourceLabels = pairs(parsed, 'source-label');
  return request;
}

function withQuery(uri: string, query: Record<string, string>): string {
  const extra = new URLSearchParams(query).toString();
  return extra ? `${uri}${uri.includes('?') ? '&' : '?'}${extra}` : uri;
}

export function runSimulate(argv: string[], io: SimulateIo): number {
  const args = argv[0] === 'simulate' ? argv.slice(1) : argv;
  let parsed: ParsedArguments;
  let request: SimulatedRequest;
  let format: string;
  try {
    parsed = parseArguments(args);
    if (parsed.help) {
      io.stdout(simulateUsage);
      return 0;
    }
    request = buildRequest(parsed);
    format = single(parsed, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') {
      throw new UsageError(`--format must be text or json, got ${format}`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`istio-canary simulate: ${error.message}\n\n${simulateUsage}`);
    return 2;
  }

  let files: string[];
  try {
    files = io.listYamlFiles(parsed.paths.length > 0 ? parsed.paths : ['.']);
  } catch (error) {
    io.stderr(`istio-canary simulate: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr(`istio-canary simulate: no YAML files in ${parsed.paths.join(', ') || '.'}\n`);
    return 2;
  }
  const records: VirtualServiceRecord[] = [];
  const httpRoutes: GatewayRoute[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.stderr(
        `istio-canary simulate: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
    records.push(...readVirtualServiceRecords(file, text));
    httpRoutes.push(...readHttpRoutes(file, text));
  }
  // Gateway API routes follow their own precedence; they answer when no VirtualService is given.
  if (records.length === 0 && httpRoutes.length > 0) {
    const outcome = simulateGatewayApi(
      httpRoutes.map((route) => ({ route })),
      {
        host: request.host,
        path: withQuery(request.uri ?? '/', request.query ?? {}),
        method: request.method ?? 'GET',
        headers: request.headers ?? {},
        ...(single(parsed, 'gateway') !== undefined ? { via: single(parsed, 'gateway')! } : {}),
      },
    );
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(gatewayApiSimulationJson(outcome), null, 2)}\n`
        : renderGatewayApiSimulation(outcome),
    );
    return outcome.matched ? 0 : 1;
  }
  if (records.length === 0) {
    io.stderr(`istio-canary simulate: no VirtualService in ${files.length} YAML file(s)\n`);
  }

  const result = simulateRequest(records, request);
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderSimulationText(result));
  return result.matched ? 0 : 1;
}
