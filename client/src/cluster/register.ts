// Wiring of the cluster snapshot: its command, the events that may change what to read (active
// editor, settings, Workspace Trust, Select Kube Context, an apply) and the start-up read in
// auto mode. The decisions are in clusterStatus.ts, the reading in the language server.
import * as vscode from 'vscode';
import { Commands } from '../../../protocol/src/commands';
import { settingKey } from '../../../protocol/src/settings';
import type { ApplyDeps } from '../apply/deps';
import type { KubeTarget } from '../apply/kubeTarget';
import type { TrafficSplitPanel } from '../preview/trafficSplitPanel';
import type { DeferredConnection } from '../serverConnection';
import { ClusterSnapshotController } from './index';

export function registerClusterSnapshot(
  context: vscode.ExtensionContext,
  deps: ApplyDeps,
  target: KubeTarget,
  connection: DeferredConnection,
  preview: TrafficSplitPanel,
): ClusterSnapshotController {
  const cluster = new ClusterSnapshotController(deps, target);
  deps.onApplied = (kubeContext) => void cluster.applied(kubeContext);
  deps.onContextSelected = () => void cluster.contextMaybeChanged();
  context.subscriptions.push(
    cluster,
    cluster.onDidChange(() => preview.reload()),
    vscode.commands.registerCommand(Commands.refreshCluster.id, () => cluster.command()),
    vscode.window.onDidChangeActiveTextEditor(() => cluster.editorChanged()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void cluster.settingsChanged()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (
        event.affectsConfiguration(settingKey('cluster.mode')) ||
        event.affectsConfiguration(settingKey('kubectlPath'))
      )
        void cluster.settingsChanged();
    }),
  );
  // Auto mode reads once the server is up; never in an untrusted workspace (shouldRead).
  void connection.whenStarted().then(
    () => cluster.refresh('startup'),
    () => undefined,
  );
  return cluster;
}
