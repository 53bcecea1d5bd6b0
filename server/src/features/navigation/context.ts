// What every navigation and editing feature needs to look across files: the file being edited,
// the workspace index with that file's current parse standing in for whatever the index holds for
// it, the resolution lookup over both, and conversions from spans to LSP ranges in any file.
import type { Location, Range } from 'vscode-languageserver-types';
import type { SourceFile } from '../../sourceFile';
import type { Settings } from '../../settings';
import type { Span } from '../../syntax/parseYaml';
import type { Located, Resource } from '../../model/resources';
import { namespaceOf } from '../../model/namespaces';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { WorkspaceLookup } from '../../workspace/resolve';

export interface NavigationContext {
  readonly file: SourceFile;
  readonly workspace: WorkspaceIndex;
  readonly settings: Settings;
  readonly lookup: WorkspaceLookup;
  /** The text of another file when the host has it (an open editor), for byte-exact edits. */
  readonly textOf: (uri: string) => string | undefined;
}

export function navigationContext(
  file: SourceFile,
  workspace: WorkspaceIndex,
  settings: Settings,
  textOf: (uri: string) => string | undefined = () => undefined,
): NavigationContext {
  return {
    file,
    workspace,
    settings,
    lookup: workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace),
    textOf: (uri) => (uri === file.uri ? file.document.getText() : textOf(uri)),
  };
}

export function namespaceIn(context: NavigationContext, resource: Resource): string {
  return namespaceOf(resource, context.settings.defaultNamespace);
}

/** The range of a span in `uri`: the open file's own text, else the index's line starts. */
export function rangeOf(context: NavigationContext, uri: string, span: Span): Range {
  if (uri === context.file.uri) {
    const document = context.file.document;
    return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
  }
  return {
    start: context.workspace.positionAt(uri, span.start),
    end: context.workspace.positionAt(uri, span.end),
  };
}

export function locationOf(context: NavigationContext, uri: string, span: Span): Location {
  return { uri, range: rangeOf(context, uri, span) };
}

/**
 * The span of a scalar's characters without its quotes. Names (subsets, gateways) are plain DNS
 * labels, so a quoted one is exactly two characters longer than its value; anything else (escapes,
 * folded text) keeps the whole span and callers treat it as not editable in place.
 */
export function valueSpan(located: Located<string>): Span | undefined {
  const { start, end } = located.span;
  const length = end - start;
  if (length === located.value.length) return located.span;
  if (length === located.value.length + 2) return { start: start + 1, end: end - 1 };
  return undefined;
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

export function overlaps(span: Span, other: Span): boolean {
  return span.start <= other.end && other.start <= span.end;
}

/** Occurrences without repeats (the same file and offset), the first of each kept. */
export function dedupe<T extends { readonly uri: string; readonly span: { readonly start: number } }>(
  occurrences: readonly T[],
): T[] {
  const seen = new Set<string>();
  return occurrences.filter((o) => {
    const key = `${o.uri}#${o.span.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
