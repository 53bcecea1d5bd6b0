// The request simulator for Gateway API HTTPRoutes and GRPCRoutes. Unlike a VirtualService (first
// match wins in the written order), the Gateway API orders every rule of every route by
// precedence, as Istio's conversion does (pilot/pkg/config/kube/gateway: routes by creation time,
// namespace, name, then each match entry sorted by sortHTTPRoutes):
//   0. hostname: the most specific route hostname that covers the request host wins outright
//      (exact over wildcard, longer wildcard over shorter; a route without hostnames is `*`);
//   1. path: Exact over PathPrefix over RegularExpression, then the longer value;
//   2. a method match over none;
//   3. more header matches;
//   4. more query parameter matches;
//   5. ties: the oldest route (metadata.creationTimestamp, else file order), then namespace and
//      name, then rule order and match order within the route.
// A GRPCRoute match becomes a path match as Istio's createGRPCURIMatch writes it (gRPC calls are
// `POST /<service>/<method>`): Exact service and method → path = `/svc/Method`; Exact service
// only → path prefix `/svc/`; Exact method only → regex `/[^/]+/Method`; RegularExpression →
// regex `/svc/.+`, `/[^/]+/method` or `/svc/method`. The same ordering then applies. For Exact
// matches it is the spec's order (GRPCRoute CRD: more service characters, then more method
// characters, then more headers): a full method over a service, a service over a method alone,
// then a match with headers only, and a rule without matches last. Where Istio departs from the
// spec's character counts (RegularExpression matches rank below every Exact service match, and
// among regexes the longer pattern wins), this follows Istio. GRPCRoutes and HTTPRoutes are never merged: a gRPC request is
// matched against GRPCRoutes only, any other request against HTTPRoutes only.
// Pure: routes in, a decision and a trace out.
import { namespaceOf } from '../../model/namespaces';
import { type GatewayRoute, type GatewayRouteRule } from '../../model/resources';
import { normalizeHost } from '../../istio/hosts';
import { isGatewayParent, isServiceParent } from '../gatewayApi/references';
import { re2FullMatch } from '../../istio/regex';
import type { GatewayApiSimulationResult } from '../../../../protocol/src/protocol';

export interface GatewayApiRequest {
  /** The Host header (a port is ignored). */
  readonly host: string;
  /** Path, optionally with `?query`. */
  readonly path: string;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Where the request enters: `mesh` (a sidecar; routes attached to the Service named by the
   * host), a Gateway as `name` or `namespace/name` (routes attached to it), or absent for every
   * route regardless of its parents.
   */
  readonly via?: string;
  /** A gRPC call: only GRPCRoutes are considered, and the path is `/<service>/<method>`. */
  readonly grpc?: { readonly service: string; readonly method: string };
}

export interface GatewayApiRouteInput {
  readonly route: GatewayRoute;
  /** ISO time, overriding the route's own metadata.creationTimestamp (tests). */
  readonly creationTimestamp?: string;
}

export interface GatewayApiBackendShare {
  readonly name: string;
  /** Written on the backendRef (a backend in another namespace). */
  readonly namespace?: string;
  readonly port?: number;
  readonly percent: number;
}

export type GatewayApiSimulation =
  | {
      readonly matched: true;
      readonly route: GatewayRoute;
      readonly rule: GatewayRouteRule;
      /** Which match entry of the rule won (0 for a rule without matches). */
      readonly matchIndex: number;
      /** The route hostname that selected the routes considered. */
      readonly hostname: string;
      readonly backends: readonly GatewayApiBackendShare[];
      /** HTTP 500 when every backend weighs 0 (and the rule does not redirect). */
      readonly status?: 500;
      readonly trace: readonly string[];
    }
  | {
      readonly matched: false;
      readonly kind: 'HTTPRoute' | 'GRPCRoute';
      readonly status: 404;
      readonly trace: readonly string[];
    };

interface PathMatch {
  /**
   * `Any`: a GRPCRoute match without a method matcher (headers only); `None`: a GRPCRoute rule
   * without matches, which Istio sorts after every other.
   */
  readonly type: 'Exact' | 'PathPrefix' | 'RegularExpression' | 'Any' | 'None';
  readonly value: string;
}

interface NameMatch {
  readonly name: string;
  readonly value: string;
  readonly regex: boolean;
}

interface Candidate {
  readonly input: GatewayApiRouteInput;
  readonly order: number;
  readonly rule: GatewayRouteRule;
  readonly matchIndex: number;
  readonly path: PathMatch;
  readonly method?: string;
  readonly headers: readonly NameMatch[];
  readonly queryParams: readonly NameMatch[];
  /** The GRPCRoute method matcher in words, for the trace. */
  readonly grpcText?: string;
}

const PATH_RANK: Record<PathMatch['type'], number> = {
  Exact: 3,
  PathPrefix: 2,
  RegularExpression: 1,
  Any: -1,
  None: -2,
};

/** Hostname specificity: exact names beat wildcards, longer wildcard suffixes beat shorter. */
export function hostnameSpecificity(hostname: string, requestHost: string): number | undefined {
  const h = normalizeHost(hostname);
  const r = normalizeHost(requestHost);
  if (h === r) return 1_000_000;
  if (h === '*') return 0;
  if (h.startsWith('*.') && r.endsWith(h.slice(1)) && r.length > h.length - 1) return h.length;
  return undefined;
}

export function simulateGatewayApi(
  inputs: readonly GatewayApiRouteInput[],
  request: GatewayApiRequest,
  defaultNamespace = 'default',
): GatewayApiSimulation {
  const trace: string[] = [];
  const host = request.host.replace(/:\d+$/, '');
  const kind = request.grpc ? 'GRPCRoute' : 'HTTPRoute';
  const ofKind = inputs.filter((i) => i.route.kind === kind);

  const attached =
    request.via === undefined
      ? ofKind
      : ofKind.filter((i) => attachedVia(i.route, request.via!, host, defaultNamespace));
  if (request.via !== undefined)
    trace.push(
      `${attached.length} of ${ofKind.length} ${kind}${ofKind.length === 1 ? '' : 's'} attach to ${request.via === 'mesh' ? 'the mesh (a Service parent)' : `Gateway ${request.via}`}.`,
    );
  if (request.via === 'mesh') {
    // Mesh routes answer for their parent Service's host; their hostnames do not apply.
    return pickRule(attached, request, '*', trace, defaultNamespace);
  }
  // 0. Hostname: only the routes of the most specific hostname covering the request host.
  let best: { specificity: number; hostname: string } | undefined;
  const byHost = new Map<GatewayApiRouteInput, string>();
  for (const input of attached) {
    const names = input.route.hostnames.length ? input.route.hostnames.map((h) => h.value) : ['*'];
    let own: { specificity: number; hostname: string } | undefined;
    for (const name of names) {
      const s = hostnameSpecificity(name, host);
      if (s !== undefined && (!own || s > own.specificity)) own = { specificity: s, hostname: name };
    }
    if (!own) continue;
    byHost.set(input, own.hostname);
    if (!best || own.specificity > best.specificity) best = own;
  }
  if (!best) {
    trace.push(`No ${kind} hostname covers \`${host}\`.`);
    return { matched: false, kind, status: 404, trace };
  }
  const chosenHost = best;
  const considered = attached.filter((i) => {
    const own = byHost.get(i);
    return own !== undefined && hostnameSpecificity(own, host) === chosenHost.specificity;
  });
  trace.push(
    `Host \`${host}\` is served by hostname \`${chosenHost.hostname}\` (${considered.length} route${considered.length === 1 ? '' : 's'}).`,
  );
  return pickRule(considered, request, chosenHost.hostname, trace, defaultNamespace);
}

function pickRule(
  considered: readonly GatewayApiRouteInput[],
  request: GatewayApiRequest,
  hostname: string,
  trace: string[],
  defaultNamespace: string,
): GatewayApiSimulation {
  const [pathPart = '/', queryPart = ''] = request.grpc
    ? [`/${request.grpc.service}/${request.grpc.method}`]
    : request.path.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const headers = new Map(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

  // 5 (first, as Istio does): oldest route, then namespace, then name; a stable sort keeps it.
  const ordered = considered
    .map((input, fileOrder) => ({ input, fileOrder }))
    .sort((a, b) => {
      const ta = a.input.creationTimestamp ?? a.input.route.creationTimestamp ?? '';
      const tb = b.input.creationTimestamp ?? b.input.route.creationTimestamp ?? '';
      if (ta !== tb) return ta === '' ? 1 : tb === '' ? -1 : ta < tb ? -1 : 1;
      const na = namespaceOf(a.input.route, defaultNamespace);
      const nb = namespaceOf(b.input.route, defaultNamespace);
      if (na !== nb) return na < nb ? -1 : 1;
      const ma = a.input.route.name?.value ?? '';
      const mb = b.input.route.name?.value ?? '';
      if (ma !== mb) return ma < mb ? -1 : 1;
      return a.fileOrder - b.fileOrder;
    });
  const candidates: Candidate[] = [];
  ordered.forEach(({ input }, order) => {
    for (const rule of input.route.rules) {
      if (input.route.kind === 'GRPCRoute' && rule.matches.length === 0) {
        candidates.push({ input, order, rule, matchIndex: 0, ...NO_GRPC_MATCH });
        continue;
      }
      const matches = rule.matches.length ? rule.matches : [{}];
      matches.forEach((match, matchIndex) => {
        const read = input.route.kind === 'GRPCRoute' ? readGrpcMatch(match) : readMatch(match);
        candidates.push({ input, order, rule, matchIndex, ...read });
      });
    }
  });
  // 1-4: precedence, stable over the creation order above.
  const sorted = candidates
    .map((c, position) => ({ c, position }))
    .sort((x, y) => comparePrecedence(x.c, y.c) || x.position - y.position)
    .map(({ c }) => c);

  for (const candidate of sorted) {
    const why = mismatch(candidate, pathPart, request.grpc ? 'POST' : request.method, headers, query);
    const label = `${candidate.input.route.name?.value ?? 'route'} rule ${candidate.rule.index + 1}${candidate.rule.matches.length > 1 ? ` match ${candidate.matchIndex + 1}` : ''} (${describeCandidate(candidate)})`;
    if (why) {
      trace.push(`${label}: no, ${why}.`);
      continue;
    }
    trace.push(`${label}: yes.`);
    const weights = candidate.rule.backendRefs.map((b) =>
      b.weight === undefined ? 1 : typeof b.weight.value === 'number' ? b.weight.value : 0,
    );
    const total = weights.reduce((a, b) => a + Math.max(0, b), 0);
    const backends = candidate.rule.backendRefs.map((b, i) => ({
      name: b.name?.value ?? '',
      ...(b.namespace ? { namespace: b.namespace.value } : {}),
      ...(b.port ? { port: b.port.value } : {}),
      percent: total > 0 ? Math.round((Math.max(0, weights[i] ?? 0) / total) * 10000) / 100 : 0,
    }));
    return {
      matched: true,
      route: candidate.input.route,
      rule: candidate.rule,
      matchIndex: candidate.matchIndex,
      hostname,
      backends,
      ...(total === 0 && !candidate.rule.redirects ? { status: 500 as const } : {}),
      trace,
    };
  }
  trace.push(
    request.grpc
      ? 'No rule matches: the call fails with gRPC status UNIMPLEMENTED (HTTP 404).'
      : 'No rule matches: the gateway answers 404.',
  );
  return { matched: false, kind: request.grpc ? 'GRPCRoute' : 'HTTPRoute', status: 404, trace };
}

function comparePrecedence(a: Candidate, b: Candidate): number {
  const rank = PATH_RANK[b.path.type] - PATH_RANK[a.path.type];
  if (rank !== 0) return rank;
  if (a.path.value.length !== b.path.value.length) return b.path.value.length - a.path.value.length;
  if ((a.method === undefined) !== (b.method === undefined)) return a.method !== undefined ? -1 : 1;
  if (a.headers.length !== b.headers.length) return b.headers.length - a.headers.length;
  return b.queryParams.length - a.queryParams.length;
}

function readMatch(match: unknown): MatchFields {
  const m = (match && typeof match === 'object' ? match : {}) as Record<string, unknown>;
  const rawPath = (m.path && typeof m.path === 'object' ? m.path : {}) as Record<string, unknown>;
  const type =
    rawPath.type === 'Exact' || rawPath.type === 'RegularExpression' ? rawPath.type : ('PathPrefix' as const);
  const value = typeof rawPath.value === 'string' ? rawPath.value : '/';
  return {
    path: { type, value },
    ...(typeof m.method === 'string' ? { method: m.method } : {}),
    headers: readNameMatches(m.headers),
    queryParams: readNameMatches(m.queryParams),
  };
}

type MatchFields = Omit<Candidate, 'input' | 'order' | 'rule' | 'matchIndex'>;

const NO_GRPC_MATCH: MatchFields = {
  path: { type: 'None', value: '' },
  headers: [],
  queryParams: [],
  grpcText: 'every call',
};

/** A GRPCRoute match as the path match Istio writes for it (createGRPCURIMatch). */
export function readGrpcMatch(match: unknown): MatchFields {
  const m = (match && typeof match === 'object' ? match : {}) as Record<string, unknown>;
  const headers = readNameMatches(m.headers);
  const raw = (m.method && typeof m.method === 'object' ? m.method : undefined) as
    Record<string, unknown> | undefined;
  const service = typeof raw?.service === 'string' && raw.service !== '' ? raw.service : undefined;
  const method = typeof raw?.method === 'string' && raw.method !== '' ? raw.method : undefined;
  if (!raw || (service === undefined && method === undefined))
    return { path: { type: 'Any', value: '' }, headers, queryParams: [], grpcText: 'any method' };
  const regex = raw.type === 'RegularExpression';
  const grpcText = [
    service !== undefined ? `service ${regex ? 'matches ' : ''}${service}` : 'any service',
    method !== undefined ? `method ${regex ? 'matches ' : ''}${method}` : 'any method',
  ].join(', ');
  const path: PathMatch =
    service !== undefined && method !== undefined
      ? regex
        ? { type: 'RegularExpression', value: `/${service}/${method}` }
        : { type: 'Exact', value: `/${service}/${method}` }
      : service !== undefined
        ? regex
          ? { type: 'RegularExpression', value: `/${service}/.+` }
          : { type: 'PathPrefix', value: `/${service}/` }
        : { type: 'RegularExpression', value: `/[^/]+/${method ?? ''}` };
  return { path, headers, queryParams: [], grpcText };
}

function readNameMatches(list: unknown): NameMatch[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { name, value, type } = item as Record<string, unknown>;
    return typeof name === 'string' && typeof value === 'string'
      ? [{ name, value, regex: type === 'RegularExpression' }]
      : [];
  });
}

/** PathPrefix matches whole path elements: `/foo` matches `/foo` and `/foo/bar`, not `/foobar`. */
export function pathPrefixMatches(prefix: string, path: string): boolean {
  const p = prefix.length > 1 && prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  if (p === '/') return true;
  return path === p || path.startsWith(p + '/');
}

function valueMatches(expected: NameMatch, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  if (!expected.regex) return actual === expected.value;
  return re2FullMatch(expected.value, actual) === true;
}

function mismatch(
  c: Candidate,
  path: string,
  method: string | undefined,
  headers: ReadonlyMap<string, string>,
  query: URLSearchParams,
): string | undefined {
  const pathMiss =
    c.path.type === 'Exact' && path !== c.path.value
      ? `path is not exactly ${c.path.value}`
      : c.path.type === 'PathPrefix' && !pathPrefixMatches(c.path.value, path)
        ? `path is not under ${c.path.value}`
        : c.path.type === 'RegularExpression' && re2FullMatch(c.path.value, path) !== true
          ? `path does not match ${c.path.value}`
          : undefined;
  if (pathMiss !== undefined)
    return c.grpcText !== undefined ? `the call ${path} is not ${c.grpcText}` : pathMiss;
  if (c.method !== undefined && (method ?? 'GET').toUpperCase() !== c.method)
    return `method is not ${c.method}`;
  for (const h of c.headers)
    if (!valueMatches(h, headers.get(h.name.toLowerCase()))) return `header ${h.name} does not match`;
  for (const q of c.queryParams)
    if (!valueMatches(q, query.get(q.name) ?? undefined)) return `query ${q.name} does not match`;
  return undefined;
}

function describeCandidate(c: Candidate): string {
  if (c.grpcText !== undefined) return [c.grpcText, ...c.headers.map((h) => `header ${h.name}`)].join(', ');
  const parts = [
    c.path.type === 'Exact'
      ? `path = ${c.path.value}`
      : c.path.type === 'RegularExpression'
        ? `path matches ${c.path.value}`
        : `path prefix ${c.path.value}`,
  ];
  if (c.method) parts.push(`method ${c.method}`);
  for (const h of c.headers) parts.push(`header ${h.name}`);
  for (const q of c.queryParams) parts.push(`query ${q.name}`);
  return parts.join(', ');
}

/** The outcome as plain data (names instead of views), for JSON output and the protocol. */
export function gatewayApiSimulationJson(
  result: GatewayApiSimulation,
  defaultNamespace = 'default',
): GatewayApiSimulationResult {
  if (!result.matched)
    return {
      kind: result.kind,
      matched: false,
      backends: [],
      status: result.status,
      trace: [...result.trace],
    };
  return {
    kind: result.route.kind,
    matched: true,
    namespace: namespaceOf(result.route, defaultNamespace),
    name: result.route.name?.value ?? null,
    rule: result.rule.index,
    match: result.matchIndex,
    hostname: result.hostname,
    backends: result.backends.map((b) => ({ ...b })),
    status: result.status ?? null,
    trace: [...result.trace],
  };
}

/** The outcome in one sentence. */
export function gatewayApiSummary(result: GatewayApiSimulationResult): string {
  if (!result.matched) return `HTTP ${result.status ?? 404}: no ${result.kind} rule matches`;
  const head = `${result.kind} ${result.namespace ?? ''}/${result.name ?? ''} rule ${(result.rule ?? 0) + 1}`;
  const outcome =
    result.status === 500
      ? 'every backend weighs 0: HTTP 500'
      : result.backends
          .map((b) => `${b.percent}% → ${b.name}${b.port !== undefined ? `:${b.port}` : ''}`)
          .join(', ');
  return `${head}: ${outcome}`;
}

/** The outcome in a few lines of text (the CLI). */
export function renderGatewayApiSimulation(result: GatewayApiSimulationResult): string {
  return [gatewayApiSummary(result), ...result.trace.map((t) => `  ${t}`)].join('\n') + '\n';
}

/** The outcome as Markdown (the editor's preview). */
export function renderGatewayApiMarkdown(result: GatewayApiSimulationResult, request: string): string {
  const lines = [
    `# Simulated request (${result.kind}s, Gateway API precedence)`,
    '',
    `**Request:** ${request}`,
    '',
    `**Outcome:** ${gatewayApiSummary(result)}`,
    '',
  ];
  if (result.matched && result.status !== 500 && result.backends.length > 0) {
    lines.push('| backend | port | share |', '|---|---|---|');
    for (const b of result.backends) lines.push(`| ${b.name} | ${b.port ?? ''} | ${b.percent}% |`);
    lines.push('');
  }
  lines.push(
    '## How it was decided',
    '',
    'Rules are ordered by precedence (hostname, then path/method match, then headers, query, then the oldest route), not by the order they are written.',
    '',
    ...result.trace.map((t) => `- ${t}`),
    '',
  );
  return lines.join('\n');
}

/** Whether a route attaches where the request enters (see GatewayApiRequest.via). */
function attachedVia(route: GatewayRoute, via: string, host: string, defaultNamespace: string): boolean {
  const routeNamespace = namespaceOf(route, defaultNamespace);
  return route.parentRefs.some((ref) => {
    const namespace = ref.namespace?.value ?? routeNamespace;
    const name = ref.name?.value;
    if (!name) return false;
    if (via === 'mesh') {
      if (!isServiceParent(ref)) return false;
      // A short host is read in the caller's namespace, which the request does not say: accept it.
      const h = normalizeHost(host);
      const forms = [
        name,
        `${name}.${namespace}`,
        `${name}.${namespace}.svc`,
        `${name}.${namespace}.svc.cluster.local`,
      ];
      return forms.includes(h);
    }
    if (!isGatewayParent(ref)) return false;
    const slash = via.indexOf('/');
    return slash === -1 ? name === via : name === via.slice(slash + 1) && namespace === via.slice(0, slash);
  });
}
