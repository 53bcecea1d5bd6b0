// Open documents and their parses, keyed by URI and version: a document is parsed once per
// version however many requests ask for it.
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, SourceFile } from '../languageService';

export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly parses = new Map<string, { version: number; file: SourceFile }>();

  constructor(private readonly service: () => LanguageService) {}

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
    const file = this.service().parse(document, cached?.file);
    this.parses.set(uri, { version: document.version, file });
    return file;
  }

  forget(uri: string): void {
    this.parses.delete(uri);
  }

  /** Drops every cached parse (settings that change parsing, e.g. maxFileSize). */
  clear(): void {
    this.parses.clear();
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}
