// A quick test of whether a word list may hold a word, before the look-up itself: by the
// word's first and last characters and its length, one bit a length. Most words of a story are
// ruled out by a few char codes, without hashing the word or making a lower-case copy; a
// "maybe" still goes to the real look-up, so a filter never changes what a rule finds.
//
// Case-blind for ASCII letters (only the low five bits of each character count, so "T" and "t"
// share a slot): a list of lower-case keys filters words in any case. A word whose first or last
// character is past ASCII always passes, since its lower case may be an ASCII key.

/** A bit per length up to 30; every longer length shares bit 31. */
export function lengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

export class ShapeFilter {
  private readonly lengths = new Uint32Array(1 << 10);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length > 0) this.lengths[slot(word.charCodeAt(0), word.charCodeAt(word.length - 1))] |= lengthBit(word.length);
    }
  }

  /** Whether the list may hold text[from, to) in some case of its ASCII letters. */
  mayHold(text: string, from = 0, to = text.length): boolean {
    if (to <= from) return false;
    const first = text.charCodeAt(from);
    const last = text.charCodeAt(to - 1);
    if ((first | last) >= 128) return true;
    return (this.lengths[slot(first, last)] & lengthBit(to - from)) !== 0;
  }
}

function slot(first: number, last: number): number {
  return ((first & 31) << 5) | (last & 31);
}
