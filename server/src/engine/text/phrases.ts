// A dictionary of phrases (house terms, a style entity's forms) found in a text by one pass
// over the text model's words, however many phrases there are. No pattern is compiled per
// phrase, and a newsroom's style (tens of thousands of phrases) costs a few nanoseconds a word.
//
// A phrase matches whole words only, the way the word scanner cuts them: "Qaddafi" does not
// match inside "Qaddafists" or the compound "Qaddafi-era" (one word to the scanner), but the
// phrase "al-Qaeda" matches "al-Qaeda". White space between the phrase's words matches any
// white space (a hard-wrapped line may break it); other characters between or around its
// words ("U.S.", "Marks & Spencer") must be there as written. A possessive after the last
// word ("Qaddafi's", "Qaddafi’s") is allowed and left out of the match. Each phrase is also
// matched with its first letter capitalised at a sentence start ("Percent" for "percent").
//
// Phrases are added to numbered groups (the style index keeps house terms in one and entity
// forms in another). The groups share the filter and the Maps, so one pass serves them all,
// but each group's matches are found as if it were alone: per group, where several phrases
// match at one word the one that reaches furthest wins, and matches never overlap.
//
// How a word is looked up: a filter (a blocked Bloom filter of 1 Mbit, see `lineOf`) holds the
// shape (a cheap hash of length and a few characters, read from the prose) of every one-word
// phrase, and the pair of shapes of the first two words of every longer phrase. A word whose bits are clear
// (nearly all of them) is passed over without building, lower-casing or hashing a string; the
// rest are looked up in a Map of one-word phrases and one of longer phrases keyed by their
// first two words ("per cent"). The entries are kept in parallel arrays (an entry is a
// number), so a style of 40,000 phrases is a few large arrays rather than 40,000 objects to
// allocate and for the garbage collector to copy.

import { scanWords, type Word, type WordTable } from './word-scanner.js';
import { startsSentence } from './names.js';

export interface PhraseMatch<T> {
  /** The phrase in the text, without a possessive ending. */
  start: number;
  end: number;
  value: T;
  /** Matched with its first letter capitalised at a sentence start ("Percent" for "percent"). */
  capitalised: boolean;
}

/** The text a phrase is found in: the model's prose, original text and word table. */
export interface PhraseText {
  readonly text: string;
  readonly prose: string;
  readonly wordTable: WordTable;
}

/** One group's phrases, as a rule sees them. */
export interface PhraseGroup<T> {
  /** How many phrases were added to the group. */
  readonly size: number;
  /** The group's matches in text order (shared with other callers: do not change the array). */
  find(doc: PhraseText): PhraseMatch<T>[];
}

/** A phrase's words after the first, and what stands around and between them. */
interface Detail {
  rest: string[];
  /** gaps[i] stands between words i + 1 and i + 2; null (the array or an item): any white space. */
  gaps: (string | null)[] | null;
  lead: string;
  trail: string;
}

/** Entries (by number) filed under one key. */
type Slot = number | number[];

const NO_WORDS: string[] = [];
/** The detail of every one-word phrase of letters. */
const PLAIN_WORD: Detail = { rest: NO_WORDS, gaps: null, lead: '', trail: '' };
const PLAIN_RE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Where a candidate was found, in the order they are tried: ties go to the earlier kind. */
const BY_PAIR = 0;
const BY_WORD = 1;
const BY_STEM = 2;

/**
 * The per-group state of a scan at one word: the first word a match may start at (after the
 * group's last match) and the best entry so far.
 */
interface Best {
  resume: number[];
  entry: number[];
  end: number[];
  order: number[];
  kind: number[];
  capitalised: boolean[];
}

export class PhraseIndex<T> {
  /**
   * One-word phrases by their word as written. A phrase whose first letter is a–z is found
   * capitalised ("Percent") through its own key, by lower-casing the text's first letter; only
   * a first letter outside ASCII files its capitalised form as another entry and key.
   */
  private readonly singles = new Map<string, Slot>();
  /** Longer phrases by their first two words, joined by a space, the same way. */
  private readonly pairs = new Map<string, Slot>();
  private readonly filter = new Int32Array(FILTER_INTS);
  // The entries, in filing order (which settles ties), one item each:
  /** Packed: words × 128 + group × 2 + 1 if filed capitalised (a first letter outside ASCII). */
  private readonly meta: number[] = [];
  /** The phrase as added. */
  private readonly source: string[] = [];
  private readonly value: T[] = [];
  /** Words 2 … n, gaps, lead and trail; for a phrase of letters and single spaces, split from `source` on first use. */
  private readonly detail: (Detail | undefined)[] = [];
  private readonly groupSizes: number[] = [];
  private count = 0;
  /** Bumped by `add`, so the per-document results below are never stale. */
  private version = 0;
  private readonly found = new WeakMap<PhraseText, { version: number; matches: PhraseMatch<T>[][] }>();

  /** How many phrases were added, in all groups. */
  get size(): number {
    return this.count;
  }

  /** Files `phrase` in `group`; returns false when it holds no word (nothing to match). */
  add(phrase: string, value: T, group = 0): boolean {
    if (typeof phrase !== 'string' || !(group >= 0 && group < 64 && Number.isInteger(group))) return false;
    const trimmed = phrase.trim();
    if (PLAIN_RE.test(trimmed)) this.addPlain(trimmed, value, group);
    else if (!this.addOther(trimmed, value, group)) return false;
    while (this.groupSizes.length <= group) this.groupSizes.push(0);
    this.groupSizes[group]++;
    this.count++;
    this.version++;
    return true;
  }

  /** A view of one group. */
  group<U extends T = T>(group: number): PhraseGroup<U> {
    const index = this as unknown as PhraseIndex<U>;
    return {
      get size() {
        return index.groupSizes[group] ?? 0;
      },
      find: (doc) => index.find(doc, group),
    };
  }

  /** The matches of `group` in text order (see `findAll`). */
  find(doc: PhraseText, group = 0): PhraseMatch<T>[] {
    return this.findAll(doc)[group] ?? [];
  }

  /**
   * Every group's matches, found in one pass over the words and kept per document: found[g]
   * in text order, never overlapping, the match reaching furthest where several start at one
   * word (so "per cent" is preferred to "per"; among equals, the phrase added first).
   */
  findAll(doc: PhraseText): PhraseMatch<T>[][] {
    const cached = this.found.get(doc);
    if (cached !== undefined && cached.version === this.version) return cached.matches;
    const matches = this.scan(doc);
    this.found.set(doc, { version: this.version, matches });
    return matches;
  }

  private newEntry(n: number, source: string, detail: Detail | undefined, value: T, group: number, capital: boolean): number {
    const id = this.meta.length;
    this.meta.push(n * 128 + group * 2 + (capital ? 1 : 0));
    this.source.push(source);
    this.value.push(value);
    this.detail.push(detail);
    return id;
  }

  /** Entry `id`'s words after the first, gaps, lead and trail. */
  private detailOf(id: number): Detail {
    let detail = this.detail[id];
    if (detail === undefined) {
      const source = this.source[id];
      const rest = source.indexOf(' ') === -1 ? NO_WORDS : source.split(' ').slice(1);
      this.detail[id] = detail = { rest, gaps: null, lead: '', trail: '' };
    }
    return detail;
  }

  /** "percent", "per cent", "Gaddafi": letters and single spaces, the shape of most phrases. */
  private addPlain(source: string, value: T, group: number): void {
    const space = source.indexOf(' ');
    const c0 = source.charCodeAt(0);
    if (space === -1) {
      const id = this.newEntry(1, source, PLAIN_WORD, value, group, false);
      addSingle(this.filter, shape(source, 0, source.length, c0));
      fileIn(this.singles, source, id);
      return;
    }
    let n = 2;
    let second = -1;
    for (let i = source.indexOf(' ', space + 1); i !== -1; i = source.indexOf(' ', i + 1)) {
      if (second === -1) second = i;
      n++;
    }
    const key = second === -1 ? source : source.slice(0, second);
    const id = this.newEntry(n, source, undefined, value, group, false);
    const secondShape = shape(key, space + 1, key.length - space - 1, key.charCodeAt(space + 1));
    addPair(this.filter, shape(key, 0, space, c0), secondShape);
    fileIn(this.pairs, key, id);
  }

  /** Any other phrase: cut into words by the word scanner, as the text is. */
  private addOther(trimmed: string, value: T, group: number): boolean {
    const words = scanWords(trimmed);
    if (words.length === 0) return false;
    const tokens = words.map((w) => w.text);
    let gaps: (string | null)[] | null = null;
    for (let i = 1; i < words.length; i++) {
      const gap = trimmed.slice(words[i - 1].end, words[i].start);
      if (!isWhiteSpace(gap, 0, gap.length)) (gaps ??= new Array<string | null>(words.length - 1).fill(null))[i - 1] = gap;
    }
    const lead = trimmed.slice(0, words[0].start);
    const trail = trimmed.slice(words[words.length - 1].end);
    for (const variant of apostropheVariants(tokens)) {
      const n = variant.length;
      const detail: Detail = { rest: variant.slice(1), gaps, lead, trail };
      const id = this.newEntry(n, trimmed, detail, value, group, false);
      const first = variant[0];
      const c0 = first.charCodeAt(0);
      // A first letter outside ASCII: its capital (which may not fold back) is filed as is,
      // right after the form as written.
      const upper = c0 < 128 ? first : capitalise(first);
      const capitalId = upper !== first ? this.newEntry(n, trimmed, detail, value, group, true) : -1;
      if (n === 1) {
        addSingle(this.filter, shape(first, 0, first.length, c0));
        fileIn(this.singles, first, id);
        if (capitalId !== -1) {
          addSingle(this.filter, shape(upper, 0, upper.length, upper.charCodeAt(0)));
          fileIn(this.singles, upper, capitalId);
        }
      } else {
        const second = variant[1];
        const secondShape = shape(second, 0, second.length, second.charCodeAt(0));
        addPair(this.filter, shape(first, 0, first.length, c0), secondShape);
        fileIn(this.pairs, `${first} ${second}`, id);
        if (capitalId !== -1) {
          addPair(this.filter, shape(upper, 0, upper.length, upper.charCodeAt(0)), secondShape);
          fileIn(this.pairs, `${upper} ${second}`, capitalId);
        }
      }
    }
    return true;
  }

  private scan(doc: PhraseText): PhraseMatch<T>[][] {
    const groups = this.groupSizes.length;
    const found: PhraseMatch<T>[][] = Array.from({ length: groups }, () => []);
    if (this.count === 0) return found;
    // The word table, not doc.words: no Word object per word of a long story.
    const words = doc.wordTable;
    const n = words.length;
    const bits = this.filter;
    const hasPairs = this.pairs.size > 0;
    const best: Best = {
      resume: new Array<number>(groups).fill(0),
      entry: new Array<number>(groups).fill(-1),
      end: new Array<number>(groups).fill(-1),
      order: new Array<number>(groups).fill(0),
      kind: new Array<number>(groups).fill(0),
      capitalised: new Array<boolean>(groups).fill(false),
    };
    // Three loops, so that the filter's lines (which may have left the processor's cache
    // since the last document) are read without a branch waiting on each: 1. each word's shape
    // (read from the prose: the words are the prose's, at the same offsets) and whether it ends
    // in a possessive; 2. the filter tests of every word, branch-free, collecting the words that
    // may start a phrase (and those around a possessive); 3. the exact tests, at those words only.
    const prose = doc.prose;
    const shapes = scratchShapes(n + 1);
    const possessive = scratchFlags(n + 1);
    for (let k = 0; k < n; k++) {
      const a = words.starts[k];
      const len = words.end(k) - a;
      const c0 = prose.charCodeAt(a);
      const last = prose.charCodeAt(a + len - 1);
      shapes[k] = shapeOf(len, c0, last, len > 1 ? prose.charCodeAt(a + 1) : 0, len > 3 ? prose.charCodeAt(a + (len >> 1)) : 0);
      possessive[k] = len >= 3 && (last === 115 || last === 83) && isApostrophe(prose.charCodeAt(a + len - 2)) ? 1 : 0;
    }
    shapes[n] = 0;
    possessive[n] = 0;
    const starts = scratchCandidates(n);
    let count = 0;
    const pairMask = hasPairs ? 1 : 0;
    for (let k = 0; k < n; k++) {
      const here = shapes[k];
      const line = lineOf(here);
      const hit = keyBits(bits, line, singleKey(here)) | (keyBits(bits, line, pairKey(here, shapes[k + 1])) & pairMask);
      starts[count] = k;
      count += hit | possessive[k] | possessive[k + 1];
    }
    for (let c = 0; c < count; c++) {
      const k = starts[c];
      const here = shapes[k];
      const hasNext = k + 1 < n;
      const nextShape = shapes[k + 1];
      const textPossessive = possessive[k] === 1;
      const nextPossessive = possessive[k + 1] === 1;
      // The filter: the word as a one-word phrase, or without a possessive ending; the word
      // and the next (or the next without its possessive) as the start of a longer phrase.
      // Both tests of a word read one line of the filter, the one its shape selects.
      const line = lineOf(here);
      const maySingle = hasKey(bits, line, singleKey(here)) || (textPossessive && hasKey(bits, stemLine(words, k, prose), stemKey(words, k, prose)));
      const mayPair =
        hasPairs &&
        hasNext &&
        (hasKey(bits, line, pairKey(here, nextShape)) || (nextPossessive && hasKey(bits, line, pairKey(here, stemShape(words, k + 1, prose)))));
      if (!maySingle && !mayPair) continue;

      const text = words.text(k);
      const c0 = text.charCodeAt(0);
      // "Percent" at a sentence start may be "percent" capitalised: also look up "percent".
      const folded = c0 >= 65 && c0 <= 90 ? String.fromCharCode(c0 + 32) + text.slice(1) : undefined;
      let candidates = false;
      if (mayPair) {
        const nextText = words.text(k + 1);
        const exact = this.pairs.get(`${text} ${nextText}`);
        if (exact !== undefined) candidates = this.consider(doc, k, exact, BY_PAIR, false, best) || candidates;
        const capital = folded === undefined ? undefined : this.pairs.get(`${folded} ${nextText}`);
        if (capital !== undefined) candidates = this.consider(doc, k, capital, BY_PAIR, true, best) || candidates;
        // A two-word phrase with a possessive: "Colonel Gaddafi's".
        if (nextPossessive) {
          const stem = nextText.slice(0, -2);
          const bare = this.pairs.get(`${text} ${stem}`);
          if (bare !== undefined) candidates = this.consider(doc, k, bare, BY_PAIR, false, best) || candidates;
          const bareCapital = folded === undefined ? undefined : this.pairs.get(`${folded} ${stem}`);
          if (bareCapital !== undefined) candidates = this.consider(doc, k, bareCapital, BY_PAIR, true, best) || candidates;
        }
      }
      if (maySingle) {
        const exact = this.singles.get(text);
        if (exact !== undefined) candidates = this.consider(doc, k, exact, BY_WORD, false, best) || candidates;
        const capital = folded === undefined ? undefined : this.singles.get(folded);
        if (capital !== undefined) candidates = this.consider(doc, k, capital, BY_WORD, true, best) || candidates;
        // A one-word phrase with a possessive: "Qaddafi's".
        if (textPossessive) {
          const bare = this.singles.get(text.slice(0, -2));
          if (bare !== undefined) candidates = this.consider(doc, k, bare, BY_STEM, false, best) || candidates;
          const bareCapital = folded === undefined ? undefined : this.singles.get(folded.slice(0, -2));
          if (bareCapital !== undefined) candidates = this.consider(doc, k, bareCapital, BY_STEM, true, best) || candidates;
        }
      }
      if (!candidates) continue;
      for (let g = 0; g < groups; g++) {
        const id = best.entry[g];
        if (id === -1) continue;
        found[g].push({ start: words.starts[k] - this.detailOf(id).lead.length, end: best.end[g], value: this.value[id], capitalised: best.capitalised[g] });
        best.resume[g] = k + Math.floor(this.meta[id] / 128);
        best.entry[g] = -1;
        best.end[g] = -1;
      }
    }
    return found;
  }

  /**
   * Tries the entries of `slot` at words[k], keeping per group the one that reaches furthest;
   * among equals, one found by an earlier kind of look-up, then the one filed first (a
   * capitalised form found by folding comes right after its phrase as written).
   * `folded`: the slot was found by lower-casing the word's first letter (a capitalised match).
   * Returns whether any entry became a group's best.
   */
  private consider(doc: PhraseText, k: number, slot: Slot, kind: number, folded: boolean, best: Best): boolean {
    let any = false;
    const many = typeof slot !== 'number';
    const count = many ? slot.length : 1;
    for (let i = 0; i < count; i++) {
      const id = many ? slot[i] : slot;
      const meta = this.meta[id];
      const g = (meta >> 1) & 63;
      if (best.resume[g] > k) continue;
      const capitalised = folded || (meta & 1) === 1;
      const end = this.matchAt(doc, k, id, kind === BY_STEM, capitalised);
      if (end < 0) continue;
      const order = 2 * id + (folded ? 1 : 0);
      if (end > best.end[g] || (end === best.end[g] && kind === best.kind[g] && order < best.order[g])) {
        best.entry[g] = id;
        best.end[g] = end;
        best.order[g] = order;
        best.kind[g] = kind;
        best.capitalised[g] = capitalised;
        any = true;
      }
    }
    return any;
  }

  /**
   * The end of entry `id` matched from words[k], or -1. The first word equals the key the
   * entry was found by (or, `viaStem`, that key and a possessive ending, allowed only when
   * nothing follows the phrase's last word); `capitalised`: only at a sentence start.
   */
  private matchAt(doc: PhraseText, k: number, id: number, viaStem: boolean, capitalised: boolean): number {
    const { text, prose } = doc;
    const words = doc.wordTable;
    const n = Math.floor(this.meta[id] / 128);
    if (k + n > words.length) return -1;
    const { rest, gaps, lead, trail } = this.detailOf(id);
    if (viaStem && (n > 1 || trail !== '')) return -1;
    let lastLength = n === 1 ? words.text(k).length - (viaStem ? 2 : 0) : 0;
    for (let i = 1; i < n; i++) {
      const w = words.text(k + i);
      const want = rest[i - 1];
      if (w !== want && !(i === n - 1 && trail === '' && possessiveStemIs(w, want))) return -1;
      const from = words.end(k + i - 1);
      const to = words.starts[k + i];
      const expected = gaps === null ? null : gaps[i - 1];
      if (expected === null ? !isWhiteSpace(text, from, to) : to - from !== expected.length || !text.startsWith(expected, from)) return -1;
      lastLength = want.length;
    }
    const start = words.starts[k];
    if (lead !== '' && (start < lead.length || !text.startsWith(lead, start - lead.length))) return -1;
    let end = words.starts[k + n - 1] + lastLength;
    if (trail !== '') {
      if (!text.startsWith(trail, end)) return -1;
      end += trail.length;
    }
    if (capitalised && !startsSentence(prose, start - lead.length)) return -1;
    return end;
  }
}

function fileIn(map: Map<string, Slot>, key: string, id: number): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, id);
  else if (typeof slot === 'number') map.set(key, [slot, id]);
  else slot.push(id);
}

/** The first UTF-16 unit in upper case, as a sentence start writes it. */
function capitalise(word: string): string {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return String.fromCharCode(c - 32) + word.slice(1);
  if (c < 128) return word;
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * Whether s[from, to) is one or more characters of JavaScript white space (what /\s/ matches),
 * tested without a regular expression or a slice.
 */
export function isWhiteSpace(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** The code units /\s/ matches: ASCII white space, NBSP, the Zs spaces, LS, PS and BOM. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * A cheap 32-bit hash of s[a, a + n): its length and its first, second, middle and last
 * characters, the first one given as `c0` (so a capitalised form is hashed without building it).
 */
function shape(s: string, a: number, n: number, c0: number): number {
  if (n <= 0) return 0;
  return shapeOf(n, c0, s.charCodeAt(a + n - 1), n > 1 ? s.charCodeAt(a + 1) : 0, n > 3 ? s.charCodeAt(a + (n >> 1)) : 0);
}

/** `shape` from the characters: first, last, second (n > 1) and middle (n > 3). */
function shapeOf(n: number, c0: number, last: number, second: number, middle: number): number {
  // The first character's case is folded (for ASCII letters), so "Percent" has the shape of
  // "percent": the filter needs no second key for a phrase capitalised at a sentence start.
  const first = c0 | 0x20;
  let h = Math.imul(n, 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ Math.imul(n === 1 ? first : last, 0xc2b2ae35);
  if (n > 1) h ^= Math.imul(second, 0x27d4eb2f);
  if (n > 3) h ^= Math.imul(middle, 0x165667b1);
  return h ^ (h >>> 15);
}

/**
 * The filter is a blocked Bloom filter: lines of 512 bits (64 bytes, a processor cache line),
 * a line chosen by the shape of a phrase's first word, and three bits in that line per key.
 * So the tests of a word, as a one-word phrase and as the start of a longer one, read one
 * line, and a document of 400 words touches a few hundred lines of a filter small enough to
 * stay in the processor's cache between documents: with thousands of phrases, a filter read
 * from memory at each word was the largest cost of the scan.
 */
const LINES = 1 << 10;
const LINE_INTS = 16;
const FILTER_INTS = LINES * LINE_INTS;

/** The first int of the line of a word of shape `h`. */
function lineOf(h: number): number {
  return ((h >>> 21) & (LINES - 1)) * LINE_INTS;
}

/** The bits (three positions of 9 bits) of a one-word phrase of shape `h`. */
function singleKey(h: number): number {
  return Math.imul(h ^ (h >>> 16), 0x7feb352d);
}

/** The bits of a longer phrase whose first two words have shapes `first` and `second`. */
function pairKey(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second ^ (second >>> 13), 0x5bd1e995), 0x846ca68b);
  return h ^ (h >>> 16);
}

function setKey(bits: Int32Array, line: number, key: number): void {
  const a = key & 511;
  const b = (key >>> 9) & 511;
  const c = (key >>> 18) & 511;
  bits[line + (a >> 5)] |= 1 << (a & 31);
  bits[line + (b >> 5)] |= 1 << (b & 31);
  bits[line + (c >> 5)] |= 1 << (c & 31);
}

/** 1 if the three bits of `key` are set in the line, else 0: no branch, so misses overlap. */
function keyBits(bits: Int32Array, line: number, key: number): number {
  const a = key & 511;
  const b = (key >>> 9) & 511;
  const c = (key >>> 18) & 511;
  return (bits[line + (a >> 5)] >>> (a & 31)) & (bits[line + (b >> 5)] >>> (b & 31)) & (bits[line + (c >> 5)] >>> (c & 31)) & 1;
}

function hasKey(bits: Int32Array, line: number, key: number): boolean {
  const a = key & 511;
  if ((bits[line + (a >> 5)] & (1 << (a & 31))) === 0) return false;
  const b = (key >>> 9) & 511;
  if ((bits[line + (b >> 5)] & (1 << (b & 31))) === 0) return false;
  const c = (key >>> 18) & 511;
  return (bits[line + (c >> 5)] & (1 << (c & 31))) !== 0;
}

function addSingle(bits: Int32Array, h: number): void {
  setKey(bits, lineOf(h), singleKey(h));
}

function addPair(bits: Int32Array, first: number, second: number): void {
  setKey(bits, lineOf(first), pairKey(first, second));
}

/** Whether the word ends in 's or ’s after at least one character. */
function hasPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const s = word.charCodeAt(n - 1);
  return (s === 115 || s === 83) && isApostrophe(word.charCodeAt(n - 2));
}

/** The shape of a word without its possessive ending. */
/** The shape of word k without its possessive ending. */
function stemShape(words: WordTable, k: number, prose: string): number {
  const start = words.starts[k];
  return shape(prose, start, words.end(k) - start - 2, prose.charCodeAt(start));
}

function stemLine(words: WordTable, k: number, prose: string): number {
  return lineOf(stemShape(words, k, prose));
}

function stemKey(words: WordTable, k: number, prose: string): number {
  return singleKey(stemShape(words, k, prose));
}

// Scratch arrays for the scan, grown as needed and shared (a scan runs to its end uninterrupted).
let shapeScratch = new Int32Array(1024);
let flagScratch = new Uint8Array(1024);
let candidateScratch = new Int32Array(1024);

function scratchShapes(n: number): Int32Array {
  if (shapeScratch.length < n) shapeScratch = new Int32Array(n * 2);
  return shapeScratch;
}

function scratchFlags(n: number): Uint8Array {
  if (flagScratch.length < n) flagScratch = new Uint8Array(n * 2);
  return flagScratch;
}

function scratchCandidates(n: number): Int32Array {
  if (candidateScratch.length < n) candidateScratch = new Int32Array(n * 2);
  return candidateScratch;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Whether `word` is `stem` and a possessive ending ("Qaddafi's", "Qaddafi’s"). */
function possessiveStemIs(word: string, stem: string): boolean {
  return word.length === stem.length + 2 && hasPossessive(word) && word.startsWith(stem);
}

/** The tokens as written, and with the other apostrophe (' ↔ ’) where they hold one. */
function apostropheVariants(tokens: string[]): string[][] {
  if (!tokens.some((t) => t.includes("'") || t.includes('’'))) return [tokens];
  const straight = tokens.map((t) => t.replace(/’/g, "'"));
  const curly = tokens.map((t) => t.replace(/'/g, '’'));
  return [straight, curly];
}
