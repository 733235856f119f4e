// How a lowercase word that no dictionary lists is made, asked by spelling and
// run-together-words alike (through text/unknown-words.ts), so a word one rule reports the other
// leaves alone:
// - `sensibleSplit`: two words with the space lost ("thelast", "inthe"), when that is the one
//   sensible reading: exactly one way to cut it into a small common word and another common
//   word, and no single keystroke turning it into a word in use ("abot" is "about" mistyped,
//   not "a bot");
// - `readsAsCompound`: a new word of the news made of known ones ("reinsurers", "gameshow"),
//   not a slip, when no common word is one keystroke away.
// Verdicts are remembered per dictionary across checks (a dictionary never changes).

import type { Locale, SpellingDictionary } from '../types.js';

/**
 * Words that join others in a run-together pair and are common in any dictionary's counting:
 * articles, prepositions, pronouns, auxiliaries and conjunctions. Particles that make closed
 * compounds (up, out, over: "lineout", "setup") are not among them.
 */
const FUNCTION_WORDS = new Set(
  (
    'the of and to in is that for it as was with be by on not he this are or his from at which but have an ' +
    'they you were her she there been one all we their has would when if so no will more can said who its ' +
    'about them than into some these also only after other what could then two most our any ' +
    'had him me my us your do did does being just very such those while each should may might must now'
  ).split(' '),
);

/** Words after which a run-together "a" reads naturally ("ofa" → "of a", "witha" → "with a"). */
const BEFORE_A = new Set(
  'of in is for as at with was be had has have not on by from to such what quite into half once many if that made make'.split(' '),
);

/** Prefixes that join the word they modify: "reinsurers", "delisting", "unshredded", "superjumbo". */
const FUSED_PREFIXES = (
  're un de dis mis non pre post over under out super sub inter multi anti hyper tele micro mega mini semi co ' +
  'counter cyber eco bio auto'
).split(' ');

const LETTERS_RE = /^\p{Ll}+$/u;
const A_TO_Z = 'abcdefghijklmnopqrstuvwxyz';
const CACHE_LIMIT = 20_000;

/** A dictionary that can say how common a word is (the shipped one and the test one can). */
interface WithFrequency {
  frequency(word: string, locale?: Locale): number;
}

function frequencyOf(dictionary: SpellingDictionary): ((word: string) => number) | undefined {
  const f = (dictionary as Partial<WithFrequency>).frequency;
  return typeof f === 'function' ? (word) => f.call(dictionary, word) : undefined;
}

/**
 * How many searches of the words one keystroke away (a few hundred look-ups each) a check may
 * make. A real story needs a handful; one of thousands of distinct made-up words must not
 * take seconds. A question the budget cannot pay for gets the cautious answer (no split, no
 * compound, no word near), which is not remembered.
 */
export class ProbeBudget {
  /** Searches refused so far. */
  refused = 0;

  constructor(private left = 500) {}

  take(): boolean {
    if (this.left > 0) {
      this.left--;
      return true;
    }
    this.refused++;
    return false;
  }
}

/** The answer of a question the budget could not pay for. */
const UNSURE = Symbol('unsure');

/** One cache of verdicts per dictionary and question, cleared when it grows past CACHE_LIMIT. */
function remembered<T>(
  caches: WeakMap<SpellingDictionary, Map<string, T>>,
  dictionary: SpellingDictionary,
  word: string,
  cautious: T,
  compute: () => T | typeof UNSURE,
): T {
  let cache = caches.get(dictionary);
  if (!cache) caches.set(dictionary, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known;
  const value = compute();
  if (value === UNSURE) return cautious;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, value);
  return value;
}

/**
 * How common a word must be, on the dictionary's own scale (a fraction of the count of "the"):
 * `common` for a half of a run-together pair (one word in 3,000 of "the"), `known` for a word
 * a typo may have been meant as (one in 300,000: "allege" is, "desisting" is not).
 */
interface Bars {
  common: number;
  known: number;
}
const barsOf = new WeakMap<SpellingDictionary, Bars>();

function bars(dictionary: SpellingDictionary, frequency: (word: string) => number): Bars {
  let b = barsOf.get(dictionary);
  if (!b) {
    const the = frequency('the');
    barsOf.set(dictionary, (b = { common: Math.max(1, the / 3000), known: Math.max(1, the / 300_000) }));
  }
  return b;
}

const splits = new WeakMap<SpellingDictionary, Map<string, string | null>>();

/**
 * "thelast" → "the last" when that is the one sensible split of a lowercase word the
 * dictionary does not know; otherwise undefined. Any locale's words count (spelling accepts
 * both lists).
 */
export function sensibleSplit(word: string, dictionary: SpellingDictionary, budget?: ProbeBudget): string | undefined {
  return remembered(splits, dictionary, word, null, () => findSplit(word, dictionary, budget)) ?? undefined;
}

function findSplit(word: string, dictionary: SpellingDictionary, budget: ProbeBudget | undefined): string | null | typeof UNSURE {
  const n = word.length;
  if (n < 4 || n > 40 || !LETTERS_RE.test(word) || dictionary.has(word)) return null;
  const frequency = frequencyOf(dictionary);
  const common = frequency
    ? (w: string) => FUNCTION_WORDS.has(w) || frequency(w) >= bars(dictionary, frequency).common
    : (w: string) => FUNCTION_WORDS.has(w) || w.length >= 4;
  let found: [string, string] | undefined;
  for (let i = 1; i < n; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if ((a.length === 1 && a !== 'a') || (b.length === 1 && b !== 'a')) continue;
    // A lost space leaves a small word beside another ("inthe", "willmean", "hesaid"); two
    // content words together are a closed compound more often ("showbusiness", "timeframe").
    if (!FUNCTION_WORDS.has(a) && !FUNCTION_WORDS.has(b) && a !== 'a' && b !== 'a') continue;
    if (!dictionary.has(a) || !dictionary.has(b) || !common(a) || !common(b)) continue;
    if (found) return null; // two readings: "hisself" may be "his self" or "hiss elf"
    found = [a, b];
  }
  if (!found) return null;
  const [a, b] = found;
  // "a" before a word that takes no article or takes "an", or after a word that does not lead
  // into "a": a slip ("aattack" is "attack" with its first letter doubled).
  if (a === 'a' && (FUNCTION_WORDS.has(b) || b.length < 3 || /^[aeiou]/.test(b))) return null; // "an attack", not "a attack"
  if (b === 'a' && !BEFORE_A.has(a)) return null;
  // A lost space or a mistyped word? No word in use may be one keystroke away: "allgee" is
  // "allege" (rare as it is), not "all gee". Without frequencies, no word at all.
  if (budget && !budget.take()) return UNSURE;
  for (const near of oneEditAway(word)) {
    // Dropping the "a" of "witha" leaves "with": the split itself, not a rival.
    if (near === a || near === b || !dictionary.has(near)) continue;
    if (!frequency || frequency(near) > 0) return null;
  }
  return `${a} ${b}`;
}

const compounds = new WeakMap<SpellingDictionary, Map<string, boolean>>();

/**
 * Whether a lowercase word no dictionary lists reads as a prefix and a word ("reinsurers",
 * "delisting"), as two words of three letters or more ("gameshow", "drugmakers"), or as the
 * plural of a long, uncommon word ("shockwaves"): new words of the news, not slips. Not when a word that
 * is in use is one keystroke away: "everone" is "everyone" mistyped, not "ever one", and
 * "deman" is "demand".
 */
export function readsAsCompound(word: string, dictionary: SpellingDictionary, budget?: ProbeBudget): boolean {
  return remembered(compounds, dictionary, word, false, () => {
    const n = word.length;
    if (n < 6 || !LETTERS_RE.test(word)) return false;
    const frequency = frequencyOf(dictionary);
    // A plural the dictionary lacks, of a word rare enough for that ("shockwaves"); a missing
    // plural of a common word is a slip ("childrens", "informations").
    const stem = word.slice(0, -1);
    const singular =
      /[^s]s$/.test(word) && n >= 7 && dictionary.has(stem) && (!frequency || frequency(stem) < bars(dictionary, frequency).common) ? stem : undefined;
    if (!singular && !isCompound(word, dictionary)) return false;
    const bar = frequency ? bars(dictionary, frequency).known : 0;
    if (budget && !budget.take()) return UNSURE;
    for (const near of oneEditAway(word)) {
      if (near === singular || !dictionary.has(near)) continue;
      // Without frequencies, any word near makes it a doubt; with them, a word in use.
      if (!frequency || frequency(near) >= bar) return false;
    }
    return true;
  });
}

function isCompound(word: string, dictionary: SpellingDictionary): boolean {
  const n = word.length;
  for (const prefix of FUSED_PREFIXES) {
    if (word.startsWith(prefix) && n - prefix.length >= 4 && dictionary.has(word.slice(prefix.length))) return true;
  }
  for (let i = 3; i <= n - 3; i++) {
    if (dictionary.has(word.slice(0, i)) && dictionary.has(word.slice(i))) return true;
  }
  return false;
}

const nearWords = new WeakMap<SpellingDictionary, Map<string, boolean>>();

/** Whether any dictionary word is one keystroke from `word`. */
export function hasWordOneEditAway(word: string, dictionary: SpellingDictionary, budget?: ProbeBudget): boolean {
  return remembered(nearWords, dictionary, word, false, () => {
    if (budget && !budget.take()) return UNSURE;
    for (const w of oneEditAway(word)) if (dictionary.has(w)) return true;
    return false;
  });
}

/** Every string one deletion, transposition, substitution or insertion (a–z) from `word`. */
function* oneEditAway(word: string): Generator<string> {
  const n = word.length;
  for (let i = 0; i < n; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i + 1 < n; i++) {
    if (word[i] !== word[i + 1]) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  for (let i = 0; i < n; i++) {
    for (const c of A_TO_Z) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
  }
  for (let i = 0; i <= n; i++) for (const c of A_TO_Z) yield word.slice(0, i) + c + word.slice(i);
}
