// The command behind every diagnostic's code link: opens docs/rules/<code>.md, shipped in the
// extension, in the Markdown preview (the server builds the link with protocol/src/rulePages.ts).
import * as vscode from 'vscode';
import { RULE_CODE_PATTERN, SHOW_RULE_DOC_COMMAND, ruleDocPath } from '../../protocol/src/rulePages';

export function registerRuleDocCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_DOC_COMMAND, async (code: unknown) => {
      const page =
        typeof code === 'string' && RULE_CODE_PATTERN.test(code)
          ? vscode.Uri.joinPath(context.extensionUri, ...ruleDocPath(code))
          : undefined;
      const exists =
        page !== undefined &&
        (await vscode.workspace.fs.stat(page).then(
          () => true,
          () => false,
        ));
      if (!page || !exists) {
        void vscode.window.showWarningMessage(`Istio Canary has no rule page for ${JSON.stringify(code)}.`);
        return undefined;
      }
      await vscode.commands.executeCommand('markdown.showPreview', page);
      return page.toString();
    }),
  );
}
