import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ShapeFilter } from './shape-filter.js';

describe('ShapeFilter', () => {
  const words = ['then', 'its', "it's", 'of', 'Mr', 'van'];
  const filter = new ShapeFilter(words);

  it('holds every word of its list, in any case of its ASCII letters, and parts of a text', () => {
    for (const w of words) {
      assert.ok(filter.mayHold(w));
      assert.ok(filter.mayHold(w.toUpperCase()));
      assert.ok(filter.mayHold(`x-${w}`, 2));
      assert.ok(filter.mayHold(`${w}'s`, 0, w.length));
    }
  });

  it('turns away most other words, and never one past ASCII at either end', () => {
    assert.equal(filter.mayHold('council'), false);
    assert.equal(filter.mayHold('these'), false);
    // Same first and last letters and length as "then": a maybe, settled by the look-up.
    assert.ok(filter.mayHold('than'));
    assert.equal(filter.mayHold(''), false);
    assert.ok(filter.mayHold('İts'));
    assert.ok(filter.mayHold('caf\u00e9'));
  });

  it('never says no to a word of the list, whatever the list (random lists)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 20 }), (list) => {
        const f = new ShapeFilter(list);
        for (const w of list) assert.ok(f.mayHold(w));
      }),
    );
  });
});
