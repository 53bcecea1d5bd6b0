// What the command families need from the language client, and a connection that stands in for
// it until the client is loaded. Loading vscode-languageclient costs about 90 ms here, so the
// extension activates without it and loads it right afterwards; requests made in between wait
// for it, and notification handlers are attached as soon as it exists.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NotificationDefinition, RequestDefinition } from '../../protocol/src/messages';

/** Custom messages go through their typed definitions (protocol/src/protocol.ts), never a string. */
export interface ServerConnection {
  sendRequest<P, R>(type: RequestDefinition<P, R>, params: P, token?: vscode.CancellationToken): Promise<R>;
  sendNotification<P>(type: NotificationDefinition<P>, params: P): Promise<void>;
  onNotification<P>(type: NotificationDefinition<P>, handler: (params: P) => void): vscode.Disposable;
  readonly code2ProtocolConverter: { asUri(uri: vscode.Uri): string };
  readonly protocol2CodeConverter: { asUri(uri: string): vscode.Uri };
}

export class DeferredConnection implements ServerConnection {
  private client: LanguageClient | undefined;
  private readonly started: Promise<LanguageClient>;
  private resolveStarted!: (client: LanguageClient) => void;
  private rejectStarted!: (error: unknown) => void;
  private readonly pending: {
    method: string;
    // Stored erased: each handler is only ever called with its own method's parameters.
    handler: (params: unknown) => void;
    attached?: vscode.Disposable;
    disposed: boolean;
  }[] = [];

  // LSP URIs are VS Code URIs as strings, both ways (what the client's own converters do).
  readonly code2ProtocolConverter = { asUri: (uri: vscode.Uri): string => uri.toString() };
  readonly protocol2CodeConverter = { asUri: (uri: string): vscode.Uri => vscode.Uri.parse(uri) };

  constructor() {
    this.started = new Promise<LanguageClient>((resolve, reject) => {
      this.resolveStarted = resolve;
      this.rejectStarted = reject;
    });
    // A failed start is reported by the extension; this only keeps the rejection handled.
    this.started.catch(() => undefined);
  }

  /** Called once the real client exists (handlers attach now) and again when it has started. */
  attach(client: LanguageClient): void {
    this.client = client;
    for (const p of this.pending)
      if (!p.disposed && !p.attached) p.attached = client.onNotification(p.method, p.handler);
  }

  markStarted(): void {
    if (this.client) this.resolveStarted(this.client);
  }

  markFailed(error: unknown): void {
    this.rejectStarted(error);
  }

  /** The started client, for the extension's own use (configuration changes, stop). */
  whenStarted(): Promise<LanguageClient> {
    return this.started;
  }

  async sendRequest<P, R>(
    type: RequestDefinition<P, R>,
    params: P,
    token?: vscode.CancellationToken,
  ): Promise<R> {
    const client = await this.started;
    // An undefined token would travel as a second, null parameter: the server's handler then got
    // null where its cancellation token belongs (so a cancelled read was never stopped there).
    return token
      ? client.sendRequest<R>(type.method, params, token)
      : client.sendRequest<R>(type.method, params);
  }

  async sendNotification<P>(type: NotificationDefinition<P>, params: P): Promise<void> {
    const client = await this.started;
    await client.sendNotification(type.method, params);
  }

  onNotification<P>(type: NotificationDefinition<P>, handler: (params: P) => void): vscode.Disposable {
    const method = type.method;
    const entry: (typeof this.pending)[number] = {
      method,
      handler: handler as (params: unknown) => void,
      disposed: false,
    };
    if (this.client) entry.attached = this.client.onNotification(method, handler);
    else this.pending.push(entry);
    return new vscode.Disposable(() => {
      entry.disposed = true;
      entry.attached?.dispose();
    });
  }
}
