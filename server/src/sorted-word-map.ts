// A read-only map over a sorted "key<TAB>value1,value2" text (the misspelling list, ~89,000
// lines), so that loading costs nothing: building a Map of it costs ~70 ms and as much again
// in garbage collection, more than the whole CLI run on an article, and ~10 MB of heap. The
// first lookups binary-search the text (~1.3 µs each); after LOOKUPS_BEFORE_INDEX of them (a
// long document, or a server's second keystroke on a long draft) a compact hash index over
// the text is built (~20 ms, one 2 MB typed array) and answers from then on: a miss, by far
// the common case, costs a hash of the key and a bit in a filter, without touching any
// string. A real Map is built only for iteration. The build writes the lines sorted by key in
// UTF-16 code unit order (JavaScript's default sort) with each key once.

const TAB = 9;
/**
 * Lookups by binary search before building the hash index: about a 5,000-word document. One
 * article never pays for the index; anything longer soon earns it back.
 */
const LOOKUPS_BEFORE_INDEX = 5_000;

export class SortedWordMap implements ReadonlyMap<string, readonly string[]> {
  readonly size: number;
  private map: Map<string, readonly string[]> | undefined;
  private index: HashIndex | undefined;
  private lookups = 0;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text.length > 0 && !text.endsWith('\n')) lines++;
    this.size = lines;
  }

  get(key: string): readonly string[] | undefined {
    if (this.index) return this.index.get(key);
    if (++this.lookups > LOOKUPS_BEFORE_INDEX) {
      this.index = new HashIndex(this.text);
      return this.index.get(key);
    }
    const text = this.text;
    // Invariant: the key's line, if any, starts in [lo, hi).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const start = Math.max(lo, text.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1);
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const order = compareKey(key, text, start);
      if (order === 0) return text.slice(start + key.length + 1, end).split(',');
      if (order < 0) hi = start;
      else lo = end + 1;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void): void {
    this.full().forEach((value, key) => callback(value, key, this));
  }

  entries(): MapIterator<[string, readonly string[]]> {
    return this.full().entries();
  }

  keys(): MapIterator<string> {
    return this.full().keys();
  }

  values(): MapIterator<readonly string[]> {
    return this.full().values();
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.full()[Symbol.iterator]();
  }

  private full(): Map<string, readonly string[]> {
    if (!this.map) {
      const map = new Map<string, readonly string[]>();
      for (const line of this.text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).split(','));
      }
      this.map = map;
    }
    return this.map;
  }
}

/** Compares `key` with the key of the line starting at `start` (which ends at a tab). */
function compareKey(key: string, text: string, start: number): number {
  for (let i = 0; ; i++) {
    const a = i < key.length ? key.charCodeAt(i) : TAB;
    const b = start + i < text.length ? text.charCodeAt(start + i) : TAB;
    if (a !== b) return a < b ? -1 : 1;
    if (a === TAB) return 0;
  }
}

/**
 * Open addressing over the lines of the text: slot i holds, at 2i, the key's hash and, at
 * 2i + 1, the offset of its line plus one (0: empty). Side by side, so a probe reads one
 * cache line. At least twice as many slots as keys keep probe runs short. In front of it, a
 * one-bit-per-hash filter of 128 kB (small enough to stay in the processor's cache, where the
 * slots do not) turns away about nine words in ten before any slot is read.
 */
class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly filter = new Int32Array(FILTER_BITS / 32);

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    let size = 16;
    while (size < (lines + 1) * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const tab = text.indexOf('\t', start);
      // A line without a key (blank, or no tab) is no entry, as in full().
      if (tab > start && tab < end) {
        const hash = hashRange(text, start, tab);
        const bit = filterBit(hash);
        this.filter[bit >>> 5] |= 1 << (bit & 31);
        let slot = hash & this.mask;
        while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
        this.slots[slot * 2] = hash;
        this.slots[slot * 2 + 1] = start + 1;
      }
      start = end + 1;
    }
  }

  get(key: string): readonly string[] | undefined {
    const hash = hashRange(key, 0, key.length);
    const bit = filterBit(hash);
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return undefined;
    const { slots, mask, text } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot * 2 + 1];
      if (at === 0) return undefined;
      if (slots[slot * 2] !== hash) continue;
      const start = at - 1;
      if (compareKey(key, text, start) !== 0) continue;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      return text.slice(start + key.length + 1, end).split(',');
    }
  }
}

/** Bits of the filter in front of the hash index (2^20: 128 kB, about 9 % set by 89,000 keys). */
const FILTER_BITS = 1 << 20;

/** The filter's bit for a hash: its high bits, the slots use the low ones. */
function filterBit(hash: number): number {
  return hash >>> 12;
}

/** FNV-1a over UTF-16 code units of s[start, end), as a signed 32-bit integer. */
function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
