// Telling names from ordinary words by their capitals: a capitalised word at the start of a
// sentence may be any word, but one capitalised in mid-sentence is a name.

import type { TextModel } from './model.js';
import { isAbbreviation } from './sentences.js';
import { nextStamp } from './word-scanner.js';

/**
 * What may stand between a sentence end and its first word: white space and opening marks
 * (space, tab, no-break space, " “ ‘ ' ( [ * _ # > -). By character code: startsSentence runs
 * for most words of every story, and a Set of one-character strings cost a string per test.
 */
function isLeadIn(c: number): boolean {
  switch (c) {
    case 0x20: // space
    case 0x09: // tab
    case 0xa0: // no-break space
    case 0x22: // "
    case 0x201c: // “
    case 0x2018: // ‘
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x2a: // *
    case 0x5f: // _
    case 0x23: // #
    case 0x3e: // >
    case 0x2d: // -
      return true;
    default:
      return false;
  }
}

/** True when only white space, opening marks or nothing stand between a sentence end and `start`. */
export function startsSentence(prose: string, start: number): boolean {
  let i = start - 1;
  for (; i >= 0; i--) {
    const c = prose.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true; // \n, \r
    if (!isLeadIn(c)) break;
  }
  if (i < 0) return true;
  const c = prose[i];
  if (c === '.') return !isAbbreviation(prose, i);
  return c === '!' || c === '?' || c === ':';
}

/**
 * Whether the story writes `text` somewhere other than at a sentence start (then it is a name).
 * The answer comes from an index of every word written in mid-sentence, built once per
 * document: asking the words one by one cost a pass over the story per question, quadratic on
 * a story of capitalised misspellings.
 */
export function usedAsName(doc: TextModel, text: string): boolean {
  const c = text.charCodeAt(0);
  return midSentenceWords(doc, c >= 97 && c <= 122).has(text);
}

/** Owners of what midSentenceWords keeps by word id: how a word starts, and its pass's marks. */
const FIRST_LETTER = {};
const MID_SENTENCE = {};
const LOWER_START = 1;
const OTHER_START = 2;

/**
 * The texts of the words that stand somewhere other than at a sentence start, once per
 * document: those that start with a small ASCII letter (asked about rarely) in one index, all
 * the others (capitalised words, asked about by every naming rule) in another, so that a
 * check that never asks about a lower-case word never tests where its lower-case words stand.
 */
function midSentenceWords(doc: TextModel, lowerCase: boolean): ReadonlySet<string> {
  return doc.memo(lowerCase ? 'names:midSentence:lower' : 'names:midSentence', () => {
    const found = new Set<string>();
    const prose = doc.prose;
    // The word table, not doc.words: no Word object per word of a long story. Whether a
    // word starts with a small letter is kept by id, so most words' texts are never read.
    const words = doc.wordTable;
    const size = words.vocabularySize;
    const starts = words.vocabulary.bytes(FIRST_LETTER, size);
    const settled = words.vocabulary.stamps(MID_SENTENCE, size);
    const stamp = nextStamp();
    const wanted = lowerCase ? LOWER_START : OTHER_START;
    for (let i = 0; i < words.length; i++) {
      const id = words.id(i);
      let start = starts[id];
      if (start === 0) {
        const c = words.text(i).charCodeAt(0);
        starts[id] = start = c >= 97 && c <= 122 ? LOWER_START : OTHER_START;
      }
      // Each text is settled by its first use in mid-sentence; later ones need no test.
      if (start !== wanted || settled[id] === stamp || startsSentence(prose, words.starts[i])) continue;
      settled[id] = stamp;
      found.add(words.text(i));
    }
    return found;
  });
}
