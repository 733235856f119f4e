// Typo recall (issue 7): one keystroke typo planted in a lowercase word of each of 200 corpus
// articles (a transposed, dropped, doubled or neighbouring-key letter), keeping only plants
// whose typo is not itself a word in either dictionary. For each plant: is a finding on the
// planted word (caught)? does its preferred fix restore the word? does any offered fix?
// Deterministic: a seeded generator picks the articles, the words and the typos.
//
//   node scripts/bench/typo-recall.mjs [--articles 200] [--seed 7] [--list]

import { join } from 'node:path';
import { require as tsxRequire } from 'tsx/cjs/api';
import { seeded } from './stats.mjs';

/** QWERTY neighbours of each lowercase letter (same row and the rows above and below). */
const NEIGHBOURS = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
export const TYPO_KINDS = ['transposed', 'dropped', 'doubled', 'neighbouring key'];

/** One typo of `kind` in `word` (lowercase letters only), or undefined when it cannot be made. */
export function plantTypo(word, kind, random) {
  const n = word.length;
  const at = (k) => Math.floor(random() * k);
  if (kind === 'transposed') {
    const i = at(n - 1);
    if (word[i] === word[i + 1]) return undefined;
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  if (kind === 'dropped') {
    const i = at(n);
    return word.slice(0, i) + word.slice(i + 1);
  }
  if (kind === 'doubled') {
    const i = at(n);
    return word.slice(0, i + 1) + word[i] + word.slice(i + 1);
  }
  const i = at(n);
  const near = NEIGHBOURS[word[i]];
  if (!near) return undefined;
  return word.slice(0, i) + near[at(near.length)] + word.slice(i + 1);
}

export function benchTypoRecall(repoRoot, articles, { count = 200, seed = 7 } = {}) {
  const { lint, resolveFinding, severityRank } = tsxRequire(join(repoRoot, 'server/src/engine/index.ts'), import.meta.url);
  const { loadResources } = tsxRequire(join(repoRoot, 'server/src/resources.ts'), import.meta.url);
  const resources = loadResources();
  const dictionary = resources.dictionary;
  if (!dictionary) throw new Error('typo recall: no dictionary in the resources');
  const random = seeded(seed);
  const information = severityRank('information');
  const options = { languageId: 'plaintext', resources };
  const order = articles.map((a, i) => [random(), i]).sort((x, y) => x[0] - y[0]).map(([, i]) => articles[i]);

  const plants = [];
  for (const article of order) {
    if (plants.length >= count) break;
    // Words of four letters or more, all lowercase, in the body (not the headline).
    const body = article.text.indexOf('\n');
    const candidates = [...article.text.matchAll(/(?<![\p{L}\p{N}'’-])[a-z]{4,}(?![\p{L}\p{N}'’-])/gu)].filter((m) => m.index > body);
    for (let attempt = 0; attempt < 20; attempt++) {
      const m = candidates[Math.floor(random() * candidates.length)];
      if (!m) break;
      const kind = TYPO_KINDS[Math.floor(random() * TYPO_KINDS.length)];
      const typo = plantTypo(m[0], kind, random);
      if (!typo || typo === m[0] || dictionary.has(typo) || dictionary.has(typo[0].toUpperCase() + typo.slice(1))) continue;
      const text = article.text.slice(0, m.index) + typo + article.text.slice(m.index + m[0].length);
      plants.push({ article: article.path, word: m[0], typo, kind, start: m.index, end: m.index + typo.length, text });
      break;
    }
  }

  let caught = 0;
  let preferred = 0;
  let offered = 0;
  let wrongPreferred = 0;
  const byRule = new Map();
  const misses = [];
  for (const p of plants) {
    const restored = p.text.slice(0, p.start) + p.word + p.text.slice(p.end);
    const applies = (fix) => fix && applyFix(p.text, fix) === restored;
    const found = lint(p.text, options).filter((f) => severityRank(f.severity) >= information && f.start <= p.start && f.end >= p.end);
    if (found.length === 0) {
      misses.push(`${p.typo} (${p.word}, ${p.kind}): not caught`);
      continue;
    }
    caught++;
    const resolved = found.map((f) => resolveFinding(f, { text: p.text, resources, style: {} }));
    for (const f of resolved) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const isPreferred = resolved.some((f) => applies(f.fix));
    const isOffered = isPreferred || resolved.some((f) => (f.suggestions ?? []).some(applies));
    if (isPreferred) preferred++;
    else if (resolved.some((f) => f.fix)) {
      wrongPreferred++;
      misses.push(`${p.typo} (${p.word}, ${p.kind}): preferred fix is wrong: ${resolved.map((f) => f.fix?.title).filter(Boolean).join(' | ')}`);
    } else if (isOffered) {
      const offers = resolved.flatMap((f) => [f.fix, ...(f.suggestions ?? [])]).filter(Boolean).map((f) => f.title);
      misses.push(`${p.typo} (${p.word}, ${p.kind}): offered, not preferred: ${offers.join(' | ')}`);
    }
    if (isOffered) offered++;
    else {
      const offers = resolved.flatMap((f) => [f.fix, ...(f.suggestions ?? [])]).filter(Boolean).map((f) => f.title);
      misses.push(`${p.typo} (${p.word}, ${p.kind}): offered ${offers.join(' | ') || 'nothing'}`);
    }
  }
  return { plants: plants.length, caught, preferred, offered, wrongPreferred, byRule, misses };
}

function applyFix(text, fix) {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

// Run on its own: print the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { fileURLToPath } = await import('node:url');
  const { loadCorpus } = await import('./corpus.mjs');
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const r = benchTypoRecall(repoRoot, loadCorpus(repoRoot), { count: arg('--articles', 200), seed: arg('--seed', 7) });
  const pct = (k) => `${((100 * k) / r.plants).toFixed(1)} %`;
  console.log(`typo recall: ${r.plants} planted typos (one per article, not themselves words)`);
  console.log(`  caught:                    ${r.caught} (${pct(r.caught)})   target ≥ 97 %`);
  console.log(`  preferred fix restores it: ${r.preferred} (${pct(r.preferred)})   target ≥ 85 %`);
  console.log(`  some offered fix does:     ${r.offered} (${pct(r.offered)})   target ≥ 95 %`);
  console.log(`  preferred fix is wrong:    ${r.wrongPreferred} (${pct(r.wrongPreferred)})   (fix-all would apply it)`);
  console.log(`  caught by: ${[...r.byRule].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (process.argv.includes('--list')) for (const m of r.misses) console.log(`  - ${m}`);
}
