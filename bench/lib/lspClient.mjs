// A small LSP client over stdio for the benchmark: JSON-RPC framing (Content-Length headers),
// requests with promises, notification listeners, and answers to the few server-to-client
// requests language servers make (workspace/configuration, capability registration, progress).
// It depends on nothing but Node, so it measures the servers and not a client library.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export class LspClient {
  /**
   * @param {string} name shown in errors
   * @param {string[]} argv command and arguments (argv[0] is the executable)
   * @param {{ configuration?: (item: {section?: string, scopeUri?: string}) => unknown, cwd?: string, env?: NodeJS.ProcessEnv }} options
   */
  constructor(name, argv, options = {}) {
    this.name = name;
    this.configuration = options.configuration ?? (() => null);
    this.nextId = 1;
    /** Answer to workspace/workspaceFolders (null when unset, as for a single-file session). @type {{ uri: string, name: string }[] | undefined} */
    this.workspaceFolders = undefined;
    /** @type {Map<number, {resolve: (v: unknown) => void, reject: (e: Error) => void, method: string}>} */
    this.pending = new Map();
    /** @type {Map<string, Set<(params: any) => void>>} */
    this.listeners = new Map();
    this.stderr = '';
    this.logMessages = [];
    this.exited = false;
    this.child = spawn(argv[0], argv.slice(1), {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.pid = this.child.pid;
    this.buffer = Buffer.alloc(0);
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stderr.on('data', (chunk) => {
      if (this.stderr.length < 200_000) this.stderr += chunk.toString();
    });
    this.child.on('exit', (code, signal) => {
      this.exited = true;
      const error = new Error(
        `${this.name} exited (code ${code}, signal ${signal})\n${this.stderr.slice(-2000)}`,
      );
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    });
    this.on('window/logMessage', (params) => {
      if (this.logMessages.length < 5000) this.logMessages.push(params.message);
    });
  }

  onData(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) throw new Error(`${this.name}: bad header ${header}`);
      const length = Number(match[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
      this.buffer = this.buffer.subarray(bodyStart + length);
      this.dispatch(JSON.parse(body));
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error)
        pending.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      else pending.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // A request from the server.
      let result = null;
      if (message.method === 'workspace/configuration') {
        result = (message.params?.items ?? []).map((item) => this.configuration(item));
      } else if (message.method === 'workspace/workspaceFolders') {
        result = this.workspaceFolders ?? null;
      }
      this.write({ jsonrpc: '2.0', id: message.id, result });
      return;
    }
    const set = this.listeners.get(message.method);
    if (set) for (const listener of [...set]) listener(message.params);
  }

  write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** @returns {Promise<any>} */
  request(method, params, timeoutMs = 120_000) {
    if (this.exited) return Promise.reject(new Error(`${this.name} has exited`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** Sends a request and returns its wall time in milliseconds with the result. */
  async timedRequest(method, params) {
    const started = performance.now();
    const result = await this.request(method, params);
    return { ms: performance.now() - started, result };
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  on(method, listener) {
    let set = this.listeners.get(method);
    if (!set) this.listeners.set(method, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Resolves with the first notification `method` whose params satisfy `predicate`, registered
   * before the action that causes it is sent (call it first, then act, then await).
   * @param {string} method
   * @param {(params: any) => boolean} [predicate]
   * @param {number} [timeoutMs]
   */
  waitFor(method, predicate = () => true, timeoutMs = 300_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`${this.name}: no ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      const off = this.on(method, (params) => {
        if (!predicate(params)) return;
        clearTimeout(timer);
        off();
        resolve({ params, at: performance.now() });
      });
    });
  }

  /** Peak resident set (VmHWM) of the server process in bytes, from /proc. */
  peakRss() {
    return readProcStatus(this.pid, 'VmHWM');
  }

  /** CPU time (user + system, all threads) the server process has used, in ms. */
  cpuMs() {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return NaN;
    }
  }

  currentRss() {
    return readProcStatus(this.pid, 'VmRSS');
  }

  async initialize(params) {
    const result = await this.request('initialize', params);
    this.notify('initialized', {});
    return result;
  }

  async shutdown() {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, 10_000);
      this.notify('exit', null);
    } catch {
      // A server that does not answer is killed below.
    }
    await new Promise((resolve) => {
      if (this.exited) return resolve(undefined);
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve(undefined);
      }, 5000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
}

export function readProcStatus(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Offset -> LSP position (UTF-16 columns), for a text with \n line ends. */
export function positionAt(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - lineStarts[low] };
}

export function lineStartsOf(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
