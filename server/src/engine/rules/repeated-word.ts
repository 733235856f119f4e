// repeated-word: the same word twice in a row ("the the"), separated only by spaces or a
// single line break. Pairs that English allows ("had had", "that that") and repeated names
// ("Duran Duran") are left alone.

import type { Rule } from '../types.js';

/** Doubles that are grammatical or idiomatic. */
const ALLOWED = new Set([
  'had', 'that', 'do', 'is', 'bye', 'no', 'so', 'very', 'really', 'many', 'long', 'far', 'ha', 'knock',
  'tut', 'yada', 'chop', 'dum', 'la', 'pooh', 'ta', 'now', 'there',
]);

export const repeatedWord: Rule = {
  meta: {
    id: 'repeated-word',
    family: 'typos',
    description: 'The same word twice in a row ("the the").',
    explanation:
      'A word repeated by accident, often across a line break or after an edit. The fix deletes the ' +
      'repeat. Doubles that English allows, such as "had had" and "that that", are not reported.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      repeated: '"{word}" is repeated.',
    },
  },
  check({ doc, report }) {
    // The word table, not doc.words: no Word object per word of a long story.
    const words = doc.wordTable;
    const source = words.source;
    const starts = words.starts;
    // First letters are read from the prose, which the loop walks in order, rather than from
    // each word's own string: nearly every pair differs there, and its strings are never read.
    let first = words.length > 0 ? source.charCodeAt(starts[0]) : 0;
    for (let i = 1; i < words.length; i++) {
      const previousFirst = first;
      first = source.charCodeAt(starts[i]);
      if (!sameFirstLetter(previousFirst, first)) continue;
      const previous = words.text(i - 1);
      const text = words.text(i);
      if (!sameIgnoringCase(previous, text)) continue;
      const a = words.word(i - 1);
      const b = words.word(i);
      if (/\p{N}/u.test(a.text) || ALLOWED.has(a.text.toLowerCase())) continue;
      // The original text, not the prose: a blanked URL between them is not white space.
      const gap = doc.text.slice(a.end, b.start);
      // Only white space between them, and at most one line break (not a new paragraph).
      if (!/^[^\S\r\n]*(?:\r\n|\r|\n)?[^\S\r\n]*$/.test(gap) || gap.length === 0) continue;
      // Both capitalised: a name ("Duran Duran", "Sirhan Sirhan"); a typo rarely capitalises the repeat.
      if (/^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text)) continue;
      report({
        messageId: 'repeated',
        data: { word: b.text },
        start: a.start,
        end: b.end,
        fix: { title: `Delete the repeated "${b.text}"`, edits: [{ start: a.end, end: b.end, newText: '' }] },
      });
    }
  },
};

/**
 * False only when two words cannot be equal ignoring case, given their first UTF-16 units:
 * both are ASCII and differ in more than case. Non-ASCII starts are left to
 * sameIgnoringCase ("İ" lower-cases to "i̇", the Kelvin sign to "k").
 */
function sameFirstLetter(x: number, y: number): boolean {
  // Words start with a letter or digit; `| 0x20` lower-cases an ASCII letter and keeps a digit.
  return x >= 128 || y >= 128 || (x | 0x20) === (y | 0x20);
}

/**
 * a.toLowerCase() === b.toLowerCase(), without the two new strings for ASCII words: compared
 * unit by unit, lower-casing A–Z. Anything past ASCII goes to toLowerCase, which may change a
 * word's length ("İ").
 */
function sameIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return (!isAscii(a) || !isAscii(b)) && a.toLowerCase() === b.toLowerCase();
  for (let k = 0; k < a.length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    if (x !== y && asciiLower(x) !== asciiLower(y)) return false;
  }
  return true;
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}
