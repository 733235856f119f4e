// The text model's words, found by a hand-written scanner instead of a global regex. It finds
// exactly what this pattern finds (word-scanner.test.ts checks that on random text):
//
//   /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu
//
// Why: `exec` allocates a match array per word, and on a 10,000-word draft the regex pass was
// the largest single cost of a lint (about 0.65 ms of 5). The scanner classifies ASCII by
// table and other characters once each (cached), and allocates only the words themselves.
// It fills a compact table of offsets (WordTable); Word objects are built from it on demand.

import type { Span } from './span.js';

export interface Word extends Span {
  text: string;
}

/** What a character may be in a word. */
const NONE = 1; // neither: ends a word
const MARK = 2; // \p{M}: continues a word but cannot start one
const LETTER = 3; // \p{L} or \p{N}: starts or continues a word

const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;

/** Class of each BMP character, filled in as met (0 = not yet known). */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  BMP_CLASS[c] = /[A-Za-z0-9]/.test(ch) ? LETTER : NONE;
}

function classOf(ch: string): number {
  if (LETTER_OR_NUMBER_RE.test(ch)) return LETTER;
  return MARK_RE.test(ch) ? MARK : NONE;
}

/** Class of the code point at `i` and its length in UTF-16 units (1, or 2 for a surrogate pair). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) {
    const known = BMP_CLASS[c];
    if (known !== 0) return known;
    // A lone low surrogate classifies as NONE, as it does for the regex.
    return (BMP_CLASS[c] = classOf(s[i]));
  }
  // A high surrogate: a letter only as part of a valid pair (no caching of astral characters).
  const next = s.charCodeAt(i + 1);
  if (next >= 0xdc00 && next <= 0xdfff) return classOf(s.slice(i, i + 2)) | 0x10;
  return NONE;
}

/** Apostrophes and hyphens that may join the parts of one word: ' ’ ‐ -. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2d;
}

/** All words of `s` in order, as objects (built from the compact table below). */
export function scanWords(s: string): Word[] {
  return scanWordTable(s).toWords();
}

/**
 * The words of a text as two typed arrays, their starts and the ids of their texts in a
 * vocabulary: what the text model keeps (a word's end is its start plus its text's length). A
 * Word object costs 56 bytes in V8 beside its text, so a 20 MB draft's 3.4 million words took
 * 295 MB as objects with their own strings; here they take 8 bytes each (27 MB), the texts
 * of a text being one string per distinct word (Vocabulary). An array of texts instead
 * of ids cost 8 bytes a word more, and its growth twice that at the peak. Rules that read every word read them from here;
 * `toWords()` builds the objects for code that wants an array of them.
 */
export class WordTable {
  constructor(
    /** The string the offsets point into (the model's prose). */
    readonly source: string,
    readonly starts: Int32Array,
    /** Word i's text is vocabulary.texts[ids[i]], equal to source.slice(starts[i], end(i)). */
    private readonly ids: Int32Array,
    /**
     * Where the texts are: the process's vocabulary for a short text, one of its own for a
     * long one. The same object for many tables, so a rule may keep what it works out of a
     * text by id, across checks, in a cache keyed by this object (see Vocabulary).
     */
    readonly vocabulary: Vocabulary,
  ) {
    this.texts = vocabulary.texts;
  }

  /** vocabulary.texts, read once per word by nearly every rule. */
  private readonly texts: readonly string[];

  get length(): number {
    return this.starts.length;
  }

  text(i: number): string {
    return this.texts[this.ids[i]];
  }

  /**
   * The id of word i's text in the table's vocabulary: equal ids, equal texts. A rule can keep
   * what it works out of a text in an array indexed by id (`vocabularySize` long, which may be
   * far more than the table's words: the vocabulary is shared) and work it out once per
   * distinct word, for this check or, keyed by `vocabulary`, for every check after.
   */
  id(i: number): number {
    return this.ids[i];
  }

  /** How many ids there are: one more than the largest. */
  get vocabularySize(): number {
    return this.texts.length;
  }

  end(i: number): number {
    return this.starts[i] + this.texts[this.ids[i]].length;
  }

  word(i: number): Word {
    const start = this.starts[i];
    const text = this.texts[this.ids[i]];
    return { start, end: start + text.length, text };
  }

  /** Index of the first word starting at or after `offset` (binary search). */
  firstFrom(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Words `from` to `to` (exclusive) as objects. */
  toWords(from = 0, to = this.length): Word[] {
    const words: Word[] = new Array(Math.max(0, to - from));
    const { starts, ids, texts } = this;
    for (let i = from; i < to; i++) {
      const start = starts[i];
      const text = texts[ids[i]];
      words[i - from] = { start, end: start + text.length, text };
    }
    return words;
  }
}

/**
 * Text length past which a text gets a vocabulary of its own rather than the process's: a
 * long text brings many words no other text has, which would crowd the process's out.
 */
const OWN_VOCABULARY_FROM = 500_000;

/**
 * How many texts the process's vocabulary holds before a fresh one replaces it (at the start
 * of a scan, never during one): about 2.5 MB with its index, the commonest words of a desk.
 */
const PROCESS_VOCABULARY_LIMIT = 40_000;

/**
 * One string per distinct word, with an id each: the process's, shared by every short text
 * it checks (so a word's string is made once, and what a rule works out of a word can be kept
 * across checks, by id), or a long text's own. A word is looked up by a hash of its characters
 * in place and compared in place, unit by unit (sameText), so only a word not met before is sliced: slicing
 * each of a long text's millions of words only to find it known made a garbage string each.
 */
export class Vocabulary {
  readonly texts: string[] = [];
  /**
   * Open addressing over the texts: each place holds an id plus one (0: empty), beside the
   * text's hash. Typed arrays, not a Map: a 32-bit hash is a heap number to a Map half the time.
   */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private readonly byteArrays = new WeakMap<object, Uint8Array>();
  private readonly stampArrays = new WeakMap<object, Int32Array>();

  /**
   * A byte per text id for `owner`'s answers about words (0: not worked out yet), kept for as
   * long as the vocabulary: with room for ids below `size` (the table's vocabularySize). The
   * answers must depend on the word's text alone, and on nothing `owner` does not stand for.
   */
  bytes(owner: object, size: number): Uint8Array {
    return arrayFor(this.byteArrays, owner, size, (n) => new Uint8Array(n));
  }

  /**
   * A number per text id for `owner`, with room for ids below `size`, for marks of one pass
   * over a table: a pass takes a fresh stamp (nextStamp) and marks an id with it, so that
   * nothing needs clearing between passes. Kept for as long as the vocabulary.
   */
  stamps(owner: object, size: number): Int32Array {
    return arrayFor(this.stampArrays, owner, size, (n) => new Int32Array(n));
  }

  /** The id of source.slice(start, end), adding it if new. */
  idOf(s: string, start: number, end: number): number {
    const texts = this.texts;
    const length = end - start;
    let h = length;
    for (let j = start; j < end; j++) h = (Math.imul(h, 31) + s.charCodeAt(j)) | 0;
    h ^= h >>> 15;
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = h & mask;
    for (let slot = slots[i]; slot !== 0; slot = slots[(i = (i + 1) & mask)]) {
      if (this.hashes[i] !== h) continue;
      const k = texts[slot - 1];
      if (k.length === length && sameText(k, s, start)) return slot - 1;
    }
    const id = texts.length;
    texts.push(length < SLICE_MIN_LENGTH ? s.slice(start, end) : detached(s, start, end));
    slots[i] = id + 1;
    this.hashes[i] = h;
    if (texts.length * 2 > slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      if (slots[j] === 0) continue;
      let i = hashes[j] & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = slots[j];
      this.hashes[i] = hashes[j];
    }
  }
}

/** `owner`'s array in `arrays`, grown (by doubling at least, values kept) to hold `size`. */
function arrayFor<T extends Uint8Array | Int32Array>(arrays: WeakMap<object, T>, owner: object, size: number, make: (n: number) => T): T {
  let array = arrays.get(owner);
  if (!array || array.length < size) {
    const grown = make(Math.max(size, (array?.length ?? 512) * 2));
    if (array) grown.set(array);
    arrays.set(owner, (array = grown));
  }
  return array;
}

/** Whether `k` is the text of `s` from `start` on, `k.length` units (compared in place). */
function sameText(k: string, s: string, start: number): boolean {
  for (let j = 0; j < k.length; j++) if (k.charCodeAt(j) !== s.charCodeAt(start + j)) return false;
  return true;
}

/** Stamps handed out (Vocabulary.stamps): each pass's is new, in every vocabulary. */
let lastStamp = 0;

/** A stamp no pass has had (a new array's 0 is none). */
export function nextStamp(): number {
  // Some 2 billion passes of a process would be needed to come round.
  lastStamp = lastStamp === 0x7fffffff ? 1 : lastStamp + 1;
  return lastStamp;
}

let processVocabulary = new Vocabulary();

/** The vocabulary a text of length `n` is scanned into. */
function vocabularyFor(n: number): Vocabulary {
  if (n > OWN_VOCABULARY_FROM) return new Vocabulary();
  if (processVocabulary.texts.length >= PROCESS_VOCABULARY_LIMIT) processVocabulary = new Vocabulary();
  return processVocabulary;
}

/** The words of `s` in order, as a table. */
export function scanWordTable(s: string): WordTable {
  const n = s.length;
  // A word and the character after it take two units at least; grow by doubling from a guess.
  let capacity = Math.min((n >> 1) + 1, Math.max(256, n >> 2));
  let starts = new Int32Array(capacity);
  let ids = new Int32Array(capacity);
  const vocabulary = vocabularyFor(n);
  let count = 0;
  let i = 0;
  while (i < n) {
    // Find a start: a letter or number.
    const k = classAt(s, i);
    const width = k & 0x10 ? 2 : 1;
    if ((k & 0xf) !== LETTER) {
      i += width;
      continue;
    }
    const start = i;
    i = endOfRun(s, i + width, n);
    // Joined parts: a joiner followed by at least one letter, number or mark.
    while (i < n && isJoiner(s.charCodeAt(i)) && i + 1 < n && (classAt(s, i + 1) & 0xf) !== NONE) {
      i = endOfRun(s, i + 1, n);
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, capacity);
      ids = grown(ids, capacity);
    }
    starts[count] = start;
    ids[count] = vocabulary.idOf(s, start, i);
    count++;
  }
  // Views of what was filled (no copy, which measured slower on articles), unless most is unused.
  const fit = (a: Int32Array) => (count < capacity / 2 && capacity > 65_536 ? a.slice(0, count) : a.subarray(0, count));
  return new WordTable(s, fit(starts), fit(ids), vocabulary);
}

/**
 * V8 makes a slice of 13 units or more a view into its parent string, which then lives as long
 * as the slice. A word is kept beyond its check (the spelling verdicts, run-together answers
 * and sound caches are per process, keyed by word), so a view would keep the whole draft it
 * came from alive: on a server, one draft per keystroke that made a new long word (15 MB
 * after 250 such checks of a 10,000-word draft, and no bound but the caches' sizes).
 */
const SLICE_MIN_LENGTH = 13;

/** s.slice(start, end) as a string of its own, not a view of `s` (see SLICE_MIN_LENGTH). */
function detached(s: string, start: number, end: number): string {
  // The concatenation is flattened into a new string by the slice: the view is of that copy.
  return (' ' + s.slice(start, end)).slice(1);
}

function grown(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a);
  return b;
}

/** The end of a run of letters, numbers and marks starting at `i`. */
function endOfRun(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    // The common case first: ASCII letters and digits.
    if (c < 128) {
      if (BMP_CLASS[c] !== LETTER) return i;
      i++;
      continue;
    }
    const k = classAt(s, i);
    if ((k & 0xf) === NONE) return i;
    i += k & 0x10 ? 2 : 1;
  }
  return i;
}
