// The cluster snapshot in the editor: decides whether and when to read (Workspace Trust, the
// `cluster.mode` setting, the selected kube context) and asks the language server to read it
// (`istioCanary/readCluster`); the server runs kubectl and lays the files over the snapshot, so
// diagnostics, hover, split and preview all see it. Reads run in the background, one at a time
// (a new one or a click on the status item cancels the one under way), and never block typing.
// Owns the status item "cluster dev · 40 s ago" and the Refresh Cluster Snapshot command.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ReadClusterRequest,
  UseClusterRequest,
  type ClusterSnapshotInfo,
  type ReadClusterResult,
} from '../../../protocol/src/cluster';
import { Commands } from '../../../protocol/src/commands';
import { type ApplyDeps, kubectlSettings, log, requireTrust } from '../apply/deps';
import type { KubeTarget } from '../apply/kubeTarget';
import { readSetting } from '../settings';
import {
  type ClusterState,
  type ReadTrigger,
  newlyUnread,
  readParams,
  shouldRead,
  statusText,
  statusTooltip,
} from './clusterStatus';

const AGE_TICK_MS = 10_000;
const KUBECONFIG_POLL_MS = 3_000;

export class ClusterSnapshotController implements vscode.Disposable {
  private state: ClusterState;
  private reading: vscode.CancellationTokenSource | undefined;
  /** The context the read under way is for (once resolved). */
  private readingContext: string | undefined;
  /** The context of the snapshot the server has active (or was last asked to read). */
  private context: string | undefined;
  private readonly reported = new Set<string>();
  private readonly item = vscode.window.createStatusBarItem(
    'istioCanary.cluster',
    vscode.StatusBarAlignment.Left,
    9,
  );
  private readonly changed = new vscode.EventEmitter<ClusterState>();
  /** Fires when the state changes (the preview asks for the live split again). */
  readonly onDidChange = this.changed.event;
  private readonly ticker: ReturnType<typeof setInterval>;
  private watched: string[] = [];

  constructor(
    private readonly deps: ApplyDeps,
    private readonly target: KubeTarget,
  ) {
    this.item.name = 'Istio Canary: Cluster Snapshot';
    this.item.command = Commands.refreshCluster.id;
    this.state = this.restingState();
    this.ticker = setInterval(() => {
      if (this.state.kind === 'ready') this.render();
    }, AGE_TICK_MS);
    this.render();
    this.watchKubeconfig();
  }

  /** The state when nothing is read or reading. */
  private restingState(): ClusterState {
    if (!vscode.workspace.isTrusted) return { kind: 'untrusted' };
    if (readSetting('cluster.mode') === 'off') return { kind: 'off' };
    return { kind: 'none', ...(this.context ? { context: this.context } : {}) };
  }

  /** The status item's command: cancels a read under way, else reads (the user asks). */
  async command(): Promise<void> {
    if (this.reading) {
      this.cancel();
      return;
    }
    await this.refresh('command');
  }

  /** Reads a snapshot when the trigger calls for one in this mode (see shouldRead). */
  async refresh(trigger: ReadTrigger): Promise<void> {
    const asked = trigger === 'command';
    if (asked && !(await requireTrust(this.deps))) return this.setState({ kind: 'untrusted' });
    const mode = readSetting('cluster.mode');
    if (asked && mode === 'off') {
      await this.deps
        .prompts()
        .showResult('info', 'Istio Canary reads no cluster: the setting istioCanary.cluster.mode is off.');
      return;
    }
    if (!shouldRead(trigger, mode, vscode.workspace.isTrusted)) return;
    this.cancel();
    const source = new vscode.CancellationTokenSource();
    this.reading = source;
    try {
      const resolved = await this.target.resolve(this.deps.kubectl(), asked).catch((error: unknown) => {
        log(this.deps, `Cluster snapshot: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      if (source.token.isCancellationRequested) return;
      if (!resolved) return this.setState(this.restingState());
      const context = resolved.context.name;
      this.context = context;
      this.readingContext = context;
      const previous =
        this.state.kind === 'ready' && this.state.snapshot.context === context
          ? this.state.snapshot
          : undefined;
      this.setState({ kind: 'reading', context, ...(previous ? { previous } : {}) });
      const settings = kubectlSettings();
      const result = await this.deps.client
        .sendRequest(
          ReadClusterRequest,
          readParams(context, readSetting('cluster.namespaces'), settings, process.env.KUBECONFIG),
          source.token,
        )
        .catch((error: unknown): ReadClusterResult => ({
          ok: false,
          cancelled: source.token.isCancellationRequested,
          message: error instanceof Error ? error.message : String(error),
        }));
      if (this.reading !== source) return; // a newer read took over
      if (result.ok) return this.ready(result.snapshot);
      if (result.cancelled) {
        log(this.deps, `Cluster snapshot of context ${context}: cancelled.`);
        return this.setState(previous ? { kind: 'ready', snapshot: previous } : this.restingState());
      }
      log(this.deps, `Cluster snapshot of context ${context} failed: ${result.message}`);
      this.setState({ kind: 'failed', context, message: result.message });
      if (asked) {
        const choice = await this.deps.prompts().showResult('error', result.message, ['Show Output']);
        if (choice === 'Show Output') this.deps.output.show(true);
      }
    } finally {
      if (this.reading === source) {
        this.reading = undefined;
        this.readingContext = undefined;
      }
      source.dispose();
    }
  }

  /** Cancels the read under way, if any (kubectl is stopped in the server). */
  cancel(): void {
    const source = this.reading;
    this.reading = undefined;
    source?.cancel();
  }

  /**
   * The selected context may have changed (Select Kube Context, kubeconfig edited): the server
   * switches to that context's cached snapshot (none: files only), and auto mode reads it.
   */
  async contextMaybeChanged(): Promise<void> {
    if (!vscode.workspace.isTrusted || readSetting('cluster.mode') === 'off') return;
    const resolved = await this.target.resolve(this.deps.kubectl(), false).catch(() => undefined);
    const context = resolved?.context.name;
    if (context === undefined || context === this.context) return;
    // A read of this very context is under way (or about to name it): nothing changed for it.
    if (this.reading && (this.readingContext === undefined || this.readingContext === context)) return;
    this.cancel();
    this.context = context;
    log(this.deps, `Cluster snapshot: the kube context is now ${context}.`);
    const cached = await this.deps.client.sendRequest(UseClusterRequest, { context });
    this.setState(cached ? { kind: 'ready', snapshot: cached } : this.restingState());
    await this.refresh('contextChange');
  }

  /** Settings or trust changed: off drops every snapshot; auto reads. */
  async settingsChanged(): Promise<void> {
    this.watchKubeconfig();
    if (!vscode.workspace.isTrusted || readSetting('cluster.mode') === 'off') {
      this.cancel();
      this.context = undefined;
      await this.deps.client.sendRequest(UseClusterRequest, { context: null });
      return this.setState(this.restingState());
    }
    if (this.state.kind === 'off' || this.state.kind === 'untrusted') this.setState(this.restingState());
    if (this.state.kind !== 'ready') await this.refresh('startup');
  }

  /** After an apply to `context`: the cluster changed, read it again (onDemand and auto). */
  async applied(context: string): Promise<void> {
    if (context !== this.context && this.context !== undefined) return;
    await this.refresh('apply');
  }

  get current(): ClusterState {
    return this.state;
  }

  private ready(snapshot: ClusterSnapshotInfo): void {
    for (const line of newlyUnread(snapshot.context, snapshot.unread, this.reported)) log(this.deps, line);
    log(
      this.deps,
      `Cluster snapshot of context ${snapshot.context}: ${snapshot.objects} objects; the files are checked over it.`,
    );
    this.setState({ kind: 'ready', snapshot });
  }

  private setState(state: ClusterState): void {
    this.state = state;
    this.render();
    this.changed.fire(state);
  }

  private render(): void {
    const now = Date.now();
    this.item.text = statusText(this.state, now);
    this.item.tooltip = statusTooltip(this.state, now);
    const editor = vscode.window.activeTextEditor;
    if (editor && /yaml/.test(editor.document.languageId)) this.item.show();
    else this.item.hide();
  }

  /** Shows or hides the item with the active editor. */
  editorChanged(): void {
    this.render();
  }

  /**
   * Polls the kubeconfig files' modification time (cheap `stat`s; no kubectl) to notice a
   * `kubectl config use-context` made outside the editor. Only when trusted and not off.
   */
  private watchKubeconfig(): void {
    for (const file of this.watched) fs.unwatchFile(file);
    this.watched = [];
    if (!vscode.workspace.isTrusted || readSetting('cluster.mode') === 'off') return;
    const files = (process.env.KUBECONFIG || path.join(os.homedir(), '.kube', 'config'))
      .split(path.delimiter)
      .filter((f) => f !== '');
    for (const file of files) {
      fs.watchFile(
        file,
        { interval: KUBECONFIG_POLL_MS, persistent: false },
        () => void this.contextMaybeChanged(),
      );
      this.watched.push(file);
    }
  }

  dispose(): void {
    this.cancel();
    clearInterval(this.ticker);
    for (const file of this.watched) fs.unwatchFile(file);
    this.item.dispose();
    this.changed.dispose();
  }
}
