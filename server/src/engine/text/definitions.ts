// Short forms the story itself defines: "Government of National Accord (GNA)", and the reverse
// order "GNA (Government of National Accord)". A definition counts only when the letters of the
// short form can be matched to the initials of the words of the full name (small words such as
// "of" and "the" may be skipped; a word may give extra letters, as "television" gives the V of
// IPTV). A parenthesised acronym whose full name cannot be matched still tells the reader the
// writer explained it ("… television set-top boxes (IPTV)"), so it is kept as an "explained"
// short form: it silences "never spelled out" but is never used for a fix.
//
// Both naming rules read the list through `storyDefinitions(doc)`, memoised on the text model.
// A style file's `entities: [{name, short, aliases, avoid}]` join them from the style's derived
// index (style-index.ts: `entityByShort`, `entityForms`) rather than this list, since they have
// no place in the text: acronym-first-use offers the style's name as the fix for a short form
// the story never spells out, and entity-naming flags the avoided forms, fixing them to the
// short form once `definedBefore` says the story has defined it.

import type { Span, TextModel } from './model.js';
import { quotationsOf } from './quotes.js';
import type { WordTable } from './word-scanner.js';

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

/** A short form the story explains, with or without a full name that spells it. */
export interface Explained {
  base: string;
  start: number;
  end: number;
}

export interface StoryDefinitions {
  /** Definitions with a full name that spells the short form, in document order. */
  definitions: readonly Definition[];
  /**
   * Every short form the story explains: those of `definitions`, plus acronyms in brackets
   * after other words whose full name could not be matched ("set-top boxes (IPTV)", "(EV-DO)",
   * "the SECC (the hall by the river)"). These silence "never spelled out" but give no fix.
   */
  explained: readonly Explained[];
}

/** Words a full name may contain without their initial showing in the short form. */
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'da', 'de', 'del', 'der', 'des', 'di', 'du', 'el', 'et', 'for', 'in',
  'la', 'le', 'of', 'on', 'the', 'to', 'und', 'van', 'von', 'with', 'y', '&',
]);

/** A short form in parentheses: starts with a capital, letters, digits and &, at most 10 long. */
const SHORT_FORM_RE = /^[A-Z][A-Za-z0-9&]{1,9}$/;
/** A compound short form: "EV-DO", "CD-ROM". */
const COMPOUND_RE = /^[A-Z][A-Z0-9&]*(?:-[A-Z0-9&]+)+s?$/;
/** An acronym: at least two capitals, digits and & allowed, optionally a plural s. */
const ACRONYM_RE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&]*[A-Z0-9]s?$/;
/** The words a full name may be made of, as seen before a "(" or inside one. */
const NAME_WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{M}\p{N}'’]+)*|&/gu;

export function storyDefinitions(doc: TextModel): StoryDefinitions {
  return doc.memo('naming:definitions', () => findDefinitions(doc.prose));
}

/** Whether the story defines the short form `base` ("GNA") in a definition ending at or before `offset`. */
export function definedBefore(doc: TextModel, base: string, offset: number): boolean {
  const firstEnd = doc.memo('naming:firstDefinitionEnd', () => {
    const ends = new Map<string, number>();
    for (const d of storyDefinitions(doc).definitions) if (!ends.has(d.base)) ends.set(d.base, d.end);
    return ends;
  });
  const end = firstEnd.get(base);
  return end !== undefined && end <= offset;
}

/** Finds definitions in `prose` (text with code and URLs blanked, same offsets as the text). */
export function findDefinitions(prose: string): StoryDefinitions {
  const definitions: Definition[] = [];
  const explained: Explained[] = [];
  // Parentheses, or square brackets as a quotation uses them: "the SET [science, engineering
  // and technology] industries". Found with indexOf: far cheaper than a regex scan.
  for (const open of bracketOpenings(prose)) {
    const closeRe = prose[open] === '(' ? /^[^()[\]\r\n]{2,160}\)/ : /^[^()[\]\r\n]{2,160}\]/;
    const m = closeRe.exec(prose.slice(open + 1, open + 163));
    if (!m) continue;
    const close = open + m[0].length;
    const inner = m[0].slice(0, -1);
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
    if (COMPOUND_RE.test(innerTrim) && hasWordBefore(prose, open)) {
      explained.push({ base: stripPlural(innerTrim), start: innerStart, end: innerStart + innerTrim.length });
      continue;
    }
    const found = shortFirst(prose, open, close, innerTrim, innerStart);
    if (found?.definition) definitions.push(found.definition);
    else if (found?.explained) explained.push(found.explained);
  }
  return { definitions, explained: [...explained, ...definitions.map(({ base, start, end }) => ({ base, start, end }))] };
}

/** Offsets of every "(" and "[", in order. */
function bracketOpenings(prose: string): number[] {
  const at: number[] = [];
  for (let i = prose.indexOf('('); i >= 0; i = prose.indexOf('(', i + 1)) at.push(i);
  const parens = at.length;
  for (let i = prose.indexOf('['); i >= 0; i = prose.indexOf('[', i + 1)) at.push(i);
  return at.length > parens ? at.sort((a, b) => a - b) : at;
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
  // A title-case short form ("Opec", "TfL") stands for a proper name: its words are capitalised.
  const properOnly = base !== base.toUpperCase();
  for (let from = last; from >= minStart; from--) {
    if (!spellsOut(letters, words, from, words.length)) continue;
    if (properOnly && words.slice(from).some((w) => !SMALL_WORDS.has(w.text.toLowerCase()) && !/^\p{Lu}/u.test(w.text))) continue;
    const fullStart = words[from].start;
    // "Deutsche Boerse's (DB) shares": the possessive is not part of the name.
    const fullEnd = words[last].end - (/['’]s?$/.exec(words[last].text)?.[0].length ?? 0);
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
 * name that spells it (a leading "the" allowed). When the words do not spell it, the acronym
 * still counts as explained: "the SECC (the big exhibition centre by the Clyde)".
 */
function shortFirst(
  prose: string,
  open: number,
  close: number,
  inner: string,
  innerStart: number,
): { definition?: Definition; explained?: Explained } | undefined {
  const before = /(?<![\p{L}\p{N}&])([A-Z][A-Z0-9&]*[A-Z0-9]s?)\s*$/u.exec(prose.slice(Math.max(0, open - 16), open));
  if (!before || !ACRONYM_RE.test(before[1])) return undefined;
  const short = before[1];
  const shortStart = open - before[0].length;
  const base = stripPlural(short);
  const words = nameWords(inner, innerStart);
  // Only words, spaces, commas and & in the parentheses: "(the Government of National Accord)".
  if (words.length < 2 || !/^[\p{L}\p{M}\p{N}'’&,\s-]+$/u.test(inner)) return undefined;
  const from = words[0].text.toLowerCase() === 'the' ? 1 : 0;
  if (!spellsOut(base, words, from, words.length)) {
    return { explained: { base, start: shortStart, end: shortStart + short.length } };
  }
  const fullStart = words[from].start;
  const fullEnd = words[words.length - 1].end;
  return {
    definition: {
      short,
      base,
      full: collapse(prose.slice(fullStart, fullEnd)),
      start: shortStart,
      end: close + 1,
      shortStart,
      shortEnd: shortStart + short.length,
      fullStart,
      fullEnd,
      order: 'short-first',
      source: 'story',
    },
  };
}

/**
 * Which of `acronyms` (capital letters only) a run of words anywhere in the story spells
 * without brackets: "the Consumer Electronics Show … CES", "RSS - Really Simple Syndication".
 * The words must follow one another on a line with only spaces between them, and the first
 * must have a small second letter (the acronym itself is no spelling). A few questions are
 * answered by scanning the prose for words with the right initial; many (a long document) by
 * a `SpellingIndex` built once, so the cost stays linear in the length of the story.
 */
export function spelledOut(doc: TextModel, acronyms: readonly string[]): Set<string> {
  const yes = new Set<string>();
  if (acronyms.length === 0) return yes;
  // The model's words have no "&", so "Marks & Spencer" is only found by the scan.
  const scanned = acronyms.length <= 4 ? acronyms : acronyms.filter((a) => a.includes('&'));
  for (const letters of scanned) if (scanSpells(doc.prose, letters)) yes.add(letters);
  const indexed = acronyms.filter((a) => !a.includes('&'));
  if (scanned.length < acronyms.length && indexed.length > 0) {
    const index = new SpellingIndex(doc.prose, doc.wordTable, indexed);
    for (const letters of indexed) if (index.spells(letters)) yes.add(letters);
  }
  return yes;
}

/**
 * `spellsOut` for words met anywhere in the story, where chance matches are likelier than
 * before a bracket: the name does not start with a small word in any case ("The Voice" is no
 * spelling of TV), and a two-letter acronym needs one word ("infra-red") or capitalised
 * words ("per cent" is no PC).
 */
function spellsInformally(letters: string, words: readonly NameWord[], from: number, to: number): boolean {
  if (SMALL_WORDS.has(words[from].text.toLowerCase())) return false;
  if (letters.length === 2 && to - from > 1) {
    for (let i = from; i < to; i++) {
      const text = words[i].text;
      if (!SMALL_WORDS.has(text) && text[0] === text[0].toLowerCase()) return false;
    }
  }
  return spellsOut(letters, words, from, to);
}

/** The scan behind `spelledOut` for a few questions: every word with the right initial. */
function scanSpells(prose: string, letters: string): boolean {
  const first = letters[0];
  const startRe = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’-])[${first.toLowerCase()}${first.toUpperCase()}]\\p{Ll}`, 'gu');
  const wordAt = new RegExp(NAME_WORD_RE.source, 'uy');
  for (let m = startRe.exec(prose); m; m = startRe.exec(prose)) {
    const words = wordsFrom(prose, m.index, letters.length + 4, wordAt);
    for (let to = 1; to <= words.length; to++) if (spellsInformally(letters, words, 0, to)) return true;
  }
  return false;
}

/** Up to `max` words from `start`, while only spaces separate them. `wordAt` is sticky. */
function wordsFrom(prose: string, start: number, max: number, wordAt: RegExp): NameWord[] {
  const words: NameWord[] = [];
  let at = start;
  while (words.length < max) {
    wordAt.lastIndex = at;
    const w = wordAt.exec(prose);
    if (!w) break;
    words.push({ text: w[0], start: at, end: at + w[0].length });
    let next = at + w[0].length;
    while (next < prose.length && (prose[next] === ' ' || prose[next] === '\t')) next++;
    if (next === at + w[0].length) break;
    at = next;
  }
  return words;
}

/**
 * The index behind `spelledOut` for many questions. It reads the text model's words (shared
 * with the other rules) once and files every word that could start a spelled-out name of one
 * of the acronyms asked about, under the first two letters a name starting there could give,
 * so each question looks only at the few places that could answer it.
 */
export class SpellingIndex {
  /** Two character codes in one number → indices into `words`. */
  private readonly starts = new Map<number, number[]>();

  /** The keys asked for: only those are filed. */
  private readonly wanted = new Set<number>();
  /** The same for two ASCII characters, as a table: asked up to three times for every word. */
  private readonly wantedAscii = new Uint8Array(128 * 128);
  /** The acronyms' first letters, by character code. */
  private readonly wantedFirst = new Uint8Array(0x10000);
  /** WORD_FLAGS bits by word id (0: not worked out yet), kept by the word table's vocabulary. */
  private readonly flags: Uint8Array;

  /**
   * Indexes `words` (the model's word table of `prose`) for the given acronyms' first two
   * letters. The table, not word objects: a long story's words as objects cost ~60 bytes each.
   */
  constructor(
    private readonly prose: string,
    private readonly words: WordTable,
    acronyms: readonly string[],
  ) {
    for (const a of acronyms) {
      const first = upperCode(a, 0);
      const second = upperCode(a, 1);
      this.wanted.add(first * 0x10000 + second);
      if (first < 128 && second < 128) this.wantedAscii[first * 128 + second] = 1;
      this.wantedFirst[first] = 1;
    }
    const flags = (this.flags = words.vocabulary.bytes(WORD_FLAGS, words.vocabularySize));
    for (let k = 0; k < words.length; k++) {
      const text = words.text(k);
      const first = upperCode(text, 0);
      if (this.wantedFirst[first] === 0 || text.length < 2 || !isSmallLetter(text.charCodeAt(1), text[1])) continue;
      // A capital or a hyphenated part inside the word ("GlaxoSmithKline", "infra-red").
      if (this.flagsOf(k) & INNER_BREAK) {
        for (let p = 2; p < text.length; p++) {
          const code = text.charCodeAt(p);
          if (text.charCodeAt(p - 1) === 45 /* - */ || (code >= 65 && code <= 90)) this.add(first, upperCode(text, p), k);
          else if (code > 127 && text[p] !== text[p].toLowerCase()) this.add(first, upperCode(text, p), k);
        }
      }
      // The next word's initial, and past small words the initial of the word after them.
      for (let j = k + 1; j < words.length && j <= k + 3 && this.joined(j); j++) {
        this.add(first, upperCode(words.text(j), 0), k);
        const f = this.flagsOf(j);
        if (f & LONG) break;
        if (f & AND) this.add(first, 38 /* & */, k);
        if (!(f & SMALL)) break;
      }
    }
  }

  /** Word i's WORD_FLAGS bits, worked out once per distinct word. */
  private flagsOf(i: number): number {
    const id = this.words.id(i);
    let f = this.flags[id];
    if (f === 0) {
      const text = this.words.text(i);
      const lower = text.toLowerCase();
      f = KNOWN;
      if (text.length > 4) f |= LONG;
      if (lower === 'and') f |= AND;
      if (SMALL_WORDS.has(lower)) f |= SMALL;
      for (let p = 2; p < text.length; p++) {
        const code = text.charCodeAt(p);
        if (text.charCodeAt(p - 1) === 45 || (code >= 65 && code <= 90) || (code > 127 && text[p] !== text[p].toLowerCase())) {
          f |= INNER_BREAK;
          break;
        }
      }
      this.flags[id] = f;
    }
    return f;
  }

  spells(letters: string): boolean {
    const starts = this.starts.get(upperCode(letters, 0) * 0x10000 + upperCode(letters, 1));
    if (!starts) return false;
    for (const k of starts) {
      // Names from words[k], longer and longer while the words are joined by spaces; each word
      // that is not small needs a letter, so stop when there are more of them than letters.
      let content = 0;
      const last = Math.min(this.words.length, k + letters.length + 4);
      let names: NameWord[] | undefined;
      for (let end = k + 1; end <= last; end++) {
        if (end > k + 1 && !this.joined(end - 1)) break;
        if (!(this.flagsOf(end - 1) & SMALL) && ++content > letters.length) break;
        names ??= this.words.toWords(k, last);
        if (spellsInformally(letters, names, 0, end - k)) return true;
      }
    }
    return false;
  }

  /** Whether words[j] follows words[j - 1] with only spaces between them. */
  private joined(j: number): boolean {
    return onlySpaces(this.prose, this.words.end(j - 1), this.words.starts[j]);
  }

  private add(first: number, second: number, k: number): void {
    const key = first * 0x10000 + second;
    if (first < 128 && second < 128 ? this.wantedAscii[first * 128 + second] === 0 : !this.wanted.has(key)) return;
    const list = this.starts.get(key);
    if (!list) this.starts.set(key, [k]);
    else if (list[list.length - 1] !== k) list.push(k);
  }
}

/**
 * What SpellingIndex asks of a word, a bit each, kept per distinct word in the vocabulary
 * (Vocabulary.bytes): a long story's million words asked the same of each, lower-casing it.
 */
const WORD_FLAGS = {};
const KNOWN = 1;
/** Longer than four units: not a small word, and the end of a name's run of initials. */
const LONG = 2;
const AND = 4;
/** One of SMALL_WORDS, in any case. */
const SMALL = 8;
/** A capital or a hyphen past its second unit, which may give a name's next initial. */
const INNER_BREAK = 16;

function isSmallLetter(code: number, c: string): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** The character code of text[i] in upper case (ASCII without a call). */
function upperCode(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  return text[i].toUpperCase().charCodeAt(0);
}

/** Whether prose[from, to) is one or more spaces or tabs (no line break, no punctuation). */
function onlySpaces(prose: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (prose[i] !== ' ' && prose[i] !== '\t') return false;
  return true;
}

export interface NameWord {
  text: string;
  start: number;
  end: number;
}

/**
 * The words of the same clause just before `open`: back to punctuation or a blank line (a
 * hard-wrapped name may run over a line break).
 */
function wordsBefore(prose: string, open: number): NameWord[] {
  let from = open;
  const limit = Math.max(0, open - 200);
  while (from > limit && !/[.,;:!?"“”()[\]]/.test(prose[from - 1])) {
    if (prose[from - 1] === '\n' && /\n[^\S\n]*$/.test(prose.slice(Math.max(limit, from - 80), from - 1))) break;
    from--;
  }
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
 * word that is not a small word give their initial; the first and last are not small words. After its initial a word may give more
 * letters: a capital ("UK Independence Party" → UKIP, "GlaxoSmithKline" → GSK) or the start
 * of a hyphenated part ("Co-operation"); and the last word of a name of two words or more may
 * give a letter from inside it ("Internet Protocol television" → IPTV). Letters from inside
 * words may not outnumber initials. So "Google (GOOG)" and "Sony Ericsson (SNE)" are no
 * definitions.
 */
export function spellsOut(letters: string, words: readonly NameWord[], from: number, to: number): boolean {
  if (to <= from || letters.length < 2 || to - from > letters.length + 6) return false;
  // A name neither starts nor ends with a small word written small ("of the Petroleum …").
  if (SMALL_WORDS.has(words[from].text) || SMALL_WORDS.has(words[to - 1].text)) return false;
  // A cheap refusal first: the initials of the words that are not small must come in the
  // order of the letters (the first word's initial first).
  if (!initialMatches(words[from].text, letters[0])) return false;
  let li = 1;
  for (let i = from + 1; i < to; i++) {
    const text = words[i].text;
    if (SMALL_WORDS.has(text.toLowerCase())) continue;
    while (li < letters.length && !initialMatches(text, letters[li])) li++;
    if (li++ >= letters.length) return false;
  }
  return new Speller(letters, words, from, to).best(0, from) >= 0;
}

let scratch = new Float64Array(256);

/** The search behind `spellsOut`, memoised on (letter, word): the tables are tiny. */
class Speller {
  private readonly memo: Float64Array;
  private readonly width: number;

  constructor(
    private readonly letters: string,
    private readonly words: readonly NameWord[],
    private readonly from: number,
    private readonly to: number,
  ) {
    this.width = letters.length + 1;
    const size = (to - from + 1) * this.width;
    // One scratch table for every search (they never run at the same time): no allocation.
    if (scratch.length < size) scratch = new Float64Array(size * 2);
    this.memo = scratch;
    this.memo.fill(NaN, 0, size);
  }

  /** The highest (initials - inner letters) score matching letters[li..] to words[wi..to). */
  best(li: number, wi: number): number {
    if (wi === this.to) return li === this.letters.length ? 0 : -Infinity;
    const key = (wi - this.from) * this.width + li;
    const cached = this.memo[key];
    if (!Number.isNaN(cached)) return cached;
    const word = this.words[wi].text;
    let score = -Infinity;
    if (wi !== this.from && wi !== this.to - 1 && SMALL_WORDS.has(word.toLowerCase())) score = this.best(li, wi + 1);
    if (li < this.letters.length && initialMatches(word, this.letters[li])) {
      score = Math.max(score, 1 + this.inWord(word, 1, li + 1, wi));
    }
    this.memo[key] = score;
    return score;
  }

  /** After a word's initial: move on to the next word, or take the next letter later in this word. */
  private inWord(word: string, pos: number, li: number, wi: number): number {
    let score = this.best(li, wi + 1);
    if (li >= this.letters.length) return score;
    const innerAllowed = this.to - this.from > 1 && wi === this.to - 1;
    const want = this.letters[li];
    for (let p = pos; p < word.length; p++) {
      const c = word[p];
      if (c.toUpperCase() !== want) continue;
      const partStart = word[p - 1] === '-' || (c !== c.toLowerCase() && c === c.toUpperCase());
      if (!partStart && !innerAllowed) continue;
      score = Math.max(score, (partStart ? 1 : -1) + this.inWord(word, p + 1, li + 1, wi));
    }
    return score;
  }
}

/**
 * Spans inside double quotation marks, from the shared quotation model (text/quotes.ts). A
 * closing mark with no opening one (the last paragraph of a quote running over several)
 * closes a quote that began with its paragraph. The naming rules never rewrite a speaker's words.
 */
export function quotations(doc: TextModel): readonly Span[] {
  return doc.memo('naming:quotations', () => {
    const { quotations: all, strayCloses } = quotationsOf(doc);
    const spans: Span[] = all.filter((q) => q.kind === 'double' && q.depth === 0).map((q) => ({ start: q.start, end: q.end }));
    for (const stray of strayCloses) spans.push({ start: doc.paragraphs[stray.paragraph].start, end: stray.offset + 1 });
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Span[] = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    return merged;
  });
}

/** Whether `offset` lies inside one of `spans` (sorted, not overlapping). */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
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
