// Keeps the workspace index in step with the files on disk: a scan at start-up, then the
// watched-file events the client forwards. Open documents win over disk: their text is indexed
// from the editor.
import { FileChangeType, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../../languageService';
import { matchesPathGlob } from '../../../../protocol/src/glob';
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
    const found = new Set(uris);
    for (const uri of [...service.workspace.uris()])
      if (!found.has(uri) && !this.documents.get(uri)) service.removeWorkspaceFile(uri);
    await Promise.all(uris.map((uri) => this.indexFromDisk(uri)));
    this.log(`indexed ${uris.length} YAML files in ${Date.now() - started} ms`);
    this.validator.notifyStatus('idle');
    this.validator.validateAll();
  }

  /**
   * Whether the scan would index `uri`: a *.yaml / *.yml below a workspace folder, not inside
   * node_modules or .git, not matching `istioCanary.exclude` (relative to its folder).
   */
  inScope(uri: string): boolean {
    if (!/\.ya?ml$/i.test(uri)) return false;
    for (const folder of this.folders) {
      const base = folder.endsWith('/') ? folder : `${folder}/`;
      if (!uri.startsWith(base)) continue;
      let relative: string;
      try {
        relative = decodeURIComponent(uri.slice(base.length));
      } catch {
        relative = uri.slice(base.length);
      }
      const segments = relative.split('/');
      if (segments.some((s) => s === 'node_modules' || s === '.git')) return false;
      const exclude = this.service().settings.exclude;
      return exclude.length === 0 || !matchesPathGlob(relative, exclude);
    }
    return false;
  }

  async indexFromDisk(uri: string): Promise<void> {
    if (this.documents.get(uri)) return; // the editor's text is indexed by the validator
    const service = this.service();
    // A closed document outside the workspace folders (or excluded) leaves the index with it.
    if (!this.inScope(uri)) {
      service.removeWorkspaceFile(uri);
      return;
    }
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

  /**
   * Forgets a deleted file, or every file below a deleted (or renamed-away) folder: watchers
   * report a removed folder once, not each file in it. Open documents stay: their text wins.
   */
  removeFromDisk(uri: string): void {
    const service = this.service();
    const prefix = uri.endsWith('/') ? uri : `${uri}/`;
    for (const indexed of [...service.workspace.uris()]) {
      if ((indexed === uri || indexed.startsWith(prefix)) && !this.documents.get(indexed))
        service.removeWorkspaceFile(indexed);
    }
  }

  register(connection: Connection): void {
    connection.onDidChangeWatchedFiles(async ({ changes }) => {
      try {
        for (const change of changes) {
          if (change.type === FileChangeType.Deleted) {
            this.removeFromDisk(change.uri);
          } else if (/\.ya?ml$/i.test(change.uri)) {
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
