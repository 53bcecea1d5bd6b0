// Finding a document for a request: the open document's parse (its unsaved text), else the file
// as saved, read through the runtime the server was given at startup (the workspace index holds
// resource summaries, not syntax trees, and splits and diagnostics need the parse). Handlers ask
// this for a file and hand it to the language service; none reads files itself.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, SourceFile } from '../languageService';
import type { DocumentStore } from './documents';
import type { Runtime } from './runtime';

export class SourceFiles {
  constructor(
    private readonly documents: DocumentStore,
    private readonly service: () => LanguageService,
    private readonly runtime: Runtime,
  ) {}

  /** The file at `uri`, open or not; undefined when it is neither open nor readable. */
  async get(uri: string): Promise<SourceFile | undefined> {
    const open = this.documents.parsed(uri);
    if (open) return open;
    const text = await this.runtime.readFile(uri);
    return text === undefined ? undefined : this.service().parse(TextDocument.create(uri, 'yaml', 0, text));
  }

  /** The version of the open document at `uri` (null when it is not open). */
  version(uri: string): number | null {
    return this.documents.get(uri)?.version ?? null;
  }
}
