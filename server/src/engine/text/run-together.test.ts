import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newsTestDictionary } from '../testing/test-dictionary.js';
import { hasWordOneEditAway, ProbeBudget, readsAsCompound, sensibleSplit } from './run-together.js';

describe('run-together', () => {
  it('splits a lost space only in its one sensible reading', () => {
    const d = newsTestDictionary();
    assert.equal(sensibleSplit('inthe', d), 'in the');
    assert.equal(sensibleSplit('abot', d), undefined); // "about"
    assert.equal(sensibleSplit('into', d), undefined); // a word
    assert.equal(sensibleSplit('InThe', d), undefined); // not lower case
  });

  it('reads a closed compound of known words, unless a word is a keystroke away', () => {
    const d = newsTestDictionary();
    assert.equal(readsAsCompound('gameshow', d), true);
    assert.equal(readsAsCompound('reinsurers', d), true);
    assert.equal(readsAsCompound('everone', d), false); // "everyone"
    assert.equal(readsAsCompound('zzqxv', d), false);
  });

  it('gives the cautious answer when the budget is spent, and does not remember it', () => {
    const d = newsTestDictionary();
    const spent = new ProbeBudget(0);
    assert.equal(sensibleSplit('thelast', d, spent), undefined);
    assert.equal(readsAsCompound('gameshow', d, spent), false);
    assert.equal(hasWordOneEditAway('plna', d, spent), false);
    assert.equal(spent.refused, 3);
    assert.equal(sensibleSplit('thelast', d, new ProbeBudget()), 'the last');
    assert.equal(readsAsCompound('gameshow', d, new ProbeBudget()), true);
    assert.equal(hasWordOneEditAway('plna', d, new ProbeBudget()), true);
  });
});
