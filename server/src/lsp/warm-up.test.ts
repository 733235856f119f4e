// IdleWarmUp re-checks a job's text a bounded number of times, one re-check per turn of the
// event loop (so work that arrives meanwhile runs between them), stops at cancel() and for good
// once the worker has checked enough text.

import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { IdleWarmUp } from './warm-up.js';

/** Waits until the event loop has had `turns` turns. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextTurn();
}

describe('IdleWarmUp', () => {
  it('re-checks the last text up to rechecksPerJob times, none synchronously', async () => {
    const warm = new IdleWarmUp({ rechecksPerJob: 3, warmAfterChars: 1e9 });
    let rechecks = 0;
    warm.afterJob(100, () => rechecks++);
    assert.equal(rechecks, 0);
    await turns(10);
    assert.equal(rechecks, 3);
  });

  it('runs one re-check per turn, so other work runs between them', async () => {
    const warm = new IdleWarmUp({ rechecksPerJob: 5, warmAfterChars: 1e9 });
    const order: string[] = [];
    warm.afterJob(100, () => order.push('recheck'));
    await nextTurn();
    order.push('job');
    await turns(10);
    assert.ok(order.indexOf('job') > 0 && order.indexOf('job') < 5, order.join(' '));
    assert.equal(order.filter((o) => o === 'recheck').length, 5);
  });

  it('stops at cancel(), and a new job starts its own re-checks', async () => {
    const warm = new IdleWarmUp({ rechecksPerJob: 100, warmAfterChars: 1e9 });
    const seen: string[] = [];
    warm.afterJob(10, () => seen.push('a'));
    await turns(2);
    warm.cancel();
    const before = seen.length;
    await turns(5);
    assert.equal(seen.length, before, 'no re-check after cancel');
    warm.afterJob(10, () => seen.push('b'));
    await turns(3);
    assert.ok(seen.slice(before).every((s) => s === 'b') && seen.length > before);
  });

  it('stops for good once jobs and re-checks have covered warmAfterChars', async () => {
    const warm = new IdleWarmUp({ rechecksPerJob: 100, warmAfterChars: 500 });
    let rechecks = 0;
    warm.afterJob(100, () => rechecks++);
    await turns(20);
    assert.equal(rechecks, 4, 'the job (100) and four re-checks reach 500 characters');
    assert.ok(warm.warm);
    warm.afterJob(100, () => rechecks++);
    await turns(5);
    assert.equal(rechecks, 4, 'a warm worker re-checks nothing');
  });

  it('re-checks no text longer than maxRecheckChars, but counts it', async () => {
    const warm = new IdleWarmUp({ rechecksPerJob: 10, warmAfterChars: 1000, maxRecheckChars: 200 });
    let rechecks = 0;
    warm.afterJob(300, () => rechecks++);
    await turns(5);
    assert.equal(rechecks, 0);
    warm.afterJob(700, () => rechecks++);
    assert.ok(warm.warm);
  });

  it('ends the re-checks when one throws', async () => {
    const warm = new IdleWarmUp({ rechecksPerJob: 10, warmAfterChars: 1e9 });
    let calls = 0;
    warm.afterJob(10, () => {
      calls++;
      throw new Error('rule failed');
    });
    await turns(10);
    assert.equal(calls, 1);
  });
});
