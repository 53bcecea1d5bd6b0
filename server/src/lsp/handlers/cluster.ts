// The editor's cluster snapshot (protocol/src/cluster.ts): the client, which has checked Workspace
// Trust and the `cluster.mode` setting and knows the selected kube context, asks for a read; this
// shell runs kubectl through server/src/cluster/ (execFile with argument arrays, get/list only,
// the same reading as `check --cluster`), keeps one snapshot per context, and hands the active one
// to the language service, which stays pure. The snapshot never crosses the IPC channel: the
// client gets its summary.
import type { CancellationToken, Connection } from 'vscode-languageserver';
import {
  ReadClusterRequest,
  UseClusterRequest,
  type ClusterSnapshot,
  type ClusterSnapshotInfo,
  type ReadClusterParams,
  type ReadClusterResult,
} from '../../../../protocol/src/cluster';
import { execKubectl } from '../../cluster/execKubectl';
import { ClusterReadError, readSnapshot, type KubectlRunner } from '../../cluster/readSnapshot';
import type { LanguageService } from '../../languageService';
import type { Logger } from '../safeRequest';
import { onRequest } from '../typedMessages';

/** How many contexts' snapshots are kept (switching back to one of them needs no read). */
const CACHED_CONTEXTS = 4;

export function snapshotInfo(snapshot: ClusterSnapshot): ClusterSnapshotInfo {
  return {
    context: snapshot.context,
    readAt: snapshot.readAt,
    objects: snapshot.objects.length,
    unread: snapshot.unread,
  };
}

/** Snapshots by context, the most recently used last; one of them is active at most. */
export class ClusterSnapshots {
  private readonly byContext = new Map<string, ClusterSnapshot>();
  private activeContext: string | undefined;
  /** The snapshot the language service was last given. */
  private inService: ClusterSnapshot | undefined;

  constructor(
    private readonly service: () => LanguageService,
    /** Called after the active snapshot changed (re-check open documents). */
    private readonly changed: () => void,
  ) {}

  get active(): ClusterSnapshot | undefined {
    return this.activeContext === undefined ? undefined : this.byContext.get(this.activeContext);
  }

  /** Stores a fresh snapshot of its context and makes it the active one. */
  put(snapshot: ClusterSnapshot): void {
    this.byContext.delete(snapshot.context);
    this.byContext.set(snapshot.context, snapshot);
    while (this.byContext.size > CACHED_CONTEXTS) {
      const oldest = this.byContext.keys().next().value;
      if (oldest === undefined || oldest === snapshot.context) break;
      this.byContext.delete(oldest);
    }
    this.activate(snapshot.context);
  }

  /** Makes `context`'s cached snapshot active (files only when none); null also drops the cache. */
  use(context: string | null): ClusterSnapshot | undefined {
    if (context === null) this.byContext.clear();
    this.activate(context ?? undefined);
    return this.active;
  }

  private activate(context: string | undefined): void {
    this.activeContext = context;
    const now = this.active;
    // Compared with what the service holds, not with `active` before: `use(null)` empties the
    // cache first, and the snapshot it drops must still leave the service.
    if (this.inService === now) return;
    this.inService = now;
    this.service().setClusterSnapshot(now);
    this.changed();
  }
}

/** The runner for one read: the client's kubectl and KUBECONFIG, a limit a little over kubectl's own. */
export function runnerFor(params: ReadClusterParams): KubectlRunner {
  const env = { ...process.env, ...(params.kubeconfig ? { KUBECONFIG: params.kubeconfig } : {}) };
  return execKubectl({
    kubectlPath: params.kubectlPath || 'kubectl',
    env,
    limitMs: (Math.max(1, params.requestTimeoutSeconds) + 10) * 1000,
  });
}

/** Reads a snapshot for the request; never throws (failures and cancellation are answers). */
export async function readForRequest(
  params: ReadClusterParams,
  run: KubectlRunner,
  token: CancellationToken | undefined,
): Promise<{ snapshot: ClusterSnapshot } | Extract<ReadClusterResult, { ok: false }>> {
  const abort = new AbortController();
  const subscription = token?.onCancellationRequested(() => abort.abort());
  try {
    const snapshot = await readSnapshot(run, {
      context: params.context,
      ...(params.namespaces?.length ? { namespaces: params.namespaces } : {}),
      requestTimeoutSeconds: params.requestTimeoutSeconds,
      signal: abort.signal,
    });
    if (abort.signal.aborted)
      return { ok: false, cancelled: true, message: 'The cluster read was cancelled.' };
    return { snapshot };
  } catch (error) {
    if (abort.signal.aborted)
      return { ok: false, cancelled: true, message: 'The cluster read was cancelled.' };
    const message =
      error instanceof ClusterReadError || error instanceof Error ? error.message : String(error);
    return { ok: false, cancelled: false, message };
  } finally {
    subscription?.dispose();
  }
}

export function registerClusterHandlers(
  connection: Connection,
  snapshots: ClusterSnapshots,
  log: Logger,
  runner: (params: ReadClusterParams) => KubectlRunner = runnerFor,
): void {
  onRequest(connection, ReadClusterRequest, async (params, token): Promise<ReadClusterResult> => {
    const started = Date.now();
    const outcome = await readForRequest(params, runner(params), token);
    if (!('snapshot' in outcome)) {
      log(
        `cluster: reading context ${params.context} ${outcome.cancelled ? 'cancelled' : 'failed'}: ${outcome.message}`,
      );
      return outcome;
    }
    snapshots.put(outcome.snapshot);
    log(
      `cluster: read ${outcome.snapshot.objects.length} objects of context ${params.context} in ${Date.now() - started} ms`,
    );
    return { ok: true, snapshot: snapshotInfo(outcome.snapshot) };
  });

  onRequest(connection, UseClusterRequest, (params) => {
    const active = snapshots.use(params.context);
    return Promise.resolve(active ? snapshotInfo(active) : null);
  });
}
