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
    for (let i = 1; i < words.length; i++) {
      const previous = words.text(i - 1);
      const text = words.text(i);
      if (!sameFirstLetter(previous, text) || previous.toLowerCase() !== text.toLowerCase()) continue;
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
 * False only when the two words cannot be equal ignoring case: both start with an ASCII
 * character and those differ in more than case. A cheap test before toLowerCase, which
 * allocated two new strings for nearly every word pair on news prose. Non-ASCII starts are
 * left to toLowerCase ("İ" lower-cases to "i̇", the Kelvin sign to "k").
 */
function sameFirstLetter(a: string, b: string): boolean {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  // Words start with a letter or digit; `| 0x20` lower-cases an ASCII letter and keeps a digit.
  return x >= 128 || y >= 128 || (x | 0x20) === (y | 0x20);
}
