// Open documents and their parses, keyed by URI and version: a document is parsed once per
// version however many requests ask for it. The content changes the editor sends are applied
// one by one, and where they changed the text since the last parse is kept (`mergeChange`), so
// the next parse of a 60,000-line file looks at the `---` segments around the edit only.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { mergeChange, type LanguageService, type SourceFile, type TextChange } from '../languageService';

export class DocumentStore {
  readonly documents = new TextDocuments({
    create: TextDocument.create,
    update: (document, changes, version) => this.update(document, changes, version),
  });
  private readonly parses = new Map<string, { version: number; file: SourceFile }>();
  /**
   * Where each open document's text differs from the text of its last parse; `whole` when that
   * is not known (a change replacing the whole text).
   */
  private readonly changes = new Map<string, TextChange | 'whole'>();

  constructor(private readonly service: () => LanguageService) {}

  private update(
    document: TextDocument,
    changes: TextDocumentContentChangeEvent[],
    version: number,
  ): TextDocument {
    const applied = applyContentChanges(document, changes, version, this.changes.get(document.uri));
    if (applied.change) this.changes.set(document.uri, applied.change);
    return applied.document;
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /** The parse of an open document at its current version. */
  parsed(uri: string): SourceFile | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.parses.get(uri);
    if (cached && cached.version === document.version) return cached.file;
    // The older version's parse is handed over: its unchanged segments are reused.
    const change = this.changes.get(uri);
    this.changes.delete(uri);
    const file = this.service().parse(
      document,
      cached?.file,
      cached && change !== 'whole' ? change : undefined,
    );
    this.parses.set(uri, { version: document.version, file });
    return file;
  }

  forget(uri: string): void {
    this.parses.delete(uri);
    this.changes.delete(uri);
  }

  /** Drops every cached parse (settings that change parsing, e.g. maxFileSize). */
  clear(): void {
    this.parses.clear();
    this.changes.clear();
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}

/**
 * Applies an editor's content changes to a document, one at a time (each change's positions are
 * in the text the ones before it give), and says where the text now differs from the text
 * `known` was relative to (`whole`: not known, a change replaced the whole text).
 */
export function applyContentChanges(
  document: TextDocument,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
  known?: TextChange | 'whole',
): { document: TextDocument; change: TextChange | 'whole' | undefined } {
  for (const change of changes) {
    if (known === 'whole' || !('range' in change)) known = 'whole';
    else {
      const start = document.offsetAt(change.range.start);
      const end = document.offsetAt(change.range.end);
      known = mergeChange(known, Math.min(start, end), Math.max(start, end), change.text.length);
    }
    document = TextDocument.update(document, [change], version);
  }
  return { document, change: known };
}
