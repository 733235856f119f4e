// A read-only word list over a sorted text, one word per line, optionally followed by a tab
// and a tag ("colour\tGB"), in UTF-16 code unit order (JavaScript's default sort), each word
// once: dictionary.words, 290,000 words. Nothing is built per word. As in
// ../sorted-word-map.ts, the first look-ups binary-search the text (~2 µs each), and after
// LOOKUPS_BEFORE_INDEX of them a hash index is built (one 2 MB typed array, ~50 ms) that
// answers from then on: a hash of the word and, for a known word, usually one slot and one
// comparison with the text.
//
// The sorted text is also a trie in disguise: words sharing a prefix are neighbours. search()
// walks it like one to find the words within an edit distance of a typo (see there).

const TAB = 9;
const LF = 10;

/** Look-ups by binary search before the hash index is built: about a 5,000-word document. */
const LOOKUPS_BEFORE_INDEX = 5_000;

/** Longest word search() takes; longer ones are no typo of a dictionary word worth looking for. */
export const MAX_SEARCH_LENGTH = 40;

export class SortedWordList {
  private index: HashIndex | undefined;
  private lines: LineTable | undefined;
  private lookups = 0;

  constructor(readonly text: string) {}

  /** The offset of the word's line, or -1 when the word is not in the list (exact, case and all). */
  find(word: string): number {
    if (word.length === 0) return -1;
    if (this.index) return this.index.find(word);
    if (++this.lookups > LOOKUPS_BEFORE_INDEX) return this.buildIndex().find(word);
    const text = this.text;
    // Invariant: the word's line, if any, starts in [lo, hi).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const start = Math.max(lo, text.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1);
      const order = compareWord(word, text, start);
      if (order === 0) return start;
      if (order < 0) hi = start;
      else {
        const end = text.indexOf('\n', start);
        lo = end === -1 ? text.length : end + 1;
      }
    }
    return -1;
  }

  /** The tag of the word at `start` whose length is `length` ("" when it has none). */
  tagAt(start: number, length: number): string {
    const text = this.text;
    if (text.charCodeAt(start + length) !== TAB) return '';
    const end = text.indexOf('\n', start + length);
    return text.slice(start + length + 1, end === -1 ? text.length : end);
  }

  /** The first unit of that tag, without making a string of it (NaN when there is none). */
  tagCodeAt(start: number, length: number): number {
    return this.text.charCodeAt(start + length) === TAB ? this.text.charCodeAt(start + length + 1) : NaN;
  }

  /** Builds the hash index now rather than after the first few thousand look-ups. */
  buildIndex(): HashIndex {
    this.index ??= new HashIndex(this.text);
    return this.index;
  }

  /**
   * Calls `found(start, end, distance)` for each word within `maxDistance` edits of `target`
   * (insertion, deletion, substitution and the transposition of adjacent letters, each one
   * edit: the optimal string alignment distance), comparing letters in lower case (fold();
   * the target's are folded by the caller).
   *
   * The walk: words are visited in order, and the row of the edit-distance table for each
   * prefix is kept, so a word reuses the rows of the prefix it shares with the one before and
   * computes only the rest. Once a prefix's row has no cell within `maxDistance`, no word
   * starting with it can be within it either, and every such word is skipped at once (see
   * LineTable). Only the cells within `maxDistance` of the diagonal can be within it, so only
   * those are computed. Work grows with the number of prefixes within reach of the target,
   * not with the size of the list.
   */
  search(target: ArrayLike<number>, maxDistance: number, found: (start: number, end: number, distance: number) => void): void {
    const m = target.length;
    if (m > MAX_SEARCH_LENGTH) return;
    const text = this.text;
    const { starts, lengths, shared, after, count } = (this.lines ??= new LineTable(text));
    const width = m + 1;
    const far = maxDistance + 1; // any cell beyond reach
    // Row r (the prefix of r letters) at rows[r * width, (r + 1) * width); no word within reach
    // is longer than m + maxDistance.
    const maxDepth = m + maxDistance;
    const rows = new Int32Array((maxDepth + 1) * width).fill(far);
    for (let j = 0; j <= Math.min(m, maxDistance); j++) rows[j] = j;
    const path = new Int32Array(maxDepth + 1); // the folded letters of the current prefix
    let valid = 0; // rows[0..valid] hold the rows of path[0..valid)
    let line = 0;
    // How many units this line's word shares, as written, with the last word visited.
    let common = 0;
    while (line < count) {
      const pos = starts[line];
      const length = lengths[line];
      // The prefix this word shares with the path: what it shares as written, and then
      // perhaps more once folded.
      let depth = common < valid ? common : valid;
      while (depth < valid && depth < length && fold(text.charCodeAt(pos + depth)) === path[depth]) depth++;
      // > 0 when no word starting with this word's first `skip` units is within reach.
      let skip = 0;
      let keep = 0; // then, how many of the rows stay valid
      while (depth < length) {
        if (depth === maxDepth) {
          skip = keep = depth; // all the longer words with this prefix are too long
          break;
        }
        const letter = fold(text.charCodeAt(pos + depth));
        const before = depth > 0 ? path[depth - 1] : -1;
        path[depth] = letter;
        depth++;
        // Row `depth` from the rows before it, in the band [lo, hi] around the diagonal; the
        // cells either side of the band, which the next row reads, are set beyond reach.
        const at = depth * width;
        const up = at - width;
        const lo = depth - maxDistance > 1 ? depth - maxDistance : 1;
        const hi = depth + maxDistance < m ? depth + maxDistance : m;
        rows[at] = depth <= maxDistance ? depth : far;
        if (lo > 1) rows[at + lo - 1] = far;
        let rowMin = rows[at];
        for (let j = lo; j <= hi; j++) {
          const t = target[j - 1];
          let v = rows[up + j - 1] + (t === letter ? 0 : 1);
          const del = rows[up + j] + 1;
          if (del < v) v = del;
          const ins = rows[at + j - 1] + 1;
          if (ins < v) v = ins;
          if (j > 1 && t === before && target[j - 2] === letter && t !== letter) {
            const swap = rows[up - width + j - 2] + 1;
            if (swap < v) v = swap;
          }
          if (v > far) v = far;
          rows[at + j] = v;
          if (v < rowMin) rowMin = v;
        }
        if (hi < m) {
          rows[at + hi + 1] = far;
          rows[at + m] = far;
        }
        if (rowMin > maxDistance) {
          skip = depth;
          keep = depth - 1;
          break;
        }
      }
      if (skip > 0) {
        valid = keep;
        // The next line that does not share the first `skip` units; it shares with this one
        // what it shares with the line before it, which is fewer.
        let next = line + 1;
        while (next < count && shared[next] >= skip) next = after[next];
        line = next;
        common = next < count ? shared[next] : 0;
        continue;
      }
      valid = depth;
      const distance = rows[depth * width + m];
      if (distance <= maxDistance) found(pos, pos + depth, distance);
      line++;
      common = line < count ? shared[line] : 0;
    }
  }
}

/** Longest shared prefix or word length a LineTable records; search() never reads past 42. */
const MAX_RECORDED = 255;

/**
 * The lines of a sorted word list as search() walks them, built on its first call (about 3 MB
 * for 290,000 words, only in a process that suggests). For line i: where it starts, its word's
 * length, how many units that word shares with line i - 1's (as written), and the first line
 * after it that shares fewer with its predecessor than it does. Words sharing a prefix of k
 * units are neighbours in the sorted text, so the words after line i that start with its
 * first k units end at the first line j > i sharing fewer than k with its predecessor; `after`
 * jumps there in a few steps, past every line sharing more (a thousand words start "inter").
 */
class LineTable {
  readonly count: number;
  readonly starts: Int32Array;
  readonly lengths: Uint8Array;
  readonly shared: Uint8Array;
  readonly after: Int32Array;

  constructor(text: string) {
    let count = 0;
    for (let i = 0; i < text.length; i = nextLine(text, i)) count++;
    this.count = count;
    const starts = (this.starts = new Int32Array(count));
    const lengths = (this.lengths = new Uint8Array(count));
    const shared = (this.shared = new Uint8Array(count));
    let line = 0;
    for (let i = 0; i < text.length; i = nextLine(text, i), line++) {
      starts[line] = i;
      let length = 0;
      while (length < MAX_RECORDED && !isEnd(text.charCodeAt(i + length))) length++;
      lengths[line] = length;
      if (line > 0) {
        const before = starts[line - 1];
        const most = Math.min(length, lengths[line - 1]);
        let k = 0;
        while (k < most && text.charCodeAt(before + k) === text.charCodeAt(i + k)) k++;
        shared[line] = k;
      }
    }
    // The next smaller value of `shared`, right to left with a stack of candidates.
    const after = (this.after = new Int32Array(count));
    const stack = new Int32Array(count + 1);
    let top = 0;
    for (let i = count - 1; i >= 0; i--) {
      while (top > 0 && shared[stack[top - 1]] >= shared[i]) top--;
      after[i] = top > 0 ? stack[top - 1] : count;
      stack[top++] = i;
    }
  }
}

function nextLine(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end + 1;
}

const foldCache = new Map<number, number>();

/** A UTF-16 unit in lower case (a unit whose lower case is not one unit is left as it is). */
export function fold(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c < 0x100) return c;
  let folded = foldCache.get(c);
  if (folded === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : c;
    if (foldCache.size < 4096) foldCache.set(c, folded);
  }
  return folded;
}

function isEnd(c: number): boolean {
  // NaN (past the end of the text) compares false with everything, hence the last test.
  return c === TAB || c === LF || !(c === c);
}

/** Compares `word` with the word of the line starting at `start`, which ends at a tab or newline. */
function compareWord(word: string, text: string, start: number): number {
  for (let i = 0; ; i++) {
    const a = i < word.length ? word.charCodeAt(i) : -1;
    let b = start + i < text.length ? text.charCodeAt(start + i) : -1;
    if (b === TAB || b === LF) b = -1;
    if (a !== b) return a < b ? -1 : 1;
    if (a === -1) return 0;
  }
}

/** Whether the word of the line starting at `start` is `word`. */
function isWordAt(word: string, text: string, start: number): boolean {
  const n = word.length;
  if (!isEnd(text.charCodeAt(start + n))) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    if (c !== word.charCodeAt(i) || c === TAB) return false; // "colour\tGB" is no word
  }
  return true;
}

/**
 * Open addressing over the lines of the text, about 55 % full. Each slot is one 32-bit
 * integer: the low bits hold the offset of the line plus one (0: empty), the high bits the
 * top bits of the word's hash, so that a probe rarely compares a word that merely shares a
 * slot. One integer a slot keeps the table at 2 MB for 290,000 words.
 */
class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly offsetBits: number;
  private readonly offsetMask: number;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text.length > 0 && !text.endsWith('\n')) lines++;
    let size = 16;
    while (size < lines * 1.8) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // V8's strings are shorter than 2^30 units, so an offset takes at most 30 bits.
    this.offsetBits = Math.max(1, Math.ceil(Math.log2(text.length + 2)));
    this.offsetMask = (1 << this.offsetBits) - 1;
    // One pass over the text, hashing each word up to its tab or line break.
    const { slots, mask, offsetBits } = this;
    let start = 0;
    let h = FNV_OFFSET;
    let inWord = true;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : LF;
      if (c !== TAB && c !== LF) {
        if (inWord) h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      if (inWord && i > start) {
        const hash = mix(h);
        let slot = hash & mask;
        while (slots[slot] !== 0) slot = (slot + 1) & mask;
        slots[slot] = ((hash >>> offsetBits) << offsetBits) | (start + 1);
      }
      inWord = c === LF;
      if (inWord) {
        start = i + 1;
        h = FNV_OFFSET;
      }
    }
  }

  find(word: string): number {
    const hash = hashRange(word, 0, word.length);
    const check = this.check(hash);
    const { slots, mask, offsetBits, offsetMask, text } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot];
      if (entry === 0) return -1;
      if (entry >>> offsetBits !== check) continue;
      const start = (entry & offsetMask) - 1;
      if (isWordAt(word, text, start)) return start;
    }
  }

  /** The hash's top bits that fit beside an offset in a slot (the slot number is its low bits). */
  private check(hash: number): number {
    return hash >>> this.offsetBits;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units of s[start, end), mixed so that the low bits spread. */
function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

/** Part of murmur3's finaliser: FNV-1a's low bits, which pick the slot, are its weakest. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
