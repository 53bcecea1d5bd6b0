// What the extension client, the language server and the preview webview must agree on:
// custom request and notification names, their payloads, and the traffic-split model that the
// CLI, the CodeLens and the preview all show. Plain data only; this module imports nothing but
// the typed message helpers beside it.
import { notificationType, requestType } from './messages';

export type { NotificationDefinition, RequestDefinition } from './messages';

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type RouteProtocol = 'http' | 'tcp' | 'tls';

export interface SplitDestination {
  host: string;
  subset?: string;
  port?: number;
  /** The weight as written; absent when the destination has none. */
  weight?: number;
  /** The effective share of traffic in percent (a lone destination without weight gets 100). */
  percent: number;
  /**
   * Why this share reaches no Service though Envoy still sends it there (a Service name cut
   * short, taken as written by Istio: those requests get 503).
   */
  unavailable?: string;
  /** Where the destination entry is in the file. */
  range: Range;
  /** Where the weight value is, when there is one (edits replace exactly this range). */
  weightRange?: Range;
}

export interface SplitRoute {
  protocol: RouteProtocol;
  /** Position of the route in its protocol's list (spec.http[index]). */
  index: number;
  name?: string;
  /** The route's match entries as written (plain JSON). Empty: the route matches everything. */
  match: unknown[];
  /** The match in plain words, one line per match entry, e.g. "header end-user = jason". */
  matchText: string[];
  /** The route's timeout and retries in plain words (`timeout 5s`); absent when it sets neither. */
  options?: string[];
  destinations: SplitDestination[];
  /** Sum of the written weights (what Istio checks). */
  total: number;
  /**
   * Why Istio refuses this route (or the resource it belongs to). A rejected route sends no
   * traffic: every destination's `percent` is 0 and views show the reason instead of a split.
   */
  rejected?: string;
  /** Problems with this route's split, in the words of the diagnostics. Empty when healthy. */
  problems: string[];
  range: Range;
  /** With a cluster snapshot: the same route of the live resource (see `LiveRouteSplit`). */
  live?: LiveRouteSplit;
  /**
   * A controller that sets this route's weights in the cluster, e.g. `Argo Rollout shop/cart`:
   * what the file says is overwritten at each of its steps.
   */
  controller?: string;
  /**
   * The controller that steps this route's weights (an Argo Rollout, a Flagger Canary): the
   * weights written are its resting state, views show its step plan and offer no edits.
   */
  owner?: RouteOwnerInfo;
  /**
   * For a split of rendered text (a Kustomize overlay): where the route is written, the patch or
   * resource line it came from, else the kustomization line listing it. `range` is in the
   * rendered text then, which no editor shows.
   */
  source?: { uri: string; range: Range };
}

/** Who steps a route's weights, and how (see `SplitRoute.owner`). */
export interface RouteOwnerInfo {
  controller: 'argo-rollouts' | 'flagger';
  kind: 'Rollout' | 'Canary';
  namespace: string;
  name: string;
  /** Where the Rollout or Canary is. */
  uri: string;
  range: Range;
  /** "Argo Rollout `reviews` steps these weights". */
  statement: string;
  /** What to run instead of editing the weights, in a sentence. */
  advice: string;
  plan: StepPlanInfo;
}

/** A controller's traffic steps in order (`10 %`, `pause 1h`, …, `100 % (promoted)`). */
export interface StepPlanInfo {
  steps: { kind: string; weight?: number; text: string }[];
  /** Flagger: the time between steps. */
  interval?: string;
  /** The steps in one line: `10 % → pause 1h → … → 100 %`. */
  text: string;
}

/** The live split of a route beside the file's: "live 100/0, file 90/10" (percent, file order). */
export interface LiveRouteSplit {
  context: string;
  /** Each file destination's live share (0 when the live route lacks it), then live-only ones. */
  percents: number[];
  /** `live 100/0, file 90/10`, `live 90/10 (same)`, or `not live` when the route or resource is absent. */
  text: string;
  /** Whether the live shares equal the file's. */
  same: boolean;
}

export interface SplitResource {
  uri: string;
  kind: 'VirtualService' | 'AppDeployment' | 'HTTPRoute' | 'GRPCRoute';
  apiVersion: string;
  namespace: string;
  name: string;
  hosts: string[];
  gateways: string[];
  routes: SplitRoute[];
  range: Range;
}

/** Request `istioCanary/trafficSplit`: the split of every VirtualService in one document. */
export interface TrafficSplitParams {
  uri: string;
}
export interface TrafficSplitResult {
  uri: string;
  version: number | null;
  resources: SplitResource[];
}
export const TrafficSplitRequest = requestType<TrafficSplitParams, TrafficSplitResult | null>(
  'istioCanary/trafficSplit',
);

/**
 * Request `istioCanary/canaryResources`: the resources that make up the canary around a
 * position (the VirtualService there, plus the DestinationRules and Gateways it references,
 * from whichever files hold them), or every resource of the file when no position is given.
 */
export interface CanaryResourcesParams {
  uri: string;
  position?: Position;
}
export interface CanaryResourceRef {
  uri: string;
  kind: string;
  apiVersion: string;
  name: string;
  /** The namespace written in the manifest, if any. */
  namespace?: string;
  /** The YAML document that holds the resource (from its first line to the end of its last). */
  range: Range;
}
export interface CanaryResourceProblem {
  uri: string;
  range: Range;
  code: string;
  message: string;
}
export interface CanaryResourcesResult {
  resources: CanaryResourceRef[];
  /** Error-severity diagnostics in those resources: applying is refused while any exist. */
  errors: CanaryResourceProblem[];
}
export const CanaryResourcesRequest = requestType<CanaryResourcesParams, CanaryResourcesResult | null>(
  'istioCanary/canaryResources',
);

/**
 * Request `istioCanary/generatedResources`: the text of a read-only document of resources a
 * controller generates (`istio-canary-generated:/<namespace>/<canary>.yaml`, what Flagger writes
 * from that Canary), or null when the workspace has no such Canary any more.
 */
export interface GeneratedResourcesParams {
  uri: string;
}
export interface GeneratedResourcesResult {
  text: string;
}
export const GeneratedResourcesRequest = requestType<
  GeneratedResourcesParams,
  GeneratedResourcesResult | null
>('istioCanary/generatedResources');

/** Notification `istioCanary/status` from server to client: whether the server is busy checking. */
export interface StatusParams {
  /**
   * `indexing`: the workspace scan runs (files are checked on their own meanwhile; cross-file
   * findings follow when it completes); `checking`: files are being checked; `idle`: the index
   * is ready and every open file checked.
   */
  state: 'indexing' | 'checking' | 'idle';
  /** Files in the workspace index. */
  indexedFiles: number;
  /** While indexing: files of the scan done so far, and in all. */
  scannedFiles?: number;
  totalFiles?: number;
}
export const StatusNotification = notificationType<StatusParams>('istioCanary/status');

// Request `istioCanary/simulate` (defined at the end of this file): which VirtualService and
// route an HTTP request would hit, and where it goes with which probability, following Istio's
// matching rules. The server evaluates every VirtualService in the workspace index.

/** The request to simulate, as a user describes it. Only `host` is required. */
export interface SimulatedRequest {
  /** Host or Host header, e.g. `reviews`, `bookinfo.com:8080`; a port here is stripped for host matching. */
  host: string;
  /** `mesh` (the default: a sidecar calls the service) or a Gateway as `name` or `namespace/name`. */
  gateway?: string;
  /** Destination port; when absent the port in `host`, if any, is used. */
  port?: number;
  /** HTTP method; GET when absent. */
  method?: string;
  /** Path, optionally with a query string (`/ratings/1?x=1`); `/` when absent. */
  uri?: string;
  /** `http` when absent. */
  scheme?: string;
  /** The `:authority` pseudo-header; the host as given (with its port) when absent. */
  authority?: string;
  /** Header names are case-insensitive. */
  headers?: Record<string, string>;
  /** Query parameters, added to any in `uri`. */
  query?: Record<string, string>;
  /**
   * Namespace of the calling workload: short host names resolve in it, and exportTo decides
   * which VirtualServices and DestinationRules it gets. `default` when absent. A request through
   * a gateway is the gateway's: its namespace decides instead.
   */
  sourceNamespace?: string;
  /** Labels of the calling workload; `sourceLabels` conditions stay undecided without them. */
  sourceLabels?: Record<string, string>;
  /**
   * A gRPC call (`POST /<service>/<method>`), matched against GRPCRoutes: the fully qualified
   * service (`shop.Cart`) and the method (`AddItem`). Both are needed for a gRPC request.
   */
  grpcService?: string;
  grpcMethod?: string;
}

export interface SimulateParams {
  request: SimulatedRequest;
  /** The document the user is looking at, if any; the result mentions whether it was used. */
  uri?: string;
}

/** Outcome of one condition, match entry or route. `unknown`: cannot be decided from the request. */
export type SimulationMatchResult = 'match' | 'no-match' | 'unknown';

export interface SimulatedCondition {
  /** The condition as written, e.g. `uri`, `headers[end-user]`, `withoutHeaders[x-test]`, `port`. */
  field: string;
  /** The expectation in words, e.g. `prefix "/reviews"`. */
  expected: string;
  /** The request's value, or null when the request has none. */
  actual: string | null;
  result: SimulationMatchResult;
  /** Why, when the bare values do not say it (RE2 differences, unsupported forms, assumptions). */
  note?: string;
}

export interface SimulatedMatchEntry {
  /** Position in the route's `match` list. */
  index: number;
  name?: string;
  result: SimulationMatchResult;
  conditions: SimulatedCondition[];
}

export interface SimulatedRoute {
  /** `namespace/name` of the VirtualService the route belongs to. */
  virtualService: string;
  /** Position in `spec.http`. */
  index: number;
  name?: string;
  result: SimulationMatchResult;
  /** Empty when the route has no match list (it matches every request). */
  entries: SimulatedMatchEntry[];
}

export interface SimulatedDestination {
  host: string;
  subset?: string;
  port?: number;
  weight?: number;
  /** Share of the matching requests in percent. */
  percent: number;
  /**
   * Why requests sent here fail with 503 although the route is accepted: the host names no
   * Service (a Service name cut short, taken as written), or the subset is defined only in a
   * DestinationRule the caller does not get (namespace, exportTo, root namespace).
   */
  unavailable?: string;
}

export interface SimulatedVirtualService {
  name: string;
  namespace: string;
  uri?: string;
  hosts: string[];
  gateways: string[];
  /** Whether it handles the request, and why (or why not) in words. */
  selected: boolean;
  reason: string;
}

/** `rejected`: the VirtualService that would handle the request is one Istio refuses. */
export type SimulationOutcome =
  'route' | 'redirect' | 'direct-response' | 'delegate' | 'no-virtual-service' | 'no-route' | 'rejected';

export interface SimulationResult {
  /** The request after defaults and normalisation (host without port, path without query). */
  request: Required<Omit<SimulatedRequest, 'port' | 'sourceLabels' | 'grpcService' | 'grpcMethod'>> & {
    port?: number;
    sourceLabels?: Record<string, string>;
    /** The names the host is known by where the request is sent (DNS search path at the mesh). */
    hostForms: string[];
  };
  outcome: SimulationOutcome;
  /** True when a route matched (whatever it does with the request). */
  matched: boolean;
  /** One sentence for a person. */
  summary: string;
  /** Every VirtualService looked at, the selected ones first. */
  virtualServices: SimulatedVirtualService[];
  /** The routes tried in order, up to and including the winner. */
  routes: SimulatedRoute[];
  winner?: { virtualService: string; index: number; name?: string };
  /** Why Istio refuses the VirtualService that would handle the request (outcome `rejected`). */
  rejected?: string;
  destinations: SimulatedDestination[];
  redirect?: { uri?: string; authority?: string; scheme?: string; port?: number; code: number };
  directResponse?: { status: number; body?: string };
  delegate?: { name: string; namespace: string };
  rewrite?: { uri?: string; authority?: string; uriRegexRewrite?: { match: string; rewrite: string } };
  fault?: string[];
  mirrors?: { host: string; subset?: string; port?: number; percent: number; unavailable?: string }[];
  /** Caveats: RE2 differences, undecided routes, assumptions, configuration Istio would reject. */
  notes: string[];
  /** Present when Gateway API routes answered (no VirtualService handles the host, or a gRPC call). */
  gatewayApi?: GatewayApiSimulationResult;
}

/**
 * The outcome over Gateway API routes (HTTPRoutes, or GRPCRoutes for a gRPC request), which
 * follow the Gateway API's precedence instead of first match. `rule` and `match` count from 0.
 */
export interface GatewayApiSimulationResult {
  kind: 'HTTPRoute' | 'GRPCRoute';
  matched: boolean;
  namespace?: string;
  name?: string | null;
  rule?: number;
  match?: number;
  /** The route hostname that selected the routes considered (`*` for none or a mesh request). */
  hostname?: string;
  backends: { name: string; namespace?: string; port?: number; percent: number }[];
  /** 404: no rule matches; 500: every backend of the winning rule weighs 0; null otherwise. */
  status: 404 | 500 | null;
  /** Each decision, in order. */
  trace: string[];
}

export interface SimulateResult {
  result: SimulationResult;
  /** The result rendered as Markdown for a preview or an untitled document. */
  markdown: string;
}
export const SimulateRequest = requestType<SimulateParams, SimulateResult | null>('istioCanary/simulate');
