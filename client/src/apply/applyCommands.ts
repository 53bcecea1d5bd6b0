// Registers the "Apply canary" commands (Apply Current File, Apply Canary, Diff Against Cluster,
// Select Kube Context, Select Namespace) and the kube status bar item. Wiring only: the cluster
// target is kubeTarget.ts, the apply flow applyFlow.ts, the diff view diffView.ts, all built on
// the injected ApplyDeps (deps.ts). The Apply Canary CodeLens comes from the language server.
import * as vscode from 'vscode';
import { Commands } from '../../../protocol/src/commands';
import { affectsSettings } from '../settings';
import { ApplyFlow } from './applyFlow';
import { type ApplyDeps, readPositionArgument, readUriArgument } from './deps';
import { DIFF_SCHEME, DiffView } from './diffView';
import { KubeStatusBar, KubeTarget } from './kubeTarget';

export type { ApplyDeps } from './deps';

/** Registers the commands; returns the kube target they share (the cluster snapshot uses it too). */
export function registerApplyCommands(context: vscode.ExtensionContext, deps: ApplyDeps): KubeTarget {
  const target = new KubeTarget(deps);
  const statusBar = new KubeStatusBar(deps, target);
  const flow = new ApplyFlow(deps, target);
  const diffView = new DiffView(deps, target);
  const refresh = () => void statusBar.refresh();
  context.subscriptions.push(
    statusBar,
    diffView,
    vscode.workspace.registerTextDocumentContentProvider(DIFF_SCHEME, diffView),
    vscode.commands.registerCommand(Commands.applyCurrentFile.id, (uri?: unknown) =>
      flow.apply(readUriArgument(uri), undefined, true),
    ),
    vscode.commands.registerCommand(Commands.applyCanary.id, (uri?: unknown, position?: unknown) =>
      flow.apply(readUriArgument(uri), readPositionArgument(position), false),
    ),
    vscode.commands.registerCommand(Commands.diffAgainstCluster.id, (uri?: unknown) =>
      diffView.diff(readUriArgument(uri)),
    ),
    vscode.commands.registerCommand(Commands.selectKubeContext.id, async () => {
      if (await target.selectContext()) {
        await statusBar.refresh();
        deps.onContextSelected?.();
      }
    }),
    vscode.commands.registerCommand(Commands.selectNamespace.id, async () => {
      if (await target.selectNamespace()) await statusBar.refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e)) refresh();
    }),
  );
  refresh();
  return target;
}
