// How suggestions are ordered among those at the same edit distance: by the kind of slip each
// edit looks like (a key next to the right one, two letters swapped, a double letter typed
// once) and by how common the word is. Pure: the rule may use clearlyBest() directly.

import type { SpellingCandidate } from '../types.js';

/** One edit turning the typed word into the candidate, named for the slip it looks like. */
export type Slip =
  | 'swap' // two neighbouring letters typed in the wrong order: "takne" for "taken"
  | 'neighbour' // the key next to the right one: "pwnsion" for "pension"
  | 'accent' // the letter with another accent or none: "Zurich" for "Zürich"
  | 'vowel' // one vowel for another: "seperate" for "separate"
  | 'doubled' // a letter typed twice: "takken"
  | 'undoubled' // a double letter typed once: "ocur" for "occur"
  | 'dropped' // a letter left out: "nucear" for "nuclear"
  | 'stray' // an extra letter whose key is next to a neighbouring letter's: "pensuion"
  | 'apostrophe' // an apostrophe or hyphen left out or added: "dont" for "don't"
  | 'other'; // any other insertion, deletion or substitution

/**
 * Points (in doublings of frequency) for each kind of slip: the more often a slip happens at a
 * keyboard, the more a candidate it explains is preferred to a more common word that needs an
 * unlikely edit. "takne": "taken" (swap, 7,071 in the frequency list) beats "take" (an extra
 * "n" far from k and e, 96,443).
 */
const SLIP_POINTS: Record<Slip, number> = {
  swap: 5,
  neighbour: 4,
  accent: 6,
  vowel: 2,
  doubled: 4,
  undoubled: 4,
  dropped: 2,
  stray: 2,
  apostrophe: 3,
  other: 0,
};

/** A candidate whose capitals the typed word lacks ("Polish" for "polsh") loses this many. */
const CASE_CHANGE_POINTS = -1;

/**
 * The rank of a candidate among those at the same distance, higher first: log2 of its
 * frequency, so that each point is a doubling, plus the points of its edits' slips. Distance
 * always comes first (suggest() returns one distance at a time).
 */
export function score(slips: readonly Slip[], frequency: number, caseChanged: boolean): number {
  let points = Math.log2(frequency + 1) + (caseChanged ? CASE_CHANGE_POINTS : 0);
  for (const slip of slips) points += SLIP_POINTS[slip];
  return points;
}

/**
 * Points by which the first candidate must lead the second for clearlyBest(): 4, 16 times as
 * common, or a likelier slip and still a few times as common. On the typos of
 * @cspell/dict-en-common-misspellings that are one edit from a word, 85 % clear it and the
 * fix is the listed correction for 95 % of those (at 6: 80 % and 96 %). On keystroke typos
 * planted in the corpus (scripts/bench/typo-recall.mjs, 600 plants, seed 11) 4 makes the
 * preferred fix right for 84.5 % (6: 80.2 %) with the same 2.3 % wrong; 3 gives 87 % but
 * 3.2 % wrong, and a wrong preferred fix is what fix-all applies.
 */
const CLEAR_LEAD = 4;

/**
 * Whether the first of suggest()'s candidates for `word` is clearly the word meant, so that a
 * fix (which fix-all applies) may offer it rather than only suggest it: one edit away, and
 * either the only candidate or ahead of the next by CLEAR_LEAD points of score().
 */
export function clearlyBest(word: string, candidates: readonly SpellingCandidate[]): boolean {
  const [first, second] = candidates;
  if (!first || first.distance !== 1) return false;
  if (!second || second.distance > first.distance) return true;
  return rank(word, first) - rank(word, second) >= CLEAR_LEAD;
}

/** score() of a candidate for the typed word. */
export function rank(word: string, candidate: SpellingCandidate): number {
  const typed = normalise(word);
  return score(slips(typed, normalise(candidate.word)), candidate.frequency, hasCapitalsBeyond(candidate.word, word));
}

/** Curly apostrophes as straight ones, as the word lists write them. */
export function normalise(word: string): string {
  return word.replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * Whether `candidate` has a capital where `typed` has a small letter, beyond what matching the
 * typed word's capitals brings: "Polish" for "polsh", not "Receive" for "Recieve".
 */
export function hasCapitalsBeyond(candidate: string, typed: string): boolean {
  if (typed === typed.toUpperCase()) return false;
  const from = typed[0] === typed[0].toUpperCase() ? 1 : 0;
  return candidate.slice(from) !== candidate.slice(from).toLowerCase();
}

/**
 * The slips of one cheapest way (optimal string alignment: insertions, deletions,
 * substitutions and adjacent transpositions) from `typed` to `meant`, compared without case.
 */
export function slips(typed: string, meant: string): Slip[] {
  const a = typed.toLowerCase();
  const b = meant.toLowerCase();
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const d = new Int32Array((n + 1) * width);
  for (let i = 0; i <= n; i++) d[i * width] = i;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let v = d[(i - 1) * width + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      v = Math.min(v, d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        v = Math.min(v, d[(i - 2) * width + j - 2] + 1);
      }
      d[i * width + j] = v;
    }
  }
  // Back from the end, preferring a match, then a swap, then a substitution.
  const found: Slip[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * width + j];
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && d[(i - 1) * width + j - 1] === here) {
      i--;
      j--;
    } else if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && d[(i - 2) * width + j - 2] + 1 === here) {
      found.push('swap');
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && d[(i - 1) * width + j - 1] + 1 === here) {
      found.push(substitution(a[i - 1], b[j - 1]));
      i--;
      j--;
    } else if (i > 0 && d[(i - 1) * width + j] + 1 === here) {
      found.push(extra(a, i - 1));
      i--;
    } else {
      found.push(missing(b, j - 1));
      j--;
    }
  }
  return found;
}

/** The slip of typing `typed` for `meant`. */
function substitution(typed: string, meant: string): Slip {
  if (baseLetter(typed) === baseLetter(meant)) return 'accent';
  if (KEY_NEIGHBOURS.get(typed)?.includes(meant)) return 'neighbour';
  if (VOWELS.includes(typed) && VOWELS.includes(meant)) return 'vowel';
  return 'other';
}

/** The slip of the letter at `at` of the typed word `a`, which the word meant lacks. */
function extra(a: string, at: number): Slip {
  const c = a[at];
  if (c === "'" || c === '-') return 'apostrophe';
  const before = a[at - 1] ?? '';
  const after = a[at + 1] ?? '';
  if (c === before || c === after) return 'doubled';
  const near = KEY_NEIGHBOURS.get(c) ?? '';
  if ((before && near.includes(before)) || (after && near.includes(after))) return 'stray';
  return 'other';
}

/** The slip of leaving out the letter at `at` of the word meant, `b`. */
function missing(b: string, at: number): Slip {
  const c = b[at];
  if (c === "'" || c === '-') return 'apostrophe';
  if (c === b[at - 1] || c === b[at + 1]) return 'undoubled';
  return 'dropped';
}

const VOWELS = 'aeiouy';

/** The letter without its accents ("é" → "e"). */
function baseLetter(c: string): string {
  return c.normalize('NFD')[0] ?? c;
}

/** The keys around each letter on a QWERTY keyboard (rows offset as on the keyboard). */
const KEY_NEIGHBOURS: ReadonlyMap<string, string> = (() => {
  const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  const map = new Map<string, string>();
  rows.forEach((row, r) => {
    [...row].forEach((key, i) => {
      // A key touches the keys either side, and on a staggered keyboard those at i and i + 1
      // in the row above and at i - 1 and i in the row below.
      const near = [row[i - 1], row[i + 1], rows[r - 1]?.[i], rows[r - 1]?.[i + 1], rows[r + 1]?.[i - 1], rows[r + 1]?.[i]];
      map.set(key, near.filter((k): k is string => k !== undefined).join(''));
    });
  });
  return map;
})();
