// Sentence splitting inside one paragraph. A sentence ends at . ! or ? (with any closing
// quotation marks or brackets after it) followed by white space and a capital, a digit or an
// opening mark, unless the word before the full stop is a common abbreviation or an initial.

import type { Span } from './span.js';

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
    'maj', 'rev', 'gov', 'sen', 'rep', 'pres', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'plc',
    'no', 'nos', 'vs', 'v', 'etc', 'eg', 'ie', 'al', 'approx', 'dept', 'est', 'fig', 'mt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
);

// The look-behind starts a match only at the first mark of a run: tried from inside a long run
// of full stops, the pattern re-read the rest of the run at every position. Only the whole run
// can ever match, so the matches are the same.
const END_RE = /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“‘'(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(prose: string, paragraph: Span): Span[] {
  const body = prose.slice(paragraph.start, paragraph.end);
  const sentences: Span[] = [];
  let start = 0;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(body); m; m = END_RE.exec(body)) {
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(body, m.index)) continue;
    const end = m.index + m[0].length;
    sentences.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = end;
    while (start < body.length && /\s/.test(body[start])) start++;
  }
  if (start < body.length) sentences.push({ start: paragraph.start + start, end: paragraph.end });
  return sentences;
}

/**
 * How far back from a full stop the word before it is read. Abbreviations are short; the bound
 * keeps a run of "a.a.a.…" from making every full stop in it read the whole run.
 */
const MAX_ABBREVIATION = 32;

/** Whether the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
export function isAbbreviation(body: string, dot: number): boolean {
  let i = dot;
  const stop = Math.max(0, dot - MAX_ABBREVIATION);
  while (i > stop && /[\p{L}.]/u.test(body[i - 1])) i--;
  const word = body.slice(i, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "J. K. Rowling"
  if (word.includes('.')) return true; // "U.S." inside a sentence, "e.g."
  return ABBREVIATIONS.has(word.toLowerCase());
}
