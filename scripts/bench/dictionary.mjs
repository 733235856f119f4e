// The spelling dictionary (server/src/dictionary/): what loading it costs, how fast has() is
// next to the misspelling list's get() on the corpus's words, how long suggest() takes, and
// how often it gives the word meant for planted slips. Not a test: prints figures only.
//
//   node scripts/bench/dictionary.mjs [--no-build] [--runs 5]
//
// The dictionary code is bundled by esbuild as the server and CLI are (a temporary bundle), so
// the timings are those of the shipped code, not of tsx's. Load figures come from fresh
// processes, so nothing is warm: the time to read the lists and answer the first has(), then
// to build the indexes (warm()), and the RSS and heap (after a collection) they add.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleSources } from './bundle.mjs';
import { loadCorpus } from './corpus.mjs';
import { fmt, int, median, percentile, printTable } from './stats.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
const dataDir = join(repoRoot, 'dist', 'data');

if (!values['no-build']) {
  const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'copydesk-dictionary-bench-'));
try {
  const bundle = join(tmp, 'dictionary.cjs');
  await bundleSources(
    repoRoot,
    "export { LazyDictionary } from './server/src/dictionary/load.ts';\n" +
      "export { clearlyBest } from './server/src/engine/text/spelling-rank.ts';\n" +
      "export { SortedWordMap } from './server/src/sorted-word-map.ts';\n" +
      "export { SortedWordList } from './server/src/dictionary/word-list.ts';\n",
    bundle,
  );
  const lib = createRequire(import.meta.url)(bundle);

  // --- Load, in fresh processes.
  const probe = `
    const { LazyDictionary } = require(${JSON.stringify(bundle)});
    const mem = () => { global.gc(); const m = process.memoryUsage(); return { rss: m.rss, heap: m.heapUsed + m.arrayBuffers }; };
    const before = mem();
    let t = performance.now();
    const d = new LazyDictionary(${JSON.stringify(dataDir)});
    d.has('the', 'en-GB');
    const firstMs = performance.now() - t;
    const loaded = mem();
    t = performance.now();
    d.warm();
    const warmMs = performance.now() - t;
    const warmed = mem();
    t = performance.now();
    d.suggest('recieve', 'en-GB');
    const firstSuggestMs = performance.now() - t;
    console.log(JSON.stringify({ firstMs, warmMs, firstSuggestMs, loaded: { rss: loaded.rss - before.rss, heap: loaded.heap - before.heap }, warmed: { rss: warmed.rss - before.rss, heap: warmed.heap - before.heap } }));
  `;
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const out = spawnSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    loads.push(JSON.parse(out.stdout));
  }
  const mb = (b) => fmt(b / 1e6, 1);
  console.log(`\nLoad (fresh process, median of ${runs})`);
  printTable([
    ['step', 'ms', 'RSS added MB', 'heap+buffers added MB'],
    ['read lists + first has()', fmt(median(loads.map((l) => l.firstMs)), 1), mb(median(loads.map((l) => l.loaded.rss))), mb(median(loads.map((l) => l.loaded.heap)))],
    ['warm(): indexes + frequencies', fmt(median(loads.map((l) => l.warmMs)), 1), mb(median(loads.map((l) => l.warmed.rss))), mb(median(loads.map((l) => l.warmed.heap)))],
    ['first suggest() after warm()', fmt(median(loads.map((l) => l.firstSuggestMs)), 1), '', ''],
  ]);

  // --- has() on the corpus's words, beside the misspelling list's get(), each measure taken
  // in turns with the other so that a busy machine slows both alike.
  const articles = loadCorpus(repoRoot);
  const tokenize = (text) => [...text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)].map((m) => m[0].replace(/’/g, "'"));
  const tokens = articles.flatMap((a) => tokenize(a.text));
  const lower = tokens.map((t) => t.toLowerCase());
  const article = tokenize(articles.reduce((best, a) => (Math.abs(a.words - 800) < Math.abs(best.words - 800) ? a : best)).text);
  const articleLower = article.map((t) => t.toLowerCase());
  const dictionary = new lib.LazyDictionary(dataDir);
  dictionary.warm();
  const misspellings = new lib.SortedWordMap(readFileSync(join(dataDir, 'misspellings.tsv'), 'utf8'));
  for (const w of lower.slice(0, 10_000)) misspellings.get(w); // past its binary-search phase
  let sink = 0;
  const measures = {
    "has(word, 'en-GB'), the corpus in order": [tokens, (w) => dictionary.has(w, 'en-GB')],
    'has(word), the corpus in order': [tokens, (w) => dictionary.has(w)],
    'misspellings.get(lower case), the corpus': [lower, (w) => misspellings.get(w) !== undefined],
    "has(word, 'en-GB'), one 800-word article again": [article, (w) => dictionary.has(w, 'en-GB')],
    'misspellings.get(lower case), the same article': [articleLower, (w) => misspellings.get(w) !== undefined],
  };
  const samples = Object.fromEntries(Object.keys(measures).map((k) => [k, []]));
  for (let round = 0; round < 7; round++) {
    for (const [name, [list, lookUp]] of Object.entries(measures)) {
      const repeat = Math.ceil(400_000 / list.length);
      const t = performance.now();
      for (let r = 0; r < repeat; r++) for (const w of list) if (lookUp(w)) sink++;
      samples[name].push(((performance.now() - t) * 1e6) / (list.length * repeat));
    }
  }
  let known = 0;
  let knownSomeCase = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (dictionary.has(tokens[i], 'en-GB')) known++;
    if (dictionary.has(tokens[i], 'en-GB') || dictionary.has(lower[i], 'en-GB')) knownSomeCase++;
  }
  // The word list's own look-up, without the locale's tag or the lazy loader around it.
  const { SortedWordList } = lib;
  const list = new SortedWordList(readFileSync(join(dataDir, 'dictionary.words'), 'utf8'));
  list.buildIndex();
  const bare = [];
  const bareArticle = [];
  for (let round = 0; round < 7; round++) {
    let t = performance.now();
    for (const w of tokens) if (list.find(w) !== -1) sink++;
    bare.push(((performance.now() - t) * 1e6) / tokens.length);
    const repeat = Math.ceil(400_000 / article.length);
    t = performance.now();
    for (let r = 0; r < repeat; r++) for (const w of article) if (list.find(w) !== -1) sink++;
    bareArticle.push(((performance.now() - t) * 1e6) / (article.length * repeat));
  }
  // The best round as well as the median: on a busy machine the best is the steadier figure.
  console.log(`\nLook-ups, ns each (7 rounds; the corpus: ${int(tokens.length)} word tokens)`);
  const row = (k, v) => [k, fmt(Math.min(...v), 0), fmt(median(v), 0)];
  printTable([['look-up', 'best', 'median'], ...Object.entries(samples).map(([k, v]) => row(k, v)), row('SortedWordList.find alone, the corpus', bare), row('SortedWordList.find alone, the article again', bareArticle)]);
  console.log(`known to en-GB as written: ${fmt((known / tokens.length) * 100, 1)} %; as written or in lower case: ${fmt((knownSomeCase / tokens.length) * 100, 1)} %`);

  // --- suggest() on the corpus's unknown lower-case words (typos, foreign words, jargon).
  const unknown = [...new Set(lower.filter((w, i) => w === tokens[i] && /^[a-z]{3,}$/.test(w) && !dictionary.has(w) && !dictionary.has(w[0].toUpperCase() + w.slice(1))))];
  const timed = (list) => {
    const ms = list.map((w) => {
      const t = performance.now();
      dictionary.suggest(w, 'en-GB');
      return performance.now() - t;
    });
    return [fmt(percentile(ms, 50), 2), fmt(percentile(ms, 95), 2), fmt(Math.max(...ms), 2)];
  };
  const words = readFileSync(join(dataDir, 'word-frequency.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter(([w]) => /^[a-z]{4,}$/.test(w ?? '') && dictionary.has(w, 'en-GB'))
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .slice(0, 5_000)
    .map(([w]) => w);
  const byLength = (n) => words.filter((w) => w.length === n).slice(0, 50);
  const noise = (w, i) => w.slice(0, i) + 'q' + w.slice(i + 1, -1) + 'z'; // two edits: no slip one edit away
  console.log(`\nsuggest(word, 'en-GB') times, ms`);
  printTable([
    ['words', 'count', 'p50', 'p95', 'max'],
    ['corpus words known in no case', int(unknown.length), ...timed(unknown)],
    ['common words with one letter dropped', '500', ...timed(words.slice(0, 500).map((w) => w.slice(0, 2) + w.slice(3)))],
    ['12-letter words two edits off', int(byLength(12).length), ...timed(byLength(12).map((w) => noise(w, 3)))],
    ['8-letter words two edits off', int(byLength(8).length), ...timed(byLength(8).map((w) => noise(w, 2)))],
  ]);

  // --- Quality: planted slips in the 5,000 commonest words (every fifth).
  const rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
  const neighbour = (c) => {
    const r = rows.findIndex((row) => row.includes(c));
    const i = rows[r].indexOf(c);
    const near = [rows[r][i + 1], rows[r][i - 1], rows[r + 1]?.[i], rows[r - 1]?.[i]].filter(Boolean);
    return near[(i * 7) % near.length];
  };
  const slips = {
    transposed: (w, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2),
    dropped: (w, i) => w.slice(0, i) + w.slice(i + 1),
    doubled: (w, i) => w.slice(0, i + 1) + w[i] + w.slice(i + 1),
    'neighbouring key': (w, i) => w.slice(0, i) + neighbour(w[i]) + w.slice(i + 1),
  };
  const table = [['planted slip', 'typos', 'first %', 'in five %', 'clearly best %', 'of which right %']];
  for (const [name, plant] of Object.entries(slips)) {
    let tried = 0;
    let first = 0;
    let five = 0;
    let clear = 0;
    let clearRight = 0;
    words.forEach((w, n) => {
      if (n % 5 !== 0) return;
      const typo = plant(w, (n * 7) % (w.length - 1));
      if (typo === w || dictionary.has(typo) || dictionary.has(typo[0].toUpperCase() + typo.slice(1))) return;
      tried++;
      const offered = dictionary.suggest(typo, 'en-GB');
      if (offered[0]?.word === w) first++;
      if (offered.some((c) => c.word === w)) five++;
      if (lib.clearlyBest(typo, offered)) {
        clear++;
        if (offered[0].word === w) clearRight++;
      }
    });
    table.push([name, int(tried), fmt((first / tried) * 100, 1), fmt((five / tried) * 100, 1), fmt((clear / tried) * 100, 1), fmt((clearRight / Math.max(1, clear)) * 100, 1)]);
  }
  console.log(`\nPlanted slips in every fifth of the 5,000 commonest words of 4+ letters (en-GB)`);
  printTable(table);
  if (sink < 0) console.log(sink); // keeps the look-ups from being optimised away
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
