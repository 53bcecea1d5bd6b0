// What the cluster status item says and when a snapshot is read, as pure functions of the
// snapshot's state, the `cluster.mode` setting and Workspace Trust. No `vscode` import: plain Node
// tests run it. The reading itself happens in the language server (protocol/src/cluster.ts).
import {
  describeUnread,
  type ClusterMode,
  type ClusterSnapshotInfo,
  type ReadClusterParams,
  type UnreadKind,
} from '../../../protocol/src/cluster';

export type ClusterState =
  | { readonly kind: 'off' }
  | { readonly kind: 'untrusted' }
  /** No snapshot yet for the context (onDemand: until the user asks). */
  | { readonly kind: 'none'; readonly context?: string }
  | { readonly kind: 'reading'; readonly context: string; readonly previous?: ClusterSnapshotInfo }
  | { readonly kind: 'ready'; readonly snapshot: ClusterSnapshotInfo }
  | { readonly kind: 'failed'; readonly context: string; readonly message: string };

/**
 * The server's read request: the context, the namespaces of the `cluster.namespaces` setting (all
 * when it is empty; blanks and repeats dropped), the kubectl settings and the client's KUBECONFIG.
 */
export function readParams(
  context: string,
  namespaces: readonly string[],
  kubectl: { readonly kubectlPath: string; readonly timeoutSeconds: number },
  kubeconfig: string | undefined,
): ReadClusterParams {
  const chosen = [...new Set(namespaces.map((n) => n.trim()).filter((n) => n !== ''))];
  return {
    context,
    ...(chosen.length > 0 ? { namespaces: chosen } : {}),
    kubectlPath: kubectl.kubectlPath,
    ...(kubeconfig ? { kubeconfig } : {}),
    requestTimeoutSeconds: kubectl.timeoutSeconds,
  };
}

/** Why a read is considered. */
export type ReadTrigger = 'startup' | 'contextChange' | 'apply' | 'command';

/**
 * Whether a trigger reads the cluster: never untrusted or off; the command always (it is the
 * user asking); an apply in onDemand and auto; start-up and a context change only in auto.
 */
export function shouldRead(trigger: ReadTrigger, mode: ClusterMode, trusted: boolean): boolean {
  if (!trusted || mode === 'off') return false;
  if (trigger === 'command' || trigger === 'apply') return true;
  return mode === 'auto';
}

/** `40 s ago`, `3 min ago`, `2 h ago`, `1 d ago`; `just now` under a second. */
export function formatAge(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 1) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}

/** The status item's text (with a codicon), e.g. `$(cloud) cluster dev · 40 s ago`. */
export function statusText(state: ClusterState, now: number): string {
  switch (state.kind) {
    case 'off':
      return '$(cloud) cluster off';
    case 'untrusted':
      return '$(workspace-untrusted) cluster: untrusted';
    case 'none':
      return `$(cloud) cluster ${state.context ?? '?'} · not read`;
    case 'reading':
      return `$(sync~spin) cluster ${state.context} · reading…`;
    case 'ready':
      return `$(cloud) cluster ${state.snapshot.context} · ${formatAge(now - state.snapshot.readAt)}${state.snapshot.unread.length ? ' $(warning)' : ''}`;
    case 'failed':
      return `$(error) cluster ${state.context} · not read`;
  }
}

/** The tooltip: what the snapshot holds, which kinds stay open-world, and what a click does. */
export function statusTooltip(state: ClusterState, now: number): string {
  switch (state.kind) {
    case 'off':
      return 'Istio Canary reads no cluster (istioCanary.cluster.mode is off): references the files do not resolve stay open-world.';
    case 'untrusted':
      return 'Istio Canary reads no cluster in an untrusted workspace (kubectl never runs). Trust the workspace to use the cluster snapshot.';
    case 'none':
      return `No cluster snapshot${state.context ? ` of context ${state.context}` : ''} yet. Click to read one (kubectl get, read-only).`;
    case 'reading':
      return `Reading a snapshot of context ${state.context}… Click to cancel.`;
    case 'failed':
      return `The snapshot of context ${state.context} could not be read: ${state.message}\nClick to try again.`;
    case 'ready': {
      const s = state.snapshot;
      const lines = [
        `Cluster snapshot of context ${s.context}, read ${formatAge(now - s.readAt)}: ${s.objects} objects. The files are checked over it (live-only resources resolve; references found nowhere are errors naming the context).`,
      ];
      if (s.unread.length)
        lines.push('', 'Left open-world (not read):', ...s.unread.map((u) => `• ${describeUnread(u)}`));
      lines.push('', 'Click to read it again.');
      return lines.join('\n');
    }
  }
}

/**
 * The unread kinds not reported yet for the context, each named once per context in the output
 * channel (`reported` holds `context|group/Kind` keys and is updated).
 */
export function newlyUnread(context: string, unread: readonly UnreadKind[], reported: Set<string>): string[] {
  const lines: string[] = [];
  for (const u of unread) {
    const key = `${context}|${u.group}/${u.kind}`;
    if (reported.has(key)) continue;
    reported.add(key);
    lines.push(`Cluster ${context}: ${describeUnread(u)}; references to them stay open-world.`);
  }
  return lines;
}
