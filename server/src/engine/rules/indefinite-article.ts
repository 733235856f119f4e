// indefinite-article: "a" or "an" chosen by the next word's first letter rather than its
// sound: "a honest mistake", "an university", "a MP", "a 18-year-old". The sound is read from
// the word's letters with the tables in data/indefinite-article.ts (silent h, "you"-sounding
// u- and eu-, "one", letter names of initialisms, how numbers are read). Where they do not
// settle it (names, "an historic", an acronym that may be read as a word) the rule says nothing.

import type { Report, Rule } from '../types.js';
import type { TextModel, WordTable } from '../text/model.js';
import { startsSentence } from '../text/names.js';
import {
  ACRONYM_SOUNDS,
  CAPITAL_U_CONSONANT_RE,
  CAPITAL_U_VOWEL_RE,
  CONSONANT_NAMES_RE,
  E_CONSONANT_RE,
  H_EITHER_RE,
  MIXED_INITIALS,
  NOT_AFTER_ARTICLE,
  ONE_WORDS,
  ONSETS,
  SILENT_H_RE,
  SPOKEN_ONSETS,
  STRESSED_H_WORDS,
  U_CONSONANT_RE,
  U_VOWEL_RE,
  UNSURE_NAMES_RE,
  VOWEL_LETTERS,
  type Sound,
} from './data/indefinite-article.js';

/** What may stand between the article and its word: spaces and at most one line break, then a currency sign before a number. */
const GAP_RE = /^[^\S\r\n]*(?:\r\n|\r|\n)?[^\S\r\n]*([$£€¥]?)$/;
/** What may stand just before the article: nothing, white space or an opening mark. */
const BEFORE = new Set([' ', '\t', '\n', '\r', '\u00a0', '"', '“', '‘', "'", '(', '[', '—', '–']);
/** A number as read aloud: its whole part (with thousands commas), then what follows it. */
const NUMBER_RE = /\d+(?:,\d{3})*/y;
/** One title string per correction, shared by every finding. */
const TITLES: Record<string, string> = { a: 'Change to "a"', an: 'Change to "an"', A: 'Change to "A"', An: 'Change to "An"' };
/** Initials written with full stops: "U.S.", "F.B.I.". */
const DOTTED_RE = /\p{L}\.\p{L}\./uy;

export const indefiniteArticle: Rule = {
  meta: {
    id: 'indefinite-article',
    family: 'slips',
    description: '"a" or "an" chosen by the next word\'s letter, not its sound ("a honest mistake", "an university").',
    explanation:
      'The article goes by how the next word sounds, not how it is spelt: "an hour", "an honest man", ' +
      '"a one-off", "a European", "a university", "an MP" (said "em-pee"), "a NATO summit", "an 18-year-old". ' +
      'The fix swaps the article. Words whose sound the spelling does not settle, such as names and ' +
      '"an historic", are left alone.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      useAn: 'Use "{article}" before "{word}", which starts with a vowel sound.',
      useA: 'Use "{article}" before "{word}", which starts with a consonant sound.',
    },
  },
  check({ doc, report }) {
    // The word table, not doc.words: no Word object per word of a long story.
    const words = doc.wordTable;
    const source = words.source;
    const starts = words.starts;
    for (let i = 0; i + 1 < words.length; i++) {
      // The first letter from the prose, not the word's own string: one read of a string
      // already in the cache for the nine words in ten that start with neither a nor A.
      const start = starts[i];
      const c = source.charCodeAt(start);
      if (c !== 97 && c !== 65) continue;
      // "and", "at", "as": a letter after the a that is not an n goes on the word, no article.
      const next = source.charCodeAt(start + 1) | 0x20;
      if (next !== 110 && next >= 97 && next <= 122) continue;
      const article = words.text(i);
      if (isArticle(article)) checkArticle(doc, words, i, article, report);
    }
  },
};

/** The article that is word `i`, and the word after it. */
function checkArticle(doc: TextModel, words: WordTable, i: number, article: string, report: (r: Report) => void): void {
  const { text, prose } = doc;
  const start = words.starts[i];
  const end = start + article.length;
  const wordStart = words.starts[i + 1];
  const word = words.text(i + 1);
  // Most articles are "a" before a word such as "long", which no reading of it could fault.
  if (article.length === 1 && isPlainConsonant(word)) return;
  // The sound next: it clears nearly all the others ("a new", "an attack"), mostly from a
  // cache; the tests of what stands around the article come after.
  const sound = soundOf(word, prose, wordStart, article);
  if (sound === undefined) return;
  const an = article.length === 2;
  if (an === (sound === 'vowel')) return;
  const before = start > 0 ? prose[start - 1] : ' ';
  if (!BEFORE.has(before)) return;
  // Hyphenated across a line ("Afric-⏎an"): not an article.
  if ((before === '\n' || before === '\r') && /-(?:\r?\n|\r)$/.test(prose.slice(Math.max(0, start - 3), start))) return;
  // A capital mid-sentence is a letter or a name ("Section A", "vitamin A", "An Post"), or title case.
  if (article[0] === 'A' && !startsSentence(prose, start)) return;
  // The original text, not the prose: quotation marks, italics or a blanked URL mean another reading.
  let currency = '';
  if (wordStart !== end + 1 || text.charCodeAt(end) !== 32) {
    const gap = GAP_RE.exec(text.slice(end, wordStart));
    if (!gap || wordStart === end + gap[1].length) return;
    currency = gap[1];
    if (currency && !isDigit(word.charCodeAt(0))) return;
  }
  // Not for capitals: "an US firm" is the country, not "us".
  if ((word === 'I' || word !== word.toUpperCase()) && NOT_AFTER_ARTICLE.has(word.toLowerCase())) return;
  // Irish "An Post", "An Taisce" and the surname An ("An Chung-gun") open sentences too.
  if (article === 'An' && /^\p{Lu}\p{Ll}/u.test(word)) return;
  const correct = an ? article[0] : article + 'n';
  report({
    messageId: an ? 'useA' : 'useAn',
    data: { article: correct, word: text.slice(wordStart - currency.length, wordStart + word.length) },
    start,
    end: wordStart + word.length,
    fix: { title: TITLES[correct], edits: [{ start, end, newText: correct }] },
  });
}

/** "a", "an", "A", "An"; not "AN", which sits in text set in capitals. */
function isArticle(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c !== 97 && c !== 65) return false;
  return word.length === 1 || (word.length === 2 && word.charCodeAt(1) === 110);
}

/**
 * A lower-case word opening with b, c, d, g, j, k, p, q, t, v, w or z: a consonant however it is
 * read, even as a letter ("a t-shirt").
 */
function isPlainConsonant(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 98 && c <= 122 && PLAIN_CONSONANTS[c - 97] === 1;
}
const PLAIN_CONSONANTS = Uint8Array.from('abcdefghijklmnopqrstuvwxyz', (l) => ('bcdgjkpqtvwz'.includes(l) ? 1 : 0));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The sound the word starts with, or undefined when its spelling does not settle it. */
function soundOf(word: string, prose: string, at: number, article: string): Sound | undefined {
  if (isDigit(word.charCodeAt(0))) return numberSound(prose, at);
  if (word.length === 1 && prose[at + 1] === '.') {
    DOTTED_RE.lastIndex = at;
    if (DOTTED_RE.test(prose)) return letterSound(word);
  }
  // The first part of a compound ("one-off", "U-turn"), without a possessive ("hour's").
  let hyphen = word.indexOf('-');
  if (hyphen === -1) hyphen = word.indexOf('‐');
  let head = hyphen === -1 ? word : word.slice(0, hyphen);
  if (head.endsWith("'s") || head.endsWith('’s')) head = head.slice(0, -2);
  if (head.length === 0) return undefined;
  // A single letter: "an X-ray", "an F1 car", "an A-level", "a U-turn", "an M4". Lower case
  // only before a hyphen ("an e-mail"); "A E Housman" and "S. Korea" are initials.
  if (head.length === 1 || isDigit(head.charCodeAt(1))) {
    const first = head[0];
    const upper = isUpper(first);
    if (!/^\p{L}\d*$/u.test(head)) return undefined;
    const next = prose[at + head.length];
    if (next === '.' || next === "'" || next === '’') return undefined;
    if (!upper && hyphen === -1) return undefined;
    if (upper && head.length === 1 && hyphen === -1 && article === 'A') return undefined;
    return letterSound(first);
  }
  return headSound(head);
}

/** Sounds of heads met so far (null: not sure), for headSound; cleared when full. */
const HEAD_SOUNDS = new Map<string, Sound | null>();
const MAX_HEAD_SOUNDS = 10_000;

/**
 * The sound of a head of two letters or more (no digit second), which its spelling alone
 * settles: remembered, since the same words follow articles story after story, and working
 * it out takes a handful of regex tests.
 */
function headSound(head: string): Sound | undefined {
  let sound = HEAD_SOUNDS.get(head);
  if (sound === undefined) {
    sound = spelledSound(head) ?? null;
    if (HEAD_SOUNDS.size >= MAX_HEAD_SOUNDS) HEAD_SOUNDS.clear();
    HEAD_SOUNDS.set(head, sound);
  }
  return sound ?? undefined;
}

function spelledSound(head: string): Sound | undefined {
  const first = head[0];
  const upper = isUpper(first);
  const second = head[1];
  if (isUpper(second)) {
    // "iPod", "eBay", "uSwitch": the letter's name.
    if (!upper) return letterSound(first);
    // An acronym: "MP", "MPs", "MP3", "SNP's", "MSc", "IPv6", "NATO"; read by its letters or as a word.
    const caps = /^(\p{Lu}{2,})\p{Ll}?\d*$/u.exec(head);
    return caps ? acronymSound(caps[1]) : undefined;
  }
  // Mixed-case initials: "an MoD spokesman", but "a MiG fighter", "a MoMA show".
  if (upper && head.length > 2 && isUpper(head[2])) {
    return /^\p{Lu}\p{Ll}\p{Lu}+$/u.test(head) && MIXED_INITIALS.has(head) ? letterSound(first) : undefined;
  }
  // A name in CamelCase goes by its first part: "OnePlus", "YouGov", "EasyJet".
  let k = 2;
  while (k < head.length && !isUpper(head[k])) k++;
  return wordSound((k < head.length ? head.slice(0, k) : head).toLowerCase(), upper);
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

function letterSound(letter: string): Sound | undefined {
  const l = letter.toUpperCase();
  if (!/^[A-Z]$/.test(l)) return undefined;
  return VOWEL_LETTERS.has(l) ? 'vowel' : 'consonant';
}

function acronymSound(caps: string): Sound | undefined {
  const known = ACRONYM_SOUNDS.get(caps);
  if (known !== undefined) return known === 'unsure' ? undefined : known;
  const first = caps[0];
  switch (first) {
    case 'A':
    case 'I':
    case 'O':
      return 'vowel';
    case 'E':
      // "EU" is "ee-you"; "EURO", "EULEX" are "you"; "EUR" may be either.
      if (caps[1] !== 'U' || caps.length === 2) return 'vowel';
      return /[AEIOU]/.test(caps.slice(2)) ? 'consonant' : undefined;
    case 'U':
      return 'consonant';
  }
  if (!VOWEL_LETTERS.has(first)) return /^[A-Z]$/.test(first) ? 'consonant' : undefined;
  // F H L M N R S X: by the letter's name when it cannot be read as a word ("an MP", "an SNP",
  // "an FBI", "an LCD"); a pronounceable one ("a NATO summit", "a SWAT team") may be either.
  if (caps.length === 2 || !/[AEIOUY]/.test(caps)) return 'vowel';
  if (!/[AEIOUY]/.test(caps[1]) && !ONSETS.has(caps.slice(0, 2))) return 'vowel';
  return undefined;
}

/** An ordinary word, lower-cased; `name` when it was written with a capital. */
function wordSound(w: string, name: boolean): Sound | undefined {
  // "Mr", "St", "km", "lb": abbreviations read as the words they stand for; "sha1", "h264": codes.
  if (!/[aeiouy]/.test(w) || /\d/.test(w)) return undefined;
  const c = w[0];
  const second = w[1] ?? '';
  switch (c) {
    case 'a':
      return 'vowel';
    case 'e':
      if (name) return CONSONANT_NAMES_RE.test(w) ? 'consonant' : UNSURE_NAMES_RE.test(w) ? undefined : 'vowel';
      return E_CONSONANT_RE.test(w) ? 'consonant' : w.startsWith('ew') ? undefined : 'vowel';
    case 'i':
      return name && UNSURE_NAMES_RE.test(w) ? undefined : 'vowel';
    case 'o':
      if (ONE_WORDS.has(w) || w === 'ouija' || CONSONANT_NAMES_RE.test(w)) return 'consonant';
      return name && UNSURE_NAMES_RE.test(w) ? undefined : 'vowel';
    case 'u':
      if (name) return CAPITAL_U_CONSONANT_RE.test(w) ? 'consonant' : CAPITAL_U_VOWEL_RE.test(w) ? 'vowel' : undefined;
      return U_CONSONANT_RE.test(w) ? 'consonant' : U_VOWEL_RE.test(w) ? 'vowel' : undefined;
    case 'h':
      if (SILENT_H_RE.test(w)) return 'vowel';
      // "hdmi" is letters; "an historic", "herb", "homage" may take either.
      if (!/[aeiouy]/.test(second) || H_EITHER_RE.test(w)) return undefined;
      // "an historic", "an hotel": an unstressed first syllable takes either. Only a word
      // stressed on its h is sure: one syllable ("an huge"), or a known few ("an hundred").
      return syllables(w) === 1 || STRESSED_H_WORDS.has(w) ? 'consonant' : undefined;
    case 'f':
    case 'l':
    case 'm':
    case 'n':
    case 'r':
    case 's':
      // A pair no English word starts with may be said letter by letter ("lcov" is "el-cov") or
      // with a syllabic "m" or "n" ("Mbeki", "Nkosi", "Nvidia"): not sure.
      return /[aeiouy]/.test(second) || SPOKEN_ONSETS.has(c + second) ? 'consonant' : undefined;
    case 'x':
      // "xylophone", "Xavier" start with a "z", "Xbox" with "ex"; "Xhosa" is "kosa", "Xmas" either.
      if (/[aeiouy]/.test(second)) return 'consonant';
      return w.startsWith('xbox') ? 'vowel' : undefined;
    case 'y':
      // "Ypres", "Yvonne", "ytterbium" start with a vowel.
      return /[aeiou]/.test(second) ? 'consonant' : undefined;
  }
  return /^[a-z]$/.test(c) ? 'consonant' : undefined;
}

/** Groups of vowels, less a silent final e ("house", "huge"); a rough count, enough to spot one. */
function syllables(w: string): number {
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  return groups > 1 && /[^aeiouyl]e$/.test(w) ? groups - 1 : groups;
}

/**
 * How a number starts when read aloud: "an 8", "an 11-year-old", "an 18th", "an 80s hit", "an
 * 800m race", "an 8,000-strong crowd", "an 11,000 rise"; but "a 1980s film" ("nineteen"), "a
 * 100m race", "a 180". A number starting with 0 may be "oh", "nought" or "zero".
 */
function numberSound(prose: string, at: number): Sound | undefined {
  NUMBER_RE.lastIndex = at;
  const m = NUMBER_RE.exec(prose);
  if (!m || m[0][0] === '0') return undefined;
  const groups = m[0].split(',');
  let lead = groups[0];
  if (groups.length === 1 && lead.length === 4) {
    // "1850s" is "eighteen-fifties"; a bare "1800" may be "eighteen hundred" or "one thousand eight hundred".
    const decade = prose[at + 4] === 's' && !/\p{L}/u.test(prose[at + 5] ?? '');
    if (lead[0] === '8') return 'vowel';
    const pair = lead.slice(0, 2);
    if (pair === '11' || pair === '18') return decade ? 'vowel' : undefined;
    return 'consonant';
  }
  if (groups.length === 1) lead = lead.slice(0, ((lead.length - 1) % 3) + 1);
  if (lead[0] === '8') return 'vowel';
  return lead === '11' || lead === '18' ? 'vowel' : 'consonant';
}
