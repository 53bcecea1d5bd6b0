// The request simulator: given VirtualServices as plain records and one HTTP request, decide
// which VirtualService and route handle it and where it goes, following Istio's rules, and keep
// a trace of every decision so a person can see why. This module runs the steps in order;
// each step is its own module: request normalisation (request.ts), resource selection
// (selection.ts), match evaluation (matching.ts) and action description (action.ts).
import type { SimulatedRequest, SimulatedRoute, SimulationResult } from '../../../../protocol/src/protocol';
import { defaultClusterDomain } from '../../istio/hosts';
import { matchRejection } from '../../istio/routeValidity';
import { normaliseWeights } from '../../istio/weights';
import { describeAction, routeLabel } from './action';
import { evaluateRoute, type Context } from './matching';
import { asRecord } from './plain';
import { normaliseRequest } from './request';
import { selectVirtualServices, type VirtualServiceRecord } from './selection';

export type { VirtualServiceRecord } from './selection';

export interface SimulateOptions {
  /** Namespace of resources that name none, and of the caller when the request names none. */
  defaultNamespace?: string;
  clusterDomain?: string;
  /**
   * Why a destination host written in a resource of `namespace` reaches no Service (the
   * workspace's `hostReach`); without it every host is taken to reach its Service.
   */
  reach?: (host: string, namespace: string) => string | undefined;
  /**
   * Why a caller in `caller` cannot use `subset` of `host` (written in a VirtualService of
   * `fromNamespace`), or undefined when it can or nothing is known; the workspace answers
   * (destinationRuleScope.ts).
   */
  subsetProblem?: (host: string, subset: string, fromNamespace: string, caller: string) => string | undefined;
  /**
   * The namespace whose configuration the proxy of Gateway `namespace/name` reads (where its
   * pods run); the Gateway's own namespace when absent.
   */
  gatewayProxyNamespace?: (namespace: string, name: string) => string;
}

export function simulateRequest(
  records: readonly VirtualServiceRecord[],
  input: SimulatedRequest,
  options: SimulateOptions = {},
): SimulationResult {
  const defaultNamespace = options.defaultNamespace || 'default';
  const domain = options.clusterDomain || defaultClusterDomain;
  const notes: string[] = [];
  const { request, fullPath } = normaliseRequest(input, defaultNamespace, domain, notes);
  const context: Context = { request, fullPath, notes };

  const { selected, virtualServices } = selectVirtualServices(
    records,
    request,
    defaultNamespace,
    domain,
    notes,
    options.gatewayProxyNamespace,
  );

  // A mesh VirtualService host that is a Service name cut short names no Service: pilot gives it
  // only a port-80 route for that exact Host header (route.go, non-registry hosts).
  if (request.gateway === 'mesh' && options.reach)
    for (const candidate of selected) {
      const host = candidate.hostMatch?.kind === 'exact' ? candidate.hostMatch.form : undefined;
      if (host !== undefined && options.reach(host, candidate.namespace) !== undefined)
        notes.push(
          `\`${host}\` names no Service (Istio takes a dotted host as written): ${candidate.key} gets a route only on port 80 for that exact Host header; on the Service's own port the request takes the Service's default route instead.`,
        );
    }
  const base = { request, virtualServices, routes: [] as SimulatedRoute[], destinations: [], notes };
  if (selected.length === 0) {
    const summary =
      request.gateway === 'mesh'
        ? `No VirtualService handles host ${request.host} in the mesh: the request goes to the service as addressed, spread over all its endpoints (every version).`
        : `No VirtualService bound to gateway ${request.gateway} handles host ${request.host}: the gateway answers 404.`;
    return { ...base, outcome: 'no-virtual-service', matched: false, summary };
  }

  const routes: SimulatedRoute[] = [];
  for (const candidate of selected) {
    const httpRoutes = candidate.spec['http'];
    if (!Array.isArray(httpRoutes) || httpRoutes.length === 0) {
      const hasOther = Array.isArray(candidate.spec['tcp']) || Array.isArray(candidate.spec['tls']);
      notes.push(
        `${candidate.key} has no http routes${hasOther ? '; its TCP/TLS routes are not simulated' : ''}.`,
      );
      continue;
    }
    const rejection = virtualServiceRejection(httpRoutes, candidate.spec);
    for (const [index, rawRoute] of httpRoutes.entries()) {
      const route = asRecord(rawRoute);
      const trace = evaluateRoute(route, index, candidate, context);
      routes.push(trace);
      if ((trace.result === 'match' || index === httpRoutes.length - 1) && rejection !== undefined) {
        notes.push(
          `Istio refuses ${candidate.key} (${rejection}), so the cluster never holds it; fix it before reading this simulation as real.`,
        );
        return {
          ...base,
          routes,
          outcome: 'rejected',
          matched: false,
          rejected: rejection,
          summary: `Istio rejects VirtualService ${candidate.key} (${rejection}), so it routes nothing${trace.result === 'match' ? `; were it accepted, ${routeLabel(trace)} would match` : ''}.`,
        };
      }
      if (trace.result === 'match') {
        const undecided = routes.filter((earlier) => earlier.result === 'unknown');
        if (undecided.length > 0) {
          notes.push(
            `Earlier route${undecided.length > 1 ? 's' : ''} ${undecided.map(routeLabel).join(', ')} could not be decided from the request; ${undecided.length > 1 ? 'if one of them matches, it wins' : 'if it matches, it wins'} instead.`,
          );
        }
        return {
          ...base,
          routes,
          ...describeAction(route, candidate, trace, notes, options.subsetProblem, options.reach),
        };
      }
    }
  }
  const undecided = routes.filter((route) => route.result === 'unknown');
  if (undecided.length > 0) {
    notes.push(
      `Route${undecided.length > 1 ? 's' : ''} ${undecided.map(routeLabel).join(', ')} could not be decided from the request.`,
    );
  }
  const names = selected.map((candidate) => candidate.key).join(', ');
  return {
    ...base,
    routes,
    outcome: 'no-route',
    matched: false,
    summary: `VirtualService ${names} handles host ${request.host}, but none of its routes matches: the proxy answers 404 (no route).`,
  };
}

/**
 * Why Istio refuses the VirtualService, from the same rules `check` applies (trafficSplit.ts):
 * a match regex that is not RE2, or weights it refuses. The first reason found.
 */
function virtualServiceRejection(httpRoutes: unknown[], spec: Record<string, unknown>): string | undefined {
  for (const protocol of ['http', 'tcp', 'tls'] as const) {
    const list = protocol === 'http' ? httpRoutes : spec[protocol];
    if (!Array.isArray(list)) continue;
    for (const [index, raw] of list.entries()) {
      const route = asRecord(raw);
      const match = protocol === 'http' && Array.isArray(route['match']) ? (route['match'] as unknown[]) : [];
      const destinations = Array.isArray(route['route']) ? (route['route'] as unknown[]) : [];
      const weights = destinations.map((d) => {
        const w = asRecord(d)['weight'];
        return typeof w === 'number' || typeof w === 'string' ? w : undefined;
      });
      const reason = matchRejection(match) ?? normaliseWeights(weights).rejected;
      if (reason !== undefined) return `${protocol}[${index}]: ${reason}`;
    }
  }
  return undefined;
}
