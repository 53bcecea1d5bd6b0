// The request simulator feature: which VirtualService and route an HTTP request hits and where it
// goes, answered over the workspace's model (the same resource views every other feature reads).
// Pure: it reads no files and imports nothing from the LSP layer or VS Code; the language
// service's `simulate()` calls it with the workspace lookup.
import {
  type SimulateParams,
  type SimulateResult,
  type SimulationResult,
} from '../../../../protocol/src/protocol';
import {
  ROUTE_SPEC_FIELDS,
  type GatewayRoute,
  type RouteDestination,
  type VirtualService,
} from '../../model/resources';
import { defaultClusterDomain } from '../../istio/hosts';
import {
  gatewayApiSimulationJson,
  gatewayApiSummary,
  renderGatewayApiMarkdown,
  simulateGatewayApi,
} from './gatewayApi';
import { renderSimulationMarkdown } from './render';
import { normaliseRequest } from './request';
import { simulateRequest, type SimulateOptions, type VirtualServiceRecord } from './simulate';
import { givenNamespaceOf } from '../../model/namespaces';

export { renderSimulationMarkdown, renderSimulationText } from './render';
export { simulateRequest, type SimulateOptions, type VirtualServiceRecord } from './simulate';

/** Answers an `istioCanary/simulate` request over the workspace's VirtualServices, in index order. */
export function simulateVirtualServices(
  virtualServices: readonly VirtualService[],
  params: SimulateParams,
  options: SimulateOptions = {},
): SimulateResult {
  const result = simulateRequest(virtualServices.map(recordOf), params.request, options);
  return { result, markdown: renderSimulationMarkdown(result) };
}

/**
 * Answers an `istioCanary/simulate` request over the whole workspace, for the editor and the CLI
 * alike: a gRPC call (grpcService and grpcMethod) goes to the GRPCRoutes; any other request to
 * the VirtualServices, and to the HTTPRoutes when no VirtualService handles its host. Gateway API
 * routes follow their own precedence (gatewayApi.ts); a request without a gateway considers
 * every route whatever its parents.
 */
export function simulateWorkspace(
  virtualServices: readonly VirtualService[],
  gatewayRoutes: readonly GatewayRoute[],
  params: SimulateParams,
  options: SimulateOptions = {},
): SimulateResult {
  const { request } = params;
  const grpc =
    request.grpcService !== undefined || request.grpcMethod !== undefined
      ? { service: (request.grpcService ?? '').trim(), method: (request.grpcMethod ?? '').trim() }
      : undefined;
  if (!grpc) {
    const answer = simulateVirtualServices(virtualServices, params, options);
    const httpRoutes = gatewayRoutes.filter((r) => r.kind === 'HTTPRoute');
    if (answer.result.outcome !== 'no-virtual-service' || httpRoutes.length === 0) return answer;
  }
  return simulateGatewayRoutes(gatewayRoutes, params, grpc, options);
}

function simulateGatewayRoutes(
  gatewayRoutes: readonly GatewayRoute[],
  params: SimulateParams,
  grpc: { service: string; method: string } | undefined,
  options: SimulateOptions,
): SimulateResult {
  const defaultNamespace = options.defaultNamespace || 'default';
  const notes: string[] = [];
  const { request } = normaliseRequest(
    { ...params.request, ...(grpc ? { method: 'POST', uri: `/${grpc.service}/${grpc.method}` } : {}) },
    defaultNamespace,
    options.clusterDomain || defaultClusterDomain,
    notes,
  );
  const query = new URLSearchParams(request.query).toString();
  const gateway = params.request.gateway?.trim();
  const outcome = simulateGatewayApi(
    gatewayRoutes.map((route) => ({ route })),
    {
      host: params.request.host,
      path: `${request.uri}${query ? `?${query}` : ''}`,
      method: request.method,
      headers: request.headers,
      ...(gateway ? { via: gateway } : {}),
      ...(grpc ? { grpc } : {}),
    },
    defaultNamespace,
  );
  const gatewayApi = gatewayApiSimulationJson(outcome, defaultNamespace);
  const routeNamespace = gatewayApi.namespace ?? defaultNamespace;
  const result: SimulationResult = {
    request,
    outcome: gatewayApi.matched ? 'route' : 'no-route',
    matched: gatewayApi.matched,
    summary: gatewayApiSummary(gatewayApi),
    virtualServices: [],
    routes: [],
    destinations:
      gatewayApi.status === 500
        ? []
        : gatewayApi.backends.map((b) => ({
            host: `${b.name}.${b.namespace ?? routeNamespace}.svc.${options.clusterDomain || defaultClusterDomain}`,
            ...(b.port !== undefined ? { port: b.port } : {}),
            percent: b.percent,
          })),
    notes: [...notes, ...gatewayApi.trace],
    gatewayApi,
  };
  const via = gateway ? (gateway === 'mesh' ? 'the mesh' : `Gateway ${gateway}`) : 'any parent';
  const requestText = grpc
    ? `gRPC ${grpc.service}/${grpc.method} to ${request.host} via ${via}`
    : `${request.method} ${request.host}${request.uri}${query ? `?${query}` : ''} via ${via}`;
  return { result, markdown: renderGatewayApiMarkdown(gatewayApi, requestText) };
}

/**
 * The simulator's record of a VirtualService, rebuilt from the model: hosts, gateways and every
 * route with its match, destinations and the other route fields (redirect, directResponse,
 * delegate, rewrite, fault, mirrors, …) as the model read them.
 */
export function recordOf(vs: VirtualService): VirtualServiceRecord {
  const spec: Record<string, unknown> = {
    hosts: vs.hosts.map((h) => h.value),
    ...(vs.gateways.length > 0 ? { gateways: vs.gateways.map((g) => g.value) } : {}),
    ...(vs.exportTo.length > 0 ? { exportTo: [...vs.exportTo] } : {}),
  };
  for (const route of vs.routes) {
    const plain: Record<string, unknown> = {
      ...(route.name !== undefined ? { name: route.name } : {}),
      ...(route.hasMatch ? { match: route.match } : {}),
      ...(route.destinationsSpan !== undefined ? { route: route.destinations.map(destinationOf) } : {}),
    };
    for (const field of ROUTE_SPEC_FIELDS) {
      const value = route.spec[field];
      if (value !== undefined) plain[field] = value.value;
    }
    const list = (spec[route.protocol] as unknown[] | undefined) ?? [];
    list.push(plain);
    spec[route.protocol] = list;
  }
  const record: VirtualServiceRecord = { name: vs.name?.value ?? '(unnamed)', uri: vs.uri, spec };
  const namespace = givenNamespaceOf(vs);
  if (namespace !== undefined) record.namespace = namespace;
  return record;
}

function destinationOf(d: RouteDestination): Record<string, unknown> {
  return {
    destination: {
      ...(d.host ? { host: d.host.value } : {}),
      ...(d.subset ? { subset: d.subset.value } : {}),
      ...(d.port ? { port: { number: d.port.value } } : {}),
    },
    ...(d.weight ? { weight: d.weight.value } : {}),
  };
}
