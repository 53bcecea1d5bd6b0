// Multi-file workspace fixtures for navigation, code actions and workspace completion tests:
// files are separated by `#- /path.yaml` header comments (a fixture without one is `/test.yaml`),
// `$0` marks the cursor in one of them. Everything is indexed, as the server does after a scan.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import {
  createLanguageService,
  type LanguageService,
  type SourceFile,
} from '../../../server/src/languageService';

export interface Workspace {
  readonly service: LanguageService;
  /** Path → parsed file. */
  readonly files: Map<string, SourceFile>;
  readonly texts: Map<string, string>;
  readonly cursor?: { path: string; file: SourceFile; offset: number; position: Position };
}

const HEADER = /^#- (\/\S+)[ \t]*$/;

export function splitFixture(fixture: string): Map<string, string> {
  const files = new Map<string, string>();
  let path = '/test.yaml';
  let lines: string[] = [];
  // A file ends where the next header starts, so it keeps the line break before that header.
  const flush = (atHeader: boolean) => {
    if (lines.length > 0 || files.size === 0) files.set(path, lines.join('\n') + (atHeader ? '\n' : ''));
  };
  for (const line of fixture.split('\n')) {
    const header = HEADER.exec(line);
    if (header) {
      if (lines.some((l) => l.trim() !== '')) flush(true);
      path = header[1]!;
      lines = [];
    } else lines.push(line);
  }
  flush(false);
  return files;
}

export function uriOf(path: string): string {
  return `file://${path}`;
}

export function pathOf(uri: string): string {
  return uri.replace(/^file:\/\//, '');
}

export function workspace(fixture: string | Map<string, string>, settings?: unknown): Workspace {
  const service = createLanguageService({
    settings,
    log: (m) => {
      throw new Error(`service logged: ${m}`);
    },
  });
  const files = new Map<string, SourceFile>();
  const texts = new Map<string, string>();
  let cursor: Workspace['cursor'];
  const sources = typeof fixture === 'string' ? splitFixture(fixture) : fixture;
  for (const [path, raw] of sources) {
    const offset = raw.indexOf('$0');
    const text = offset === -1 ? raw : raw.slice(0, offset) + raw.slice(offset + 2);
    const file = service.parse(TextDocument.create(uriOf(path), 'yaml', 1, text));
    service.setWorkspaceFile(file);
    files.set(path, file);
    texts.set(path, text);
    if (offset !== -1) cursor = { path, file, offset, position: file.document.positionAt(offset) };
  }
  return { service, files, texts, ...(cursor ? { cursor } : {}) };
}

export function cursorOf(ws: Workspace): NonNullable<Workspace['cursor']> {
  if (!ws.cursor) throw new Error('fixture has no $0 cursor');
  return ws.cursor;
}

/** `path:line:column text` per location (1-based), sorted, with the text the range covers. */
export function renderLocations(ws: Workspace, locations: readonly Location[]): string[] {
  return locations
    .map((l) => {
      const path = pathOf(l.uri);
      const text = ws.texts.get(path);
      const covered = text === undefined ? '?' : sliceRange(text, l.range);
      return `${path}:${l.range.start.line + 1}:${l.range.start.character + 1} ${covered}`;
    })
    .sort();
}

export function sliceRange(text: string, range: Range): string {
  const document = TextDocument.create('file:///x', 'yaml', 1, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), [...edits]);
}

/**
 * The workspace's texts after a WorkspaceEdit (`changes` or `documentChanges` with creates),
 * keyed by path; files the edit does not touch are left out.
 */
export function applyWorkspaceEdit(ws: Workspace, edit: WorkspaceEdit): Map<string, string> {
  const out = new Map<string, string>();
  const current = (path: string) => out.get(path) ?? ws.texts.get(path) ?? '';
  for (const [uri, edits] of Object.entries(edit.changes ?? {}))
    out.set(pathOf(uri), applyTextEdits(current(pathOf(uri)), edits));
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'create') throw new Error(`unexpected resource operation ${change.kind}`);
      if (ws.texts.has(pathOf(change.uri))) throw new Error(`create of existing file ${change.uri}`);
      out.set(pathOf(change.uri), '');
    } else {
      const path = pathOf(change.textDocument.uri);
      out.set(
        path,
        applyTextEdits(
          current(path),
          change.edits.filter((e): e is TextEdit => 'range' in e),
        ),
      );
    }
  }
  return out;
}

/**
 * Lines of `before` that are not byte-identical in `after`, with the lines that replaced them,
 * found by stripping the common leading and trailing lines.
 */
export function changedLines(
  before: string,
  after: string,
): { removed: string[]; added: string[]; at: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB), at: start + 1 };
}
