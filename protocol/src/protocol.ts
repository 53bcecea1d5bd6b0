// What the extension client, the language server and the preview webview must agree on:
// custom request and notification names, their payloads, and the traffic-split model that the
// CLI, the CodeLens and the preview all show. Plain data only; this module imports nothing.

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
  destinations: SplitDestination[];
  /** Sum of the written weights (what Istio checks). */
  total: number;
  /** Problems with this route's split, in the words of the diagnostics. Empty when healthy. */
  problems: string[];
  range: Range;
}

export interface SplitResource {
  uri: string;
  kind: 'VirtualService' | 'AppDeployment';
  apiVersion: string;
  namespace: string;
  name: string;
  hosts: string[];
  gateways: string[];
  routes: SplitRoute[];
  range: Range;
}

/** Request `istioCanary/trafficSplit`: the split of every VirtualService in one document. */
export const TrafficSplitRequest = 'istioCanary/trafficSplit';
export interface TrafficSplitParams {
  uri: string;
}
export interface TrafficSplitResult {
  uri: string;
  version: number | null;
  resources: SplitResource[];
}

/**
 * Request `istioCanary/canaryResources`: the resources that make up the canary around a
 * position (the VirtualService there, plus the DestinationRules and Gateways it references,
 * from whichever files hold them), or every resource of the file when no position is given.
 */
export const CanaryResourcesRequest = 'istioCanary/canaryResources';
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

/** Notification `istioCanary/status` from server to client: whether the server is busy checking. */
export const StatusNotification = 'istioCanary/status';
export interface StatusParams {
  state: 'checking' | 'idle';
  /** Files in the workspace index. */
  indexedFiles: number;
}
