// A trailing-edge debouncer for "the document changed, refresh the split". Timers are injected
// so tests can drive time without sleeping.

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debounced {
  /** Schedules a call `delayMs` after the last trigger; earlier pending calls are dropped. */
  trigger(): void;
  /** Runs a pending call now, if there is one. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(callback: () => void, delayMs: number, timers: Timers = realTimers): Debounced {
  let handle: unknown;
  let scheduled = false;
  const cancel = () => {
    if (scheduled) timers.clearTimeout(handle);
    scheduled = false;
  };
  return {
    trigger() {
      cancel();
      scheduled = true;
      handle = timers.setTimeout(() => {
        scheduled = false;
        callback();
      }, delayMs);
    },
    flush() {
      if (!scheduled) return;
      cancel();
      callback();
    },
    cancel,
    get pending() {
      return scheduled;
    },
  };
}
