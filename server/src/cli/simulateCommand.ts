// `istio-canary simulate`: which VirtualService and route a request hits. The request comes
// from the options (args.ts); the workspace is prepared exactly as for `check` (main.ts:
// `--config`, `exclude`, `defaultNamespace`, `--namespace`), and the language service's
// `simulate()` answers over its workspace lookup.
import { type SimulatedRequest } from '../../../protocol/src/protocol';
import { renderSimulationText } from '../features/simulate';
import type { LanguageService, SourceFile } from '../languageService';
import { renderGatewayApiSimulation } from '../features/simulate/gatewayApi';
import { listOption, stringOption, type OptionValues } from './args';

export class UsageError extends Error {}

/** `name=value` pairs (a colon also separates, as in `end-user: jason`). */
function pairs(values: OptionValues, name: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of listOption(values, name)) {
    const separator = pair.search(/[=:]/);
    const key = separator === -1 ? '' : pair.slice(0, separator).trim();
    if (key === '') throw new UsageError(`--${name} expects NAME=VALUE, got ${JSON.stringify(pair)}`);
    result[key] = pair.slice(separator + 1).trim();
  }
  return result;
}

/** The request the options describe; throws UsageError when they do not describe one. */
export function buildRequest(values: OptionValues): SimulatedRequest {
  const host = stringOption(values, 'host');
  const grpcService = stringOption(values, 'grpc-service')?.trim();
  const grpcMethod = stringOption(values, 'grpc-method')?.trim();
  const grpc = grpcService !== undefined || grpcMethod !== undefined;
  if (host === undefined || host.trim() === '') throw new UsageError('--host is required');
  if (grpc && (!grpcService || !grpcMethod))
    throw new UsageError('a gRPC call needs both --grpc-service and --grpc-method');
  if (grpc && stringOption(values, 'uri') !== undefined)
    throw new UsageError('--uri and --grpc-service/--grpc-method describe different requests: give one');
  const uri = grpc ? `/${grpcService}/${grpcMethod}` : stringOption(values, 'uri');
  if (uri === undefined || uri.trim() === '') throw new UsageError('--uri is required');
  const format = stringOption(values, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, got ${format}`);
  const request: SimulatedRequest = {
    host,
    uri,
    headers: pairs(values, 'header'),
    query: pairs(values, 'query'),
  };
  const portText = stringOption(values, 'port');
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
    ['from-namespace', 'sourceNamespace'],
  ] as const;
  for (const [option, field] of optional) {
    const value = stringOption(values, option);
    if (value !== undefined) request[field] = value;
  }
  if (listOption(values, 'source-label').length > 0) request.sourceLabels = pairs(values, 'source-label');
  if (grpc && grpcService && grpcMethod) {
    request.grpcService = grpcService;
    request.grpcMethod = grpcMethod;
  }
  return request;
}

/** Runs the simulation over the prepared workspace and prints it; the exit code. */
export function simulate(
  service: LanguageService,
  request: SimulatedRequest,
  format: string,
  files: readonly { file: SourceFile }[],
  io: { stdout(text: string): void; stderr(text: string): void },
  /** How a file is named in the output (the path as the user gave it, not its URI). */
  display: (uri: string) => string = (uri) => uri,
): number {
  const lookup = service.workspace.lookup(service.settings.defaultNamespace);
  if (lookup.virtualServices.length === 0 && lookup.gatewayRoutes.length === 0) {
    io.stderr(
      `istio-canary simulate: no VirtualService or Gateway API route in ${files.length} YAML file(s)\n`,
    );
  }
  // The editor's request: the same answer (VirtualServices, else HTTPRoutes; GRPCRoutes for gRPC).
  const { result } = service.simulate({ request });
  if (result.gatewayApi) {
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(result.gatewayApi, null, 2)}\n`
        : renderGatewayApiSimulation(result.gatewayApi),
    );
    return result.matched ? 0 : 1;
  }
  for (const vs of result.virtualServices) if (vs.uri !== undefined) vs.uri = display(vs.uri);
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderSimulationText(result));
  return result.matched ? 0 : 1;
}
