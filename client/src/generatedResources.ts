// What a controller generates, shown read-only: the `istio-canary-generated:` documents (the
// VirtualService, DestinationRules and Services Flagger writes from a Canary) come from the
// server (`istioCanary/generatedResources`), opened by the CodeLens on the Canary. A content
// provider's documents cannot be edited or saved, and the language client does not check them
// (its selector is `file` and `untitled`): their findings are on the Canary.
import * as vscode from 'vscode';
import { Commands } from '../../protocol/src/commands';
import { GeneratedResourcesRequest } from '../../protocol/src/protocol';
import type { ServerConnection } from './serverConnection';

export const GENERATED_SCHEME = 'istio-canary-generated';

export function registerGeneratedResources(
  context: vscode.ExtensionContext,
  deps: { readonly client: ServerConnection },
): void {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const result = await deps.client.sendRequest(GeneratedResourcesRequest, { uri: uri.toString() });
      return result?.text ?? `# No Flagger Canary of this workspace generates ${uri.path}.\n`;
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(GENERATED_SCHEME, provider),
    vscode.commands.registerCommand(Commands.showGeneratedResources.id, async (argument?: unknown) => {
      if (typeof argument !== 'string' || !argument.startsWith(`${GENERATED_SCHEME}:`)) return undefined;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(argument, true));
      await vscode.languages.setTextDocumentLanguage(document, 'yaml');
      await vscode.window.showTextDocument(document, { preview: true });
      return document.uri.toString();
    }),
  );
}
