// The request simulator feature: which VirtualService and route an HTTP request hits and where it
// goes, answered over the workspace's model (the same resource views every other feature reads).
// Pure: it reads no files and imports nothing from the LSP layer or VS Code; the language
// service's `simulate()` calls it with the workspace lookup.
import { type SimulateParams, type SimulateResult } from '../../../../protocol/src/protocol';
import { ROUTE_SPEC_FIELDS, type RouteDestination, type VirtualService } from '../../model/resources';
import { renderSimulationMarkdown } from './render';
import { simulateRequest, type SimulateOptions, type VirtualServiceRecord } from './simulate';

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
  if (vs.namespace && vs.namespace.value !== '') record.namespace = vs.namespace.value;
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
