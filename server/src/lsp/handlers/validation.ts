// Publishes diagnostics: an edited document is re-checked after a short pause, then the other
// open documents (whose cross-file findings may have changed) a little later.
import type { Connection } from 'vscode-languageserver';
import { StatusNotification, type StatusParams } from '../../../../protocol/src/protocol';
import { sendNotification } from '../typedMessages';
import type { LanguageService } from '../../languageService';
import type { DocumentStore } from '../documents';
import type { Logger } from '../safeRequest';

const EDIT_DELAY_MS = 30;
const OTHERS_DELAY_MS = 250;

export class Validator {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private othersTimer: ReturnType<typeof setTimeout> | undefined;
  private busy = 0;

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
      }, EDIT_DELAY_MS),
    );
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
      const service = this.service();
      const file = this.documents.parsed(uri);
      if (!file) return;
      service.setWorkspaceFile(file);
      const version = document.version;
      const diagnostics = service.diagnose(file, () => this.documents.get(uri)?.version !== version);
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
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  notifyStatus(state: StatusParams['state']): void {
    const params: StatusParams = { state, indexedFiles: this.service().workspace.size };
    sendNotification(this.connection, StatusNotification, params);
  }

  private setBusy(delta: number): void {
    const before = this.busy;
    this.busy += delta;
    if (before === 0 && this.busy > 0) this.notifyStatus('checking');
    else if (before > 0 && this.busy === 0) this.notifyStatus('idle');
  }
}
