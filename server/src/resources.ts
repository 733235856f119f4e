// Loads the word lists the rules need from the data folder the build writes (dist/data): the
// misspelling list generated from @cspell/dict-en-common-misspellings, company names from
// @cspell/dict-companies, our own list of acronyms that need no spelling out, and the en-GB and
// en-US dictionary (dictionary/). Loaded once per process and shared.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LazyDictionary } from './dictionary/load.js';
import type { Resources } from './engine/types.js';
import { SortedWordMap } from './sorted-word-map.js';

let cached: Resources | undefined;

/** The folder holding the data files: dist/data beside the bundle, or the repo's when run from source. */
export function dataDir(): string {
  const candidates = [join(__dirname, 'data'), join(__dirname, '..', '..', 'dist', 'data')];
  const found = candidates.find((d) => existsSync(join(d, 'misspellings.tsv')));
  if (!found) throw new Error(`Copydesk data files not found (looked in ${candidates.join(', ')}); run "npm run build"`);
  return found;
}

export function loadResources(): Resources {
  if (cached) return cached;
  const dir = dataDir();
  // Not parsed into a Map here: that alone cost more than a CLI run on an article.
  const misspellings = new SortedWordMap(readFileSync(join(dir, 'misspellings.tsv'), 'utf8'));
  const knownAcronyms = new Set(readLines(join(dir, 'known-acronyms.txt')));
  const companies = new Set([...readLines(join(dir, 'companies.txt')), ...readLines(join(dir, 'compound-names.txt'))]);
  // Read on the first look-up: a run that never checks spelling never reads it.
  const dictionary = new LazyDictionary(dir);
  cached = { misspellings, knownAcronyms, companies, dictionary };
  // dialect's pairs (dialect-pairs.tsv, built from two SCOWL lists): read on the first look-up.
  let dialectPairs: ReadonlyMap<string, string> | undefined;
  Object.defineProperty(cached, 'dialectPairs', { enumerable: true, get: () => (dialectPairs ??= readPairs(join(dir, 'dialect-pairs.tsv'))) });
  return cached;
}

/** "us<TAB>gb" lines as a Map. */
function readPairs(file: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) pairs.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return pairs;
}

/** Non-empty lines of a word list, '#' comments removed. */
function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}
