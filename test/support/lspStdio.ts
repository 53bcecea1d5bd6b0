// A minimal LSP client over stdio for the protocol and server robustness tests: Content-Length framing,
// requests with promises, and a record of every notification so tests can wait on conditions.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface Message {
  readonly jsonrpc: '2.0';
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export interface Notification {
  readonly method: string;
  readonly params: any;
}

export class StdioClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly notifications: Notification[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters = new Set<() => void>();
  exitCode: number | null | undefined;
  stderr = '';

  constructor(command: string, args: readonly string[]) {
    this.child = spawn(command, [...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 100_000) this.stderr += chunk.toString();
    });
    this.child.on('exit', (code) => {
      this.exitCode = code;
      for (const p of this.pending.values())
        p.reject(new Error(`server exited with ${String(code)}: ${this.stderr.slice(-1000)}`));
      this.pending.clear();
      this.wake();
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length:\s*(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1],
      );
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const message = JSON.parse(
        this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8'),
      ) as Message;
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error)
        p?.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      else p?.resolve(message.result);
    } else if (message.id !== undefined) {
      // Requests from the server (configuration, registrations): answer with defaults.
      const items = (message.params as { items?: unknown[] } | undefined)?.items;
      this.write({
        jsonrpc: '2.0',
        id: message.id,
        result: message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null,
      });
    } else if (message.method) {
      this.notifications.push({ method: message.method, params: message.params });
      this.wake();
    }
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  write(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first recorded notification (from `from` on) matching, or rejects after `timeoutMs`. */
  waitFor(
    predicate: (n: Notification) => boolean,
    what: string,
    timeoutMs = 30_000,
    from = 0,
  ): Promise<Notification> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.notifications.slice(from).find(predicate);
        if (found) {
          finish();
          resolve(found);
          return true;
        }
        if (this.exitCode !== undefined) {
          finish();
          reject(new Error(`server exited while waiting for ${what}: ${this.stderr.slice(-1000)}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = () => void check();
      this.waiters.add(waiter);
      check();
    });
  }

  async stop(): Promise<void> {
    if (this.exitCode !== undefined) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      this.child.kill('SIGKILL');
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
