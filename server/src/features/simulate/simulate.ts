// The request simulator: given VirtualServices as plain records and one HTTP request, decide
// which VirtualService and route handle it and where it goes, following Istio's rules, and keep
// a trace of every decision so a person can see why.
import {
  type SimulatedCondition,
  type SimulatedDestination,
  type SimulatedMatchEntry,
  type SimulatedRequest,
  type SimulatedRoute,
  type SimulatedVirtualService,
  type SimulationMatchResult,
  type SimulationResult,
} from '../../../../protocol/src/protocol';
import {
  defaultClusterDomain,
  expandHost as resolveHostName,
  matchHost,
  requestHostForms,
  splitHostPort,
  type HostMatch,
} from '../../istio/hosts';
import { gatewayMatches, gatewayRefKey as resolveGatewayRef } from '../../istio/gateways';
import {
  describeStringMatch as describeMatchWords,
  evaluateStringMatch,
  parseStringMatch,
  type ParsedStringMatch,
} from '../../istio/stringMatch';
import { isCompiledRegex, matchRejection } from '../../istio/routeValidity';
import { formatPercent, normaliseWeights } from '../../istio/weights';

/** A VirtualService as the simulator needs it; `spec` is the parsed YAML object, unchecked. */
export interface VirtualServiceRecord {
  name: string;
  /** Absent when the manifest names none: the default namespace applies. */
  namespace?: string;
  uri?: string;
  spec: unknown;
}

export interface SimulateOptions {
  /** Namespace of resources that name none, and of the caller when the request names none. */
  defaultNamespace?: string;
  clusterDomain?: string;
}

type NormalisedRequest = SimulationResult['request'];

interface Context {
  request: NormalisedRequest;
  /** The path and query string as the proxy sees them, for `:path` header matches. */
  fullPath: string;
  notes: string[];
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

  const candidates = records.map((record) =>
    considerVirtualService(record, request, defaultNamespace, domain),
  );
  const applicable = candidates.filter(
    (candidate) => candidate.hostMatch !== undefined && candidate.gatewayOk,
  );
  const best = Math.max(0, ...applicable.map((candidate) => candidate.hostMatch!.specificity));
  const selected = chooseVirtualServices(
    applicable.filter((candidate) => candidate.hostMatch!.specificity === best),
    request.gateway === 'mesh',
    notes,
  );
  for (const candidate of applicable) {
    if (!selected.includes(candidate) && candidate.view.reason === '') {
      candidate.view.reason = `also matches (${describeHostMatch(candidate.hostMatch!)}), but a more specific host wins`;
    }
  }
  for (const candidate of selected) {
    candidate.view.selected = true;
    candidate.view.reason = `host ${describeHostMatch(candidate.hostMatch!)}; ${candidate.gatewayReason}`;
  }
  const virtualServices = [
    ...selected.map((candidate) => candidate.view),
    ...candidates.filter((candidate) => !selected.includes(candidate)).map((candidate) => candidate.view),
  ];

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
        return { ...base, routes, ...describeAction(route, candidate, trace, notes) };
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

function normaliseRequest(
  input: SimulatedRequest,
  defaultNamespace: string,
  domain: string,
  notes: string[],
): { request: NormalisedRequest; fullPath: string } {
  const hostText = (input.host ?? '').trim();
  const { host, port: hostPort } = splitHostPort(hostText);
  const port = input.port ?? hostPort;
  const gateway = input.gateway?.trim() || 'mesh';
  const sourceNamespace = input.sourceNamespace?.trim() || defaultNamespace;
  const rawUri = (input.uri ?? '').trim() || '/';
  const withoutFragment = rawUri.split('#', 1)[0] ?? '';
  const queryAt = withoutFragment.indexOf('?');
  const rawPath = queryAt === -1 ? withoutFragment : withoutFragment.slice(0, queryAt);
  const queryString = queryAt === -1 ? '' : withoutFragment.slice(queryAt + 1);
  const path = normalisePath(rawPath.startsWith('/') ? rawPath : `/${rawPath}`);
  if (path !== rawPath) {
    notes.push(
      `The proxy normalises the path ${JSON.stringify(rawPath)} to ${JSON.stringify(path)} before matching.`,
    );
  }
  const query: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(queryString)) {
    if (!(key in query)) query[key] = value;
  }
  Object.assign(query, input.query ?? {});
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.headers ?? {})) headers[key.trim().toLowerCase()] = value;
  const request: NormalisedRequest = {
    host,
    gateway,
    method: (input.method?.trim() || 'GET').toUpperCase(),
    uri: path,
    scheme: (input.scheme?.trim() || 'http').toLowerCase(),
    authority: input.authority?.trim() || hostText,
    headers,
    query,
    sourceNamespace,
    hostForms: requestHostForms(host, sourceNamespace, gateway === 'mesh', domain),
  };
  if (port !== undefined) request.port = port;
  if (input.sourceLabels) request.sourceLabels = { ...input.sourceLabels };
  const fullPath = queryString === '' ? path : `${path}?${queryString}`;
  return { request, fullPath };
}

/** Removes `.` and `..` segments as Envoy's default path normalisation (RFC 3986) does. */
function normalisePath(path: string): string {
  const segments = path.split('/');
  const output: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (segment === '.') {
      if (index === segments.length - 1) output.push('');
    } else if (segment === '..') {
      if (output.length > 1) output.pop();
      if (index === segments.length - 1) output.push('');
    } else {
      output.push(segment);
    }
  }
  const joined = output.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

interface Candidate {
  key: string;
  namespace: string;
  spec: Record<string, unknown>;
  view: SimulatedVirtualService;
  hostMatch?: HostMatch;
  gatewayOk: boolean;
  gatewayReason: string;
}

function considerVirtualService(
  record: VirtualServiceRecord,
  request: NormalisedRequest,
  defaultNamespace: string,
  domain: string,
): Candidate {
  const namespace = record.namespace || defaultNamespace;
  const spec = asRecord(record.spec);
  const hosts = stringList(spec['hosts']);
  const gateways = stringList(spec['gateways']);
  const view: SimulatedVirtualService = {
    name: record.name,
    namespace,
    hosts,
    gateways,
    selected: false,
    reason: '',
  };
  if (record.uri !== undefined) view.uri = record.uri;
  const candidate: Candidate = {
    key: `${namespace}/${record.name}`,
    namespace,
    spec,
    view,
    gatewayOk: false,
    gatewayReason: '',
  };

  const effectiveGateways = gateways.length > 0 ? gateways : ['mesh'];
  const resolvedGateways = effectiveGateways.map((ref) => resolveGatewayRef(ref, namespace));
  candidate.gatewayOk = resolvedGateways.some((ref) => gatewayMatches(request.gateway, ref));
  candidate.gatewayReason =
    gateways.length === 0
      ? 'no gateways listed, so it applies to the mesh (sidecars)'
      : `bound to ${resolvedGateways.join(', ')}`;

  if (hosts.length === 0) {
    view.reason = 'has no hosts: it is a delegate, used only through another VirtualService’s delegate route';
    return candidate;
  }
  const atMesh = request.gateway === 'mesh';
  let best: HostMatch | undefined;
  let meshWildcard = false;
  for (const host of hosts) {
    const resolved = resolveHostName(host, namespace, domain);
    // Istio rejects `*` for sidecars; that only matters when the VirtualService applies to the mesh.
    if (atMesh && resolved === '*' && candidate.gatewayOk) {
      meshWildcard = true;
      continue;
    }
    const match = matchHost(resolved, request.hostForms);
    if (match && (!best || match.specificity > best.specificity)) best = match;
  }
  if (!best) {
    const shortHost =
      !atMesh && hosts.find((host) => host.trim().toLowerCase() === request.host && !host.includes('.'));
    view.reason = meshWildcard
      ? 'host "*" is not allowed for the mesh (Istio accepts it only on gateways)'
      : shortHost
        ? `host ${shortHost} stands for ${resolveHostName(shortHost, namespace, domain)}; a gateway compares the Host header with that full name`
        : `no host matches ${request.host} (hosts: ${hosts.join(', ')})`;
    return candidate;
  }
  candidate.hostMatch = best;
  if (!candidate.gatewayOk) {
    view.reason =
      gateways.length === 0
        ? `host matches, but it applies only to the mesh and the request comes through gateway ${request.gateway}`
        : `host matches, but it is bound to ${resolvedGateways.join(', ')} and the request comes through ${request.gateway === 'mesh' ? 'the mesh' : `gateway ${request.gateway}`}`;
  }
  return candidate;
}

function describeHostMatch(match: HostMatch): string {
  switch (match.kind) {
    case 'exact':
      return `${match.form} matches exactly`;
    case 'wildcard':
      return `${match.form} matches a wildcard host`;
    case 'any':
      return `${match.form} matches "*"`;
  }
}

/**
 * Among equally specific VirtualServices: several copies of one namespace/name are versions of
 * the same resource (the first is used); distinct ones are merged in order at a gateway, while a
 * sidecar uses only one of them (Istio picks the oldest; we cannot know ages, so the first).
 */
function chooseVirtualServices(tied: Candidate[], atMesh: boolean, notes: string[]): Candidate[] {
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of tied) byKey.set(candidate.key, [...(byKey.get(candidate.key) ?? []), candidate]);
  const firsts: Candidate[] = [];
  for (const [key, versions] of byKey) {
    firsts.push(versions[0]!);
    for (const later of versions.slice(1)) {
      later.view.reason = `another version of ${key}; the first one is used`;
    }
    if (versions.length > 1) {
      const where = versions.map((version) => version.view.uri ?? '(unnamed)').join(', ');
      notes.push(`${key} is defined ${versions.length} times (${where}); the simulation uses the first.`);
    }
  }
  if (firsts.length <= 1 || !atMesh) {
    if (firsts.length > 1) {
      notes.push(
        `At a gateway Istio merges the routes of ${firsts.map((c) => c.key).join(', ')} for this host, in creation order; they are tried in the order given.`,
      );
    }
    return firsts;
  }
  const [first, ...ignored] = firsts;
  for (const candidate of ignored) {
    candidate.view.reason = `conflicts with ${first!.key} for the same host; the sidecar uses only one`;
  }
  notes.push(
    `Several VirtualServices claim this host in the mesh; Istio uses the oldest, the simulation uses ${first!.key}.`,
  );
  return [first!];
}

function evaluateRoute(
  route: Record<string, unknown>,
  index: number,
  candidate: Candidate,
  context: Context,
): SimulatedRoute {
  const trace: SimulatedRoute = { virtualService: candidate.key, index, result: 'match', entries: [] };
  if (typeof route['name'] === 'string') trace.name = route['name'];
  const match = route['match'];
  if (!Array.isArray(match) || match.length === 0) return trace;
  trace.entries = match.map((entry, entryIndex) =>
    evaluateMatchEntry(asRecord(entry), entryIndex, candidate, context),
  );
  trace.result = anyOf(trace.entries.map((entry) => entry.result));
  return trace;
}

function evaluateMatchEntry(
  entry: Record<string, unknown>,
  index: number,
  candidate: Candidate,
  context: Context,
): SimulatedMatchEntry {
  const { request } = context;
  const conditions: SimulatedCondition[] = [];
  const gateways = stringList(entry['gateways']);
  if (gateways.length > 0) {
    const resolved = gateways.map((ref) => resolveGatewayRef(ref, candidate.namespace));
    const ok = resolved.some((ref) => gatewayMatches(request.gateway, ref));
    conditions.push({
      field: 'gateways',
      expected: `one of ${resolved.join(', ')}`,
      actual: request.gateway,
      result: ok ? 'match' : 'no-match',
    });
  }
  if (entry['port'] !== undefined) {
    const expected = Number(entry['port']);
    conditions.push(
      request.port === undefined
        ? {
            field: 'port',
            expected: String(expected),
            actual: null,
            result: 'unknown',
            note: 'the request gives no port',
          }
        : {
            field: 'port',
            expected: String(expected),
            actual: String(request.port),
            result: request.port === expected ? 'match' : 'no-match',
          },
    );
  }
  if (typeof entry['sourceNamespace'] === 'string') {
    const expected = entry['sourceNamespace'];
    conditions.push({
      field: 'sourceNamespace',
      expected,
      actual: request.sourceNamespace,
      result: request.sourceNamespace === expected ? 'match' : 'no-match',
    });
  }
  const sourceLabels = entry['sourceLabels'];
  if (sourceLabels !== undefined && sourceLabels !== null && typeof sourceLabels === 'object') {
    const expected = Object.entries(sourceLabels as Record<string, unknown>).map(
      ([key, value]) => `${key}=${String(value)}`,
    );
    if (!request.sourceLabels) {
      conditions.push({
        field: 'sourceLabels',
        expected: expected.join(', '),
        actual: null,
        result: 'unknown',
        note: 'cannot be decided: the request gives no source labels',
      });
    } else {
      const labels = request.sourceLabels;
      const ok = Object.entries(sourceLabels as Record<string, unknown>).every(
        ([key, value]) => labels[key] === String(value),
      );
      const actual = Object.entries(labels)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ');
      conditions.push({
        field: 'sourceLabels',
        expected: expected.join(', '),
        actual,
        result: ok ? 'match' : 'no-match',
      });
    }
  }
  if (entry['uri'] !== undefined) {
    const ignoreCase = entry['ignoreUriCase'] === true;
    const parsed = parseStringMatch(entry['uri']);
    conditions.push(
      stringCondition(ignoreCase ? 'uri (ignoreUriCase)' : 'uri', parsed, request.uri, { ignoreCase }),
    );
  }
  for (const field of ['scheme', 'method', 'authority'] as const) {
    if (entry[field] === undefined) continue;
    conditions.push(stringCondition(field, parseStringMatch(entry[field]), request[field]));
  }
  for (const [name, raw] of Object.entries(asRecord(entry['headers']))) {
    const key = name.toLowerCase();
    conditions.push(stringCondition(`headers[${name}]`, parseStringMatch(raw), headerValue(key, context)));
  }
  for (const [name, raw] of Object.entries(asRecord(entry['withoutHeaders']))) {
    const key = name.toLowerCase();
    const parsed = catchAllStar(parseStringMatch(raw));
    const actual = headerValue(key, context);
    const inner = evaluateStringMatch(parsed, actual);
    const condition: SimulatedCondition = {
      field: `withoutHeaders[${name}]`,
      expected: parsed.kind === 'any' ? 'header absent' : `absent or not ${traceWords(parsed)}`,
      actual,
      result: parsed.kind === 'invalid' ? 'no-match' : inner.result === 'match' ? 'no-match' : 'match',
    };
    if (inner.note && actual !== null) condition.note = inner.note;
    if (parsed.kind === 'invalid') condition.note = inner.note;
    conditions.push(condition);
  }
  for (const [name, raw] of Object.entries(asRecord(entry['queryParams']))) {
    const parsed = parseStringMatch(raw);
    const actual = Object.prototype.hasOwnProperty.call(request.query, name)
      ? (request.query[name] ?? null)
      : null;
    if (parsed.kind === 'prefix') {
      conditions.push({
        field: `queryParams[${name}]`,
        expected: traceWords(parsed),
        actual,
        result: 'unknown',
        note: 'Istio supports only exact and regex for queryParams; how a proxy treats prefix depends on the Istio version',
      });
      continue;
    }
    conditions.push(stringCondition(`queryParams[${name}]`, parsed, actual));
  }
  const result: SimulationMatchResult = allOf(conditions.map((condition) => condition.result));
  const traced: SimulatedMatchEntry = { index, result, conditions };
  if (typeof entry['name'] === 'string') traced.name = entry['name'];
  return traced;
}

/** Istio's `withoutHeaders: {regex: "*"}` shorthand, which it does not compile: "header present". */
function catchAllStar(match: ParsedStringMatch): ParsedStringMatch {
  return match.kind === 'regex' && !isCompiledRegex('withoutHeaders', match.value) ? { kind: 'any' } : match;
}

function traceWords(match: ParsedStringMatch): string {
  return describeMatchWords(match, 'trace');
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

function stringCondition(
  field: string,
  match: ParsedStringMatch,
  actual: string | null,
  options: { ignoreCase?: boolean } = {},
): SimulatedCondition {
  const outcome = evaluateStringMatch(match, actual, options);
  const condition: SimulatedCondition = {
    field,
    expected: traceWords(match),
    actual,
    result: outcome.result,
  };
  if (outcome.note) condition.note = outcome.note;
  return condition;
}

/** Header lookup with HTTP/2 pseudo-headers and `host` mapped to the request's own fields. */
function headerValue(key: string, context: Context): string | null {
  const { request } = context;
  switch (key) {
    case 'host':
    case ':authority':
      return request.headers[key] ?? request.authority;
    case ':method':
      return request.method;
    case ':path':
      return context.fullPath;
    case ':scheme':
      return request.scheme;
    default:
      return request.headers[key] ?? null;
  }
}

function allOf(results: SimulationMatchResult[]): SimulationMatchResult {
  if (results.includes('no-match')) return 'no-match';
  return results.includes('unknown') ? 'unknown' : 'match';
}

function anyOf(results: SimulationMatchResult[]): SimulationMatchResult {
  if (results.includes('match')) return 'match';
  return results.includes('unknown') ? 'unknown' : 'no-match';
}

function routeLabel(route: SimulatedRoute): string {
  return `${route.virtualService} http[${route.index}]${route.name ? ` (${route.name})` : ''}`;
}

type ActionFields = Pick<
  SimulationResult,
  | 'outcome'
  | 'matched'
  | 'summary'
  | 'winner'
  | 'destinations'
  | 'redirect'
  | 'directResponse'
  | 'delegate'
  | 'rewrite'
  | 'fault'
  | 'mirrors'
>;

function describeAction(
  route: Record<string, unknown>,
  candidate: Candidate,
  trace: SimulatedRoute,
  notes: string[],
): ActionFields {
  const winner: NonNullable<SimulationResult['winner']> = {
    virtualService: candidate.key,
    index: trace.index,
  };
  if (trace.name !== undefined) winner.name = trace.name;
  const label = routeLabel(trace);
  const fields: ActionFields = { outcome: 'route', matched: true, summary: '', winner, destinations: [] };

  const rewrite = asRecord(route['rewrite']);
  if (Object.keys(rewrite).length > 0) {
    const described: NonNullable<SimulationResult['rewrite']> = {};
    if (typeof rewrite['uri'] === 'string') described.uri = rewrite['uri'];
    if (typeof rewrite['authority'] === 'string') described.authority = rewrite['authority'];
    const regexRewrite = asRecord(rewrite['uriRegexRewrite']);
    if (typeof regexRewrite['match'] === 'string' && typeof regexRewrite['rewrite'] === 'string') {
      described.uriRegexRewrite = { match: regexRewrite['match'], rewrite: regexRewrite['rewrite'] };
    }
    fields.rewrite = described;
  }
  const fault = describeFault(asRecord(route['fault']));
  if (fault.length > 0) fields.fault = fault;
  const mirrors = describeMirrors(route);
  if (mirrors.length > 0) fields.mirrors = mirrors;

  const delegate = asRecord(route['delegate']);
  if (typeof delegate['name'] === 'string') {
    fields.outcome = 'delegate';
    fields.delegate = {
      name: delegate['name'],
      namespace: typeof delegate['namespace'] === 'string' ? delegate['namespace'] : candidate.namespace,
    };
    fields.summary = `${label} matches and delegates to VirtualService ${fields.delegate.namespace}/${fields.delegate.name}; the simulation stops there.`;
    notes.push('Delegate VirtualServices are not followed by the simulator.');
    return fields;
  }
  const redirect = asRecord(route['redirect']);
  if (Object.keys(redirect).length > 0) {
    const code = typeof redirect['redirectCode'] === 'number' ? redirect['redirectCode'] : 301;
    const described: NonNullable<SimulationResult['redirect']> = { code };
    if (typeof redirect['uri'] === 'string') described.uri = redirect['uri'];
    if (typeof redirect['authority'] === 'string') described.authority = redirect['authority'];
    if (typeof redirect['scheme'] === 'string') described.scheme = redirect['scheme'];
    if (typeof redirect['port'] === 'number') described.port = redirect['port'];
    fields.outcome = 'redirect';
    fields.redirect = described;
    const target = [
      described.scheme && `${described.scheme}://`,
      described.authority,
      described.port && `:${described.port}`,
      described.uri,
    ]
      .filter(Boolean)
      .join('');
    fields.summary = `${label} matches and redirects (HTTP ${code})${target ? ` to ${target}` : ''}.`;
    return fields;
  }
  const directResponse = asRecord(route['directResponse']);
  if (Object.keys(directResponse).length > 0) {
    const status = typeof directResponse['status'] === 'number' ? directResponse['status'] : 200;
    const body = asRecord(directResponse['body']);
    fields.outcome = 'direct-response';
    fields.directResponse = { status };
    if (typeof body['string'] === 'string') fields.directResponse.body = body['string'];
    fields.summary = `${label} matches and the proxy answers directly with HTTP ${status}.`;
    return fields;
  }

  fields.destinations = describeDestinations(route['route'], label, notes);
  if (fields.destinations.length === 0) {
    notes.push(`${label} has no route, redirect, directResponse or delegate; Istio rejects such a route.`);
    fields.summary = `${label} matches but sends the request nowhere.`;
    return fields;
  }
  const shares = fields.destinations.map(
    (destination) => `${formatPercent(destination.percent)} to ${describeDestination(destination)}`,
  );
  fields.summary = `${label} matches: ${shares.join(', ')}.`;
  if (fault.length > 0) fields.summary += ` Fault injection: ${fault.join('; ')}.`;
  return fields;
}

function describeDestinations(raw: unknown, label: string, notes: string[]): SimulatedDestination[] {
  if (!Array.isArray(raw)) return [];
  const destinations: SimulatedDestination[] = [];
  for (const item of raw) {
    const entry = asRecord(item);
    const destination = asRecord(entry['destination']);
    const described: SimulatedDestination = {
      host: typeof destination['host'] === 'string' ? destination['host'] : '(no host)',
      percent: 0,
    };
    if (typeof destination['subset'] === 'string') described.subset = destination['subset'];
    const port = asRecord(destination['port'])['number'];
    if (typeof port === 'number') described.port = port;
    if (typeof entry['weight'] === 'number') described.weight = entry['weight'];
    destinations.push(described);
  }
  if (destinations.length === 1) {
    destinations[0]!.percent = 100;
    return destinations;
  }
  const shares = normaliseWeights(destinations.map((destination) => destination.weight));
  if (shares.total !== 100 && shares.rejected === undefined) {
    notes.push(
      `The weights in ${label} add up to ${shares.total}, not 100; the percentages are relative to ${shares.total}.`,
    );
  }
  destinations.forEach((destination, i) => (destination.percent = shares.percents[i] ?? 0));
  return destinations;
}

function describeFault(fault: Record<string, unknown>): string[] {
  const described: string[] = [];
  const delay = asRecord(fault['delay']);
  if (Object.keys(delay).length > 0) {
    const amount = typeof delay['fixedDelay'] === 'string' ? delay['fixedDelay'] : 'some time';
    described.push(`delay of ${amount} for ${formatPercent(faultPercent(delay))} of requests`);
  }
  const abort = asRecord(fault['abort']);
  if (Object.keys(abort).length > 0) {
    const what =
      typeof abort['httpStatus'] === 'number'
        ? `HTTP ${abort['httpStatus']}`
        : typeof abort['grpcStatus'] === 'string'
          ? `gRPC ${abort['grpcStatus']}`
          : 'an error';
    described.push(`abort with ${what} for ${formatPercent(faultPercent(abort))} of requests`);
  }
  return described;
}

function faultPercent(fault: Record<string, unknown>): number {
  const value = asRecord(fault['percentage'])['value'];
  if (typeof value === 'number') return value;
  // The deprecated integer `percent` field came before `percentage`.
  return typeof fault['percent'] === 'number' ? fault['percent'] : 100;
}

function describeMirrors(route: Record<string, unknown>): NonNullable<SimulationResult['mirrors']> {
  const mirrors: NonNullable<SimulationResult['mirrors']> = [];
  const add = (destinationRaw: unknown, percentRaw: unknown): void => {
    const destination = asRecord(destinationRaw);
    if (typeof destination['host'] !== 'string') return;
    const value = asRecord(percentRaw)['value'];
    const mirror: NonNullable<SimulationResult['mirrors']>[number] = {
      host: destination['host'],
      percent: typeof value === 'number' ? value : 100,
    };
    if (typeof destination['subset'] === 'string') mirror.subset = destination['subset'];
    const port = asRecord(destination['port'])['number'];
    if (typeof port === 'number') mirror.port = port;
    mirrors.push(mirror);
  };
  if (route['mirror'] !== undefined) add(route['mirror'], route['mirrorPercentage']);
  if (Array.isArray(route['mirrors'])) {
    for (const item of route['mirrors']) add(asRecord(item)['destination'], asRecord(item)['percentage']);
  }
  return mirrors;
}

export function describeDestination(destination: { host: string; subset?: string; port?: number }): string {
  return `${destination.host}${destination.port !== undefined ? `:${destination.port}` : ''}${destination.subset !== undefined ? ` subset ${destination.subset}` : ''}`;
}

export { formatPercent };

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
