// Keeps the workspace index in step with the files on disk: a scan at start-up, then the
// watched-file events the client forwards. Open documents win over disk: their text is indexed
// from the editor. The scan parses in worker threads when the runtime offers them, otherwise
// in-process one file at a time, yielding between files; either way open files are checked on
// their own meanwhile, and the scan reports its progress (LSP work-done progress and the status
// notification).
import { FileChangeType, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SummaryResult } from '../../indexing/summarizeText';
import type { LanguageService } from '../../languageService';
import { matchesPathGlob } from '../../../../protocol/src/glob';
import type { DocumentStore } from '../documents';
import type { Runtime } from '../runtime';
import type { Logger } from '../safeRequest';
import type { Validator } from './validation';

/** Below this many files, starting worker threads costs more than it saves. */
const WORKER_THRESHOLD = 32;
/** Progress is reported at most this often (and when the scan ends). */
const PROGRESS_INTERVAL_MS = 100;

export class WorkspaceFiles {
  private folders: string[] = [];
  private connection: Connection | undefined;
  /** Bumped by every scan; an older scan that is still running stops early. */
  private generation = 0;

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
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    if (this.folders.length === 0) {
      if (this.validator.isIndexing) this.validator.indexingDone();
      return;
    }
    // The files the editor opened with are checked first: listing a large workspace and starting
    // the workers would otherwise hold their first diagnostics up.
    await this.validator.settled();
    if (!current()) return;
    const started = Date.now();
    const service = this.service();
    let uris: string[];
    try {
      uris = await this.runtime.findYamlFiles(this.folders, service.settings.exclude);
    } catch (error) {
      this.log(`listing the workspace's YAML files failed: ${String(error)}`);
      if (current()) this.validator.indexingDone();
      return;
    }
    if (!current()) return;
    this.validator.indexingStarted(uris.length);
    const progress = this.startProgress(uris.length);
    try {
      const found = new Set(uris);
      for (const uri of [...service.workspace.uris()])
        if (!found.has(uri) && !this.documents.get(uri)) service.removeWorkspaceFile(uri);
      // Open documents are indexed from the editor's text; files out of scope leave the index.
      const toRead: string[] = [];
      for (const uri of uris) {
        if (this.documents.get(uri)) progress.step();
        else if (!this.inScope(uri)) {
          service.removeWorkspaceFile(uri);
          progress.step();
        } else toRead.push(uri);
      }
      let rest = toRead;
      if (this.runtime.summarizeFiles && toRead.length >= WORKER_THRESHOLD) {
        rest = await this.runtime.summarizeFiles(toRead, service.settings.maxFileSize, (result) => {
          if (current()) this.applySummary(result);
          progress.step();
        });
      }
      for (const uri of rest) {
        if (!current()) return;
        await this.indexFromDisk(uri);
        progress.step();
        // Lets a pending check of an open document run between two files.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (current()) this.log(`indexed ${uris.length} YAML files in ${Date.now() - started} ms`);
    } finally {
      progress.done();
      if (current()) this.validator.indexingDone();
    }
  }

  /** A summary from the worker threads, unless the file was opened meanwhile (its text wins). */
  private applySummary(result: SummaryResult): void {
    if (this.documents.get(result.uri)) return;
    const service = this.service();
    if (result.summary) service.setWorkspaceSummary(result.summary);
    else service.removeWorkspaceFile(result.uri);
  }

  /**
   * Counts scanned files into the status notification and, when the client supports it, an
   * LSP work-done progress ("Indexing Istio resources 1,234/2,000"), throttled.
   */
  private startProgress(total: number): { step(): void; done(): void } {
    let done = 0;
    let lastReport = 0;
    let finished = false;
    let reporter: { report(percentage: number, message: string): void; done(): void } | undefined;
    // Not toLocaleString: its first call loads the locale data (~15 ms) while an open file waits.
    const format = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const message = () => `${format(done)}/${format(total)}`;
    void this.connection?.window
      .createWorkDoneProgress()
      .then((created) => {
        if (finished) return created.done();
        reporter = created;
        created.begin('Indexing Istio resources', 0, message());
      })
      .catch(() => undefined);
    return {
      step: () => {
        done++;
        const now = Date.now();
        if (now - lastReport < PROGRESS_INTERVAL_MS && done < total) return;
        lastReport = now;
        reporter?.report(total === 0 ? 100 : Math.floor((done * 100) / total), message());
        this.validator.indexingProgress(done);
      },
      done: () => {
        finished = true;
        reporter?.done();
      },
    };
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
    this.connection = connection;
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
