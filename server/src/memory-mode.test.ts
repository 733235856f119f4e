// The low-memory mode is on exactly while a long text is checked, nested checks included, and
// is turned off again when a check throws. (What it saves is measured by
// scripts/bench/memory.mjs, not here.)

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LOW_MEMORY_FROM_CHARS, MemoryMode, memoryMode } from './memory-mode.js';

describe('MemoryMode', () => {
  it('leaves the flags alone for a text shorter than the threshold', () => {
    const set: string[] = [];
    const mode = new MemoryMode((f) => set.push(f), 100);
    assert.equal(mode.run(99, () => 'findings'), 'findings');
    assert.deepEqual(set, []);
  });

  it('turns the mode on for a long text and off after it', () => {
    const set: string[] = [];
    const mode = new MemoryMode((f) => set.push(f), 100);
    const result = mode.run(100, () => {
      assert.deepEqual(set, ['--optimize-for-size'], 'on during the check');
      return 42;
    });
    assert.equal(result, 42);
    assert.deepEqual(set, ['--optimize-for-size', '--no-optimize-for-size']);
  });

  it('stays on through nested long checks, and goes off after one that throws', () => {
    const set: string[] = [];
    const mode = new MemoryMode((f) => set.push(f), 100);
    mode.run(200, () => mode.run(300, () => undefined));
    assert.deepEqual(set, ['--optimize-for-size', '--no-optimize-for-size']);
    assert.throws(() =>
      mode.run(200, () => {
        throw new Error('time limit');
      }),
    );
    assert.deepEqual(set.slice(2), ['--optimize-for-size', '--no-optimize-for-size']);
  });

  it('the real one runs a long check and gives its result (V8 accepts the flags)', () => {
    assert.equal(memoryMode.run(LOW_MEMORY_FROM_CHARS, () => 'done'), 'done');
  });
});
