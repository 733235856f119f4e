// The en-GB and en-US word lists behind `spelling` (engine/types.ts, SpellingDictionary), over
// the texts the build writes (scripts/build.mjs, buildDictionary): one sorted list of both
// locales' words, a word in only one tagged "GB" or "US", and word frequencies for ranking.
// Pure: the host reads the files (load.ts).

import type { Locale, SpellingCandidate, SpellingDictionary } from '../engine/types.js';
import { SortedWordMap } from '../sorted-word-map.js';
import { hasCapitalsBeyond, normalise, score, slips } from '../engine/text/spelling-rank.js';
import { fold, MAX_SEARCH_LENGTH, SortedWordList } from './word-list.js';

/** Shortest typed word for which candidates two edits away are looked for: "teh" has too many. */
const MIN_LENGTH_FOR_TWO_EDITS = 4;

export interface DictionaryTexts {
  /** dictionary.words: "word" (both locales), "word\tGB" or "word\tUS" lines, sorted. */
  words: string;
  /** dictionary-wide.words: the same for words with a letter beyond U+00FF. */
  wideWords?: string;
  /** word-frequency.tsv: "word\tcount" lines, lower case, sorted; read on the first suggest(). */
  frequencies?: () => string;
}

const LOCALE_TAG: Record<Locale, string> = { 'en-GB': 'GB', 'en-US': 'US' };
const LOCALE_TAG_CODE: Record<Locale, number> = { 'en-GB': 0x47, 'en-US': 0x55 }; // G, U

export class WordDictionary implements SpellingDictionary {
  private readonly lists: SortedWordList[];
  private frequencyMap: SortedWordMap | undefined;

  constructor(private readonly texts: DictionaryTexts) {
    this.lists = [new SortedWordList(texts.words)];
    if (texts.wideWords) this.lists.push(new SortedWordList(texts.wideWords));
  }

  // Exact, with no memory of earlier answers: a cache of recent words (a Map, a direct-mapped
  // table) and a small list of the commonest words looked in first were each tried, and
  // saved nothing on the corpus or on a draft checked again and again.
  has(word: string, locale?: Locale): boolean {
    // (An index loop: this runs once per word of every check, and the iterator measured dearer.)
    const lists = this.lists;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i];
      const at = list.find(word);
      if (at === -1) continue;
      if (!locale) return true;
      // "GB" and "US" differ in their first letter.
      const tag = list.tagCodeAt(at, word.length);
      return tag !== tag || tag === LOCALE_TAG_CODE[locale];
    }
    return false;
  }

  suggest(word: string, locale?: Locale, max = 5): SpellingCandidate[] {
    const typed = normalise(word);
    if (typed.length === 0 || typed.length > MAX_SEARCH_LENGTH || max <= 0) return [];
    let found = this.within(typed, 1, locale);
    if (found.length === 0 && typed.length >= MIN_LENGTH_FOR_TWO_EDITS) found = this.within(typed, 2, locale);
    // One entry per word as it would be offered ("Polish" and "polish" both give "Polish"
    // for "Polsh"), the better kept.
    const best = new Map<string, { candidate: SpellingCandidate; score: number }>();
    for (const { entry, distance } of found) {
      const offered = matchCase(entry, typed);
      if (offered === typed) continue;
      const frequency = this.frequency(entry);
      const points = score(slips(typed, entry), frequency, hasCapitalsBeyond(entry, typed));
      const had = best.get(offered);
      if (had && had.score >= points) continue;
      best.set(offered, { candidate: { word: withApostrophes(offered, word), distance, frequency }, score: points });
    }
    return [...best.values()]
      .sort((x, y) => x.candidate.distance - y.candidate.distance || y.score - x.score || (x.candidate.word < y.candidate.word ? -1 : 1))
      .slice(0, max)
      .map((x) => x.candidate);
  }

  /**
   * How common the word is: its count in the frequency list, lower-cased, or 0. The subtitle
   * counts split "don't" into "don" and "t", so a contraction missing there counts as its
   * first part, and a possessive ("Paris's") as an eighth of its noun: common enough to be
   * offered, not so common as to come before the noun itself.
   */
  frequency(word: string): number {
    this.frequencyMap ??= new SortedWordMap(this.texts.frequencies?.() ?? '');
    const lower = word.toLowerCase();
    const count = (w: string) => Number(this.frequencyMap?.get(w)?.[0] ?? 0);
    const known = count(lower);
    if (known > 0) return known;
    const contraction = /^(\p{L}+)'(?:t|re|ve|ll|d|m)$/u.exec(lower);
    if (contraction) return count(contraction[1]);
    const possessive = /^(.+)'s$/u.exec(lower);
    if (possessive) return Math.floor(count(possessive[1]) / 8);
    return 0;
  }

  /** Builds the look-up indexes now (and reads the frequencies), so the first check pays nothing. */
  warm(): void {
    for (const list of this.lists) list.buildIndex();
    this.frequency('the');
  }

  /** The locale's words within `maxDistance` edits of `typed`, capitals aside, but not itself. */
  private within(typed: string, maxDistance: number, locale: Locale | undefined): { entry: string; distance: number }[] {
    const target = new Int32Array(typed.length);
    for (let i = 0; i < typed.length; i++) target[i] = fold(typed.charCodeAt(i));
    const found: { entry: string; distance: number }[] = [];
    for (const list of this.lists) {
      list.search(target, maxDistance, (start, end, distance) => {
        const tag = list.tagAt(start, end - start);
        if (locale && tag !== '' && tag !== LOCALE_TAG[locale]) return;
        const entry = list.text.slice(start, end);
        if (entry !== typed) found.push({ entry, distance });
      });
    }
    return found;
  }
}

/**
 * The candidate with the typed word's capitals: all capitals for a word in capitals, a capital
 * first for a capitalised one ("Recieve" → "Receive"); otherwise as the list writes it, so a
 * name keeps its capital ("pariss" → "Paris").
 */
function matchCase(entry: string, typed: string): string {
  const letters = typed.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return entry.toUpperCase();
  const first = typed[0];
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return entry[0].toUpperCase() + entry.slice(1);
  return entry;
}

/** The offered word with the typed word's apostrophes when they were curly ("don’t"). */
function withApostrophes(offered: string, typed: string): string {
  const curly = /[\u2019\u02bc]/.exec(typed);
  return curly ? offered.replace(/'/g, curly[0]) : offered;
}
