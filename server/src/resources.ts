// Loads the word lists the rules need from the data folder the build writes (dist/data): the
// misspelling list generated from @cspell/dict-en-common-misspellings, company names from
// @cspell/dict-companies, and our own list of acronyms that need no spelling out. Loaded once per process and shared.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  cached = { misspellings, knownAcronyms, companies };
  return cached;
}

/** Non-empty lines of a word list, '#' comments removed. */
function readLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}
