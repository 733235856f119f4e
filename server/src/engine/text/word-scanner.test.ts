// The word scanner must find exactly the words of the pattern it replaces, on every text:
// here, random mixtures of the characters where the two could part ways (joiners, marks,
// digits, letters beyond ASCII, surrogate pairs and lone surrogates).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanWords, scanWordTable } from './word-scanner.js';

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu;

function byRegex(text: string) {
  return [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

describe('scanWords', () => {
  it('splits ordinary prose into words with their offsets', () => {
    assert.deepEqual(
      scanWords("Rock-'n'-roll isn't dead, Mr O’Neil said: 2,000 cafés.").map((w) => w.text),
      ['Rock', 'n', 'roll', "isn't", 'dead', 'Mr', 'O’Neil', 'said', '2', '000', 'cafés'],
    );
    assert.deepEqual(scanWords('  ab  '), [{ start: 2, end: 4, text: 'ab' }]);
    assert.deepEqual(scanWords(''), []);
  });

  it('handles marks, letters outside the BMP and lone surrogates as the pattern does', () => {
    const cases = ['e\u0301te \u0301x', '𝐀𝐁c d𝐀', '\ud835 a\udc00b \ud835\ud835x', "it'\u0301s -a a- a--b", '日本語 Ωmega ٣٤'];
    for (const text of cases) assert.deepEqual(scanWords(text), byRegex(text), JSON.stringify(text));
  });

  it('finds the same words as the pattern on random text', () => {
    const pieces = fc.constantFrom(
      'a', 'Z', '7', ' ', '\n', "'", '’', '‐', '-', '.', ',', '"', '“', 'é', 'ß', 'Ω', '٣', '日',
      '\u0301', '\u0903', '\u00a0', '𝐀', '😀', '\ud835', '\udc00', '\u2019\u2019', '_', '&', '\t',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(scanWords(text), byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scanWordTable', () => {
  const table = (text: string) => {
    const t = scanWordTable(text);
    return Array.from({ length: t.length }, (_, i) => ({ start: t.starts[i], end: t.end(i), text: t.text(i) }));
  };

  it('holds the words of the pattern, offsets and texts, on random text', () => {
    const pieces = fc.constantFrom('a', 'Zq', '7', ' ', '\n', "'", '-', 'é', '\u0301', '𝐀', '\ud835', '.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(table(text), byRegex(text));
        assert.deepEqual(scanWordTable(text).toWords(), byRegex(text));
      }),
      { numRuns: 500 },
    );
  });

  it('past the doubling of its arrays and the sharing of texts, still every word (a long text)', () => {
    // 600,000 characters: above the length where equal words share one string.
    const text = 'The council met, and the council agreed: 2,000 votes. '.repeat(11_000);
    assert.deepEqual(table(text), byRegex(text));
  });

  it('finds words by offset and builds objects for a range', () => {
    const t = scanWordTable('  one two  three four');
    assert.equal(t.firstFrom(0), 0);
    assert.equal(t.firstFrom(3), 1);
    assert.equal(t.firstFrom(100), 4);
    assert.deepEqual(t.toWords(1, 3), [{ start: 6, end: 9, text: 'two' }, { start: 11, end: 16, text: 'three' }]);
    assert.deepEqual(t.word(3), { start: 17, end: 21, text: 'four' });
  });

  it('gives each word an id below vocabularySize, equal ids only for equal texts, and shared ids in a long text', () => {
    for (const text of ['the cat and the hat', 'The council met, and the council agreed. '.repeat(15_000)]) {
      const t = scanWordTable(text);
      const byId = new Map<number, string>();
      for (let i = 0; i < t.length; i++) {
        assert.ok(t.id(i) >= 0 && t.id(i) < t.vocabularySize);
        const known = byId.get(t.id(i));
        if (known !== undefined) assert.equal(known, t.text(i));
        byId.set(t.id(i), t.text(i));
      }
      // A long text: one id per distinct word (the, council, met, and, agreed, The).
      if (text.length > 500_000) assert.equal(t.vocabularySize, 6);
    }
  });

  it('short texts share the process\'s vocabulary (equal words, equal ids, across tables); a long text has its own', () => {
    const a = scanWordTable('the council met');
    const b = scanWordTable('and the council agreed');
    assert.equal(a.vocabulary, b.vocabulary);
    assert.equal(a.id(0), b.id(1), '"the"');
    assert.equal(a.id(1), b.id(2), '"council"');
    assert.notEqual(a.id(2), b.id(3));
    const long = scanWordTable('The council met, and the council agreed. '.repeat(15_000));
    assert.notEqual(long.vocabulary, a.vocabulary);
    assert.equal(long.vocabularySize, 6);
  });

  it('starts a fresh process vocabulary once the old one is full, and the old tables still read', () => {
    // 45,000 distinct words in one short text (under 500,000 characters): past the limit.
    const many = (tag: string) => Array.from({ length: 45_000 }, (_, i) => `${tag}${i.toString(36)}`).join(' ');
    scanWordTable(many('v')); // whatever the vocabulary held, it is full now
    const before = scanWordTable('the council met'); // so this one starts a fresh one
    assert.equal(before.vocabularySize, 3);
    const full = scanWordTable(many('w'));
    assert.equal(full.vocabulary, before.vocabulary, 'a scan never changes vocabulary midway');
    const after = scanWordTable('the council met');
    assert.notEqual(after.vocabulary, before.vocabulary);
    assert.deepEqual([0, 1, 2].map((i) => before.text(i)), ['the', 'council', 'met']);
    assert.deepEqual([0, 1, 2].map((i) => after.text(i)), ['the', 'council', 'met']);
    assert.equal(full.text(44_999), `w${(44_999).toString(36)}`);
  });

  it('keeps a byte per text id for each owner, across tables of the vocabulary, through its growth', () => {
    const owner = {};
    const other = {};
    const a = scanWordTable('alpha beta');
    const bytes = a.vocabulary.bytes(owner, a.vocabularySize);
    bytes[a.id(1)] = 7;
    assert.equal(a.vocabulary.bytes(other, a.vocabularySize)[a.id(1)], 0, 'another owner has its own');
    const b = scanWordTable(Array.from({ length: 3_000 }, (_, i) => `beta g${i}`).join(' '));
    const again = b.vocabulary.bytes(owner, b.vocabularySize);
    assert.ok(again.length >= b.vocabularySize);
    if (b.vocabulary === a.vocabulary) assert.equal(again[b.id(0)], 7, '"beta" keeps its byte after the array grew');
  });
});
