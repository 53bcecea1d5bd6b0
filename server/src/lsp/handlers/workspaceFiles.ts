// Keeps the workspace index in step with the files on disk: a scan at start-up, then the
// watched-file events the client forwards. Open documents win over disk: their text is indexed
// from the editor.
import { FileChangeType, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import type { Runtime } from '../runtime';
import type { Logger } from '../safeRequest';
import type { Validator } from './validation';

export class WorkspaceFiles {
  private folders: string[] = [];

  constructor(
    private readonly runtime: Runtime,
    private readonly documents: DocumentStore,
    private readonly service: () => LanguageService,
    private readonly validator: Validator,
    private readonly log: Logger,
  ) {}

  setFolders(folders: string[]): void {
    this.folders = folders;
  }

  async scan(): Promise<void> {
    if (this.folders.length === 0) return;
    const started = Date.now();
    this.validator.notifyStatus('checking');
    const service = this.service();
    const uris = await this.runtime.findYamlFiles(this.folders, service.settings.exclude);
    for (const uri of service.workspace.uris())
      if (!uris.includes(uri) && !this.documents.get(uri)) service.removeWorkspaceFile(uri);
    await Promise.all(uris.map((uri) => this.indexFromDisk(uri)));
    this.log(`indexed ${uris.length} YAML files in ${Date.now() - started} ms`);
    this.validator.notifyStatus('idle');
    this.validator.validateAll();
  }

  async indexFromDisk(uri: string): Promise<void> {
    if (this.documents.get(uri)) return; // the editor's text is indexed by the validator
    const service = this.service();
    const size = await this.runtime.fileSize(uri);
    if (size !== undefined && size > service.settings.maxFileSize) {
      service.removeWorkspaceFile(uri);
      return;
    }
    const text = await this.runtime.readFile(uri);
    if (text === undefined) {
      service.removeWorkspaceFile(uri);
      return;
    }
    service.setWorkspaceFile(service.parse(TextDocument.create(uri, 'yaml', 0, text)));
  }

  register(connection: Connection): void {
    connection.onDidChangeWatchedFiles(async ({ changes }) => {
      try {
        for (const change of changes) {
          if (!/\.ya?ml$/i.test(change.uri)) continue;
          if (change.type === FileChangeType.Deleted) {
            if (!this.documents.get(change.uri)) this.service().removeWorkspaceFile(change.uri);
          } else {
            await this.indexFromDisk(change.uri);
          }
        }
        this.validator.scheduleOthers();
      } catch (error) {
        this.log(`watched-file update failed: ${String(error)}`);
      }
    });
  }
}
