// Match evaluation: whether each HTTP route's match entries accept the normalised request, one
// condition at a time (gateways, port, source namespace and labels, uri, scheme, method,
// authority, headers, withoutHeaders, queryParams), with Istio's string matching and RE2 from
// istio/. A condition the request cannot decide is `unknown`, never guessed.
import type {
  SimulatedCondition,
  SimulatedMatchEntry,
  SimulatedRoute,
  SimulationMatchResult,
} from '../../../../protocol/src/protocol';
import { gatewayMatches, gatewayRefKey as resolveGatewayRef } from '../../istio/gateways';
import {
  describeStringMatch as describeMatchWords,
  evaluateStringMatch,
  evaluateWithoutHeader,
  parseStringMatch,
  type ParsedStringMatch,
} from '../../istio/stringMatch';
import { isCompiledRegex } from '../../istio/routeValidity';
import { asRecord, stringList } from './plain';
import type { NormalisedRequest } from './request';
import type { Candidate } from './selection';

export interface Context {
  request: NormalisedRequest;
  /** The path and query string as the proxy sees them, for `:path` header matches. */
  fullPath: string;
  notes: string[];
}

export function evaluateRoute(
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
    const outcome = evaluateWithoutHeader(parsed, actual);
    const condition: SimulatedCondition = {
      field: `withoutHeaders[${name}]`,
      expected: parsed.kind === 'any' ? 'header absent' : `not ${traceWords(parsed)} (absent counts as "")`,
      actual,
      result: outcome.result,
    };
    if (outcome.note) condition.note = outcome.note;
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
