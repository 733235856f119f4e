// The engine's cost of a newsroom-sized house style: every rule, resources loaded, on the 1,297
// articles of ../shared/corpus as plain text, without a style and with a generated one of
// 10,000 terms (a third of them multi-word, starting with words of the corpus; the few that
// match news copy are the hand-written deprecated terms of style-newsroom.mjs, as in a real
// desk's list, whose avoid forms are name variants and deprecated terms, never common words),
// 2,000 entities (name, short form, an alias, avoided forms) and 5,000 words. Prints warm
// engine ms per 1,000 words both ways (median of the passes, after an untimed warm-up pass),
// the ratio, and what building the style's indexes costs once per style object.
//
//   node --import tsx scripts/bench/style-engine.mjs [--passes N]

import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';
import { HAND_WRITTEN_TERMS } from './style-newsroom.mjs';
import { seeded } from './stats.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const passes = Number(process.argv[process.argv.indexOf('--passes') + 1]) || 5;

const { lint } = await import('../../server/src/engine/index.ts');
const { styleIndex } = await import('../../server/src/engine/style-index.ts');
const { loadResources } = await import('../../server/src/resources.ts');

/** Builds the generated style; `common` are frequent words of the corpus. */
function generateStyle(common, corpusWords, seed = 6) {
  const rnd = seeded(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const syllables = ['ka', 'lo', 'mi', 'ras', 'tu', 'ven', 'dor', 'shi', 'ab', 'qua', 'zel', 'nor', 'pim', 'ef', 'gru'];
  const invented = (cap) => {
    let w = '';
    for (let n = 2 + Math.floor(rnd() * 3); n > 0; n--) w += pick(syllables);
    return cap ? w[0].toUpperCase() + w.slice(1) : w;
  };
  const terms = HAND_WRITTEN_TERMS.map(([use, avoid]) => ({ use, avoid }));
  for (let i = terms.length; i < 10_000; i++) {
    const kind = i % 3;
    if (kind === 0) terms.push({ use: invented(true), avoid: [invented(true), invented(false)] });
    else if (kind === 1) terms.push({ use: `${pick(common)} ${invented(false)}`, avoid: [`${pick(common)} ${invented(false)}`, `${pick(common)} ${invented(false)} ${invented(false)}`] });
    else terms.push({ use: invented(false), avoid: [invented(false)] });
  }
  const entities = [];
  for (let i = 0; i < 2_000; i++) {
    const words = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => invented(true));
    entities.push({
      name: words.join(' '),
      short: words.map((w) => w[0]).join('').toUpperCase() + (i % 7 === 0 ? 'X' : ''),
      aliases: [`${pick(common)} ${invented(false)} body`],
      avoid: [words.slice().reverse().join(' '), `${invented(true)} ${words[0]}`],
    });
  }
  const words = Array.from({ length: 5_000 }, (_, i) => (i % 10 === 0 ? pick(corpusWords) : invented(i % 2 === 0)));
  return { terms, entities, words, acronyms: ['ONS', 'OBR', 'FTSE'] };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const articles = loadCorpus(repoRoot);
const words = articles.reduce((n, a) => n + a.words, 0);

// The corpus's most frequent lower-case words (first words of the multi-word terms) and a
// sample of its longer words (the avoid forms that hit).
const counts = new Map();
for (const a of articles) for (const w of a.text.match(/\b[a-z]{2,}\b/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
const byCount = [...counts].sort((x, y) => y[1] - x[1]).map(([w]) => w);
// Multi-word terms start with words of the corpus's top 1,000 ("per cent", "prime minister"),
// a fifth of them with one of its 50 commonest ("the Hague"), the hardest case for the index.
const common = [...byCount.slice(0, 50), ...byCount.slice(50, 1000), ...byCount.slice(0, 50).flatMap((w) => [w, w, w, w])];
const corpusWords = byCount.filter((w) => w.length >= 7).slice(200, 1200);

const resources = loadResources();
const buildStart = performance.now();
const style = generateStyle(common, corpusWords);
const generateMs = performance.now() - buildStart;
const indexStart = performance.now();
styleIndex(style);
const indexMs = performance.now() - indexStart;
// A second, fresh object of the same style: the index build once warm.
const indexWarmStart = performance.now();
styleIndex(structuredClone(style));
const indexWarmMs = performance.now() - indexWarmStart;

const plain = { languageId: 'plaintext', resources };
const styled = { languageId: 'plaintext', resources, style };

const findings = (options) => {
  const byRule = new Map();
  for (const a of articles) for (const f of lint(a.text, options)) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  return byRule;
};
// Untimed warm-up passes, which also count the findings.
const plainFindings = findings(plain);
const styledFindings = findings(styled);

// Alternating passes, so a busy machine slows both alike; CPU time is reported beside wall
// time because it is less disturbed by other processes.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = { plain: [], styled: [] };
const cpu = { plain: [], styled: [] };
for (let p = 0; p < passes; p++) {
  const order = p % 2 ? [['plain', plain], ['styled', styled]] : [['styled', styled], ['plain', plain]];
  for (const [name, options] of order) {
    const start = performance.now();
    const startCpu = cpuMs();
    for (const a of articles) lint(a.text, options);
    timed[name].push(performance.now() - start);
    cpu[name].push(cpuMs() - startCpu);
  }
}
const perK = (ms) => (ms / words) * 1000;
const plainMs = median(timed.plain);
const styledMs = median(timed.styled);
const plainCpu = median(cpu.plain);
const styledCpu = median(cpu.styled);

const fmt = (n, d = 3) => n.toFixed(d);
console.log(`corpus: ${articles.length} articles, ${words.toLocaleString('en-GB')} words; ${passes} timed passes each (median)`);
console.log(`style: ${style.terms.length} terms, ${style.entities.length} entities, ${style.words.length} words (generated in ${fmt(generateMs, 1)} ms)`);
console.log(`style index build: ${fmt(indexMs, 1)} ms cold, ${fmt(indexWarmMs, 1)} ms warm (once per style object)`);
console.log(`warm engine, no style:   ${fmt(perK(plainMs))} ms per 1,000 words (${fmt(plainMs, 0)} ms a pass)`);
console.log(`warm engine, with style: ${fmt(perK(styledMs))} ms per 1,000 words (${fmt(styledMs, 0)} ms a pass)`);
console.log(`ratio with / without: ${fmt(styledMs / plainMs, 2)}×`);
console.log(`CPU time: ${fmt(perK(plainCpu))} → ${fmt(perK(styledCpu))} ms per 1,000 words, ratio ${fmt(styledCpu / plainCpu, 2)}×`);
const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
console.log(`findings: ${total(plainFindings)} without the style, ${total(styledFindings)} with it`);
for (const id of [...new Set([...plainFindings.keys(), ...styledFindings.keys()])].sort()) {
  console.log(`  ${id.padEnd(20)} ${String(plainFindings.get(id) ?? 0).padStart(6)} ${String(styledFindings.get(id) ?? 0).padStart(6)}`);
}
