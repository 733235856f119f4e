// The text model's words, found by a hand-written scanner instead of a global regex. It finds
// exactly what this pattern finds (word-scanner.test.ts checks that on random text):
//
//   /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}\p{N}]+)*/gu
//
// Why: `exec` allocates a match array per word, and on a 10,000-word draft the regex pass was
// the largest single cost of a lint (about 0.65 ms of 5). The scanner classifies ASCII by
// table and other characters once each (cached), and allocates only the words themselves.

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

/** All words of `s` in order. */
export function scanWords(s: string): Word[] {
  const words: Word[] = [];
  const n = s.length;
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
    words.push({ start, end: i, text: s.slice(start, i) });
  }
  return words;
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
