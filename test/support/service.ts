// One check helper per feature: the only code in the tests that calls the language service.
// Tests are data (fixture strings and files); these helpers turn them into comparable text.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../server/src/languageService';
import { extractCursor, renderDiagnostics } from './fixture';

export function serviceWith(
  files: Record<string, string>,
  settings?: unknown,
): { service: LanguageService; files: Map<string, SourceFile> } {
  const service = createLanguageService({
    settings,
    log: (m) => {
      throw new Error(`service logged: ${m}`);
    },
  });
  const parsed = new Map<string, SourceFile>();
  for (const [path, text] of Object.entries(files)) {
    const file = service.parse(TextDocument.create(`file://${path}`, 'yaml', 1, text));
    service.setWorkspaceFile(file);
    parsed.set(path, file);
  }
  return { service, files: parsed };
}

/** Diagnostics of one file rendered as caret comments (see fixture.ts). */
export function renderFileDiagnostics(text: string, settings?: unknown, path = '/test.yaml'): string {
  const { service, files } = serviceWith({ [path]: text }, settings);
  return renderDiagnostics(text, service.diagnose(files.get(path)!));
}

/** Completion at `$0`. */
export function completeAt(fixture: string, settings?: unknown): CompletionItem[] {
  const { text, offset } = extractCursor(fixture);
  const { service, files } = serviceWith({ '/test.yaml': text }, settings);
  const file = files.get('/test.yaml')!;
  return service.complete(file, file.document.positionAt(offset)).items;
}

/** Completion labels at `$0`. */
export function completionLabels(fixture: string): string[] {
  return completeAt(fixture).map((i) => i.label);
}

export function hoverAt(fixture: string): string | null {
  const { text, offset } = extractCursor(fixture);
  const { service, files } = serviceWith({ '/test.yaml': text });
  const file = files.get('/test.yaml')!;
  const hover: Hover | null = service.hover(file, file.document.positionAt(offset));
  if (!hover) return null;
  const contents = hover.contents;
  return typeof contents === 'string'
    ? contents
    : 'value' in contents
      ? contents.value
      : contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}
