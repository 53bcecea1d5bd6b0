// Request normalisation: the request as the proxy sees it before matching (host and port split,
// the path normalised as Envoy does, query parameters, lower-case header names, the caller's
// namespace and the host forms a sidecar or gateway compares with VirtualService hosts).
import type { SimulatedRequest, SimulationResult } from '../../../../protocol/src/protocol';
import { requestHostForms, splitHostPort } from '../../istio/hosts';

export type NormalisedRequest = SimulationResult['request'];

export function normaliseRequest(
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
