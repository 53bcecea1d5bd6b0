// A read-only snapshot of a cluster: the live objects the checks lay the files over, as plain
// JSON (what `kubectl get -o json` prints, trimmed), and the kinds that could not be read. Plain
// data shared by the CLI and the server (which reads and indexes it); the client sees only its
// summary (`ClusterSnapshotInfo`).
import { requestType } from './messages';

/** A live Kubernetes object, trimmed: no managedFields, no last-applied annotation. */
export interface LiveObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/** A kind the snapshot lacks: references to it stay open-world. */
export interface UnreadKind {
  readonly group: string;
  readonly kind: string;
  /** `forbidden`: RBAC refused the list (403); `absent`: the cluster has no such CRD. */
  readonly reason: 'forbidden' | 'absent';
}

export interface ClusterSnapshot {
  readonly context: string;
  /** The namespaces read; undefined when all namespaces were. */
  readonly namespaces?: readonly string[];
  /** When the snapshot was read (ms since the epoch). */
  readonly readAt: number;
  readonly objects: readonly LiveObject[];
  readonly unread: readonly UnreadKind[];
}

/** `cluster:<context>`, the `source` of findings and resources that come from a snapshot. */
export function clusterSource(context: string): string {
  return `cluster:${context}`;
}

/** Plural names of kinds for messages: "Gateways (networking.istio.io)". */
export function describeUnread(unread: UnreadKind): string {
  const why = unread.reason === 'forbidden' ? 'not allowed to list (403)' : 'not installed';
  return `${unread.kind}s${unread.group ? ` (${unread.group})` : ''}: ${why}`;
}

// The editor's snapshot: the client decides whether and which cluster (Workspace Trust, the
// `cluster.mode` setting, the selected kube context) and asks the server to read it; the server's
// LSP shell runs kubectl (server/src/cluster/), keeps one snapshot per context and lays the files
// over the active one, so diagnostics, hover, split and the preview all see it.

/** `istioCanary.cluster.mode`: never read; read when asked or after an apply; read on start and context change. */
export type ClusterMode = 'off' | 'onDemand' | 'auto';
export const CLUSTER_MODES: readonly ClusterMode[] = ['off', 'onDemand', 'auto'];

/** What the client knows about the snapshot the server holds for a context. */
export interface ClusterSnapshotInfo {
  readonly context: string;
  readonly readAt: number;
  /** Live objects read. */
  readonly objects: number;
  /** Kinds left open-world (403 or no CRD). */
  readonly unread: readonly UnreadKind[];
}

/** Request `istioCanary/readCluster`: read a snapshot of `context` now and make it the active one. */
export interface ReadClusterParams {
  readonly context: string;
  /** The namespaces to read; all when absent. */
  readonly namespaces?: readonly string[];
  /** The kubectl program (the `kubectlPath` setting). */
  readonly kubectlPath: string;
  /** The client's KUBECONFIG, so the server's kubectl sees the same kubeconfig as Apply and Diff. */
  readonly kubeconfig?: string;
  readonly requestTimeoutSeconds: number;
}
export type ReadClusterResult =
  | { readonly ok: true; readonly snapshot: ClusterSnapshotInfo }
  | { readonly ok: false; readonly cancelled: boolean; readonly message: string };
export const ReadClusterRequest = requestType<ReadClusterParams, ReadClusterResult>(
  'istioCanary/readCluster',
);

/**
 * Request `istioCanary/useCluster`: make the cached snapshot of `context` the active one (null:
 * files only, and drop every cached snapshot). Answers the snapshot now active, if any.
 */
export interface UseClusterParams {
  readonly context: string | null;
}
export const UseClusterRequest = requestType<UseClusterParams, ClusterSnapshotInfo | null>(
  'istioCanary/useCluster',
);
