// name-variant: a name spelled one way and later another ("Hemedti" … "Hemeti", "Médecins Sans
// Frontières" … "Medecins Sans Frontieres", "National Farmers Union" … "National Farmer
// Union"). The story's first spelling is the fix, or the house style's where it names one: its
// `words`, its entities' names, short forms and aliases and its terms' `use` forms are spellings
// the story has, in effect, already used, and are never flagged themselves.
//
// The names are learned from the story: capitalised words that are not a sentence's first word
// (unless the story writes that form in mid-sentence too), and runs of them on one line,
// possibly joined by "of", "de", "van" … ("Bank of England"). A later spelling is a variant of
// an earlier one when:
// - it has the same letters but for accents or inner capitals ("Medecins", "Paypal"; 3 letters
//   or more). If the story keeps to the later one (KEPT_TO uses, more than the first), the first
//   is the odd one out and is flagged instead ("Worldcom" once, then "WorldCom" throughout);
// - it is one edit from a name of five letters or more, a transposition counting as one, and
//   nothing says it is another name: a common word capitalised ("Bell", "Belle"), a name the
//   dictionary or the company list knows as written ("Iraq" after "Iran"), a known pair
//   (data/distinct-names.ts), a plural, possessive or demonym ending ("Smiths", "Kenyan"),
//   hyphenated parts that are two words ("G-Unit", "G-Unity"), different first names in front
//   or surnames after, or a first name against a surname ("John Smith" … "Jane Smyth"; "Michel
//   Gondry" … "Roger Michell"), or a spelling the story keeps to ("La Fenice" after "Venice");
// - in a name of several words, one common word of it has a letter more or less ("Farmer" for
//   "Farmers"), the other words the same; never a title ("Mr"/"Mrs"), a first name, or a plural at
//   the end ("Liberal Democrat"/"Liberal Democrats" are both right). A name of several words is
//   one finding, and its words are not reported again on their own.
// A form the style avoids (terms, entities' `avoid`) is house-terms' and entity-naming's to report.
//
// Linear in the story: each distinct spelling is looked up once, through a Map of folded
// spellings and an index of hashes of each spelling with one letter deleted (two spellings one
// edit apart share one), so no spelling is compared with every other. A word's kind and key,
// and the dictionary's answers about a key, are kept by id across checks (Lexicon).

import { startsSentence, usedAsName } from '../text/names.js';
import type { TextModel, WordTable } from '../text/model.js';
import type { Vocabulary } from '../text/word-scanner.js';
import { acceptedWord, styleIndex } from '../style-index.js';
import type { Fix, Resources, Rule, RuleContext, Style, TextEdit } from '../types.js';
import { areDistinctNames } from './data/distinct-names.js';
import { GIVEN_NAMES, NAME_PARTICLES, SENTENCE_STARTERS, TITLES } from './data/well-known-names.js';

/** Shortest name compared letter by letter: "Hemedti"/"Hemeti", not "Iran"/"Iraq". */
const MIN_EDIT_LETTERS = 5;
/** Shortest name compared for its accents: "José"/"Jose". */
const MIN_FOLD_LETTERS = 3;
/** Longer words and names are not looked up in the one-edit index (nor hashed). */
const MAX_LENGTH = 48;
/** Runs of more capitalised words are title-case headlines, not names. */
const MAX_PHRASE_WORDS = 6;
/** Uses of a later spelling that make it a name of its own, when more than the first spelling's. */
const KEPT_TO = 3;
/** Endings that make a plural, a possessive or a demonym, not a misspelling: Smiths, Kenyan, Israeli. */
const INFLECTIONS = new Set(['s', 'n', 'i', 'a', 'e']);
/** Lower-case words inside a name: "Bank of England", "Charles de Gaulle". */
const CONNECTORS = new Set([...NAME_PARTICLES, 'of', 'for', 'the', 'and', 'on', 'upon']);

/** What a word of the text may be in a name. */
const OTHER = 0;
const CAPITAL = 1; // "Hemedti", "Smith's", "Blair-led"
const CONNECTOR = 2; // "of", "de"
/** Set when a word ends every run it is in: a possessive, a lower-case ending ("Blair-led"). */
const ENDS_RUN = 4;

export const nameVariant: Rule = {
  meta: {
    id: 'name-variant',
    family: 'naming',
    description: 'A name spelled differently from the way the story first spelled it.',
    explanation:
      'The story spells this name another way earlier ("Hemedti", then "Hemeti"; "Médecins Sans ' +
      'Frontières", then "Medecins Sans Frontieres"), or the house style spells it another way. ' +
      'Spell checkers cannot catch this: both spellings look like names. The fix writes the first ' +
      'spelling. Two different names that are a letter apart ("Gambia" and "Zambia", "John Smith" ' +
      'and "Jane Smyth") are left alone; if this one is right, add it to the house style.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      variant: '"{found}" is spelled "{first}" earlier in the story.',
      styleVariant: '"{found}" is spelled "{first}" in the house style.',
      usual: '"{found}": the story spells it "{first}" more often.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const words = doc.wordTable;
    if (words.length < 2) return;
    const story = readNames(ctx, words);
    if (story.spellings.length === 0) return;
    const judge = new Judge(ctx, story);
    const seeds = styleSeeds(ctx.style);
    const wordTargets = resolveWords(judge, seeds);
    const phraseTargets = resolvePhrases(judge, seeds);
    const covered = coveredScratch.take(words.length, true);

    for (let o = 0; o < story.phraseOccurrences.length; o += 3) {
      const id = story.phraseOccurrences.at(o);
      const from = story.phraseOccurrences.at(o + 1);
      const to = story.phraseOccurrences.at(o + 2);
      const target = phraseTargets[id];
      if (target === ACCEPTED) {
        covered.fill(1, from, to + 1);
        continue;
      }
      if (target === undefined) continue;
      const edits: TextEdit[] = [];
      const wanted = target.canon.words[target.entry];
      const first = wanted.join(' ');
      for (let k = from; k <= to; k++) {
        const want = wanted[k - from];
        const start = words.starts[k];
        const end = start + story.baseLength(k);
        // Letters and accents, not capitals: a headline's "Of" is no variant of "of".
        if (normalise(doc.text.slice(start, end)).toLowerCase() !== normalise(want).toLowerCase()) edits.push({ start, end, newText: want });
      }
      if (edits.length === 0) continue;
      covered.fill(1, from, to + 1);
      const start = words.starts[from];
      const end = words.starts[to] + story.baseLength(to);
      ctx.report({
        messageId: target.why,
        data: { found: doc.text.slice(start, end).replace(/\s+/g, ' '), first },
        start,
        end,
        fix: change(first, edits),
      });
    }

    for (let o = 0; o < story.wordOccurrences.length; o += 2) {
      const k = story.wordOccurrences.at(o);
      const target = wordTargets[story.wordOccurrences.at(o + 1)];
      if (target === undefined || target === ACCEPTED || covered[k]) continue;
      const first = target.canon.words[target.entry][0];
      const start = words.starts[k];
      const end = start + story.baseLength(k);
      ctx.report({
        messageId: target.why,
        data: { found: doc.text.slice(start, end), first },
        start,
        end,
        fix: change(first, [{ start, end, newText: first }]),
      });
    }
  },
};

/** The letters of some strings, at most MAX_LENGTH each: what filing them in a NearIndex takes. */
function letters(strings: readonly string[]): number {
  let n = 0;
  for (const s of strings) n += Math.min(s.length, MAX_LENGTH);
  return n;
}

function change(text: string, edits: TextEdit[]): Fix {
  return { title: `Change to "${text}"`, edits };
}

// ---------------------------------------------------------------------------------------------
// The story's names

/** The names of one story: distinct spellings by id, in order of first use, and where they stand. */
interface StoryNames {
  /** Each single word's spelling (possessive left off, ’ as '). */
  spellings: string[];
  /** The same as first written (’ kept): what a fix writes. */
  written: string[];
  /** The capitalised words right before and after each spelling in a name, titles left out. */
  before: Neighbours[];
  after: Neighbours[];
  /** How many times the story writes each spelling as a name. */
  uses: number[];
  /** Each name of several words, its words as first written. */
  phrases: string[][];
  /** How many times the story writes each of them. */
  phraseUses: number[];
  /** Pairs (word index, spelling id), in text order. */
  wordOccurrences: IntList;
  /** Triples (phrase id, first word index, last word index), in text order. */
  phraseOccurrences: IntList;
  /** A word's length without its possessive or lower-case ending. */
  baseLength: (k: number) => number;
  /** Each spelling's key index (Lexicon.keyIndex), by which `answers` keeps what is asked of it. */
  keyIndexes: number[];
  answers: KeyAnswers;
}

/** The words next to a spelling: none, one, or several. */
type Neighbours = string | Set<string> | undefined;

/** One pass over the words: cuts them into runs of name words and files the spellings. */
function readNames(ctx: RuleContext, words: WordTable): StoryNames {
  const { doc } = ctx;
  const prose = doc.prose;
  const n = words.length;
  const lexicon = lexiconFor(words);
  const kinds = kindsScratch.take(n, false);
  const avoided = avoidedWords(doc, ctx.style, words);
  for (let i = 0; i < n; i++) {
    const kind = lexicon.kind(i);
    kinds[i] = avoided?.[i] && kind & CAPITAL ? OTHER : kind;
  }
  /** The spelling of a word that may stand in a name: its base, ’ as '. */
  const key = (k: number) => lexicon.key(k);

  const answers = lexicon.answers(ctx);
  /** The story's spelling ids, by key index (Lexicon.keyIndex), for this check. */
  const spellingIds = lexicon.spellingIds();
  // Phrases by their text: a tree of Maps by key index, tried instead, made a Map per name
  // of each check for no gain that could be told from noise.
  const phraseIds = new Map<string, number>();
  const names: StoryNames = {
    spellings: [],
    written: [],
    before: [],
    after: [],
    uses: [],
    phrases: [],
    phraseUses: [],
    wordOccurrences: storyLists[0].reset(),
    phraseOccurrences: storyLists[1].reset(),
    baseLength: (k) => lexicon.baseLength(k),
    keyIndexes: [],
    answers,
  };
  // Only names count, not common words capitalised: "European Parliament" is no other
  // European than "European Union"'s, "Free Mojtaba" is Mojtaba. First names that are words
  // too ("John", "Mark") are names here.
  const note = (sets: Neighbours[], id: number, k: number) => {
    if ((kinds[k] & 3) !== CAPITAL) return;
    const word = key(k);
    if (TITLES.has(word) || (answers.isCommon(lexicon.keyIndex(k), word) && !GIVEN_NAMES.has(word))) return;
    const known = sets[id];
    if (known === undefined) sets[id] = word;
    else if (typeof known === 'string') {
      if (known !== word) sets[id] = new Set([known, word]);
    } else if (known.size < 16) known.add(word);
  };

  const readRun = (from: number, to: number) => {
    let start = from;
    // A sentence's first word is a name only if the story writes it so in mid-sentence too
    // (and is not "But", "Meanwhile" …); "The" is no part of a name ("in The Hague").
    const first = key(from);
    if (first === 'The' || (startsSentence(prose, words.starts[from]) && (SENTENCE_STARTERS.has(first) || (!usedAsName(doc, words.text(from)) && !usedAsName(doc, first))))) {
      start++;
      while (start <= to && (kinds[start] & 3) !== CAPITAL) start++;
    }
    for (let k = start; k <= to; k++) {
      if ((kinds[k] & 3) !== CAPITAL) continue;
      const keyIndex = lexicon.keyIndex(k);
      let id = spellingIds.get(keyIndex);
      if (id === -1) {
        spellingIds.set(keyIndex, (id = names.spellings.length));
        names.spellings.push(key(k));
        names.keyIndexes.push(keyIndex);
        names.written.push(words.text(k).slice(0, lexicon.baseLength(k)));
        names.before.push(undefined);
        names.after.push(undefined);
        names.uses.push(0);
      }
      names.uses[id]++;
      names.wordOccurrences.push2(k, id);
      if (k > start) note(names.before, id, k - 1);
      if (k < to) note(names.after, id, k + 1);
    }
    if (to > start && to - start < MAX_PHRASE_WORDS) {
      const parts: string[] = [];
      for (let k = start; k <= to; k++) parts.push(key(k));
      const phrase = parts.join(' ');
      let id = phraseIds.get(phrase);
      if (id === undefined) {
        phraseIds.set(phrase, (id = names.phrases.length));
        names.phrases.push(parts);
        names.phraseUses.push(0);
      }
      names.phraseUses[id]++;
      names.phraseOccurrences.push3(id, start, to);
    }
  };

  for (let i = 0; i < n; ) {
    if ((kinds[i] & 3) !== CAPITAL) {
      i++;
      continue;
    }
    let last = i;
    let j = i;
    // A title starts a run of its own: "National Farmers Union President Joe Smith".
    while (!(kinds[j] & ENDS_RUN) && j + 1 < n && kinds[j + 1] !== OTHER && joined(prose, words, j) && !TITLES.has(key(j + 1))) {
      j++;
      if ((kinds[j] & 3) === CAPITAL) last = j;
    }
    readRun(i, last);
    i = j + 1;
  }
  return names;
}

/**
 * A byte array reused by the checks after the one that made it, grown as stories need; a
 * long story gets one of its own, not kept. The story's word kinds (every one written before
 * it is read) and the marks of the words a reported name covers (cleared) are kept so, as
 * the occurrence lists (storyLists) and the canons (storyCanons) are.
 */
class ScratchBytes {
  private bytes = new Uint8Array(4096);

  /** At least n bytes; all zero below n if `clear`. */
  take(n: number, clear: boolean): Uint8Array {
    if (n > MAX_SCRATCH_BYTES) return new Uint8Array(n);
    if (this.bytes.length < n) this.bytes = new Uint8Array(Math.min(MAX_SCRATCH_BYTES, Math.max(n, this.bytes.length * 2)));
    else if (clear) this.bytes.fill(0, 0, n);
    return this.bytes;
  }
}

const MAX_SCRATCH_BYTES = 1 << 18;
const kindsScratch = new ScratchBytes();
const coveredScratch = new ScratchBytes();

const COMMON_ASKED = 1;
const COMMON = 2;
const KNOWN_ASKED = 4;
const KNOWN = 8;

/**
 * isCommonWord's and isKnownName's answers about keys, by key index, kept in the lexicon across
 * checks for as long as the word lists and the locale they were asked under stay the same: a
 * desk's stories name the same people and places, and each answer is a look-up or two in the
 * dictionary.
 */
class KeyAnswers {
  constructor(
    private readonly bits: Uint8Array,
    private readonly ctx: RuleContext,
  ) {}

  /** isCommonWord(word), word being the key at `keyIndex`. */
  isCommon(keyIndex: number, word: string): boolean {
    let a = this.bits[keyIndex];
    if (!(a & COMMON_ASKED)) this.bits[keyIndex] = a |= COMMON_ASKED | (isCommonWord(this.ctx, word) ? COMMON : 0);
    return (a & COMMON) !== 0;
  }

  /** isKnownName(word), word being the key at `keyIndex`. */
  isKnown(keyIndex: number, word: string): boolean {
    let a = this.bits[keyIndex];
    if (!(a & KNOWN_ASKED)) this.bits[keyIndex] = a |= KNOWN_ASKED | (isKnownName(this.ctx, word) ? KNOWN : 0);
    return (a & KNOWN) !== 0;
  }
}

/**
 * Spelling ids by key index for one check, in a lexicon's arrays: an id is the check's only
 * if its stamp is the check's, so nothing is cleared between checks.
 */
class SpellingIds {
  constructor(
    private readonly ids: Int32Array,
    private readonly stamps: Int32Array,
    private readonly stamp: number,
  ) {}

  /** The spelling id of a key index, or -1. */
  get(keyIndex: number): number {
    return this.stamps[keyIndex] === this.stamp ? this.ids[keyIndex] : -1;
  }

  set(keyIndex: number, id: number): void {
    this.stamps[keyIndex] = this.stamp;
    this.ids[keyIndex] = id;
  }
}

/** Set in Lexicon's kinds once a text's kind is known (a kind may be OTHER, 0). */
const KNOWN_KIND = 0x80;
/** The longest connector (CONNECTORS): longer lower-case words need no look-up. */
const MAX_CONNECTOR_LENGTH = Math.max(...[...CONNECTORS].map((c) => c.length));

/**
 * What each distinct text of a vocabulary may be in a name, worked out at its first use (by
 * the word table's ids, so a long story's millions of words cost one test per distinct word
 * and no string per word): its kind, its key (the base, ’ as '), its base's length. A pure
 * function of the text, so kept per vocabulary (lexiconFor): the process's vocabulary is
 * shared by every short text checked, and a word's answer is worked out once per process.
 */
class Lexicon {
  private kinds = new Uint8Array(0);
  /** Index into `keys`, or -1: no key. */
  private keyOf = new Int32Array(0);
  private bases = new Uint16Array(0);
  /** The distinct keys: equal keys of different texts ("Smith", "Smith's") share an index. */
  private readonly keys: string[] = [];
  private readonly keyIndexes = new Map<string, number>();
  /** SpellingIds' arrays, by key index, and the stamp of the last check. */
  private spellingIdArray = new Int32Array(0);
  private spellingStamps = new Int32Array(0);
  private stamp = 0;
  /** KeyAnswers' bits, and the word lists and locale they were asked under. */
  private answerBits = new Uint8Array(0);
  private answeredFor: [Resources['dictionary'], Resources['companies'], Style['locale']] | undefined;
  private words!: WordTable;

  /** Reads `words` (a table of this lexicon's vocabulary) until the next call. */
  use(words: WordTable): this {
    this.words = words;
    const size = words.vocabularySize;
    if (this.kinds.length < size) {
      // Room for the vocabulary's growth, so that it is not copied at every check.
      const room = Math.max(size, this.kinds.length * 2, 1024);
      this.kinds = grownTo(this.kinds, new Uint8Array(room));
      this.keyOf = grownTo(this.keyOf, new Int32Array(room));
      this.bases = grownTo(this.bases, new Uint16Array(room));
    }
    return this;
  }

  kind(i: number): number {
    const v = this.words.id(i);
    const known = this.kinds[v];
    return known & KNOWN_KIND ? known & ~KNOWN_KIND : this.learn(v, this.words.text(i));
  }

  /** Word i's key; read only for a word whose kind is not OTHER. */
  key(i: number): string {
    return this.keys[this.keyOf[this.words.id(i)]];
  }

  /** The index of word i's key: equal keys, equal indexes (kind() first, and not OTHER). */
  keyIndex(i: number): number {
    return this.keyOf[this.words.id(i)];
  }

  /** What is known of the keys under ctx's word lists and locale (the words' kinds are all read first). */
  answers(ctx: RuleContext): KeyAnswers {
    const { dictionary, companies } = ctx.resources;
    const locale = ctx.style.locale;
    const was = this.answeredFor;
    if (!was || was[0] !== dictionary || was[1] !== companies || was[2] !== locale) {
      this.answeredFor = [dictionary, companies, locale];
      this.answerBits.fill(0);
    }
    if (this.answerBits.length < this.keys.length) {
      this.answerBits = grownTo(this.answerBits, new Uint8Array(Math.max(this.keys.length, this.answerBits.length * 2, 1024)));
    }
    return new KeyAnswers(this.answerBits, ctx);
  }

  /** Spelling ids by key index, empty, for one check (the words' kinds are all read first). */
  spellingIds(): SpellingIds {
    const size = this.keys.length;
    if (this.spellingStamps.length < size) {
      const room = Math.max(size, this.spellingStamps.length * 2, 1024);
      this.spellingIdArray = new Int32Array(room);
      this.spellingStamps = new Int32Array(room);
      this.stamp = 0;
    }
    // Stamps start at 1 (a new array's 0 is no check's); past 2^31 the arrays are cleared.
    if (this.stamp === 0x7fffffff) {
      this.spellingStamps.fill(0);
      this.stamp = 0;
    }
    return new SpellingIds(this.spellingIdArray, this.spellingStamps, ++this.stamp);
  }

  /** Word i's length without its possessive or lower-case ending (kind() first). */
  baseLength(i: number): number {
    return this.bases[this.words.id(i)];
  }

  private learn(v: number, text: string): number {
    let kind = OTHER;
    let base = text;
    const c = text.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      if (text.length <= MAX_CONNECTOR_LENGTH && CONNECTORS.has(text)) kind = CONNECTOR;
    } else {
      base = baseOf(text);
      if (isNameShaped(base)) kind = base.length < text.length ? CAPITAL | ENDS_RUN : CAPITAL;
    }
    this.bases[v] = Math.min(base.length, 0xffff);
    this.keyOf[v] = -1;
    if (kind !== OTHER) {
      const key = kind === CONNECTOR ? text : normalise(base);
      let index = this.keyIndexes.get(key);
      if (index === undefined) {
        this.keyIndexes.set(key, (index = this.keys.length));
        this.keys.push(key);
      }
      this.keyOf[v] = index;
    }
    this.kinds[v] = kind | KNOWN_KIND;
    return kind;
  }
}

function grownTo<T extends Uint8Array | Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** One lexicon per vocabulary, for as long as the vocabulary is in use. */
const lexicons = new WeakMap<Vocabulary, Lexicon>();

function lexiconFor(words: WordTable): Lexicon {
  let lexicon = lexicons.get(words.vocabulary);
  if (!lexicon) lexicons.set(words.vocabulary, (lexicon = new Lexicon()));
  return lexicon.use(words);
}

/** Numbers in a typed array that grows by doubling: the story's occurrences, two or three numbers each. */
class IntList {
  private items = new Int32Array(64);
  length = 0;

  at(i: number): number {
    return this.items[i];
  }

  push2(a: number, b: number): void {
    if (this.length + 2 > this.items.length) this.grow();
    this.items[this.length++] = a;
    this.items[this.length++] = b;
  }

  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.items.length) this.grow();
    this.items[this.length++] = a;
    this.items[this.length++] = b;
    this.items[this.length++] = c;
  }

  private grow(): void {
    const items = new Int32Array(this.items.length * 2);
    items.set(this.items);
    this.items = items;
  }

  /** Empties it for another story (a long story's numbers are let go). */
  reset(): this {
    this.length = 0;
    if (this.items.length > MAX_KEPT_ITEMS) this.items = new Int32Array(64);
    return this;
  }
}

const MAX_KEPT_ITEMS = 1 << 16;
/** The story's word and phrase occurrences, reused by each check (see ScratchBytes). */
const storyLists = [new IntList(), new IntList()];

/** Capitalised, with a small letter somewhere after the capital (not "NHS", "MPs"), and no digit. */
function isNameShaped(base: string): boolean {
  if (base.length < 2 || !UPPER_START_RE.test(base)) return false;
  const body = base.endsWith('s') ? base.slice(0, -1) : base;
  return LOWER_RE.test(body) && !DIGIT_RE.test(base);
}

const UPPER_START_RE = /^\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const DIGIT_RE = /\p{N}/u;
/** A lower-case ending after a hyphen: "-led", "-style", "-era". */
const LOWER_SUFFIX_RE = /(?<=\p{L})-\p{Ll}[\p{Ll}-]*$/u;

/** A word without its possessive ending ("Smith's") or a lower-case ending ("Blair-led"). */
function baseOf(text: string): string {
  const n = text.length;
  if (n > 2 && (text[n - 1] === 's' || text[n - 1] === 'S') && (text[n - 2] === "'" || text[n - 2] === '’')) return text.slice(0, -2);
  return text.includes('-') ? text.replace(LOWER_SUFFIX_RE, '') : text;
}

/** The apostrophes and hyphens a word may be written with, one way: "O’Neill" is "O'Neill". */
function normalise(s: string): string {
  return s.includes('’') || s.includes('‐') ? s.replace(/’/g, "'").replace(/‐/g, '-') : s;
}

/**
 * Whether words i and i + 1 are parts of one name: spaces between them, on one line (a line
 * break ends a headline or a paragraph of a plain draft, and the next line starts a sentence).
 */
function joined(prose: string, words: WordTable, i: number): boolean {
  const from = words.end(i);
  const to = words.starts[i + 1];
  for (let p = from; p < to; p++) {
    const c = prose.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return to > from;
}

/** Words inside a form the style avoids (its terms', its entities'), or undefined when none. */
function avoidedWords(doc: TextModel, style: Style, words: WordTable): Uint8Array | undefined {
  const index = styleIndex(style);
  if (index.terms.size === 0 && index.entityForms.size === 0) return undefined;
  const marks = new Uint8Array(words.length);
  const mark = (start: number, end: number) => {
    for (let k = words.firstFrom(start); k < words.length && words.starts[k] < end; k++) marks[k] = 1;
  };
  if (index.terms.size > 0) for (const m of index.terms.find(doc)) mark(m.start, m.end);
  if (index.entityForms.size > 0) for (const m of index.entityForms.find(doc)) if (m.value.kind === 'avoid') mark(m.start, m.end);
  return marks;
}

// ---------------------------------------------------------------------------------------------
// Deciding which spellings are variants

/** What a variant should be written as: an entry of the spellings taken (read when reported). */
interface Target {
  canon: Canon;
  entry: number;
  /** The house style's spelling, or the one the story keeps to rather than its first one. */
  why: 'variant' | 'styleVariant' | 'usual';
}

/** A spelling the house style or a copydesk-ignore accepts: never a variant. */
const ACCEPTED = 'accepted';

/** A common word capitalised ("Bell", "Farmers"): its lower case is in the dictionary. */
function isCommonWord(ctx: RuleContext, word: string): boolean {
  const dictionary = ctx.resources.dictionary;
  if (!dictionary) return false;
  const lower = word.toLowerCase();
  const locale = ctx.style.locale;
  return dictionary.has(lower, locale) || (lower.includes("'") && dictionary.has(lower.replace(/'/g, '’'), locale));
}

/** A name in its own right: the dictionary or the company list has it as written ("Iraq", "Stephan"). */
function isKnownName(ctx: RuleContext, word: string): boolean {
  const { dictionary, companies } = ctx.resources;
  return (dictionary?.has(word, ctx.style.locale) ?? false) || (companies?.has(word) ?? false);
}

/** The story's names, and the dictionary and list look-ups of the checks. */
class Judge {
  constructor(
    readonly ctx: RuleContext,
    readonly story: StoryNames,
  ) {}

  get hasDictionary(): boolean {
    return this.ctx.resources.dictionary !== undefined;
  }

  isCommonWord(word: string): boolean {
    return isCommonWord(this.ctx, word);
  }

  isKnownName(word: string): boolean {
    return isKnownName(this.ctx, word);
  }

  /** isCommonWord of spelling `id` of the story. */
  isCommonSpelling(id: number): boolean {
    return this.story.answers.isCommon(this.story.keyIndexes[id], this.story.spellings[id]);
  }

  /** isKnownName of spelling `id` of the story. */
  isKnownSpelling(id: number): boolean {
    return this.story.answers.isKnown(this.story.keyIndexes[id], this.story.spellings[id]);
  }

  accepted(word: string): boolean {
    return acceptedWord(this.ctx, word);
  }
}

/** Each single spelling's target, decided in order of first use. */
function resolveWords(judge: Judge, seeds: Seeds): (Target | typeof ACCEPTED | undefined)[] {
  const { spellings, written, before, after, uses } = judge.story;
  const targets: (Target | typeof ACCEPTED | undefined)[] = new Array(spellings.length);
  const canonical = storyCanon(0, true, letters(spellings));
  /** For each canonical entry of `canonical`, its spelling id. */
  const idOf: number[] = [];
  const add = (id: number, text: string, folded: string) => {
    const entry = canonical.add(text, folded, [written[id]]);
    idOf[entry] = id;
    if (folded.length >= MIN_EDIT_LETTERS) canonical.near.add(folded, entry);
  };

  // The spelling being decided, which the checks below read (made once, not per spelling).
  let id = 0;
  let text = '';
  let folded = '';
  // Two people: different first names in front ("John Smith" … "Jane Smyth"), different
  // surnames after ("Mohamed Salah" … "Mohammed Ali"), or a first name and a surname ("Michel
  // Gondry" … "Roger Michell").
  const twoPeople = (other: number) =>
    disjoint(before[id], before[other]) ||
    disjoint(after[id], after[other]) ||
    (before[id] !== undefined && after[id] === undefined && before[other] === undefined && after[other] !== undefined) ||
    (before[id] === undefined && after[id] !== undefined && before[other] !== undefined && after[other] === undefined);
  // A slip happens once or twice; a spelling the story keeps to, more often than the first
  // one, is another name ("La Fenice" after "Venice").
  const keptTo = (other: number) => uses[id] >= KEPT_TO && uses[id] > uses[other];
  const oneEdit = (store: Canon, entry: number) => {
    const other = store.folded[entry];
    return oneEditApart(other, folded) && !inflected(other, folded) && !areDistinctNames(other, folded, fold) && !wordsApart(judge, store.texts[entry], text);
  };
  const nearSeed = (entry: number) => oneEdit(seeds.words, entry) && !judge.isCommonWord(seeds.words.texts[entry]);
  const nearStory = (entry: number) => oneEdit(canonical, entry) && !twoPeople(idOf[entry]) && !keptTo(idOf[entry]);

  for (id = 0; id < spellings.length; id++) {
    text = spellings[id];
    folded = fold(text);
    if (judge.accepted(text) || (written[id] !== text && judge.accepted(written[id]))) {
      targets[id] = ACCEPTED;
      add(id, text, folded);
      continue;
    }
    // A common word capitalised ("Bell", "Belle") is neither a name's variant nor a spelling
    // to compare names with.
    if (judge.isCommonSpelling(id)) continue;
    let target: Target | undefined;

    // The same letters but for accents or capitals.
    if (folded.length >= MIN_FOLD_LETTERS) {
      let seed = seeds.words.byFold.get(folded);
      if (seed !== undefined && judge.isCommonWord(seeds.words.texts[seed])) seed = undefined;
      if (seed !== undefined && seeds.words.texts[seed] !== text) target = seeds.words.target(seed, true);
      const first = canonical.byFold.get(folded);
      if (!target && seed === undefined && first !== undefined && canonical.texts[first] !== text && !twoPeople(idOf[first])) {
        const firstId = idOf[first];
        if (keptTo(firstId) && targets[firstId] === undefined) {
          // The story keeps to this spelling ("Worldcom" once, then "WorldCom" throughout):
          // it is the one to use, and the first is the odd one out.
          canonical.texts[first] = text;
          canonical.words[first] = [written[id]];
          idOf[first] = id;
          targets[firstId] = { canon: canonical, entry: first, why: 'usual' };
          continue;
        }
        target = canonical.target(first, false);
      }
    }

    // One edit apart.
    // A letter dropped from a name of five takes it to four: "Kora" for "Korea" (only names of
    // five letters or more are filed in the index).
    if (!target && folded.length >= MIN_EDIT_LETTERS - 1 && folded.length <= MAX_LENGTH && !judge.isKnownSpelling(id)) {
      const seed = seeds.words.near.first(folded, nearSeed);
      if (seed !== -1) target = seeds.words.target(seed, true);
      else {
        const first = canonical.near.first(folded, nearStory);
        if (first !== -1) target = canonical.target(first, false);
      }
    }

    if (target) targets[id] = target;
    else add(id, text, folded);
  }
  return targets;
}

/** Each phrase's target, decided in order of first use. */
function resolvePhrases(judge: Judge, seeds: Seeds): (Target | typeof ACCEPTED | undefined)[] {
  const { phrases, phraseUses: uses } = judge.story;
  const targets: (Target | typeof ACCEPTED | undefined)[] = new Array(phrases.length);
  const canonical = storyCanon(1, false, letters(phrases.map((p) => p.join(' '))));
  /** For each canonical entry, its phrase id. */
  const idOf: number[] = [];
  let id = 0;
  // As for single words: a form the story keeps to is no slip.
  const keptTo = (other: number) => uses[id] >= KEPT_TO && uses[id] > uses[other];
  let parts: string[] = [];
  let folded = '';
  let words: string[] | undefined;
  const oneLetter = (store: Canon, entry: number) => letterApart(judge, store.words[entry], parts, store.folded[entry].split(' '), (words ??= folded.split(' ')));
  const nearSeed = (entry: number) => oneLetter(seeds.phrases, entry);
  const nearStory = (entry: number) => oneLetter(canonical, entry) && !keptTo(idOf[entry]);

  for (id = 0; id < phrases.length; id++) {
    parts = phrases[id];
    const text = parts.join(' ');
    if (seeds.acceptedPhrases.has(text)) {
      targets[id] = ACCEPTED;
      continue;
    }
    folded = fold(text);
    words = undefined;
    const lower = text.toLowerCase();
    let target: Target | undefined;

    // Accents: "Medecins Sans Frontieres". Capitals alone are a headline's title case.
    const seed = seeds.phrases.byFold.get(folded);
    const first = seed === undefined ? canonical.byFold.get(folded) : undefined;
    if (seed !== undefined) {
      if (seeds.phrases.texts[seed].toLowerCase() === lower) continue;
      target = seeds.phrases.target(seed, true);
    } else if (first !== undefined) {
      if (canonical.texts[first].toLowerCase() === lower) continue;
      const firstId = idOf[first];
      if (keptTo(firstId) && targets[firstId] === undefined) {
        canonical.texts[first] = text;
        canonical.words[first] = parts;
        idOf[first] = id;
        targets[firstId] = { canon: canonical, entry: first, why: 'usual' };
        continue;
      }
      target = canonical.target(first, false);
    }

    // A letter more or less in one common word: "National Farmer Union".
    if (!target && judge.hasDictionary && folded.length <= MAX_LENGTH) {
      const fromSeed = seeds.phrases.near.first(folded, nearSeed);
      if (fromSeed !== -1) target = seeds.phrases.target(fromSeed, true);
      else {
        const fromStory = canonical.near.first(folded, nearStory);
        if (fromStory !== -1) target = canonical.target(fromStory, false);
      }
    }

    if (target) targets[id] = target;
    else {
      const entry = canonical.add(text, folded, parts);
      idOf[entry] = id;
      canonical.near.add(folded, entry);
    }
  }
  return targets;
}

/**
 * Whether two names of several words differ in one common word only, by one letter added or
 * dropped, and in a way that is no other name: not a title, not the first word when it is a
 * first name, not a plural at the end, not two names the dictionary knows.
 */
function letterApart(judge: Judge, first: string[], later: string[], firstFolded: string[], laterFolded: string[]): boolean {
  if (first.length !== later.length) return false;
  let at = -1;
  for (let k = 0; k < firstFolded.length; k++) {
    if (firstFolded[k] === laterFolded[k]) continue;
    if (at !== -1) return false;
    at = k;
  }
  if (at === -1) return false;
  const a = firstFolded[at];
  const b = laterFolded[at];
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 3 || !oneEditApart(short, long)) return false;
  const x = first[at];
  const y = later[at];
  if (TITLES.has(x) || TITLES.has(y) || areDistinctNames(a, b, fold)) return false;
  if (!judge.isCommonWord(x) && !judge.isCommonWord(y)) return false;
  if (at === 0 && !(judge.isCommonWord(x) && judge.isCommonWord(y))) return false;
  if (judge.isKnownName(x) && judge.isKnownName(y)) return false;
  // The plural at the end ("Liberal Democrats"), a demonym anywhere ("Kenya Airways"/"Kenyan Airways").
  const ending = long.startsWith(short) ? long[long.length - 1] : '';
  if (ending !== '' && INFLECTIONS.has(ending) && (ending !== 's' || at === first.length - 1)) return false;
  return true;
}

/** Hyphenated names whose differing parts are two words: "G-Unit", "G-Unity". */
function wordsApart(judge: Judge, a: string, b: string): boolean {
  if (!a.includes('-') || !b.includes('-')) return false;
  const x = a.split('-');
  const y = b.split('-');
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return judge.isCommonWord(x[i]) && judge.isCommonWord(y[i]);
  return false;
}

/** One is the other with a plural, possessive or demonym ending: "Smiths", "Kenyan", "Israeli". */
function inflected(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && INFLECTIONS.has(long[long.length - 1]);
}

/** Both have neighbours, and none in common. */
function disjoint(a: Neighbours, b: Neighbours): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'string') return typeof b === 'string' ? a !== b : !b.has(a);
  if (typeof b === 'string') return !a.has(b);
  for (const x of a) if (b.has(x)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Spellings already taken, and the house style's

/** Spellings in order of first use, by folded form and by the one-edit index. */
class Canon {
  /** Each spelling, ’ as '. */
  texts: string[] = [];
  /** Its words as written: what a fix writes. */
  words: string[][] = [];
  folded: string[] = [];
  /** Folded form → its first entry. */
  readonly byFold = new Map<string, number>();
  readonly near: NearIndex;

  /**
   * `changes`: a letter changed or two swapped is one edit too (single words), not only one
   * added or dropped. `letters`: about how many letters will be filed, to size the index once.
   */
  constructor(changes = true, letters = 0) {
    this.near = new NearIndex(changes, letters);
  }

  add(text: string, folded: string, words: string[]): number {
    const entry = this.texts.length;
    this.texts.push(text);
    this.words.push(words);
    this.folded.push(folded);
    if (!this.byFold.has(folded)) this.byFold.set(folded, entry);
    return entry;
  }

  target(entry: number, fromStyle: boolean): Target {
    return { canon: this, entry, why: fromStyle ? 'styleVariant' : 'variant' };
  }

  /** Empties it for another story of about `letters` letters, keeping its index's tables. */
  reset(letters: number): this {
    this.texts = [];
    this.words = [];
    this.folded = [];
    this.byFold.clear();
    this.near.reset(letters);
    return this;
  }
}

/**
 * The story's two canons (single words, and names of several words), emptied and reused by
 * each check: a check made ten hash tables of typed arrays, each some microseconds to make and
 * to collect. A check reads its canons only until it returns, and checks do not nest.
 */
const storyCanons: (Canon | undefined)[] = [undefined, undefined];

function storyCanon(which: 0 | 1, changes: boolean, letters: number): Canon {
  const canon = storyCanons[which];
  if (canon) return canon.reset(letters);
  return (storyCanons[which] = new Canon(changes, letters));
}

interface Seeds {
  words: Canon;
  phrases: Canon;
  /** The style's accepted names of several words, as the story would write them. */
  acceptedPhrases: ReadonlySet<string>;
}

const seedCache = new WeakMap<Style, Seeds>();
const NO_STYLE: Style = {};

/** The house style's spellings, built once per style object: its words, entity forms and `use` forms. */
function styleSeeds(style: Style | undefined): Seeds {
  const key = style && typeof style === 'object' ? style : NO_STYLE;
  let seeds = seedCache.get(key);
  if (seeds) return seeds;
  const forms: string[] = [];
  const push = (s: unknown) => {
    if (typeof s === 'string' && s.trim() !== '') forms.push(normalise(s.trim().replace(/\s+/g, ' ')));
  };
  if (Array.isArray(key.words)) key.words.forEach(push);
  if (Array.isArray(key.entities)) {
    for (const e of key.entities) {
      if (!e || typeof e !== 'object') continue;
      push(e.name);
      push(e.short);
      if (Array.isArray(e.aliases)) e.aliases.forEach(push);
    }
  }
  if (Array.isArray(key.terms)) for (const t of key.terms) if (t && typeof t === 'object') push(t.use);

  seeds = { words: new Canon(), phrases: new Canon(false), acceptedPhrases: new Set() };
  const seenWords = new Set<string>();
  for (const form of forms) {
    const parts = form.split(' ');
    if (parts.length > 1) {
      (seeds.acceptedPhrases as Set<string>).add(form);
      const folded = fold(form);
      if (!seeds.phrases.byFold.has(folded)) seeds.phrases.near.add(folded, seeds.phrases.add(form, folded, parts));
    }
    for (const part of parts) {
      if (!isNameShaped(part) || seenWords.has(part)) continue;
      seenWords.add(part);
      const folded = fold(part);
      const entry = seeds.words.add(part, folded, [part]);
      if (folded.length >= MIN_EDIT_LETTERS) seeds.words.near.add(folded, entry);
    }
  }
  seedCache.set(key, seeds);
  return seeds;
}

// ---------------------------------------------------------------------------------------------
// Folding and the one-edit index

const FOLD_EXTRA: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i' };
const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Médecins" → "medecins", "Erdoğan" → "erdogan", "Straße" → "strasse". */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (ASCII_RE.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøłđðþæœı]/g, (c) => FOLD_EXTRA[c]);
}

/** Most entries kept under one hash: a hostile text cannot make a look-up slow. */
const MAX_SLOT = 8;
const BASE = 1_000_003;
const POWERS = (() => {
  const p = new Int32Array(MAX_LENGTH + 2);
  p[0] = 1;
  for (let i = 1; i < p.length; i++) p[i] = Math.imul(p[i - 1], BASE);
  return p;
})();
/** Prefix hashes of the string being hashed (one look-up at a time). */
const prefix = new Int32Array(MAX_LENGTH + 2);

/**
 * Strings by a hash of themselves and of each of their deletions of one character. Two strings
 * one edit apart share a key: one is a deletion of the other (a letter added or dropped), or
 * their deletions at one position are equal (a letter changed there), or at two neighbouring
 * positions (two letters swapped). Keeping the position makes "abcde" and "bcdex" (two edits,
 * with "bcde" in common) no candidates of each other: on a story of short random names the
 * plain deletion neighbourhood matched nearly everything with everything. Hash collisions only
 * add candidates, which the caller checks.
 */
class NearIndex {
  private readonly exact: HashTable;
  /** An entry by each of its deletions, wherever it was: found from a string one letter shorter. */
  private readonly deleted: HashTable;
  /** An entry by each deletion and its position: found from a string with a letter changed or two swapped. */
  private readonly deletedAt: HashTable | undefined;

  /** `letters`: about how many letters the strings filed will have (each is a deletion to file). */
  constructor(changes: boolean, letters: number) {
    this.exact = new HashTable(letters >> 2);
    this.deleted = new HashTable(letters);
    if (changes) this.deletedAt = new HashTable(letters);
  }

  /** Empties it, to file about `letters` letters. */
  reset(letters: number): void {
    this.exact.reset(letters >> 2);
    this.deleted.reset(letters);
    this.deletedAt?.reset(letters);
  }

  /** Files `s` as `entry` (a space is never deleted: a name keeps its number of words). */
  add(s: string, entry: number): void {
    const n = s.length;
    if (n > MAX_LENGTH) return;
    this.exact.add(hashPrefixes(s), entry);
    for (let p = 0; p < n; p++) {
      if (s.charCodeAt(p) === 32) continue;
      const h = deletionHash(p, n);
      this.deleted.add(h, entry);
      this.deletedAt?.add(at(h, p), entry);
    }
  }

  /** The earliest entry that may be one edit from `s` and passes `accept`, or -1. */
  first(s: string, accept: (entry: number) => boolean): number {
    const n = s.length;
    if (n > MAX_LENGTH || this.exact.size === 0) return -1;
    const whole = hashPrefixes(s);
    const deletions = deletionScratch;
    for (let p = 0; p < n; p++) deletions[p] = s.charCodeAt(p) === 32 ? 0 : deletionHash(p, n);
    // An entry with a letter more.
    let best = this.deleted.earliest(whole, -1, accept);
    for (let p = 0; p < n; p++) {
      if (s.charCodeAt(p) === 32) continue;
      const h = deletions[p];
      // An entry with a letter less.
      best = this.exact.earliest(h, best, accept);
      if (!this.deletedAt) continue;
      // A letter changed at p, or the letters at p − 1 and p swapped.
      best = this.deletedAt.earliest(at(h, p), best, accept);
      if (p > 0) best = this.deletedAt.earliest(at(h, p - 1), best, accept);
    }
    return best;
  }
}

/**
 * Entries (non-negative numbers) by 32-bit hash, several per hash: open addressing in typed
 * arrays. A Map of a story's million deletion hashes cost most of a check on a long story of
 * names (hashes beyond the small-integer range are boxed numbers there).
 */
class HashTable {
  private keys: Int32Array;
  /** Each entry plus one; 0: an empty place (so a new table needs no filling). */
  private values: Int32Array;
  /** The places in use, less one: the arrays may be longer (reset keeps them). */
  private mask: number;
  private count = 0;

  /** `expected`: about how many entries will be filed (the table starts at twice that, at most 2^16 places). */
  constructor(expected: number) {
    const size = tableSize(expected);
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /**
   * Empties it, to file about `expected` entries: the same arrays, the places it will use
   * cleared, unless they are too small or a long story's (not kept for the stories after).
   */
  reset(expected: number): void {
    const size = tableSize(expected);
    this.count = 0;
    this.mask = size - 1;
    if (this.keys.length < size || this.keys.length > 1 << 16) {
      this.keys = new Int32Array(size);
      this.values = new Int32Array(size);
    } else this.values.fill(0, 0, size);
  }

  get size(): number {
    return this.count;
  }

  /** Files `value` under `key`, unless it is there already or the key has MAX_SLOT entries. */
  add(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const mask = this.mask;
    const stored = value + 1;
    let same = 0;
    let i = key & mask;
    for (; this.values[i] !== 0; i = (i + 1) & mask) {
      if (this.keys[i] === key && (this.values[i] === stored || ++same >= MAX_SLOT)) return;
    }
    this.keys[i] = key;
    this.values[i] = stored;
    this.count++;
  }

  /** The earlier of `best` (-1: none yet) and the entries under `key` that pass `accept`. */
  earliest(key: number, best: number, accept: (entry: number) => boolean): number {
    if (this.count === 0) return best;
    const mask = this.mask;
    for (let i = key & mask; this.values[i] !== 0; i = (i + 1) & mask) {
      const entry = this.values[i] - 1;
      if (this.keys[i] === key && (best === -1 || entry < best) && accept(entry)) best = entry;
    }
    return best;
  }

  private grow(): void {
    const { keys, values } = this;
    const places = this.mask + 1;
    this.keys = new Int32Array(places * 2);
    this.values = new Int32Array(places * 2);
    const mask = (this.mask = places * 2 - 1);
    for (let j = 0; j < places; j++) {
      if (values[j] === 0) continue;
      let i = keys[j] & mask;
      while (this.values[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = keys[j];
      this.values[i] = values[j];
    }
  }
}

/** The places of a HashTable for about `expected` entries: twice that, at most 2^16 (it grows past). */
function tableSize(expected: number): number {
  let size = 16;
  while (size < expected * 2 && size < 1 << 16) size *= 2;
  return size;
}

/** A deletion's hash with its position. */
function at(h: number, p: number): number {
  return finish(h ^ Math.imul(p + 1, 0x27d4eb2f), p);
}

const deletionScratch = new Int32Array(MAX_LENGTH + 1);

/** Whether a and b are one edit apart: a letter added, dropped or changed, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  const m = a.length;
  const n = b.length;
  if (m === n) {
    let i = 0;
    while (i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === m) return false;
    // Changed at i, or swapped at i and i + 1; the rest the same.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < m && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  if (Math.abs(m - n) !== 1) return false;
  const [short, long] = m < n ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Fills `prefix` for `s` and returns the hash of the whole. */
function hashPrefixes(s: string): number {
  const n = s.length;
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i], BASE) + s.charCodeAt(i)) | 0;
  return finish(prefix[n], n);
}

/** The hash of the string `prefix` was filled for, with the character at `p` deleted. */
function deletionHash(p: number, n: number): number {
  // H(s without s[p]) = (P[p] − P[p+1]) · B^(n−1−p) + P[n]
  return finish((Math.imul(prefix[p] - prefix[p + 1], POWERS[n - 1 - p]) + prefix[n]) | 0, n - 1);
}

function finish(h: number, length: number): number {
  h = Math.imul(h ^ length, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
