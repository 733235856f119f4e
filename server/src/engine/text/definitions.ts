// Short forms the story itself defines: "Government of National Accord (GNA)", and the reverse
// order "GNA (Government of National Accord)". A definition counts only when the letters of the
// short form can be matched to the initials of the words of the full name (small words such as
// "of" and "the" may be skipped; a word may give extra letters, as "television" gives the V of
// IPTV). A parenthesised acronym whose full name cannot be matched still tells the reader the
// writer explained it ("… television set-top boxes (IPTV)"), so it is kept as an "explained"
// short form: it silences "never spelled out" but is never used for a fix.
//
// Both naming rules read the list through `storyDefinitions(doc)`, memoised on the text model.
// A style file's `entities: [{name, short}]` can later be merged in as definitions with
// `source: 'style'` (placed before the story, start = end = -1): every consumer goes through
// `Definition`, so nothing else needs to change.

import type { TextModel } from './model.js';

export interface Definition {
  /** The short form as written in the definition, plural kept: "GNA", "PVRs". */
  short: string;
  /** The short form without a plural s: "GNA", "PVR". */
  base: string;
  /** The full name, its white space runs collapsed to one space. */
  full: string;
  /** The whole definition, "Government of National Accord (GNA)" or "GNA (Government …)". */
  start: number;
  end: number;
  /** Where the short form sits inside it. */
  shortStart: number;
  shortEnd: number;
  /** Where the full name sits inside it. */
  fullStart: number;
  fullEnd: number;
  order: 'full-first' | 'short-first';
  source: 'story';
}

/** A parenthesised acronym with no matching full name: explained, but not fixable. */
export interface Explained {
  base: string;
  start: number;
  end: number;
}

export interface StoryDefinitions {
  /** In document order. */
  definitions: readonly Definition[];
  explained: readonly Explained[];
}

/** Words a full name may contain without their initial showing in the short form. */
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'da', 'de', 'del', 'der', 'des', 'di', 'du', 'el', 'et', 'for', 'in',
  'la', 'le', 'of', 'on', 'the', 'to', 'und', 'van', 'von', 'with', 'y', '&',
]);

/** A short form in parentheses: starts with a capital, letters, digits and &, at most 10 long. */
const SHORT_FORM_RE = /^[A-Z][A-Za-z0-9&]{1,9}$/;
/** An acronym: at least two capitals, digits and & allowed, optionally a plural s. */
const ACRONYM_RE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&]*[A-Z0-9]s?$/;
/** The words a full name may be made of, as seen before a "(" or inside one. */
const NAME_WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{M}\p{N}'’]+)*|&/gu;

export function storyDefinitions(doc: TextModel): StoryDefinitions {
  return doc.memo('naming:definitions', () => findDefinitions(doc.prose));
}

/** Finds definitions in `prose` (text with code and URLs blanked, same offsets as the text). */
export function findDefinitions(prose: string): StoryDefinitions {
  const definitions: Definition[] = [];
  const explained: Explained[] = [];
  const parenRe = /\(([^()\r\n]{2,160})\)/g;
  for (let m = parenRe.exec(prose); m; m = parenRe.exec(prose)) {
    const open = m.index;
    const close = open + m[0].length - 1;
    const inner = m[1];
    const innerTrim = inner.trim();
    const innerStart = open + 1 + inner.indexOf(innerTrim);
    if (SHORT_FORM_RE.test(innerTrim)) {
      const def = fullFirst(prose, open, close, innerTrim, innerStart);
      if (def) definitions.push(def);
      else if (ACRONYM_RE.test(innerTrim) && hasWordBefore(prose, open)) {
        explained.push({ base: stripPlural(innerTrim), start: innerStart, end: innerStart + innerTrim.length });
      }
      continue;
    }
    const def = shortFirst(prose, open, close, innerTrim, innerStart);
    if (def === undefined) continue;
    if (def !== null) definitions.push(def);
  }
  return { definitions, explained: [...explained, ...definitions.map(({ base, start, end }) => ({ base, start, end }))] };
}

/** "Full Name (ABC)": the shortest run of words just before the "(" that spells ABC. */
function fullFirst(prose: string, open: number, close: number, short: string, shortStart: number): Definition | undefined {
  const base = stripPlural(short);
  // A title-case short form ("Opec") needs a capital start and at least three letters.
  if (countCapitals(base) < 2 && base.length < 3) return undefined;
  const words = wordsBefore(prose, open);
  if (words.length === 0) return undefined;
  const letters = base.toUpperCase();
  const last = words.length - 1;
  const minStart = Math.max(0, last - (letters.length + 4));
  for (let from = last; from >= minStart; from--) {
    if (!spellsOut(letters, words, from, words.length)) continue;
    const fullStart = words[from].start;
    const fullEnd = words[last].end;
    return {
      short,
      base,
      full: collapse(prose.slice(fullStart, fullEnd)),
      start: fullStart,
      end: close + 1,
      shortStart,
      shortEnd: shortStart + short.length,
      fullStart,
      fullEnd,
      order: 'full-first',
      source: 'story',
    };
  }
  return undefined;
}

/**
 * "ABC (Full Name)": an acronym right before the "(" and parentheses holding nothing but a
 * name that spells it (a leading "the" allowed). Returns null when the parentheses follow an
 * acronym but do not spell it (still an explanation), undefined when it is no such thing.
 */
function shortFirst(prose: string, open: number, close: number, inner: string, innerStart: number): Definition | null | undefined {
  const before = /(?<![\p{L}\p{N}&])([A-Z][A-Z0-9&]*[A-Z0-9]s?)\s*$/u.exec(prose.slice(Math.max(0, open - 16), open));
  if (!before || !ACRONYM_RE.test(before[1])) return undefined;
  const short = before[1];
  const shortStart = open - before[0].length;
  const words = nameWords(inner, innerStart);
  // Only words, spaces and & in the parentheses: "(the Government of National Accord)".
  if (words.length < 2 || !/^[\p{L}\p{M}\p{N}'’&\s-]+$/u.test(inner)) return undefined;
  const from = words[0].text.toLowerCase() === 'the' ? 1 : 0;
  const base = stripPlural(short);
  if (!spellsOut(base, words, from, words.length)) return null;
  return {
    short,
    base,
    full: collapse(prose.slice(words[from].start, words[words.length - 1].end)),
    start: shortStart,
    end: close + 1,
    shortStart,
    shortEnd: shortStart + short.length,
    fullStart: words[from].start,
    fullEnd: words[words.length - 1].end,
    order: 'short-first',
    source: 'story',
  };
}

export interface NameWord {
  text: string;
  start: number;
  end: number;
}

/** The words of the same clause just before `open`: back to punctuation or a line break. */
function wordsBefore(prose: string, open: number): NameWord[] {
  let from = open;
  const limit = Math.max(0, open - 200);
  while (from > limit && !/[.,;:!?"“”()[\]\r\n]/.test(prose[from - 1])) from--;
  return nameWords(prose.slice(from, open), from);
}

function nameWords(text: string, offset: number): NameWord[] {
  const words: NameWord[] = [];
  NAME_WORD_RE.lastIndex = 0;
  for (let m = NAME_WORD_RE.exec(text); m; m = NAME_WORD_RE.exec(text)) {
    words.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return words;
}

/**
 * Whether words[from, to) spell `letters` (upper case): the first and last words and every
 * word that is not a small word give their initial. After its initial a word may give more
 * letters: a capital ("UK Independence Party" → UKIP, "GlaxoSmithKline" → GSK) or the start
 * of a hyphenated part ("Co-operation"); and the last word of a name of two words or more may
 * give a letter from inside it ("Internet Protocol television" → IPTV). Letters from inside
 * words may not outnumber initials. So "Google (GOOG)" and "Sony Ericsson (SNE)" are no
 * definitions.
 */
export function spellsOut(letters: string, words: readonly NameWord[], from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0 || letters.length < 2) return false;
  // best(li, wi): the highest (initials - inner letters) score for matching letters[li..] to
  // words[wi..to); -Infinity when impossible. Memoised: the table is tiny.
  const memo = new Map<number, number>();
  const width = letters.length + 1;
  const best = (li: number, wi: number): number => {
    if (wi === to) return li === letters.length ? 0 : -Infinity;
    const key = wi * width + li;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const word = words[wi].text;
    let score = -Infinity;
    if (wi !== from && wi !== to - 1 && SMALL_WORDS.has(word.toLowerCase())) score = best(li, wi + 1);
    if (li < letters.length && initialMatches(word, letters[li])) {
      score = Math.max(score, 1 + inWord(word, 1, li + 1, wi));
    }
    memo.set(key, score);
    return score;
  };
  // After a word's initial: move on to the next word, or take the next letter later in this word.
  const inWord = (word: string, pos: number, li: number, wi: number): number => {
    let score = best(li, wi + 1);
    if (li >= letters.length) return score;
    const innerAllowed = n > 1 && wi === to - 1;
    for (let p = pos; p < word.length; p++) {
      const c = word[p];
      if (c.toUpperCase() !== letters[li]) continue;
      const partStart = word[p - 1] === '-' || (c !== c.toLowerCase() && c === c.toUpperCase());
      if (!partStart && !innerAllowed) continue;
      score = Math.max(score, (partStart ? 1 : -1) + inWord(word, p + 1, li + 1, wi));
    }
    return score;
  };
  return best(0, from) >= 0;
}

function initialMatches(word: string, letter: string): boolean {
  if (letter === '&') return word === '&' || word.toLowerCase() === 'and';
  return word[0].toUpperCase() === letter;
}

function hasWordBefore(prose: string, open: number): boolean {
  return /[\p{L}\p{N}][^\S\r\n]*$/u.test(prose.slice(Math.max(0, open - 4), open));
}

function countCapitals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 65 && s.charCodeAt(i) <= 90) n++;
  return n;
}

/** "PVRs" → "PVR"; "GNA" stays. Only a lower-case s after a capital is a plural. */
export function stripPlural(short: string): string {
  return short.length > 2 && short.endsWith('s') && /[A-Z0-9]/.test(short[short.length - 2]) ? short.slice(0, -1) : short;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}
