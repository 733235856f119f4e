// A dictionary of phrases (house terms, a style entity's forms) found in a text by one pass
// over the text model's words, however many phrases there are: each phrase is filed under its
// first word as written (and, for the sentence-start variant, capitalised), phrases of two
// words or more also under their second word, so a word of the text costs one Map look-up and
// nearly always stops there. No pattern is compiled per phrase.
//
// A phrase matches whole words only, the way the word scanner cuts them: "Qaddafi" does not
// match inside "Qaddafists" or the compound "Qaddafi-era" (one word to the scanner), but the
// phrase "al-Qaeda" matches "al-Qaeda". White space between the phrase's words matches any
// white space (a hard-wrapped line may break it); other characters between or around its
// words ("U.S.", "Marks & Spencer") must be there as written. A possessive after the last
// word ("Qaddafi's", "Qaddafi’s") is allowed and left out of the match.

import { scanWords, type Word } from './word-scanner.js';
import { startsSentence } from './names.js';

export interface PhraseMatch<T> {
  /** The phrase in the text, without a possessive ending. */
  start: number;
  end: number;
  value: T;
  /** Matched with its first letter capitalised at a sentence start ("Percent" for "percent"). */
  capitalised: boolean;
}

interface Entry<T> {
  tokens: string[];
  /** gaps[i] is what stands between tokens[i] and tokens[i + 1]; null: any white space. */
  gaps: (string | null)[];
  lead: string;
  trail: string;
  value: T;
  capitalised: boolean;
}

/** The phrases of one first word (created as needed: most first words have one phrase). */
interface Bucket<T> {
  /** One-word phrases. */
  single: Entry<T>[] | undefined;
  /** Longer phrases by their second word. */
  bySecond: Map<string, Entry<T>[]> | undefined;
}

/** The text a phrase is found in: the model's prose, original text and words. */
export interface PhraseText {
  readonly text: string;
  readonly prose: string;
  readonly words: readonly Word[];
}

const WHITE_SPACE_RE = /^\s+$/;
const NO_GAPS: (string | null)[] = [];

/** Bits of each filter: 2^17 (16 KB), small enough to stay in the processor's cache. */
const FILTER_BITS = 1 << 17;
const FILTER_MASK = FILTER_BITS - 1;

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Bucket<T>>();
  /**
   * Filters in front of the Map: a bit per shape (a cheap hash of a word's length and a few of
   * its characters) of every one-word phrase, and per pair of shapes of the first two words of
   * every longer phrase. A word of the text whose bits are clear (nearly all of them) is passed
   * over without hashing it as a string or touching the Map, which with thousands of phrases
   * is larger than the processor's cache.
   */
  private readonly singleFilter = new Int32Array(FILTER_BITS >> 5);
  private readonly pairFilter = new Int32Array(FILTER_BITS >> 5);
  private hasPairs = false;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Files `phrase`; returns false when it holds no word (nothing to match). */
  add(phrase: string, value: T): boolean {
    if (typeof phrase !== 'string') return false;
    const trimmed = phrase.trim();
    const words = scanWords(trimmed);
    if (words.length === 0) return false;
    const tokens = words.map((w) => w.text);
    const gaps: (string | null)[] = words.length === 1 ? NO_GAPS : [];
    for (let i = 1; i < words.length; i++) {
      const gap = trimmed.slice(words[i - 1].end, words[i].start);
      gaps.push(WHITE_SPACE_RE.test(gap) ? null : gap);
    }
    const lead = trimmed.slice(0, words[0].start);
    const trail = trimmed.slice(words[words.length - 1].end);
    for (const variant of apostropheVariants(tokens)) {
      this.file({ tokens: variant, gaps, lead, trail, value, capitalised: false });
      const first = variant[0];
      const upper = first[0].toUpperCase() + first.slice(1);
      if (upper !== first) this.file({ tokens: [upper, ...variant.slice(1)], gaps, lead, trail, value, capitalised: true });
    }
    this.count++;
    return true;
  }

  private file(entry: Entry<T>): void {
    const first = entry.tokens[0];
    if (entry.tokens.length === 1) setBit(this.singleFilter, shape(first, first.length));
    else {
      const second = entry.tokens[1];
      setBit(this.pairFilter, pairShape(shape(first, first.length), shape(second, second.length)));
      this.hasPairs = true;
    }
    let bucket = this.byFirst.get(first);
    if (!bucket) this.byFirst.set(first, (bucket = { single: undefined, bySecond: undefined }));
    if (entry.tokens.length === 1) {
      if (bucket.single) bucket.single.push(entry);
      else bucket.single = [entry];
      return;
    }
    bucket.bySecond ??= new Map();
    const list = bucket.bySecond.get(entry.tokens[1]);
    if (list) list.push(entry);
    else bucket.bySecond.set(entry.tokens[1], [entry]);
  }

  /**
   * Every match in text order, never overlapping: where several phrases match at one word, the
   * one that reaches furthest wins (so "per cent" is preferred to "per").
   */
  find(doc: PhraseText): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (this.count === 0) return found;
    const words = doc.words;
    const byFirst = this.byFirst;
    const singles = this.singleFilter;
    const pairs = this.hasPairs ? this.pairFilter : undefined;
    let nextShape = words.length > 0 ? shape(words[0].text, words[0].text.length) : 0;
    for (let k = 0; k < words.length; k++) {
      const text = words[k].text;
      const here = nextShape;
      const next = k + 1 < words.length ? words[k + 1].text : undefined;
      nextShape = next === undefined ? 0 : shape(next, next.length);
      if (!mayStart(text, here, next, nextShape, singles, pairs)) continue;
      const bucket = byFirst.get(text);
      // A one-word phrase with a possessive: "Qaddafi's".
      const bare = possessiveStem(text);
      const bareBucket = bare === undefined ? undefined : byFirst.get(bare);
      if (bucket === undefined && bareBucket === undefined) continue;
      // The entry that reaches furthest, and where it ends.
      let best: Entry<T> | undefined;
      let bestEnd = -1;
      if (bucket !== undefined) {
        if (bucket.bySecond !== undefined && k + 1 < words.length) {
          const next = words[k + 1].text;
          let longer = bucket.bySecond.get(next);
          if (longer === undefined) {
            const stem = possessiveStem(next);
            if (stem !== undefined) longer = bucket.bySecond.get(stem);
          }
          if (longer !== undefined) {
            for (let i = 0; i < longer.length; i++) {
              const end = this.matchAt(doc, k, longer[i]);
              if (end > bestEnd) (best = longer[i]), (bestEnd = end);
            }
          }
        }
        const single = bucket.single;
        if (single !== undefined) {
          for (let i = 0; i < single.length; i++) {
            const end = this.matchAt(doc, k, single[i]);
            if (end > bestEnd) (best = single[i]), (bestEnd = end);
          }
        }
      }
      const bareSingle = bareBucket?.single;
      if (bareSingle !== undefined) {
        for (let i = 0; i < bareSingle.length; i++) {
          const end = this.matchAt(doc, k, bareSingle[i]);
          if (end > bestEnd) (best = bareSingle[i]), (bestEnd = end);
        }
      }
      if (best !== undefined) {
        found.push({ start: words[k].start - best.lead.length, end: bestEnd, value: best.value, capitalised: best.capitalised });
        const skip = best.tokens.length - 1;
        if (skip > 0) {
          k += skip;
          const after = k + 1 < words.length ? words[k + 1].text : undefined;
          nextShape = after === undefined ? 0 : shape(after, after.length);
        }
      }
    }
    return found;
  }

  /** The end of `entry` matched from words[k], or -1. */
  private matchAt(doc: PhraseText, k: number, entry: Entry<T>): number {
    const { words, text, prose } = doc;
    const n = entry.tokens.length;
    if (k + n > words.length) return -1;
    for (let i = 0; i < n; i++) {
      const w = words[k + i].text;
      const want = entry.tokens[i];
      const last = i === n - 1;
      if (w !== want && !(last && entry.trail === '' && possessiveStem(w) === want)) return -1;
      if (i > 0) {
        const gap = text.slice(words[k + i - 1].end, words[k + i].start);
        const expected = entry.gaps[i - 1];
        if (expected === null ? !WHITE_SPACE_RE.test(gap) : gap !== expected) return -1;
      }
    }
    const start = words[k].start;
    if (entry.lead !== '' && text.slice(start - entry.lead.length, start) !== entry.lead) return -1;
    let end = words[k + n - 1].start + entry.tokens[n - 1].length;
    if (entry.trail !== '') {
      if (text.slice(end, end + entry.trail.length) !== entry.trail) return -1;
      end += entry.trail.length;
    }
    if (entry.capitalised && !startsSentence(prose, start - entry.lead.length)) return -1;
    return end;
  }
}

/**
 * Whether a phrase may start at a word, by the filters: the word as a one-word phrase (or
 * without a possessive ending), or with the next word as the start of a longer one.
 */
function mayStart(text: string, here: number, next: string | undefined, nextShape: number, singles: Int32Array, pairs: Int32Array | undefined): boolean {
  if (hasBit(singles, here)) return true;
  const n = text.length;
  if (hasPossessive(text) && hasBit(singles, shape(text, n - 2))) return true;
  if (pairs === undefined || next === undefined) return false;
  if (hasBit(pairs, pairShape(here, nextShape))) return true;
  return hasPossessive(next) && hasBit(pairs, pairShape(here, shape(next, next.length - 2)));
}

/** A cheap 32-bit hash of s[0, n): its length and its first, second, middle and last characters. */
function shape(s: string, n: number): number {
  if (n <= 0) return 0;
  let h = Math.imul(n, 0x9e3779b1) ^ Math.imul(s.charCodeAt(0), 0x85ebca6b) ^ Math.imul(s.charCodeAt(n - 1), 0xc2b2ae35);
  if (n > 1) h ^= Math.imul(s.charCodeAt(1), 0x27d4eb2f);
  if (n > 3) h ^= Math.imul(s.charCodeAt(n >> 1), 0x165667b1);
  return h ^ (h >>> 15);
}

function pairShape(first: number, second: number): number {
  const h = first ^ Math.imul(second ^ (second >>> 13), 0x5bd1e995);
  return h ^ (h >>> 16);
}

function setBit(bits: Int32Array, h: number): void {
  const i = h & FILTER_MASK;
  bits[i >> 5] |= 1 << (i & 31);
}

function hasBit(bits: Int32Array, h: number): boolean {
  const i = h & FILTER_MASK;
  return (bits[i >> 5] & (1 << (i & 31))) !== 0;
}

function hasPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const s = word.charCodeAt(n - 1);
  const a = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (a === 0x27 || a === 0x2019);
}

/** "Qaddafi's" / "Qaddafi’s" → "Qaddafi"; undefined for a word without that ending. */
function possessiveStem(word: string): string | undefined {
  const n = word.length;
  if (n < 3) return undefined;
  const s = word.charCodeAt(n - 1);
  if (s !== 115 /* s */ && s !== 83 /* S */) return undefined;
  const apostrophe = word.charCodeAt(n - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019 ? word.slice(0, -2) : undefined;
}

/** The tokens as written, and with the other apostrophe (' ↔ ’) where they hold one. */
function apostropheVariants(tokens: string[]): string[][] {
  if (!tokens.some((t) => t.includes("'") || t.includes('’'))) return [tokens];
  const straight = tokens.map((t) => t.replace(/’/g, "'"));
  const curly = tokens.map((t) => t.replace(/'/g, '’'));
  return [straight, curly];
}
