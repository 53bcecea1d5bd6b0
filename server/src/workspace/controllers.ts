// Who owns a route: the one "is this route a controller's?" query every feature asks (weight
// diagnostics, CodeLens, Promote / Roll back, split, preview, and the Kiali and cluster rules).
// A route an Argo Rollout or Flagger steps holds a resting state in git, not the split the user
// steers: the controller rewrites its weights at each step.
//
// Argo Rollouts (rollout/trafficrouting/istio/istio.go): each `trafficRouting.istio
// .virtualService(s)` entry names a VirtualService (`name`, or `name.namespace`); its http routes
// are those listed in `routes`, or, when `routes` is omitted, the only http route, else the
// first one without a name (Argo refuses the Rollout unless that is the only http route besides
// `managedRoutes`). Its tls and tcp routes are those `tlsRoutes` / `tcpRoutes` select by port (and
// SNI hosts), or the only one when the entry lists none (`rolloutRouteSelection`). The DestinationRule of `trafficRouting.istio
// .destinationRule` gets the pod-template hash label on its canary and stable subsets.
//
// Flagger (pkg/router/istio.go): the VirtualService named after the Canary's apex
// (`service.name`, else `targetRef.name`) in its namespace is generated and overwritten whole,
// with the DestinationRules `<apex>-canary` and `<apex>-primary`.
import type { ArgoRollout, DestinationRule, FlaggerCanary, Route, VirtualService } from '../model/resources';
import { namespaceOf } from '../model/namespaces';
import { rolloutVirtualServiceKey, type WorkspaceLookup } from './resolve';

export type RouteOwner =
  | {
      readonly controller: 'argo-rollouts';
      readonly resource: ArgoRollout;
      readonly namespace: string;
      /** `Argo Rollout \`reviews\`` */
      readonly label: string;
    }
  | {
      readonly controller: 'flagger';
      readonly resource: FlaggerCanary;
      readonly namespace: string;
      /** `Flagger Canary \`podinfo\`` */
      readonly label: string;
    };

type RouteKey = Pick<Route, 'protocol' | 'index'>;

/**
 * The controller that steps the weights of `route` of `vs`, or undefined when the route is the
 * user's to edit. When several Rollouts claim a route (Argo refuses that), the first one answers.
 */
export function routeOwner(
  lookup: WorkspaceLookup,
  vs: VirtualService,
  route: RouteKey,
): RouteOwner | undefined {
  if (!vs.name) return undefined;
  const key = `${namespaceOf(vs, lookup.defaultNamespace)}/${vs.name.value}`;
  for (const rollout of lookup.rolloutsByVirtualService.get(key) ?? []) {
    const namespace = namespaceOf(rollout, lookup.defaultNamespace);
    const managed = new Set(rollout.canary?.managedRoutes.map((r) => r.value));
    for (const ref of rollout.canary?.istio?.virtualServices ?? []) {
      if (!ref.name || rolloutVirtualServiceKey(ref.name.value, namespace) !== key) continue;
      if (steppedIndexes(vs, ref, managed, route.protocol).includes(route.index))
        return rolloutOwner(rollout, namespace);
    }
  }
  const canary = lookup.flaggerCanariesByApex.get(key)?.[0];
  if (canary) return flaggerOwner(canary, namespaceOf(canary, lookup.defaultNamespace));
  return undefined;
}

/** The owner of every route of `vs` that has one, by `protocol[index]`. */
export function routeOwners(lookup: WorkspaceLookup, vs: VirtualService): Map<string, RouteOwner> {
  const out = new Map<string, RouteOwner>();
  for (const route of vs.routes) {
    const owner = routeOwner(lookup, vs, route);
    if (owner) out.set(`${route.protocol}[${route.index}]`, owner);
  }
  return out;
}

/**
 * The controller that rewrites the subsets of `rule` (Argo adds the pod-template hash to the
 * canary and stable subsets; Flagger generates `<apex>-canary` / `<apex>-primary`), so subsets
 * without telling labels are expected there.
 */
export function destinationRuleOwner(lookup: WorkspaceLookup, rule: DestinationRule): RouteOwner | undefined {
  if (!rule.name) return undefined;
  const namespace = namespaceOf(rule, lookup.defaultNamespace);
  for (const rollout of lookup.rollouts) {
    const rolloutNamespace = namespaceOf(rollout, lookup.defaultNamespace);
    if (
      rolloutNamespace === namespace &&
      rollout.canary?.istio?.destinationRule?.name?.value === rule.name.value
    )
      return rolloutOwner(rollout, rolloutNamespace);
  }
  for (const suffix of ['-canary', '-primary']) {
    if (!rule.name.value.endsWith(suffix)) continue;
    const apex = rule.name.value.slice(0, -suffix.length);
    const canary = lookup.flaggerCanariesByApex.get(`${namespace}/${apex}`)?.[0];
    if (canary) return flaggerOwner(canary, namespace);
  }
  return undefined;
}

/** "Argo Rollout `reviews` steps these weights": what views say instead of offering edits. */
export function ownerStatement(owner: RouteOwner): string {
  return `${owner.label} steps these weights`;
}

/** What to run instead of editing the weights, in a sentence. */
export function ownerAdvice(owner: RouteOwner): string {
  const name = owner.resource.name?.value ?? '';
  return owner.controller === 'argo-rollouts'
    ? `promote with \`kubectl argo rollouts promote ${name} -n ${owner.namespace}\`, roll back with \`kubectl argo rollouts abort ${name} -n ${owner.namespace}\``
    : `Flagger promotes or rolls back from its analysis of Canary ${owner.namespace}/${name}; edit the Canary, not these weights`;
}

function rolloutOwner(rollout: ArgoRollout, namespace: string): RouteOwner {
  return {
    controller: 'argo-rollouts',
    resource: rollout,
    namespace,
    label: `Argo Rollout \`${rollout.name?.value ?? ''}\``,
  };
}

function flaggerOwner(canary: FlaggerCanary, namespace: string): RouteOwner {
  return {
    controller: 'flagger',
    resource: canary,
    namespace,
    label: `Flagger Canary \`${canary.name?.value ?? ''}\``,
  };
}

type VirtualServiceRef = NonNullable<NonNullable<ArgoRollout['canary']>['istio']>['virtualServices'][number];

/**
 * Which routes of `vs` one `virtualService(s)` entry of a Rollout steps, per protocol, as Argo
 * selects them (`getHttpRouteIndexesToPatch`, `getTlsRouteIndexesToPatch`,
 * `getTcpRouteIndexesToPatch`) and validates them (`ValidateHTTPRoutes`, `ValidateTlsRoutes`,
 * `ValidateTcpRoutes`, run whenever the VirtualService has that list):
 * - http, `routes` listed: the first route of each name (a name no route has: refused);
 * - http, `routes` omitted: refused when more than one http route is not a `managedRoutes` route;
 *   otherwise the only http route, or else the first unnamed one;
 * - tls / tcp, selectors listed: every route whose match entries name exactly one port (none
 *   counts as 0) equal to the selector's, and for tls the same SNI hosts; a selector matching
 *   none is refused;
 * - tls / tcp, none listed: the first route, refused when there are several.
 * Argo reconciles nothing of a refused Rollout; the indexes are still the routes the entry means
 * (a misspelt name or an unmatched selector aside), except when `several-routes` leaves no way
 * to tell.
 */
export interface RouteSelection {
  readonly indexes: readonly number[];
  /** Why Argo refuses the entry for this protocol, if it does. */
  readonly refusal?:
    | { readonly reason: 'several-routes'; readonly count: number }
    | { readonly reason: 'route-not-found'; readonly name: string }
    | { readonly reason: 'no-matching-route'; readonly selector: number };
}

export function rolloutRouteSelection(
  vs: VirtualService,
  ref: Pick<VirtualServiceRef, 'routes' | 'tlsRoutes' | 'tcpRoutes'>,
  managedRoutes: ReadonlySet<string>,
  protocol: Route['protocol'],
): RouteSelection {
  const routes = vs.routes.filter((r) => r.protocol === protocol);
  if (protocol === 'http') {
    if (ref.routes.length > 0) {
      const indexes: number[] = [];
      let refusal: RouteSelection['refusal'];
      for (const name of ref.routes) {
        const found = routes.find((r) => (r.name ?? '') === name.value);
        if (found) indexes.push(found.index);
        else refusal ??= { reason: 'route-not-found', name: name.value };
      }
      return { indexes, ...(refusal ? { refusal } : {}) };
    }
    const unmanaged = routes.filter((r) => r.name === undefined || !managedRoutes.has(r.name));
    if (unmanaged.length > 1)
      return { indexes: [], refusal: { reason: 'several-routes', count: unmanaged.length } };
    if (routes.length === 1) return { indexes: [routes[0]!.index] };
    const first = routes.find((r) => r.name === undefined || r.name === '');
    return { indexes: first ? [first.index] : [] };
  }
  const selectors: readonly { port?: number; sniHosts?: readonly string[] }[] =
    protocol === 'tls' ? ref.tlsRoutes : ref.tcpRoutes;
  if (selectors.length === 0) {
    if (routes.length > 1)
      return { indexes: [], refusal: { reason: 'several-routes', count: routes.length } };
    return { indexes: routes.length > 0 ? [routes[0]!.index] : [] };
  }
  const indexes: number[] = [];
  let refusal: RouteSelection['refusal'];
  for (const [i, selector] of selectors.entries()) {
    const found = routes.filter((route) => {
      const { ports, sniHosts } = matchPortsAndHosts(route);
      if (ports.size > 1) return false;
      const port = [...ports][0] ?? 0;
      if (port !== (selector.port ?? 0)) return false;
      if (protocol === 'tcp') return true;
      // Argo's evaluate.Equal: as many hosts as the route's distinct ones, each among them.
      const wanted = selector.sniHosts ?? [];
      return wanted.length === sniHosts.size && wanted.every((h) => sniHosts.has(h));
    });
    if (found.length === 0) refusal ??= { reason: 'no-matching-route', selector: i };
    indexes.push(...found.map((r) => r.index));
  }
  return { indexes, ...(refusal ? { refusal } : {}) };
}

/** The indexes of `protocol` routes of `vs` that a Rollout's VirtualService entry steps. */
function steppedIndexes(
  vs: VirtualService,
  ref: VirtualServiceRef,
  managedRoutes: ReadonlySet<string>,
  protocol: Route['protocol'],
): readonly number[] {
  return rolloutRouteSelection(vs, ref, managedRoutes, protocol).indexes;
}

function matchPortsAndHosts(route: Route): { ports: Set<number>; sniHosts: Set<string> } {
  const ports = new Set<number>();
  const sniHosts = new Set<string>();
  for (const entry of route.match) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { port, sniHosts: hosts } = entry as { port?: unknown; sniHosts?: unknown };
    ports.add(typeof port === 'number' ? port : 0);
    if (Array.isArray(hosts)) for (const h of hosts) if (typeof h === 'string') sniHosts.add(h);
  }
  return { ports, sniHosts };
}

/** One step of a controller's plan, in order. */
export interface PlanStep {
  /** `weight`: the canary gets `weight` %; the others hold, scale, analyse or promote. */
  readonly kind: 'weight' | 'pause' | 'scale' | 'analysis' | 'experiment' | 'route' | 'promote' | 'other';
  readonly weight?: number;
  /** The step in a few words: `10 %`, `pause 1h`, `pause until promoted`. */
  readonly text: string;
}

export interface StepPlan {
  /** Who runs it: `Argo Rollout \`reviews\``. */
  readonly owner: string;
  readonly steps: readonly PlanStep[];
  /** Flagger: the time between steps (`1m`). */
  readonly interval?: string;
  /** The steps joined: `10 % → pause 10m → 30 % → … → 100 %`. */
  readonly text: string;
}

/**
 * The traffic steps the controller takes, in order. A Rollout: its `steps` (setWeight, pause with
 * or without duration, setCanaryScale, analysis, …), then full promotion to 100 % when the last
 * setWeight is below it (Argo promotes after the last step). A Flagger Canary: `stepWeights`, or
 * `stepWeight` up to `maxWeight` (100 when unset), one step per `interval` (60s when unset), then
 * promotion, after one mirroring step with `mirror`, every weight sticky with `sessionAffinity`;
 * with `iterations` it runs A/B testing (with `match`) or blue/green (mirrored with `mirror`, then
 * all traffic to the canary) instead.
 */
export function stepPlan(owner: RouteOwner): StepPlan {
  const steps =
    owner.controller === 'argo-rollouts' ? rolloutSteps(owner.resource) : flaggerSteps(owner.resource);
  const interval =
    owner.controller === 'flagger' ? (owner.resource.analysis.interval?.value ?? '60s') : undefined;
  return {
    owner: owner.label,
    steps,
    ...(interval !== undefined ? { interval } : {}),
    text: (interval !== undefined ? `every ${interval}: ` : '') + steps.map((s) => s.text).join(' → '),
  };
}

function rolloutSteps(rollout: ArgoRollout): PlanStep[] {
  const out: PlanStep[] = [];
  let lastWeight = 0;
  for (const step of rollout.canary?.steps ?? []) {
    switch (step.action) {
      case 'setWeight':
        if (step.weight) {
          lastWeight = step.weight.value;
          out.push({ kind: 'weight', weight: step.weight.value, text: `${step.weight.value} %` });
        }
        break;
      case 'pause': {
        const duration = step.duration?.value;
        out.push({
          kind: 'pause',
          text:
            duration === undefined
              ? 'pause until promoted'
              : `pause ${typeof duration === 'number' ? `${duration}s` : duration}`,
        });
        break;
      }
      case 'setCanaryScale':
        out.push({ kind: 'scale', text: `canary scale${step.detail ? ` ${step.detail}` : ''}` });
        break;
      case 'analysis':
        out.push({ kind: 'analysis', text: `analysis${step.detail ? ` (${step.detail})` : ''}` });
        break;
      case 'experiment':
        out.push({ kind: 'experiment', text: 'experiment' });
        break;
      case 'setHeaderRoute':
        out.push({ kind: 'route', text: 'header route' });
        break;
      case 'setMirrorRoute':
        out.push({ kind: 'route', text: 'mirror route' });
        break;
      default:
        out.push({ kind: 'other', text: 'step' });
    }
  }
  if (lastWeight < 100) out.push({ kind: 'promote', weight: 100, text: '100 % (promoted)' });
  return out;
}

function flaggerSteps(canary: FlaggerCanary): PlanStep[] {
  // pkg/controller/scheduler.go: runAB, runBlueGreen, runCanary (DeploymentStrategy decides).
  const analysis = canary.analysis;
  const iterations = analysis.iterations?.value;
  const appProtocol = canary.service?.extra['appProtocol'];
  const tcp = typeof appProtocol === 'string' && appProtocol.toLowerCase() === 'tcp';
  const mirrorWeight = analysis.mirrorWeight?.value ?? 0;
  const mirrored = `traffic mirrored to the canary${mirrorWeight > 0 ? ` (${mirrorWeight} %)` : ''}`;
  const plural = (n: number) => `${n} iteration${n === 1 ? '' : 's'}`;
  const sticky = analysis.sessionAffinity !== undefined && !tcp ? ' (sticky)' : '';
  // runPromotionTrafficShift: with stepWeightPromotion the primary takes the traffic back in steps.
  const back = analysis.stepWeightPromotion?.value ?? 0;
  const promote: PlanStep = {
    kind: 'promote',
    weight: 100,
    text: back > 0 ? `promote, primary +${back} % per step` : 'promote',
  };
  if (iterations !== undefined && iterations > 0) {
    if (analysis.match.length > 0)
      return [
        { kind: 'analysis', text: `A/B test: matching requests to the canary for ${plural(iterations)}` },
        promote,
      ];
    return [
      {
        kind: 'analysis',
        text:
          analysis.mirror && !tcp
            ? `blue/green: ${mirrored} for ${plural(iterations)}`
            : `blue/green: canary tested for ${plural(iterations)}`,
      },
      { kind: 'weight', weight: 100, text: `100 % to the canary${sticky}` },
      promote,
    ];
  }
  const weights: number[] = [];
  const stepWeights = analysis.stepWeights.map((w) => w.value).filter((w) => w > 0 && w <= 100);
  if (stepWeights.length > 0) weights.push(...stepWeights);
  else {
    const step = analysis.stepWeight?.value ?? 0;
    const max = Math.min(100, analysis.maxWeight?.value ?? 100);
    // A step of 0 never moves; more than 100 steps is not a plan anyone reads.
    if (step > 0 && max > 0)
      for (let w = step; weights.length < 100; w += step) {
        weights.push(Math.min(w, max));
        if (w >= max) break;
      }
  }
  return [
    ...(analysis.mirror && !tcp ? [{ kind: 'route', text: mirrored } satisfies PlanStep] : []),
    ...weights.map((w): PlanStep => ({ kind: 'weight', weight: w, text: `${w} %${sticky}` })),
    promote,
  ];
}
