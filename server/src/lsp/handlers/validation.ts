// Publishes diagnostics: an edited document is re-checked after a short pause, then the other
// open documents (whose cross-file findings may have changed) a little later. A document just
// opened gets its own findings first (schema, weights, file-local rules: scope 'local'), then
// right after the full check with the cross-file ones, published again; edits publish the full
// check only, so cross-file findings never flicker away. While the workspace index is being
// built, only a file's own findings are published (a partial index would give false cross-file
// ones); every open file is checked in full once it is ready. From an open or edit until its
// check is published, the index workers pause (indexing/pause.ts).
import type { Connection } from 'vscode-languageserver';
import { StatusNotification, type StatusParams } from '../../../../protocol/src/protocol';
import { sendNotification } from '../typedMessages';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import type { Logger } from '../safeRequest';
import { indexPause } from '../../indexing/pause';

/**
 * The pause after an edit before re-checking is at most EDIT_DELAY_MS, and no longer than the
 * document's last check took (at least MIN_EDIT_DELAY_MS, which gathers the changes that arrive
 * together; a document not checked yet, just opened, waits that minimum). The pause only saves
 * the checks of versions typed over, so waiting longer than a check costs is waiting for nothing.
 * A large file's re-check reuses the findings of unchanged documents and takes milliseconds
 * (diagnose.ts), so its diagnostics follow an edit that fast.
 */
const EDIT_DELAY_MS = 30;
const MIN_EDIT_DELAY_MS = 4;
const OTHERS_DELAY_MS = 250;
/**
 * A follow-up full check (after a just-opened file's own findings) runs in slices this long,
 * so an open or edit arriving meanwhile waits at most one slice.
 */
const FOLLOW_UP_SLICE_MS = 25;
/**
 * Cross-file only to stay silent: these read the workspace just to skip routes an Argo Rollout or
 * Flagger steps. With a complete index they are part of a just-opened file's own findings
 * (weights); while the first scan runs they wait, since a Rollout not indexed yet would make
 * them false.
 */
export const WEIGHT_RULES: readonly string[] = ['weight-sum', 'missing-weight'];

export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Called once no check of an opened or edited document is pending (`settled`). */
  private settledWaiters: (() => void)[] = [];
  /** The pause of the index workers each scheduled check holds until it has run. */
  private readonly holds = new Map<string, () => void>();
  /** Open documents whose diagnostics were published since they were opened. */
  private readonly published = new Set<string>();
  /**
   * Open documents whose own findings are published and whose full check is still to come, with
   * the length of its next slice (doubled each time a slice ends before the check does, so
   * rules whose findings are not kept between slices cannot keep it from finishing).
   */
  private readonly fullPending = new Map<string, number>();
  private followUpTimer: ReturnType<typeof setImmediate> | undefined;
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
    /** The first slice of a follow-up full check (tests make it 0: every rule its own slice). */
    private readonly followUpSliceMs = FOLLOW_UP_SLICE_MS,
  ) {}

  /** Re-checks one open document soon, then the others. */
  schedule(uri: string): void {
    const existing = this.pending.get(uri);
    if (existing) clearTimeout(existing);
    // The index workers pause from now until this check is published.
    if (!this.holds.has(uri)) this.holds.set(uri, indexPause.hold());
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        const release = this.holds.get(uri);
        this.holds.delete(uri);
        try {
          this.validate(uri);
        } finally {
          release?.();
        }
        this.scheduleOthers(uri);
        this.runFollowUps();
        this.notifySettled();
      }, this.editDelay(uri)),
    );
  }

  /**
   * Resolves once every scheduled check of an opened or edited document has published, so the
   * workspace scan starts (lists files, starts its workers) after the files opened with the
   * editor are checked, not before them.
   */
  settled(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  private notifySettled(): void {
    if (this.pending.size > 0 || this.settledWaiters.length === 0) return;
    // On the next turn, so the diagnostics just published are written out first (the connection
    // writes on setImmediate, and a resolved promise would run before that).
    setImmediate(() => {
      if (this.pending.size > 0) return; // that check's timer calls this again
      const waiters = this.settledWaiters;
      this.settledWaiters = [];
      for (const resolve of waiters) resolve();
    });
  }

  private editDelay(uri: string): number {
    // A document opened (or never checked) waits only the minimum: nothing is typed over yet.
    const last = this.checkMs.get(uri) ?? 0;
    return Math.min(EDIT_DELAY_MS, Math.max(MIN_EDIT_DELAY_MS, last));
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

  /**
   * Checks a document and publishes its diagnostics: its own findings only when it was just
   * opened (its full check follows, `followUp`) or while the first scan runs; else in full.
   */
  validate(uri: string): void {
    this.check(uri);
  }

  /**
   * `sliceEnd` (a follow-up's full check): the check stops at that time, leaving the editor's
   * messages a turn, and answers false; run again, it resumes from the documents it checked
   * (their findings are kept, diagnose.ts). Otherwise it answers true: published, or nothing to.
   */
  private check(uri: string, sliceEnd?: number): boolean {
    const document = this.documents.get(uri);
    if (!document) return true;
    this.setBusy(+1);
    const release = indexPause.hold();
    try {
      const started = performance.now();
      const service = this.service();
      const file = this.documents.parsed(uri);
      if (!file) return true;
      service.setWorkspaceFile(file);
      const version = document.version;
      const stale = () => this.documents.get(uri)?.version !== version;
      let cut = false;
      const cancelled = () =>
        stale() || (sliceEnd !== undefined && performance.now() > sliceEnd && (cut = true));
      const local = !this.indexReady || !this.published.has(uri);
      const diagnostics = service.diagnose(
        file,
        cancelled,
        !local
          ? { scope: 'all' }
          : this.indexReady
            ? { scope: 'local', alsoRules: WEIGHT_RULES }
            : { scope: 'local' },
      );
      if (cut) return false;
      if (sliceEnd === undefined) this.checkMs.set(uri, performance.now() - started);
      if (stale()) return true; // a newer edit will publish
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
      this.published.add(uri);
      if (local && this.indexReady) this.followUp(uri);
      else if (!local) this.fullPending.delete(uri);
      return true;
    } catch (error) {
      this.log(
        `checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return true;
    } finally {
      release();
      this.setBusy(-1);
    }
  }

  /** The full check of a document whose own findings were just published comes next. */
  private followUp(uri: string): void {
    this.fullPending.set(uri, this.followUpSliceMs);
    this.runFollowUps();
  }

  /**
   * Runs the pending full checks in slices (from FOLLOW_UP_SLICE_MS), one per turn of the event loop
   * (the published findings are written out first), so a file opened or edited meanwhile is
   * checked without waiting for them: a pending open or edit goes first, and its timer resumes
   * the follow-ups once it has published.
   */
  private runFollowUps(): void {
    if (this.followUpTimer || this.fullPending.size === 0) return;
    this.followUpTimer = setImmediate(() => {
      this.followUpTimer = undefined;
      if (this.pending.size > 0) return;
      const [next] = this.fullPending;
      if (next === undefined) return;
      const [uri, slice] = next;
      if (this.check(uri, performance.now() + slice)) this.fullPending.delete(uri);
      else this.fullPending.set(uri, Math.max(1, slice * 2));
      this.runFollowUps();
    });
  }

  clear(uri: string): void {
    const existing = this.pending.get(uri);
    if (existing) clearTimeout(existing);
    this.pending.delete(uri);
    this.holds.get(uri)?.();
    this.holds.delete(uri);
    this.published.delete(uri);
    this.fullPending.delete(uri);
    this.checkMs.delete(uri);
    this.notifySettled();
    this.runFollowUps(); // they may have been waiting for this document's pending check
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
