// Telling names from ordinary words by their capitals: a capitalised word at the start of a
// sentence may be any word, but one capitalised in mid-sentence is a name.

import type { TextModel } from './model.js';
import { isAbbreviation } from './sentences.js';

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
    // The word table, not doc.words: no Word object per word of a long story.
    const words = doc.wordTable;
    for (let i = 0; i < words.length; i++) {
      const text = words.text(i);
      const c = text.charCodeAt(0);
      if (c >= 97 && c <= 122 ? !lowerCase : lowerCase) continue;
      // Each text is settled by its first use in mid-sentence; later ones need no test.
      if (!found.has(text) && !startsSentence(prose, words.starts[i])) found.add(text);
    }
    return found;
  });
}
