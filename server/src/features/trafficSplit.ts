// The canary model: for each VirtualService (and KubeVela AppDeployment), every route with its
// destinations and their effective share of traffic. Computed once and reused by the weight
// diagnostics, the hover on `weight`, the CodeLens, the preview panel and `istio-canary split`.
import type { Span } from '../syntax/parseYaml';
import {
  isAppDeployment,
  isGatewayRoute,
  isVirtualService,
  type AppDeployment,
  type GatewayRoute,
  type Located,
  type Resource,
  type RouteProtocol,
  type RouteSpec,
  type VirtualService,
} from '../model/resources';
import { normaliseWeights } from '../istio/weights';
import { matchRejection } from '../istio/routeValidity';
import { describeGatewayMatches, describeMatches } from './matchText';
import { namespaceOf } from '../model/namespaces';
import { truncatedServiceHost } from '../istio/hosts';
import { unexpandedServiceHost, type WorkspaceLookup } from '../workspace/resolve';

export interface SplitEntry {
  readonly index: number;
  readonly host?: Located<string>;
  readonly subset?: Located<string>;
  readonly port?: number;
  readonly weight?: Located<number | string>;
  /** Effective share in percent, rounded to two decimals. */
  readonly percent: number;
  /**
   * Why this destination's share reaches no Service although Envoy still sends it there (a
   * Service name cut short, which Istio takes as written: 503). Only with a `DestinationReach`.
   */
  readonly unavailable?: string;
  readonly span: Span;
}

/**
 * Says why a destination host written in a VirtualService reaches no Service, or undefined.
 * Built over the workspace lookup (`destinationReach`); splits computed without one say nothing.
 */
export type DestinationReach = (host: string, virtualService: VirtualService) => string | undefined;

/**
 * A destination is unavailable when unexpanded-host reports its host: a Service name cut short
 * (`reviews.prod`) that Istio takes as written, while the Service meant exists. Envoy keeps the
 * share (the weighted cluster is still there) and answers those requests 503, no cluster found.
 * The lookup is built only when a host could be such a name. Answers for a host written in a
 * resource of `namespace`; the simulator asks this too.
 */
export function hostReach(
  lookupOf: () => WorkspaceLookup,
): (host: string, namespace: string) => string | undefined {
  let lookup: WorkspaceLookup | undefined;
  return (host, namespace) => {
    if (!truncatedServiceHost(host)) return undefined;
    lookup ??= lookupOf();
    const cut = unexpandedServiceHost(lookup, host, namespace);
    return cut
      ? `\`${host.trim()}\` names no Service (Istio takes a dotted host as written; Service ${cut.name} of namespace ${cut.namespace} is \`${cut.fqdn}\`)`
      : undefined;
  };
}

/** `hostReach` for splits, reading each VirtualService in its namespace. */
export function destinationReach(
  lookupOf: () => WorkspaceLookup,
  defaultNamespace: string,
): DestinationReach {
  const reach = hostReach(lookupOf);
  return (host, vs) => reach(host, namespaceOf(vs, defaultNamespace));
}

export interface RouteSplit {
  readonly protocol: RouteProtocol;
  readonly index: number;
  readonly name?: string;
  readonly match: readonly unknown[];
  readonly matchText: readonly string[];
  readonly hasMatch: boolean;
  readonly entries: readonly SplitEntry[];
  /** Sum of the numeric weights as written. */
  readonly total: number;
  /** How many entries have a numeric weight, and how many have a weight that is not a number. */
  readonly weighted: number;
  readonly badWeights: number;
  readonly span: Span;
  readonly entriesSpan?: Span;
  readonly terminal?: 'redirect' | 'directResponse' | 'delegate';
  /** The route's timeout and retries in plain words (`timeout 5s`), as views show them. */
  readonly options: readonly string[];
  /**
   * Why Istio refuses this route (its weights or its match), in our words. A VirtualService with
   * one refused route is refused whole, so the other routes name the refused one here too.
   * Every view (check, split, simulate, hover, CodeLens, preview) shows such a route as
   * rejected, never as a split.
   */
  readonly rejected?: string;
  /** Whether this route's own weights are what Istio refuses (negative, not whole, total 0). */
  readonly weightsRejected?: boolean;
}

export interface ResourceSplit {
  readonly resource: VirtualService | AppDeployment | GatewayRoute;
  readonly routes: readonly RouteSplit[];
  /**
   * Gateway API weights are relative: they need not total 100, an unweighted backend counts 1,
   * and 0 everywhere answers HTTP 500. The percent rules (weight-sum, missing-weight,
   * weight-range) do not apply.
   */
  readonly relativeWeights?: boolean;
}

/** The splits of the VirtualServices and AppDeployments among `resources`, in order. */
export function computeSplits(resources: readonly Resource[], reach?: DestinationReach): ResourceSplit[] {
  const splits: ResourceSplit[] = [];
  for (const r of resources) {
    if (isVirtualService(r)) splits.push(computeVirtualServiceSplit(r, reach));
    else if (isAppDeployment(r)) splits.push(computeAppDeploymentSplit(r));
    else if (isGatewayRoute(r)) splits.push(computeGatewayRouteSplit(r));
  }
  return splits;
}

export function computeVirtualServiceSplit(vs: VirtualService, reach?: DestinationReach): ResourceSplit {
  const own = new Map<number, string>();
  const routes = vs.routes.map((route, position): RouteSplit => {
    const base = normaliseWeights(route.destinations.map((d) => d.weight?.value));
    const reason = route.protocol === 'http' ? (matchRejection(route.match) ?? base.rejected) : base.rejected;
    if (reason !== undefined) own.set(position, `${route.protocol}[${route.index}]: ${reason}`);
    return {
      protocol: route.protocol,
      index: route.index,
      ...(route.name !== undefined ? { name: route.name } : {}),
      match: route.match,
      matchText: describeMatches(route.match),
      hasMatch: route.hasMatch,
      entries: route.destinations.map((d, i) => {
        const unavailable = d.host && reach ? reach(d.host.value, vs) : undefined;
        return {
          index: d.index,
          ...(d.host ? { host: d.host } : {}),
          ...(d.subset ? { subset: d.subset } : {}),
          ...(d.port ? { port: d.port.value } : {}),
          ...(d.weight ? { weight: d.weight } : {}),
          percent: base.percents[i] ?? 0,
          ...(unavailable !== undefined ? { unavailable } : {}),
          span: d.span,
        };
      }),
      total: base.total,
      weighted: base.weighted,
      badWeights: base.badWeights,
      ...(base.rejected !== undefined ? { weightsRejected: true } : {}),
      span: route.span,
      ...(route.destinationsSpan ? { entriesSpan: route.destinationsSpan } : {}),
      ...(route.terminal ? { terminal: route.terminal } : {}),
      options: describeRouteOptions(route.spec),
    };
  });
  return { resource: vs, routes: markRejected(routes, own) };
}

/**
 * A route's timeout and retries in plain words, as written: `timeout 5s`, `retries 3, 2s per try`,
 * `no retries` (attempts 0). Values of the wrong type are left out (the schema rules report them).
 */
export function describeRouteOptions(spec: RouteSpec): string[] {
  const out: string[] = [];
  const timeout = spec.timeout?.value;
  if (typeof timeout === 'string' && timeout !== '') out.push(`timeout ${timeout}`);
  const retries = spec.retries?.value;
  if (retries && typeof retries === 'object' && !Array.isArray(retries)) {
    const { attempts, perTryTimeout } = retries as { attempts?: unknown; perTryTimeout?: unknown };
    if (attempts === 0) out.push('no retries');
    else if (typeof attempts === 'number')
      out.push(
        `retries ${attempts}${typeof perTryTimeout === 'string' && perTryTimeout !== '' ? `, ${perTryTimeout} per try` : ''}`,
      );
  }
  return out;
}

/** Gives every route of a refused resource its reason: its own, or the first refused route's. */
function markRejected(routes: RouteSplit[], own: ReadonlyMap<number, string>): RouteSplit[] {
  const first = [...own.values()][0];
  if (first === undefined) return routes;
  return routes.map((route, position) => {
    const reason = own.get(position);
    const rejected =
      reason !== undefined
        ? reason.slice(reason.indexOf(': ') + 2)
        : `Istio refuses the whole resource because of ${first}`;
    return { ...route, entries: route.entries.map((e) => ({ ...e, percent: 0 })), rejected };
  });
}

export function computeAppDeploymentSplit(app: AppDeployment): ResourceSplit {
  const own = new Map<number, string>();
  const routes = app.routes.map((route, position): RouteSplit => {
    const base = normaliseWeights(route.targets.map((t) => t.weight?.value));
    if (base.rejected !== undefined) own.set(position, `http[${route.index}]: ${base.rejected}`);
    return {
      protocol: 'http',
      index: route.index,
      match: route.match,
      matchText: describeMatches(route.match),
      hasMatch: route.match.length > 0,
      entries: route.targets.map((t, i) => {
        const name = t.revisionName ?? t.componentName;
        return {
          index: t.index,
          ...(name ? { host: name } : {}),
          ...(t.revisionName && t.componentName ? { subset: t.revisionName } : {}),
          ...(t.port ? { port: t.port.value } : {}),
          ...(t.weight ? { weight: t.weight } : {}),
          percent: base.percents[i] ?? 0,
          span: t.span,
        };
      }),
      total: base.total,
      weighted: base.weighted,
      badWeights: base.badWeights,
      ...(base.rejected !== undefined ? { weightsRejected: true } : {}),
      span: route.span,
      ...(route.targetsSpan ? { entriesSpan: route.targetsSpan } : {}),
      options: [],
    };
  });
  return { resource: app, routes: markRejected(routes, own) };
}

/**
 * The rules of an HTTPRoute or GRPCRoute as routes: each backendRef is a destination whose host
 * is the backend's name. A backendRef without a weight weighs 1 (the Gateway API default), so its
 * share is computed from that; `weight` stays absent on the entry since nothing is written.
 */
export function computeGatewayRouteSplit(route: GatewayRoute): ResourceSplit {
  const routes = route.rules.map((rule): RouteSplit => {
    const weights = rule.backendRefs.map((b) =>
      b.weight === undefined ? 1 : typeof b.weight.value === 'number' ? b.weight.value : undefined,
    );
    const total = weights.reduce<number>((sum, w) => sum + (w !== undefined && w > 0 ? w : 0), 0);
    const badWeights = weights.filter((w) => w === undefined).length;
    return {
      protocol: 'http',
      index: rule.index,
      ...(rule.name !== undefined ? { name: rule.name } : {}),
      match: rule.matches,
      matchText: describeGatewayMatches(rule.matches),
      hasMatch: rule.matches.length > 0,
      options: [],
      entries: rule.backendRefs.map((b, i) => {
        const w = weights[i];
        return {
          index: b.index,
          ...(b.name ? { host: b.name } : {}),
          ...(b.port ? { port: b.port.value } : {}),
          ...(b.weight ? { weight: b.weight } : {}),
          percent: total > 0 && w !== undefined && w > 0 ? round2((w / total) * 100) : 0,
          span: b.span,
        };
      }),
      total: rule.backendRefs.reduce(
        (sum, b) => sum + (typeof b.weight?.value === 'number' ? b.weight.value : 0),
        0,
      ),
      weighted: rule.backendRefs.filter((b) => typeof b.weight?.value === 'number').length,
      badWeights,
      span: rule.span,
      ...(rule.backendRefsSpan ? { entriesSpan: rule.backendRefsSpan } : {}),
      ...(rule.redirects ? { terminal: 'redirect' as const } : {}),
    };
  });
  return { resource: route, routes, relativeWeights: true };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
