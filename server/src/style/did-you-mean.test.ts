// "Did you mean": one edit (a transposition is one), two for long words, case-only
// differences, and a unique prefix; nothing when no candidate is close.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, didYouMean, editDistance } from './did-you-mean.js';

describe('editDistance', () => {
  const table: Array<[string, string, number]> = [
    ['', '', 0],
    ['', 'abc', 3],
    ['entities', 'entities', 0],
    ['entites', 'entities', 1], // deletion
    ['entitties', 'entities', 1], // insertion
    ['entitiez', 'entities', 1], // substitution
    ['etnities', 'entities', 1], // transposition
    ['wrods', 'words', 1],
    ['ca', 'abc', 3], // OSA: no edit of a transposed pair
    ['kitten', 'sitting', 3],
  ];
  for (const [a, b, d] of table) {
    it(`${JSON.stringify(a)} → ${JSON.stringify(b)} is ${d}`, () => {
      assert.equal(editDistance(a, b), d);
      assert.equal(editDistance(b, a), d);
    });
  }
  it('stops early past the bound and says so with max + 1', () => {
    assert.equal(editDistance('abcdefgh', 'zzzzzzzz', 2), 3);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
  });
});

describe('closest', () => {
  const keys = ['root', 'extends', 'locale', 'rules', 'entities', 'terms', 'acronyms', 'words', 'overrides'];
  it('offers the key one edit away', () => {
    assert.deepEqual(closest('entites', keys), ['entities']);
    assert.deepEqual(closest('wrods', keys), ['words']);
    assert.deepEqual(closest('rule', keys), ['rules']);
    assert.deepEqual(closest('acronym', keys), ['acronyms']);
  });
  it('allows two edits for long words only', () => {
    assert.deepEqual(closest('overides', keys), ['overrides']);
    assert.deepEqual(closest('extnds', keys), ['extends']);
    assert.deepEqual(closest('acrnms', keys), []); // 6 letters, two edits: too far
    assert.deepEqual(closest('quote-atribtion', ['quote-attribution']), ['quote-attribution']);
  });
  it('treats a case-only difference as the best match', () => {
    assert.deepEqual(closest('en-gb', ['en-GB', 'en-US']), ['en-GB']);
    assert.deepEqual(closest('Words', keys), ['words']);
  });
  it('offers the only candidate that starts with the input', () => {
    assert.deepEqual(closest('warn', ['off', 'hint', 'information', 'warning', 'error']), ['warning']);
    assert.deepEqual(closest('info', ['off', 'hint', 'information', 'warning', 'error']), ['information']);
    assert.deepEqual(closest('en', ['en-GB', 'en-US']), []); // too short, and two start with it
  });
  it('offers nothing for an exact match or a far word', () => {
    assert.deepEqual(closest('words', keys), []);
    assert.deepEqual(closest('colour', keys), []);
  });
  it('names two candidates at the same distance', () => {
    assert.equal(didYouMean('tems', ['terms', 'teams']), ' (did you mean "terms" or "teams"?)');
    assert.equal(didYouMean('zzz', ['terms']), '');
  });
});
