// A status bar item that says whether the language server is indexing the workspace (with its
// progress), checking, or ready, and how many YAML files the workspace index holds.
import * as vscode from 'vscode';
import type { ServerConnection } from './serverConnection';
import { Commands } from '../../protocol/src/commands';
import { StatusNotification, type StatusParams } from '../../protocol/src/protocol';

export function registerStatusItem(
  context: vscode.ExtensionContext,
  client: ServerConnection,
): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('istioCanary.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Istio Canary';
  item.command = Commands.showOutput.id;
  item.text = '$(sync~spin) Istio';
  item.tooltip = 'Istio Canary: starting';
  context.subscriptions.push(item);
  const update = (params: StatusParams) => {
    const files = (n: number) => n.toLocaleString('en-US');
    if (params.state === 'indexing') {
      const progress =
        params.totalFiles !== undefined
          ? ` ${files(params.scannedFiles ?? 0)}/${files(params.totalFiles)}`
          : '';
      item.text = `$(sync~spin) Istio${progress}`;
      item.tooltip = `Istio Canary: indexing the workspace${progress}; open files are checked on their own until the index is ready, then across files`;
      return;
    }
    item.text = params.state === 'checking' ? '$(sync~spin) Istio' : '$(check) Istio';
    item.tooltip = `Istio Canary: ${params.state === 'checking' ? 'checking…' : 'index ready'} (${files(params.indexedFiles)} YAML files indexed)`;
  };
  context.subscriptions.push(client.onNotification(StatusNotification, update));
  const showForYaml = (editor: vscode.TextEditor | undefined) => {
    if (editor?.document.languageId === 'yaml') item.show();
    else item.hide();
  };
  showForYaml(vscode.window.activeTextEditor);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showForYaml));
  return item;
}
