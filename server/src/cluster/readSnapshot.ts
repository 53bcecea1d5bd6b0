// Reads a cluster snapshot with kubectl: one `kubectl get <kind> -o json` per kind (get and list
// only; never Secrets), all namespaces or the chosen ones, each with --request-timeout. A kind the
// user may not list (403) or that the cluster does not serve (no CRD) is recorded as unread and
// left open-world; anything else (no such context, unreachable, bad credentials, no kubectl)
// fails the whole snapshot with a message naming the context. The kubectl runner is passed in
// (execFile with argument arrays in the CLI and the client), so this module runs nothing itself.
import type { ClusterSnapshot, LiveObject, UnreadKind } from '../../../protocol/src/cluster';

export interface KubectlResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs kubectl with an argument array (never a shell); rejects only when kubectl cannot start. */
export type KubectlRunner = (args: readonly string[], signal?: AbortSignal) => Promise<KubectlResult>;

export interface SnapshotKind {
  readonly group: string;
  readonly kind: string;
  /** What kubectl is asked for: `plural.group`, unambiguous where two groups share a kind. */
  readonly resource: string;
  readonly namespaced: boolean;
}

/** Every kind a snapshot reads. Secrets are not among them, and never will be. */
export const SNAPSHOT_KINDS: readonly SnapshotKind[] = [
  { group: '', kind: 'Namespace', resource: 'namespaces', namespaced: false },
  { group: '', kind: 'Service', resource: 'services', namespaced: true },
  { group: '', kind: 'Pod', resource: 'pods', namespaced: true },
  { group: 'apps', kind: 'Deployment', resource: 'deployments.apps', namespaced: true },
  { group: 'apps', kind: 'StatefulSet', resource: 'statefulsets.apps', namespaced: true },
  ...['ServiceEntry', 'Gateway', 'VirtualService', 'DestinationRule'].map((kind) => ({
    group: 'networking.istio.io',
    kind,
    resource: `${kind === 'ServiceEntry' ? 'serviceentries' : `${kind.toLowerCase()}s`}.networking.istio.io`,
    namespaced: true,
  })),
  {
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    resource: 'gateways.gateway.networking.k8s.io',
    namespaced: true,
  },
  {
    group: 'gateway.networking.k8s.io',
    kind: 'HTTPRoute',
    resource: 'httproutes.gateway.networking.k8s.io',
    namespaced: true,
  },
  { group: 'argoproj.io', kind: 'Rollout', resource: 'rollouts.argoproj.io', namespaced: true },
  { group: 'flagger.app', kind: 'Canary', resource: 'canaries.flagger.app', namespaced: true },
];

export interface SnapshotOptions {
  /** The kube context; read with `kubectl config current-context` when absent. */
  readonly context?: string;
  /** The namespaces to read; all when absent or empty. */
  readonly namespaces?: readonly string[];
  readonly requestTimeoutSeconds: number;
  readonly signal?: AbortSignal;
  /** Clock for `readAt` (tests). */
  readonly now?: () => number;
}

export class ClusterReadError extends Error {
  constructor(
    message: string,
    readonly context: string,
    /** kubectl's own error output. */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'ClusterReadError';
  }
}

/** The kubectl arguments that list one kind, for one namespace or all. */
export function listArgs(
  kind: SnapshotKind,
  context: string,
  namespace: string | undefined,
  requestTimeoutSeconds: number,
): string[] {
  return [
    'get',
    kind.resource,
    '--context',
    context,
    ...(kind.namespaced ? (namespace === undefined ? ['--all-namespaces'] : ['--namespace', namespace]) : []),
    `--request-timeout=${Math.max(1, Math.round(requestTimeoutSeconds))}s`,
    '--output=json',
  ];
}

export async function readSnapshot(run: KubectlRunner, options: SnapshotOptions): Promise<ClusterSnapshot> {
  const context = options.context ?? (await currentContext(run, options.signal));
  const namespaces = options.namespaces?.length ? [...new Set(options.namespaces)] : undefined;
  const jobs: { kind: SnapshotKind; namespace: string | undefined }[] = [];
  for (const kind of SNAPSHOT_KINDS) {
    if (!kind.namespaced || !namespaces) jobs.push({ kind, namespace: undefined });
    else for (const namespace of namespaces) jobs.push({ kind, namespace });
  }
  const objects: LiveObject[] = [];
  const unread = new Map<string, UnreadKind>();
  // A few kubectl processes at a time: each is mostly waiting on the API server.
  let next = 0;
  let failure: ClusterReadError | undefined;
  const worker = async () => {
    while (next < jobs.length && !failure) {
      const { kind, namespace } = jobs[next++]!;
      const args = listArgs(kind, context, namespace, options.requestTimeoutSeconds);
      const result = await run(args, options.signal);
      if (options.signal?.aborted) throw new ClusterReadError('The cluster read was cancelled.', context, '');
      if (result.exitCode === 0) {
        for (const obj of parseList(result.stdout, kind)) objects.push(obj);
        continue;
      }
      const outcome = classify(result.stderr, context);
      if (outcome instanceof ClusterReadError) failure ??= outcome;
      else unread.set(`${kind.group}/${kind.kind}`, { group: kind.group, kind: kind.kind, reason: outcome });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  if (failure) throw failure;
  return {
    context,
    ...(namespaces ? { namespaces } : {}),
    readAt: (options.now ?? Date.now)(),
    objects,
    unread: [...unread.values()],
  };
}

async function currentContext(run: KubectlRunner, signal: AbortSignal | undefined): Promise<string> {
  const result = await run(['config', 'current-context'], signal);
  const name = result.stdout.trim();
  if (result.exitCode !== 0 || name === '')
    throw new ClusterReadError(
      'No current kube context: pass --context, or select one with kubectl config use-context.',
      '',
      result.stderr,
    );
  return name;
}

/** Why one kind could not be listed: a kind to leave open-world, or a reason to give up. */
export function classify(stderr: string, context: string): 'forbidden' | 'absent' | ClusterReadError {
  const text = stderr.trim();
  if (
    /the server doesn't have a resource type|no matches for kind|could not find the requested resource/.test(
      text,
    )
  )
    return 'absent';
  if (/\(Forbidden\)|is forbidden:/.test(text)) return 'forbidden';
  const line = (text.split('\n').find((l) => l.trim() !== '') ?? 'no error output')
    .replace(/^error: /, '')
    .slice(0, 300);
  if (/context was not found|no context exists with the name|context "[^"]*" does not exist/.test(text))
    return new ClusterReadError(
      `The kube context "${context}" does not exist in your kubeconfig.`,
      context,
      text,
    );
  if (/provide credentials|\(Unauthorized\)|You must be logged in/.test(text))
    return new ClusterReadError(
      `The cluster of context "${context}" did not accept your credentials (401 Unauthorized).`,
      context,
      text,
    );
  return new ClusterReadError(`The cluster of context "${context}" cannot be read: ${line}`, context, text);
}

/**
 * The objects of a `kubectl get -o json` list, trimmed: managedFields and the last-applied
 * annotation dropped, and Pods reduced to metadata and readiness (their specs are large and
 * unused). Objects without apiVersion, kind or name are skipped.
 */
export function parseList(json: string, kind: SnapshotKind): LiveObject[] {
  let value: unknown;
  try {
    value = JSON.parse(json || '{}');
  } catch {
    return [];
  }
  const items = isObject(value) && Array.isArray(value.items) ? value.items : [];
  const out: LiveObject[] = [];
  for (const item of items) {
    if (!isObject(item) || !isObject(item.metadata) || typeof item.metadata.name !== 'string') continue;
    if (typeof item.apiVersion !== 'string' || typeof item.kind !== 'string') continue;
    out.push(trim(item, kind));
  }
  return out;
}

function trim(item: Record<string, unknown>, kind: SnapshotKind): LiveObject {
  const metadata = { ...(item.metadata as Record<string, unknown>) };
  delete metadata.managedFields;
  if (isObject(metadata.annotations)) {
    const annotations = { ...metadata.annotations };
    delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
    metadata.annotations = annotations;
  }
  if (kind.kind === 'Pod' && kind.group === '') {
    const status = isObject(item.status) ? item.status : {};
    return {
      apiVersion: item.apiVersion as string,
      kind: 'Pod',
      metadata: metadata as LiveObject['metadata'],
      status: {
        ...(typeof status.phase === 'string' ? { phase: status.phase } : {}),
        ...(Array.isArray(status.conditions) ? { conditions: status.conditions } : {}),
      },
    };
  }
  return { ...item, metadata } as LiveObject;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
