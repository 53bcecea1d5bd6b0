// With a cluster snapshot, each file route's live counterpart: the same route (protocol and
// position) of the live resource with the same identity, as shares beside the file's ("live
// 100/0, file 90/10"), and the controller that sets the route's weights in the cluster (an Argo
// Rollout whose Istio traffic routing names the VirtualService, or a Flagger Canary, which
// generates it), read from the live objects. Used by the split (preview, `split`) only.
import type { LiveObject } from '../../../protocol/src/cluster';
import type { LiveRouteSplit } from '../../../protocol/src/protocol';
import { liveResource } from '../cluster/liveResources';
import { namespaceOf } from '../model/namespaces';
import { isVirtualService } from '../model/resources';
import { resourceIdentity } from '../workspace/resolve';
import type { LiveLayer } from '../workspace/workspaceIndex';
import { computeVirtualServiceSplit, type ResourceSplit, type RouteSplit } from './trafficSplit';

export interface LiveRouteFacts {
  readonly live?: LiveRouteSplit;
  readonly controller?: string;
}

/** What the snapshot says about one file route; nothing without a snapshot or for other kinds. */
export function liveRouteFacts(
  layer: LiveLayer | undefined,
  split: ResourceSplit,
  route: RouteSplit,
  defaultNamespace: string,
): LiveRouteFacts {
  const resource = split.resource;
  if (!layer || !isVirtualService(resource) || !resource.name) return {};
  const context = layer.snapshot.context;
  const id = resourceIdentity(resource, defaultNamespace);
  const object = id === undefined ? undefined : layer.objects.get(id);
  const controller = controllerOf(
    layer.snapshot.objects,
    resource.name.value,
    namespaceOf(resource, defaultNamespace),
    route,
  );
  const live = object ? liveRoute(context, object, route) : undefined;
  const filePercents = route.entries.map((e) => e.percent);
  const facts: LiveRouteSplit = live
    ? describe(context, filePercents, live)
    : { context, percents: [], text: 'not live', same: false };
  return { live: facts, ...(controller ? { controller } : {}) };
}

/** The live route at the same protocol and position, with shares aligned to the file's destinations. */
function liveRoute(context: string, object: LiveObject, route: RouteSplit): number[] | undefined {
  const view = liveResource(context, object);
  if (!view || !isVirtualService(view)) return undefined;
  const liveSplit = computeVirtualServiceSplit(view).routes.find(
    (r) => r.protocol === route.protocol && r.index === route.index,
  );
  if (!liveSplit || liveSplit.rejected !== undefined) return undefined;
  const key = (host: string | undefined, subset: string | undefined) => `${host ?? ''}\u0000${subset ?? ''}`;
  const remaining = new Map<string, number>();
  const order: string[] = [];
  for (const e of liveSplit.entries) {
    const k = key(e.host?.value, e.subset?.value);
    if (!remaining.has(k)) order.push(k);
    remaining.set(k, (remaining.get(k) ?? 0) + e.percent);
  }
  const percents = route.entries.map((e) => {
    const k = key(e.host?.value, e.subset?.value);
    const share = remaining.get(k) ?? 0;
    remaining.delete(k);
    return share;
  });
  for (const k of order) if (remaining.has(k)) percents.push(remaining.get(k)!);
  return percents;
}

function describe(context: string, file: readonly number[], live: readonly number[]): LiveRouteSplit {
  const same = live.length === file.length && live.every((p, i) => p === file[i]);
  const text = same
    ? `live ${live.join('/')} (same as the file)`
    : `live ${live.join('/')}, file ${file.join('/')}`;
  return { context, percents: [...live], text, same };
}

/**
 * The live controller that owns the VirtualService route's weights: an Argo Rollout whose
 * `trafficRouting.istio.virtualService(s)` names it (and this route, when it lists routes), or a
 * Flagger Canary whose generated VirtualService it is (named after `service.name`, else the
 * `targetRef`).
 */
function controllerOf(
  objects: readonly LiveObject[],
  name: string,
  namespace: string,
  route: RouteSplit,
): string | undefined {
  if (route.protocol !== 'http') return undefined;
  for (const obj of objects) {
    if (obj.metadata.namespace !== namespace) continue;
    const spec = record(obj.spec);
    if (obj.kind === 'Rollout' && obj.apiVersion.startsWith('argoproj.io/')) {
      const istio = record(record(record(record(spec.strategy).canary).trafficRouting).istio);
      const services = [
        istio.virtualService,
        ...(Array.isArray(istio.virtualServices) ? (istio.virtualServices as unknown[]) : []),
      ];
      for (const service of services.map(record)) {
        if (service.name !== name) continue;
        const routes = Array.isArray(service.routes) ? service.routes : [];
        if (routes.length === 0 || (route.name !== undefined && routes.includes(route.name)))
          return `Argo Rollout ${namespace}/${obj.metadata.name}`;
      }
    }
    if (obj.kind === 'Canary' && obj.apiVersion.startsWith('flagger.app/')) {
      const generated = record(spec.service).name ?? record(spec.targetRef).name;
      if (generated === name) return `Flagger Canary ${namespace}/${obj.metadata.name}`;
    }
  }
  return undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
