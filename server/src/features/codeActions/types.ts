// The request every code-action provider answers, in offsets.
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Span } from '../../syntax/parseYaml';
import type { NavigationContext } from '../navigation/context';
import type { ResourceSplit, SplitEntry } from '../trafficSplit';

export interface CodeActionRequest {
  /** The selection (or cursor) the actions are asked for. */
  readonly span: Span;
  /** The diagnostics the editor shows there (ours carry `data` with fix details). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface CodeActionInput extends CodeActionRequest {
  readonly context: NavigationContext;
  readonly splits: readonly ResourceSplit[];
}

export function entryLabel(entry: SplitEntry): string {
  return entry.subset?.value ?? entry.host?.value ?? `destination ${entry.index + 1}`;
}

/** Our diagnostics with `code` whose range starts inside `span` of the file. */
export function diagnosticsWithin(
  input: CodeActionInput,
  span: Span,
  accept: (diagnostic: Diagnostic) => boolean,
): Diagnostic[] {
  const document = input.context.file.document;
  return input.diagnostics.filter((d) => {
    if (!accept(d)) return false;
    const start = document.offsetAt(d.range.start);
    const end = document.offsetAt(d.range.end);
    return start <= span.end && end >= span.start;
  });
}
