// The word scanner must find exactly the words of the pattern it replaces, on every text:
// here, random mixtures of the characters where the two could part ways (joiners, marks,
// digits, letters beyond ASCII, surrogate pairs and lone surrogates).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanWords } from './word-scanner.js';

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
