// Telling names from ordinary words by their capitals: a capitalised word at the start of a
// sentence may be any word, but one capitalised in mid-sentence is a name.

import { isAbbreviation } from './sentences.js';

/** Characters that may stand between a sentence end and the next word: space, opening marks. */
const LEAD_IN = new Set([' ', '\t', '\u00a0', '"', '“', '‘', "'", '(', '[', '*', '_', '#', '>', '-']);

/** True when only white space, opening marks or nothing stand between a sentence end and `start`. */
export function startsSentence(prose: string, start: number): boolean {
  let i = start - 1;
  for (; i >= 0; i--) {
    const c = prose[i];
    if (c === '\n' || c === '\r') return true;
    if (!LEAD_IN.has(c)) break;
  }
  if (i < 0) return true;
  const c = prose[i];
  if (c === '.') return !isAbbreviation(prose, i);
  return c === '!' || c === '?' || c === ':';
}

/** Whether the story writes `text` somewhere other than at a sentence start (then it is a name). */
export function usedAsName(prose: string, words: readonly { start: number; text: string }[], text: string): boolean {
  return words.some((w) => w.text === text && !startsSentence(prose, w.start));
}
