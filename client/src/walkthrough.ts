// The Getting Started walkthrough's own command: opens the sample canary shipped in
// media/walkthrough/canary.yaml as an untitled YAML document, so the walkthrough's steps (see
// the weight warning, preview, simulate) work in any window, with or without a workspace.
import * as vscode from 'vscode';
import { Commands } from '../../protocol/src/commands';

export const OPEN_SAMPLE_COMMAND = Commands.openSampleCanary.id;

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => {
      const sample = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'canary.yaml');
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sample));
      const document = await vscode.workspace.openTextDocument({ language: 'yaml', content });
      await vscode.window.showTextDocument(document);
      return document.uri.toString();
    }),
  );
}
