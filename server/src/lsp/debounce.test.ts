// The debouncer runs only the last of a burst of schedules for a key, for a timed delay and
// for a delay of 0 (an immediate), and never after a cancel.

import assert from 'node:assert/strict';
import { setTimeout as wait } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { Debouncer } from './debounce.js';

describe('Debouncer', () => {
  for (const delayMs of [0, 5]) {
    it(`runs the last of a burst once (delay ${delayMs} ms), per key`, async () => {
      const d = new Debouncer();
      const runs: string[] = [];
      for (let i = 0; i < 5; i++) d.schedule('a', delayMs, () => runs.push(`a${i}`));
      d.schedule('b', delayMs, () => runs.push('b'));
      assert.deepEqual(runs, [], 'nothing runs synchronously');
      await wait(delayMs + 20);
      assert.deepEqual(runs.sort(), ['a4', 'b']);
    });

    it(`runs nothing after cancel or cancelAll (delay ${delayMs} ms)`, async () => {
      const d = new Debouncer();
      const runs: string[] = [];
      d.schedule('a', delayMs, () => runs.push('a'));
      d.schedule('b', delayMs, () => runs.push('b'));
      d.schedule('c', delayMs, () => runs.push('c'));
      d.cancel('a');
      d.cancelAll();
      await wait(delayMs + 20);
      assert.deepEqual(runs, []);
    });
  }

  it('replaces a timed run with an immediate one and the other way round', async () => {
    const d = new Debouncer();
    const runs: string[] = [];
    d.schedule('a', 5, () => runs.push('timed'));
    d.schedule('a', 0, () => runs.push('immediate'));
    await wait(25);
    d.schedule('b', 0, () => runs.push('immediate b'));
    d.schedule('b', 5, () => runs.push('timed b'));
    await wait(25);
    assert.deepEqual(runs, ['immediate', 'timed b']);
  });
});
