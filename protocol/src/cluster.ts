// A read-only snapshot of a cluster: the live objects the checks lay the files over, as plain
// JSON (what `kubectl get -o json` prints, trimmed), and the kinds that could not be read. Plain
// data shared by the CLI, the client (which reads it) and the server (which indexes it).

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
