// The host's side of the dictionary: reads the build's word lists (dist/data) on the first
// look-up, not before, so a run that never checks spelling pays nothing for them. A server
// calls warmDictionary() once it has loaded its resources, before its first check.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale, Resources, SpellingCandidate, SpellingDictionary } from '../engine/types.js';
import { WordDictionary } from './dictionary.js';

export class LazyDictionary implements SpellingDictionary {
  private loaded: WordDictionary | undefined;

  /** `dir`: the data folder holding dictionary.words (resources.ts, dataDir()). */
  constructor(private readonly dir: string) {}

  has(word: string, locale?: Locale): boolean {
    return (this.loaded ?? this.load()).has(word, locale);
  }

  suggest(word: string, locale?: Locale, max?: number): SpellingCandidate[] {
    return this.load().suggest(word, locale, max);
  }

  frequency(word: string): number {
    return this.load().frequency(word);
  }

  /** Reads the lists and builds their indexes now. */
  warm(): void {
    this.load().warm();
  }

  private load(): WordDictionary {
    if (this.loaded) return this.loaded;
    const read = (file: string) => {
      try {
        return readFileSync(join(this.dir, file), 'utf8');
      } catch (error) {
        throw new Error(`Copydesk's dictionary (${file}) could not be read from ${this.dir}; run "npm run build". ${String(error)}`);
      }
    };
    this.loaded = new WordDictionary({
      words: read('dictionary.words'),
      wideWords: read('dictionary-wide.words'),
      frequencies: () => read('word-frequency.tsv'),
    });
    return this.loaded;
  }
}

/** Loads the resources' dictionary now, if it is one that waits for its first look-up. */
export function warmDictionary(resources: Resources): void {
  if (resources.dictionary instanceof LazyDictionary) resources.dictionary.warm();
}
