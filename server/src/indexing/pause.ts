// The index workers' pause: while the server's main thread serves the editor (a document just
// opened or edited, a request), the workspace scan's worker threads stop between two files, so
// on a machine with few cores the open file's check does not wait for CPU behind them. One
// 32-bit cell of shared memory: non-zero means "pause"; the workers wait on it with Atomics
// (indexWorker.ts), the main thread sets it while anything holds it. Pure (no Node imports):
// the LSP shell holds it around its work, whether or not worker threads exist.

/** The longest a worker waits before summarising one more file anyway, so the index always ends. */
export const MAX_PAUSE_MS = 1000;

export class IndexPause {
  /** Shared with the workers (workerData): cell 0 is the number of holds, 0 when running. */
  readonly buffer = new SharedArrayBuffer(4);
  private readonly cell = new Int32Array(this.buffer);
  private holds = 0;

  /** Pauses the workers until the returned function is called (once; later calls do nothing). */
  hold(): () => void {
    this.holds++;
    Atomics.store(this.cell, 0, this.holds);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      Atomics.store(this.cell, 0, this.holds);
      if (this.holds === 0) Atomics.notify(this.cell, 0);
    };
  }

  /** Runs `work` with the workers paused. */
  during<T>(work: () => T): T {
    const release = this.hold();
    try {
      return work();
    } finally {
      release();
    }
  }

  get paused(): boolean {
    return this.holds > 0;
  }
}

/**
 * In a worker: returns at once when the main thread holds no pause, otherwise blocks this
 * thread until it is released or `maxMs` has passed. Answers how long it waited (ms).
 */
export function waitWhilePaused(buffer: SharedArrayBuffer, maxMs = MAX_PAUSE_MS): number {
  const cell = new Int32Array(buffer);
  const started = Date.now();
  for (;;) {
    const holds = Atomics.load(cell, 0);
    if (holds === 0) return Date.now() - started;
    const left = maxMs - (Date.now() - started);
    if (left <= 0) return Date.now() - started;
    // Wakes on release (notify), or when the count changes under it (then looks again).
    Atomics.wait(cell, 0, holds, Math.min(left, 50));
  }
}

/** What each index worker is started with (workerData): the pause it checks between files. */
export interface WorkerSetup {
  readonly pause?: SharedArrayBuffer;
}

/** The server's one pause (the scan's workers read it; the LSP shell holds it). */
export const indexPause = new IndexPause();
