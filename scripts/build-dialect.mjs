// Builds dist/data/dialect-pairs.tsv for the `dialect` rule: en-US spellings and their en-GB
// counterparts, "us<TAB>gb" a line, lower case, sorted by the US form, inflections included.
//
// Derived from two SCOWL-made Hunspell dictionaries of the same size (60): dictionary-en (en-US)
// and dictionary-en-gb (en-GB with -ise). Each word of the en-US list that the en-GB list lacks
// goes through the regular correspondences below (at most two of them: "maneuver" needs e/oe
// and er/re); a result is kept only when both spellings are in their own list and not in the
// other's, which is what throws out the accidents ("prize"/"prise", "license" the verb, "meter"
// the device: the en-GB list has them). A US word with more than one such result is dropped.
// Then the reviewed irregular pairs of server/data/dialect-irregular.tsv, with the inflections
// the two lists agree on, and the reviewed exclusions of server/data/dialect-exclude.txt.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * US → GB rewrites: [US letters, GB letters, where it may apply]. `at(word, i)` says whether
 * the rewrite may apply at index i; the both-lists test does the rest.
 */
const CORRESPONDENCES = [
  ['iz', 'is', anywhere], // organize, organization, realizing
  ['yz', 'ys', anywhere], // analyze, paralyzed
  ['or', 'our', anywhere], // color, honorable, neighborhood
  // center, fibers, centerpiece; centered → centred, centering → centring. After a consonant
  // and not in the first two letters: "perv"/"prev" and "performative" are no pair.
  ['er', 're', afterConsonant],
  ['ere', 're', afterConsonant],
  ['eri', 'ri', afterConsonant],
  ['og', 'ogue', anywhere], // catalog
  ['og', 'ogu', anywhere], // cataloged, cataloging
  ['l', 'll', anywhere], // traveled, counselor
  ['ll', 'l', anywhere], // fulfill, enrollment, skillful
  ['ens', 'enc', anywhere], // defense, offense, pretense
  // anemia, pediatric; estrogen, diarrhea. Not within two letters of the end, where it makes
  // Latin plurals of English words ("patine"/"patinae", "mantes"/"mantoes"), but "-rrhea".
  ['e', 'ae', notNearEnd],
  ['e', 'oe', notNearEnd],
];

function anywhere() {
  return true;
}

function afterConsonant(word, i) {
  return i >= 2 && /[bcdfghjklmnpqrstvwxz]/.test(word[i - 1]);
}

function notNearEnd(word, i) {
  return i + 3 <= word.length || word[i + 1] === 'a';
}

/** Every word the rewrites make of `word` by one rewrite. */
function rewrites(word) {
  const out = [];
  for (const [us, gb, at] of CORRESPONDENCES) {
    for (let i = word.indexOf(us); i !== -1; i = word.indexOf(us, i + 1)) {
      if (at(word, i)) out.push(word.slice(0, i) + gb + word.slice(i + us.length));
    }
  }
  return out;
}

/** The expanded words of a Hunspell dictionary package, as a Set. */
async function hunspellWords(pkg, require) {
  const { HunspellReader } = await import('hunspell-reader');
  const dir = dirname(require.resolve(pkg));
  const reader = await HunspellReader.createFromFiles(join(dir, 'index.aff'), join(dir, 'index.dic'));
  const words = new Set();
  for (const w of reader.wholeWords()) words.add(w);
  return { dir, words, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version };
}

/** Lines of a data file, '#' comments and blank lines removed. */
function dataLines(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/**
 * Writes dist/data/dialect-pairs.tsv and its licence; returns the pairs (US → GB) for a
 * caller that wants to look at them.
 */
export async function buildDialectPairs({ root, dist }) {
  const require = createRequire(join(root, 'package.json'));
  const usDict = await hunspellWords('dictionary-en', require);
  const gbDict = await hunspellWords('dictionary-en-gb', require);
  const us = usDict.words;
  const gb = gbDict.words;
  const usOnly = (w) => us.has(w) && !gb.has(w);
  const gbOnly = (w) => gb.has(w) && !us.has(w);

  const pairs = new Map();
  for (const word of us) {
    // Lower-case words only: the capitalised entries are names ("Americanize" aside).
    if (!/^[a-z]+$/.test(word) || gb.has(word)) continue;
    const found = new Set();
    for (const once of rewrites(word)) {
      if (gbOnly(once)) found.add(once);
      for (const twice of rewrites(once)) if (gbOnly(twice)) found.add(twice);
    }
    if (found.size === 1) pairs.set(word, [...found][0]);
  }

  // Irregular pairs, as reviewed: each as listed, and the words of the en-US list that start
  // with its US form ("plows", "plowed", "snowplow" aside), rewritten alike and checked.
  for (const line of dataLines(join(root, 'server/data/dialect-irregular.tsv'))) {
    const [u, g] = line.split(/\t+/);
    if (!u || !g) throw new Error(`dialect-irregular.tsv: not "us<TAB>gb": ${line}`);
    pairs.set(u, g);
    for (const word of us) {
      if (word.length > u.length && word.startsWith(u) && /^[a-z]+$/.test(word) && usOnly(word)) {
        const other = g + word.slice(u.length);
        if (gbOnly(other)) pairs.set(word, other);
      }
    }
  }

  for (const word of dataLines(join(root, 'server/data/dialect-exclude.txt'))) pairs.delete(word);
  // A spelling is one side only: no GB form that is also a US form of another pair.
  for (const [u, g] of pairs) if (pairs.has(g)) pairs.delete(u);

  const keys = [...pairs.keys()].sort();
  writeFileSync(join(dist, 'data/dialect-pairs.tsv'), keys.map((k) => `${k}\t${pairs.get(k)}`).join('\n') + '\n');
  writeFileSync(
    join(dist, 'data/dialect-pairs.LICENSE.txt'),
    `dialect-pairs.tsv is generated from two word lists of SCOWL (http://wordlist.aspell.net):\n` +
      `dictionary-en ${usDict.version} (en-US) and dictionary-en-gb ${gbDict.version} (en-GB, -ise)\n` +
      `(https://github.com/wooorm/dictionaries), licensed "(MIT AND BSD)" under the terms below, and\n` +
      `from Copydesk's own list of irregular pairs (server/data/dialect-irregular.tsv, MIT).\n` +
      `Changes: the Hunspell affixes expanded, and of the words in one list only, the pairs that the\n` +
      `regular en-US/en-GB correspondences (-ize/-ise, -or/-our, -er/-re, ...) link kept, one\n` +
      `"us<TAB>gb" line each, lower case.\n\n` +
      `dictionary-en:\n\n${readFileSync(join(usDict.dir, 'license'), 'utf8')}\n` +
      `dictionary-en-gb:\n\n${readFileSync(join(gbDict.dir, 'license'), 'utf8')}`,
  );
  return pairs;
}
