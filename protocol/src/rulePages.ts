// Where each diagnostic's code links to: its rule page, docs/rules/<code>.md, shipped inside the
// extension. The link is a command URI, so it works offline and in remote windows alike (VS Code
// opens diagnostic code links with commands allowed, in the hover and the Problems view); the
// client's command opens the page in the Markdown preview.
import { Commands } from './commands';

/** Opens the rule page of one diagnostic code; argument: the code (`weight-sum`). */
export const SHOW_RULE_DOC_COMMAND = Commands.showRuleDoc.id;

/** Diagnostic codes are kebab-case; anything else is no rule and gets no page. */
export const RULE_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The `codeDescription.href` of a diagnostic with this code. */
export function ruleDocHref(code: string): string {
  return `command:${SHOW_RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`;
}

/** The page's path inside the extension, as path segments. */
export function ruleDocPath(code: string): readonly string[] {
  return ['docs', 'rules', `${code}.md`];
}
