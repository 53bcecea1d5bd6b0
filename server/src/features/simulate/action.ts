// Action description: what the matched route does with the request — its destinations with
// their effective shares (Istio's weight rules from istio/weights.ts), or a redirect, direct
// response or delegate — plus rewrite, fault injection and mirrors, and the summary sentence.
import type {
  SimulatedDestination,
  SimulatedRoute,
  SimulationResult,
} from '../../../../protocol/src/protocol';
import { formatPercent, normaliseWeights } from '../../istio/weights';
import { asRecord } from './plain';
import type { Candidate } from './selection';
import type { SimulateOptions } from './simulate';

/** How the trace names a route: `ns/name http[i] (name)`. */
export function routeLabel(route: SimulatedRoute): string {
  return `${route.virtualService} http[${route.index}]${route.name ? ` (${route.name})` : ''}`;
}

export type ActionFields = Pick<
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

export function describeAction(
  route: Record<string, unknown>,
  candidate: Candidate,
  trace: SimulatedRoute,
  notes: string[],
  subsetProblem?: SimulateOptions['subsetProblem'],
  reach?: (host: string, namespace: string) => string | undefined,
): ActionFields {
  const unavailable = (host: string) => reach?.(host, candidate.namespace);
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
  const mirrors = describeMirrors(route, unavailable);
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

  fields.destinations = describeDestinations(route['route'], label, notes, unavailable);
  if (fields.destinations.length === 0) {
    notes.push(`${label} has no route, redirect, directResponse or delegate; Istio rejects such a route.`);
    fields.summary = `${label} matches but sends the request nowhere.`;
    return fields;
  }
  const shares = fields.destinations.map(
    (destination) => `${formatPercent(destination.percent)} to ${describeDestination(destination)}`,
  );
  fields.summary = `${label} matches: ${shares.join(', ')}.`;
  for (const destination of fields.destinations) {
    // A host that names no Service (set by describeDestinations) fails before any subset.
    if (destination.unavailable !== undefined) {
      fields.summary += ` Requests to ${describeDestination(destination)} fail with 503: ${destination.unavailable}.`;
      continue;
    }
    if (destination.subset === undefined || !subsetProblem) continue;
    const problem = subsetProblem(
      destination.host,
      destination.subset,
      candidate.namespace,
      candidate.caller,
    );
    if (problem === undefined) continue;
    destination.unavailable = problem;
    fields.summary += ` Requests to ${describeDestination(destination)} fail with 503: ${problem}.`;
  }
  if (fault.length > 0) fields.summary += ` Fault injection: ${fault.join('; ')}.`;
  return fields;
}

function describeDestinations(
  raw: unknown,
  label: string,
  notes: string[],
  unavailable: (host: string) => string | undefined,
): SimulatedDestination[] {
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
    const reason = typeof destination['host'] === 'string' ? unavailable(destination['host']) : undefined;
    if (reason !== undefined) described.unavailable = reason;
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

function describeMirrors(
  route: Record<string, unknown>,
  unavailable: (host: string) => string | undefined,
): NonNullable<SimulationResult['mirrors']> {
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
    const reason = unavailable(destination['host']);
    if (reason !== undefined) mirror.unavailable = reason;
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
