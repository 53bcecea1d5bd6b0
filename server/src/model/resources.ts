// Typed, span-carrying views of the Kubernetes and Istio resources in a YAML file. Plain data
// (strings, numbers, spans as offsets): no AST nodes are kept, so the workspace index can hold
// thousands of files cheaply and a summary can be compared or serialised.
import type { Span } from '../syntax/parseYaml';

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

export interface ResourceBase {
  readonly uri: string;
  /** Index of the YAML document in its file. */
  readonly docIndex: number;
  /** Position in the document's `items` when the document is a list (`kind: List`, `*List`). */
  readonly itemIndex?: number;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name?: Located<string>;
  /** The namespace written in metadata, if any (the default namespace is applied at resolution time). */
  readonly namespace?: Located<string>;
  /** The whole YAML document holding the resource (its list item, for a resource in a list). */
  readonly span: Span;
  /** Where `kind:`'s value is, a good anchor for resource-level diagnostics. */
  readonly kindSpan: Span;
  /**
   * What the workspace's kustomizations say about this resource's namespace. The one field of a
   * view that is not read from its own text: the workspace index writes it (on the very objects
   * the file's parse holds, so identities stay as they are) when a kustomization takes the file
   * in, and clears it when none does any more (workspace/kustomize.ts). Read it through
   * `namespaceOf`.
   */
  kustomized?: KustomizedNamespace | undefined;
}

/**
 * The namespace the kustomizations that take a file in give its resources, as `kubectl kustomize`
 * renders them (a kustomization's `namespace:` replaces the resource's own; an overlay's replaces
 * its bases').
 */
export interface KustomizedNamespace {
  /** The namespace; absent when the renderings disagree and the file keeps its own. */
  readonly namespace?: string;
  /** The kustomization file whose `namespace:` sets it. */
  readonly setBy?: string;
  /**
   * Why the namespace is absent: a file (this one or another the same kustomizations take in),
   * or a resource (`Kind/name`, defined in `file` and elsewhere), that the rendering
   * kustomizations (`root`) put in different namespaces (`namespace` undefined: none set, the
   * file's own stands).
   */
  readonly conflict?: {
    readonly file: string;
    readonly resource?: string;
    readonly renderings: readonly { readonly root: string; readonly namespace?: string }[];
  };
}

export interface RouteDestination {
  /** Position of the destination in its route list. */
  readonly index: number;
  readonly host?: Located<string>;
  readonly subset?: Located<string>;
  readonly port?: Located<number>;
  /** The weight as written: a number when it is one, otherwise the raw text (e.g. "10%"). */
  readonly weight?: Located<number | string>;
  readonly span: Span;
}

/**
 * Where a mirrored copy of the request goes: the route's `mirror` (index 0) or
 * `mirrors[index].destination`. Resolved like a route destination; it has no weight.
 */
export interface MirrorDestination extends Omit<RouteDestination, 'weight'> {
  readonly field: 'mirror' | 'mirrors';
}

/** An http route's `delegate`: the VirtualService (name, namespace) that holds its routes. */
export interface DelegateRef {
  readonly name?: Located<string>;
  readonly namespace?: Located<string>;
  readonly span: Span;
}

export type RouteProtocol = 'http' | 'tcp' | 'tls';

export interface MatchRegex {
  /** Index of the match entry. */
  readonly entry: number;
  /** `uri`, `scheme`, `method`, `authority`, or `headers[name]` / `withoutHeaders[name]` / `queryParams[name]`. */
  readonly field: string;
  /** The map a keyed field belongs to (`headers`, …), for Istio's `withoutHeaders: {regex: "*"}` shorthand. */
  readonly mapField?: string;
  readonly pattern: Located<string>;
}

/**
 * The fields of a route besides `match` and `route`, each as plain JSON (`toPlain`) with the span
 * of its value: what the simulator, hover and the checks read. Absent fields are absent.
 */
export const ROUTE_SPEC_FIELDS = [
  'redirect',
  'directResponse',
  'delegate',
  'rewrite',
  'fault',
  'mirror',
  'mirrorPercentage',
  'mirrors',
  'headers',
  'timeout',
  'retries',
] as const;
export type RouteSpecField = (typeof ROUTE_SPEC_FIELDS)[number];
export type RouteSpec = { readonly [K in RouteSpecField]?: Located<unknown> };

export interface Route {
  readonly protocol: RouteProtocol;
  readonly index: number;
  readonly name?: string;
  /** Where the `name` value is (Argo Rollouts names routes; rename follows them). */
  readonly nameSpan?: Span;
  /** Match entries as plain JSON (empty when the route matches everything). */
  readonly match: readonly unknown[];
  readonly hasMatch: boolean;
  /** Every `regex` of the match entries with where it is (`match[0].headers[x-user]`). */
  readonly regexes: readonly MatchRegex[];
  /** Route-level gateways of match entries (e.g. `match[].gateways`), flattened. */
  readonly matchGateways: readonly Located<string>[];
  readonly destinations: readonly RouteDestination[];
  /** The mirror targets (`mirror`, then each of `mirrors`), for resolution like destinations. */
  readonly mirrors: readonly MirrorDestination[];
  readonly delegate?: DelegateRef;
  /** The destination list (`route:` for http/tcp/tls); absent for redirects or direct responses. */
  readonly destinationsSpan?: Span;
  /** Whether the http route answers without a destination (redirect, directResponse) or delegates. */
  readonly terminal?: 'redirect' | 'directResponse' | 'delegate';
  /** The other route fields (redirect, directResponse, delegate, rewrite, fault, mirrors, …). */
  readonly spec: RouteSpec;
  readonly span: Span;
}

export interface VirtualService extends ResourceBase {
  readonly kind: 'VirtualService';
  readonly hosts: readonly Located<string>[];
  readonly gateways: readonly Located<string>[];
  readonly exportTo: readonly string[];
  readonly routes: readonly Route[];
}

export interface Subset {
  readonly name: Located<string>;
  readonly labels: Readonly<Record<string, string>>;
  readonly span: Span;
}

export interface DestinationRule extends ResourceBase {
  readonly kind: 'DestinationRule';
  readonly host?: Located<string>;
  readonly subsets: readonly Subset[];
  readonly exportTo: readonly string[];
  readonly hasWorkloadSelector: boolean;
  /** `workloadSelector.matchLabels`, when there is a workloadSelector. */
  readonly workloadSelectorLabels?: Readonly<Record<string, string>>;
  /** Where the top-level `trafficPolicy` key is, when the rule has one (merging keeps only the first). */
  readonly trafficPolicy?: Span;
  /** TLS settings that need CA certificates but have none (IST0128/IST0129 equivalents). */
  readonly tlsWithoutCa: readonly Located<string>[];
}

export interface GatewayServer {
  readonly hosts: readonly Located<string>[];
  readonly port?: { readonly number?: number; readonly protocol?: string; readonly name?: string };
  readonly span: Span;
}

export interface Gateway extends ResourceBase {
  readonly kind: 'Gateway';
  readonly selector: Readonly<Record<string, string>>;
  readonly servers: readonly GatewayServer[];
}

export interface ServicePort {
  readonly number?: number;
  readonly name?: string;
  readonly protocol?: string;
}

export interface ServiceEntry extends ResourceBase {
  readonly kind: 'ServiceEntry';
  readonly hosts: readonly Located<string>[];
  readonly ports: readonly ServicePort[];
  readonly exportTo: readonly string[];
}

/** A Kubernetes Service. */
export interface KubeService extends ResourceBase {
  readonly kind: 'Service';
  readonly selector: Readonly<Record<string, string>>;
  readonly ports: readonly ServicePort[];
}

/** Anything with a pod template: Deployment, StatefulSet, DaemonSet, ReplicaSet, Argo Rollout, Job. */
export interface Workload extends ResourceBase {
  readonly podLabels: Readonly<Record<string, string>>;
  /** The `ports` its pod template's containers declare (absent for Pods and live workloads). */
  readonly containerPorts?: readonly { readonly number?: number; readonly name?: string }[];
}

// ---------------------------------------------------------------------------------------------
// Controllers that step a canary's weights: Argo Rollouts and Flagger.

/** One entry of a Rollout's `strategy.canary.steps`, in the order the controller runs them. */
export interface RolloutStep {
  readonly index: number;
  /**
   * What the step does: `setWeight` (the canary's share), `pause` (with `duration` as written, or
   * until promoted), `setCanaryScale`, `analysis`, `experiment`, `setHeaderRoute`,
   * `setMirrorRoute`; `other` for anything else.
   */
  readonly action:
    | 'setWeight'
    | 'pause'
    | 'setCanaryScale'
    | 'analysis'
    | 'experiment'
    | 'setHeaderRoute'
    | 'setMirrorRoute'
    | 'other';
  readonly weight?: Located<number>;
  /** A pause's `duration` as written (`1h`, `30s`, or seconds as a number). */
  readonly duration?: Located<string | number>;
  /** `setCanaryScale`: `weight`, `replicas` or `matchTrafficWeight`, in a few words. */
  readonly detail?: string;
  readonly span: Span;
}

/** A `trafficRouting.istio.virtualService(s)` entry of a Rollout. */
export interface RolloutVirtualServiceRef {
  /** `name` or `name.namespace`, as written. */
  readonly name?: Located<string>;
  /** The http route names it steps (empty: omitted, the VirtualService's only http route). */
  readonly routes: readonly Located<string>[];
  /** `tlsRoutes` / `tcpRoutes`, matched by port (and SNI hosts) as Argo matches them. */
  readonly tlsRoutes: readonly {
    readonly port?: number;
    readonly sniHosts: readonly string[];
    readonly span?: Span;
  }[];
  readonly tcpRoutes: readonly { readonly port?: number; readonly span?: Span }[];
  readonly span: Span;
}

/** An Argo Rollout (argoproj.io): a workload whose canary strategy may step Istio weights. */
export interface ArgoRollout extends Workload {
  readonly kind: 'Rollout';
  readonly canary?: {
    readonly canaryService?: Located<string>;
    readonly stableService?: Located<string>;
    readonly steps: readonly RolloutStep[];
    /** Route names of `trafficRouting.managedRoutes` (header and mirror routes Argo adds). */
    readonly managedRoutes: readonly Located<string>[];
    readonly istio?: {
      readonly virtualServices: readonly RolloutVirtualServiceRef[];
      readonly destinationRule?: {
        readonly name?: Located<string>;
        readonly canarySubsetName?: Located<string>;
        readonly stableSubsetName?: Located<string>;
      };
    };
  };
}

/** Flagger's Canary (flagger.app): Flagger generates the routing from it and steps the weights. */
export interface FlaggerCanary extends ResourceBase {
  readonly kind: 'Canary';
  readonly targetRef?: { readonly kind?: Located<string>; readonly name?: Located<string> };
  readonly service?: {
    /** The apex name; absent means `targetRef.name`. */
    readonly name?: Located<string>;
    readonly port?: Located<number>;
    readonly portName?: Located<string>;
    readonly targetPort?: Located<number | string>;
    readonly gateways: readonly Located<string>[];
    readonly hosts: readonly Located<string>[];
    /**
     * The other `service` fields Flagger writes into what it generates (route fields,
     * trafficPolicy, `delegation`, `appProtocol`, `portDiscovery`, `headless`), as plain JSON.
     */
    readonly extra: { readonly [field: string]: unknown };
  };
  /** Always present (empty when the Canary has no `analysis`). */
  readonly analysis: {
    readonly interval?: Located<string>;
    readonly stepWeight?: Located<number>;
    readonly maxWeight?: Located<number>;
    readonly stepWeights: readonly Located<number>[];
    readonly stepWeightPromotion?: Located<number>;
    /** A/B testing and blue/green: a number of iterations instead of weights. */
    readonly iterations?: Located<number>;
    /** A/B testing: the match Flagger routes to the canary (plain JSON). */
    readonly match: readonly unknown[];
    /** Traffic mirroring to the canary before shifting weight (canary) or during the test (blue/green). */
    readonly mirror?: boolean;
    /** The share of requests mirrored, 0..100 (unset: all). */
    readonly mirrorWeight?: Located<number>;
    /** Cookie-based stickiness (`cookieName`, `primaryCookieName`, `maxAge`, …), as plain JSON. */
    readonly sessionAffinity?: { readonly [field: string]: unknown };
  };
}

export function isArgoRollout(r: Resource): r is ArgoRollout {
  return r.kind === 'Rollout' && r.apiVersion.startsWith('argoproj.io/') && 'podLabels' in r;
}
export function isFlaggerCanary(r: Resource): r is FlaggerCanary {
  return r.kind === 'Canary' && r.apiVersion.startsWith('flagger.app/') && 'analysis' in r;
}

export interface WeightedTarget {
  readonly index: number;
  readonly revisionName?: Located<string>;
  readonly componentName?: Located<string>;
  readonly port?: Located<number>;
  readonly weight?: Located<number | string>;
  readonly span: Span;
}

export interface AppDeploymentRoute {
  readonly index: number;
  readonly match: readonly unknown[];
  readonly targets: readonly WeightedTarget[];
  readonly targetsSpan?: Span;
  readonly span: Span;
}

/** KubeVela's AppDeployment (core.oam.dev/v1beta1): a canary split in another form. */
export interface AppDeployment extends ResourceBase {
  readonly kind: 'AppDeployment';
  readonly hosts: readonly Located<string>[];
  readonly gateways: readonly Located<string>[];
  readonly routes: readonly AppDeploymentRoute[];
}

/**
 * A Kustomize `kustomization.yaml` (or a `kind: Component`): what it lists (paths relative to its
 * folder), so the files it names as patches are read as partial resources and its `namespace:`
 * applies to its resources. A kustomization file without `apiVersion`/`kind` (kustomize's
 * default) is read as one too.
 */
export interface Kustomization extends ResourceBase {
  readonly kind: 'Kustomization' | 'Component';
  /** The top-level `namespace:` it sets on everything it renders. */
  readonly setNamespace?: Located<string>;
  /** `resources` and the deprecated `bases`: files, or folders holding a kustomization. */
  readonly resources: readonly Located<string>[];
  /** `components`: folders holding a `kind: Component`. */
  readonly components: readonly Located<string>[];
  /** Files named by `patches[].path`, `patchesStrategicMerge[]` and `patchesJson6902[].path`. */
  readonly patchFiles: readonly Located<string>[];
}

/** Any other resource with apiVersion and kind (kept so duplicates and navigation see it). */
export interface OtherResource extends ResourceBase {
  readonly kind: string;
}

export type Resource =
  | VirtualService
  | DestinationRule
  | Gateway
  | ServiceEntry
  | KubeService
  | Workload
  | AppDeployment
  | GatewayRoute
  | KubeGateway
  | ReferenceGrant
  | Kustomization
  | ArgoRollout
  | FlaggerCanary
  | OtherResource;

export const WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Rollout',
  'Job',
  'Pod',
]);

export function isVirtualService(r: Resource): r is VirtualService {
  return r.kind === 'VirtualService' && r.apiVersion.startsWith('networking.istio.io/');
}
export function isDestinationRule(r: Resource): r is DestinationRule {
  return r.kind === 'DestinationRule' && r.apiVersion.startsWith('networking.istio.io/');
}
export function isGateway(r: Resource): r is Gateway {
  return r.kind === 'Gateway' && r.apiVersion.startsWith('networking.istio.io/');
}
export function isServiceEntry(r: Resource): r is ServiceEntry {
  return r.kind === 'ServiceEntry' && r.apiVersion.startsWith('networking.istio.io/');
}
export function isKubeService(r: Resource): r is KubeService {
  return r.kind === 'Service' && r.apiVersion === 'v1';
}
export function isWorkload(r: Resource): r is Workload {
  return WORKLOAD_KINDS.has(r.kind) && 'podLabels' in r;
}
export function isKustomization(r: Resource): r is Kustomization {
  return (
    (r.kind === 'Kustomization' || r.kind === 'Component') &&
    r.apiVersion.startsWith('kustomize.config.k8s.io/')
  );
}
export function isAppDeployment(r: Resource): r is AppDeployment {
  return r.kind === 'AppDeployment' && r.apiVersion.startsWith('core.oam.dev/');
}

// ---------------------------------------------------------------------------------------------
// Kubernetes Gateway API (gateway.networking.k8s.io), which Istio implements.

/** A `parentRefs[]` entry of an HTTPRoute or GRPCRoute: where the route attaches. */
export interface ParentRef {
  readonly index: number;
  /** As written; absent means `gateway.networking.k8s.io` (an empty string is the core group). */
  readonly group?: Located<string>;
  /** As written; absent means `Gateway`. */
  readonly kind?: Located<string>;
  readonly namespace?: Located<string>;
  readonly name?: Located<string>;
  readonly sectionName?: Located<string>;
  readonly port?: Located<number>;
  readonly span: Span;
}

/** A `backendRefs[]` entry of a route rule: one weighted backend (usually a Service). */
export interface BackendRef {
  readonly index: number;
  /** As written; absent means the core group (a Service). */
  readonly group?: Located<string>;
  /** As written; absent means `Service`. */
  readonly kind?: Located<string>;
  readonly name?: Located<string>;
  readonly namespace?: Located<string>;
  readonly port?: Located<number>;
  /** The weight as written; absent means 1 (Gateway API weights are relative). */
  readonly weight?: Located<number | string>;
  readonly span: Span;
}

export interface GatewayRouteRule {
  readonly index: number;
  readonly name?: string;
  /** `matches` entries as plain JSON (empty when the rule matches every request). */
  readonly matches: readonly unknown[];
  readonly backendRefs: readonly BackendRef[];
  readonly backendRefsSpan?: Span;
  /** The rule answers with a redirect filter instead of forwarding. */
  readonly redirects: boolean;
  readonly span: Span;
}

/** An HTTPRoute or GRPCRoute. */
export interface GatewayRoute extends ResourceBase {
  readonly kind: 'HTTPRoute' | 'GRPCRoute';
  readonly parentRefs: readonly ParentRef[];
  readonly hostnames: readonly Located<string>[];
  readonly rules: readonly GatewayRouteRule[];
  /** `metadata.creationTimestamp` when written (exported objects): the oldest route wins ties. */
  readonly creationTimestamp?: string;
}

export interface RouteGroupKind {
  readonly group?: string;
  readonly kind: string;
}

export interface Listener {
  readonly name?: Located<string>;
  readonly hostname?: Located<string>;
  readonly port?: number;
  readonly protocol?: string;
  /** `allowedRoutes.namespaces.from` as written (absent means `Same`). */
  readonly namespacesFrom?: string;
  /** `allowedRoutes.kinds`, empty when not written (the protocol's defaults apply). */
  readonly allowedKinds: readonly RouteGroupKind[];
  readonly span: Span;
}

/** A Gateway API Gateway (not Istio's networking.istio.io Gateway). */
export interface KubeGateway extends ResourceBase {
  readonly kind: 'Gateway';
  readonly gatewayClassName?: Located<string>;
  readonly listeners: readonly Listener[];
}

export interface ReferenceGrant extends ResourceBase {
  readonly kind: 'ReferenceGrant';
  readonly from: readonly { readonly group: string; readonly kind: string; readonly namespace: string }[];
  readonly to: readonly { readonly group: string; readonly kind: string; readonly name?: string }[];
}

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

export function isGatewayRoute(r: Resource): r is GatewayRoute {
  return (
    (r.kind === 'HTTPRoute' || r.kind === 'GRPCRoute') &&
    r.apiVersion.startsWith(`${GATEWAY_API_GROUP}/`) &&
    'rules' in r
  );
}
export function isKubeGateway(r: Resource): r is KubeGateway {
  return r.kind === 'Gateway' && r.apiVersion.startsWith(`${GATEWAY_API_GROUP}/`) && 'listeners' in r;
}
export function isReferenceGrant(r: Resource): r is ReferenceGrant {
  return r.kind === 'ReferenceGrant' && r.apiVersion.startsWith(`${GATEWAY_API_GROUP}/`) && 'from' in r;
}
