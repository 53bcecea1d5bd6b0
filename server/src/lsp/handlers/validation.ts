// Publishes diagnostics: an edited document is re-checked after a short pause, then the other
// open documents (whose cross-file findings may have changed) a little later. While the
// workspace index is being built, only a file's own findings are published (a partial index
// would give false cross-file ones); every open file is checked in full once it is ready.
import type { Connection } from 'vscode-languageserver';
import { StatusNotification, type StatusParams } from '../../../../protocol/src/protocol';
import { sendNotification } from '../typedMessages';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import type { Logger } from '../safeRequest';

/**
 * The pause after an edit before re-checking is at most EDIT_DELAY_MS, and half of what the
 * document's last check took (at least MIN_EDIT_DELAY_MS, which gathers the changes that arrive
 * together; a document not checked yet, just opened, waits that minimum). The pause only saves
 * the checks of versions typed over (key repeat, changes sent in quick succession; keystrokes
 * typed by hand come further apart than any of these pauses), so waiting longer than a check
 * costs is waiting for nothing, and half of it keeps an edit's diagnostics within one and a
 * half checks. A large file's re-check reuses the findings of unchanged documents and takes
 * milliseconds (diagnose.ts), so its diagnostics follow an edit that fast.
 */
const EDIT_DELAY_MS = 30;
const MIN_EDIT_DELAY_MS = 4;
const OTHERS_DELAY_MS = 250;

export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** How long each open document's last check took, in milliseconds. */
  private readonly checkMs = new Map<string, number>();
  private othersTimer: ReturnType<typeof setTimeout> | undefined;
  private busy = 0;
  /** Set while a workspace scan runs. */
  private indexing: { done: number; total: number } | undefined;
  /**
   * Until the first scan completes, cross-file rules wait (a partial index would give false
   * findings). Later scans (settings, folders) start from a complete index, so checks stay full
   * and cross-file findings do not flicker away meanwhile.
   */
  private indexReady = true;

  constructor(
    private readonly connection: Connection,
    private readonly documents: DocumentStore,
    private readonly service: () => LanguageService,
    private readonly log: Logger,
  ) {}

  /** Re-checks one open document soon, then the others. */
  schedule(uri: string): void {
    const existing = this.pending.get(uri);
    if (existing) clearTimeout(existing);
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.validate(uri);
        this.scheduleOthers(uri);
      }, this.editDelay(uri)),
    );
  }

  private editDelay(uri: string): number {
    // A document opened (or never checked) waits only the minimum: nothing is typed over yet.
    const last = this.checkMs.get(uri) ?? 0;
    return Math.min(EDIT_DELAY_MS, Math.max(MIN_EDIT_DELAY_MS, last / 2));
  }

  /** Re-checks every open document except `except`, after the workspace changed. */
  scheduleOthers(except?: string): void {
    if (this.othersTimer) clearTimeout(this.othersTimer);
    this.othersTimer = setTimeout(() => {
      this.othersTimer = undefined;
      for (const document of this.documents.all()) if (document.uri !== except) this.validate(document.uri);
    }, OTHERS_DELAY_MS);
  }

  validateAll(): void {
    for (const document of this.documents.all()) this.validate(document.uri);
  }

  validate(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    this.setBusy(+1);
    try {
      const started = performance.now();
      const service = this.service();
      const file = this.documents.parsed(uri);
      if (!file) return;
      service.setWorkspaceFile(file);
      const version = document.version;
      const diagnostics = service.diagnose(file, () => this.documents.get(uri)?.version !== version, {
        scope: this.indexReady ? 'all' : 'local',
      });
      this.checkMs.set(uri, performance.now() - started);
      if (this.documents.get(uri)?.version !== version) return; // a newer edit will publish
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      this.log(
        `checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    } finally {
      this.setBusy(-1);
    }
  }

  clear(uri: string): void {
    const existing = this.pending.get(uri);
    if (existing) clearTimeout(existing);
    this.pending.delete(uri);
    this.checkMs.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * There are workspace folders, whose first scan is about to start (called at `initialize`,
   * when no notification may be sent yet): until it completes, checks are file-local.
   */
  expectIndex(): void {
    this.indexReady = false;
    this.indexing = { done: 0, total: 0 };
  }

  /** A workspace scan starts. */
  indexingStarted(total: number): void {
    this.indexing = { done: 0, total };
    this.notifyStatus();
  }

  indexingProgress(done: number): void {
    if (!this.indexing) return;
    this.indexing.done = done;
    this.notifyStatus();
  }

  /** The index is complete: says so, then checks every open document in full. */
  indexingDone(): void {
    this.indexing = undefined;
    this.indexReady = true;
    this.notifyStatus();
    this.validateAll();
  }

  get isIndexing(): boolean {
    return this.indexing !== undefined;
  }

  notifyStatus(): void {
    const indexedFiles = this.service().workspace.size;
    const params: StatusParams = this.indexing
      ? { state: 'indexing', indexedFiles, scannedFiles: this.indexing.done, totalFiles: this.indexing.total }
      : { state: this.busy > 0 ? 'checking' : 'idle', indexedFiles };
    sendNotification(this.connection, StatusNotification, params);
  }

  private setBusy(delta: number): void {
    const before = this.busy;
    this.busy += delta;
    // While indexing, the status reports the scan's progress instead.
    if (this.indexing) return;
    if ((before === 0) !== (this.busy === 0)) this.notifyStatus();
  }
}
