// Resource selection: which VirtualServices handle the request. Each is considered for its hosts
// (expanded as Istio does) and gateways; the most specific host wins; several copies of one
// resource, or several resources for one host, are resolved as Istio does (a sidecar uses one,
// a gateway merges them). Every VirtualService gets a reason in the trace.
import type { SimulatedVirtualService } from '../../../../protocol/src/protocol';
import { expandHost, matchHost, type HostMatch } from '../../istio/hosts';
import { gatewayMatches, gatewayRefKey as resolveGatewayRef } from '../../istio/gateways';
import { asRecord, stringList } from './plain';
import { virtualServiceVisibleTo } from '../../istio/exportTo';
import type { NormalisedRequest } from './request';

/** A VirtualService as the simulator needs it; `spec` is the parsed YAML object, unchecked. */
export interface VirtualServiceRecord {
  name: string;
  /** Absent when the manifest names none: the default namespace applies. */
  namespace?: string;
  uri?: string;
  spec: unknown;
}

export interface Selection {
  /** The VirtualServices whose routes are tried, in order. */
  readonly selected: readonly Candidate[];
  /** Every VirtualService's view for the trace: the selected ones first. */
  readonly virtualServices: SimulatedVirtualService[];
}

/** Chooses the VirtualServices that handle `request` among `records`, noting why in `notes`. */
export function selectVirtualServices(
  records: readonly VirtualServiceRecord[],
  request: NormalisedRequest,
  defaultNamespace: string,
  domain: string,
  notes: string[],
  proxyNamespace?: (namespace: string, name: string) => string,
): Selection {
  const candidates = records.map((record) =>
    considerVirtualService(record, request, defaultNamespace, domain, proxyNamespace),
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
  return { selected, virtualServices };
}

export interface Candidate {
  key: string;
  namespace: string;
  spec: Record<string, unknown>;
  view: SimulatedVirtualService;
  hostMatch?: HostMatch;
  /** The namespace of the proxy that uses it: the caller's at the mesh, the Gateway's at a gateway. */
  caller: string;
  gatewayOk: boolean;
  gatewayReason: string;
}

function considerVirtualService(
  record: VirtualServiceRecord,
  request: NormalisedRequest,
  defaultNamespace: string,
  domain: string,
  proxyNamespace?: (namespace: string, name: string) => string,
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
    caller: request.sourceNamespace,
    gatewayOk: false,
    gatewayReason: '',
  };

  const effectiveGateways = gateways.length > 0 ? gateways : ['mesh'];
  const resolvedGateways = effectiveGateways.map((ref) => resolveGatewayRef(ref, namespace));
  const through = resolvedGateways.find((ref) => gatewayMatches(request.gateway, ref));
  candidate.gatewayOk = through !== undefined;
  // A gateway proxy reads its configuration in its Gateway's namespace: that is the caller.
  if (through !== undefined && through !== 'mesh') {
    const gatewayNamespace = through.slice(0, through.indexOf('/'));
    const gatewayName = through.slice(through.indexOf('/') + 1);
    candidate.caller = proxyNamespace?.(gatewayNamespace, gatewayName) ?? gatewayNamespace;
  }
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
    const resolved = expandHost(host, namespace, domain);
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
        ? `host ${shortHost} stands for ${expandHost(shortHost, namespace, domain)}; a gateway compares the Host header with that full name`
        : `no host matches ${request.host} (hosts: ${hosts.join(', ')})`;
    return candidate;
  }
  const exportTo = stringList(spec['exportTo']);
  if (candidate.gatewayOk && !virtualServiceVisibleTo(exportTo, namespace, candidate.caller)) {
    view.reason = `host matches, but its exportTo [${exportTo.join(', ')}] hides it from ${request.gateway === 'mesh' ? 'callers' : `gateway ${request.gateway}`} in namespace ${candidate.caller}`;
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
