// Turns Istio match entries into plain words for people: "header end-user = jason",
// "uri prefix /reviews", "everything else". Total over any JSON (user YAML can hold anything).

import { describeStringMatch, parseStringMatch } from '../istio/stringMatch';

type Json = unknown;

export function describeMatches(match: readonly Json[]): string[] {
  if (match.length === 0) return ['everything else'];
  return match.map((entry) => describeMatchEntry(entry));
}

export function describeMatchEntry(entry: Json): string {
  if (!isObject(entry)) return 'an unreadable match entry';
  const parts: string[] = [];
  const caseless = entry.ignoreUriCase === true;
  for (const key of ['uri', 'scheme', 'method', 'authority'] as const) {
    const s = matcherWords(entry[key]);
    if (s) parts.push(`${key} ${s}${key === 'uri' && caseless ? ' (any case)' : ''}`);
  }
  for (const [name, matcher] of entries(entry.headers))
    parts.push(`header ${name} ${matcherWords(matcher) ?? 'present'}`);
  for (const [name, matcher] of entries(entry.withoutHeaders)) {
    const s = matcherWords(matcher);
    parts.push(s ? `header ${name} not ${s}` : `no header ${name}`);
  }
  for (const [name, matcher] of entries(entry.queryParams))
    parts.push(`query ${name} ${matcherWords(matcher) ?? 'present'}`);
  if (typeof entry.port === 'number') parts.push(`port ${entry.port}`);
  const labels = entries(entry.sourceLabels).map(([k, v]) => `${k}=${String(v)}`);
  if (labels.length) parts.push(`from pods ${labels.join(', ')}`);
  if (typeof entry.sourceNamespace === 'string') parts.push(`from namespace ${entry.sourceNamespace}`);
  if (Array.isArray(entry.gateways) && entry.gateways.length)
    parts.push(`via ${entry.gateways.map(String).join(' or ')}`);
  if (Array.isArray(entry.sniHosts) && entry.sniHosts.length)
    parts.push(`SNI ${entry.sniHosts.map(String).join(' or ')}`);
  if (Array.isArray(entry.destinationSubnets) && entry.destinationSubnets.length) {
    parts.push(`to ${entry.destinationSubnets.map(String).join(' or ')}`);
  }
  const text = parts.join(' and ');
  const name = typeof entry.name === 'string' ? `${entry.name}: ` : '';
  return name + (text || 'everything');
}

function matcherWords(matcher: Json): string | undefined {
  return isObject(matcher) ? describeStringMatch(parseStringMatch(matcher)) : undefined;
}

function entries(value: Json): [string, Json][] {
  return isObject(value) ? Object.entries(value) : [];
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The same for Gateway API matches (HTTPRoute `path`, `method`, `headers`, `queryParams`; GRPCRoute
 * `method` with service and method names). An empty list matches every request.
 */
export function describeGatewayMatches(matches: readonly Json[]): string[] {
  if (matches.length === 0) return ['everything else'];
  return matches.map((entry) => describeGatewayMatch(entry));
}

function describeGatewayMatch(entry: Json): string {
  if (!isObject(entry)) return 'an unreadable match entry';
  const parts: string[] = [];
  if (isObject(entry.path)) {
    const type = typeof entry.path.type === 'string' ? entry.path.type : 'PathPrefix';
    const value = typeof entry.path.value === 'string' ? entry.path.value : '/';
    parts.push(
      type === 'Exact'
        ? `path = ${value}`
        : type === 'RegularExpression'
          ? `path matches ${value}`
          : `path prefix ${value}`,
    );
  }
  if (typeof entry.method === 'string') parts.push(`method = ${entry.method}`);
  else if (isObject(entry.method)) {
    const service = typeof entry.method.service === 'string' ? entry.method.service : '*';
    const method = typeof entry.method.method === 'string' ? entry.method.method : '*';
    parts.push(`gRPC ${service}/${method}`);
  }
  for (const [list, word] of [
    [entry.headers, 'header'],
    [entry.queryParams, 'query'],
  ] as const) {
    for (const item of Array.isArray(list) ? list : []) {
      if (!isObject(item) || typeof item.name !== 'string') continue;
      const value = typeof item.value === 'string' ? item.value : '';
      parts.push(
        `${word} ${item.name} ${item.type === 'RegularExpression' ? `matches ${value}` : `= ${value}`}`,
      );
    }
  }
  return parts.join(' and ') || 'everything';
}
