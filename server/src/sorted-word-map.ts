// A read-only map over a sorted "key<TAB>value1,value2" text (the misspelling list, ~89,000
// lines), so that loading costs nothing: building a Map of it costs ~70 ms and as much again
// in garbage collection, more than the whole CLI run on an article. Lookups binary-search the
// text; after many of them (a long document) one real Map is built and used from then on.
// The build writes the lines sorted by key in UTF-16 code unit order (JavaScript's default
// sort) with each key once.

const TAB = 9;
/** Lookups by binary search before building the Map; about a 20,000-word document. */
const LOOKUPS_BEFORE_MAP = 20_000;

export class SortedWordMap implements ReadonlyMap<string, readonly string[]> {
  readonly size: number;
  private map: Map<string, readonly string[]> | undefined;
  private lookups = 0;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text.length > 0 && !text.endsWith('\n')) lines++;
    this.size = lines;
  }

  get(key: string): readonly string[] | undefined {
    if (this.map) return this.map.get(key);
    if (++this.lookups > LOOKUPS_BEFORE_MAP) return this.full().get(key);
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
