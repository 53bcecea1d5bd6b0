// The refresh debouncer, driven by node:test's mock timers (no real waiting).

import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { debounce } from '../../../client/src/preview/debounce';

void describe('debounce', () => {
  void it('runs once, delay after the last trigger', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let calls = 0;
      const d = debounce(() => calls++, 250);
      d.trigger();
      mock.timers.tick(200);
      d.trigger();
      mock.timers.tick(200);
      assert.equal(calls, 0);
      assert.equal(d.pending, true);
      mock.timers.tick(50);
      assert.equal(calls, 1);
      assert.equal(d.pending, false);
      mock.timers.tick(1000);
      assert.equal(calls, 1);
    } finally {
      mock.timers.reset();
    }
  });

  void it('flushes a pending call now, and cancel drops it', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let calls = 0;
      const d = debounce(() => calls++, 250);
      d.flush();
      assert.equal(calls, 0, 'nothing pending, nothing to flush');
      d.trigger();
      d.flush();
      assert.equal(calls, 1);
      mock.timers.tick(500);
      assert.equal(calls, 1, 'the flushed call does not run again');
      d.trigger();
      d.cancel();
      mock.timers.tick(500);
      assert.equal(calls, 1);
    } finally {
      mock.timers.reset();
    }
  });
});
