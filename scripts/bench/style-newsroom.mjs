// A newsroom-sized house style for the benchmarks, generated (never copied from the corpus):
// by default 10,000 terms (about 60% multi-word, a third of those after a common word), 2,000 entities and 5,000 words, as a
// `.copydesk.yaml` text. Names are made from syllables with a seeded generator, so every run
// builds the same style; a few dozen common house-style terms written by hand sit beside them
// so that some terms really match news copy and their fixes are exercised too.
//
//   import { newsroomStyle } from './style-newsroom.mjs';
//   const { yaml, counts } = newsroomStyle();   // counts: { terms, multiWordTerms, entities, words }

import { seeded } from './stats.mjs';

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'z', 'sh', 'ch', 'th', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia', 'a', 'e', 'o'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'nd', 'rk', 'v', 'th'];
const SUFFIXES = ['', '', 'ov', 'ski', 'son', 'ez', 'ani', 'ardt', 'enko', 'ini', 'ou', 'ara', 'ton', 'ville'];
// Leads of place names that are common words in news copy, so the term matcher meets many
// candidate first words, as a real gazetteer of a style makes it ("North Veldana").
const PLACE_LEADS = ['North', 'South', 'East', 'West', 'New', 'Upper', 'Lower', 'Lake', 'Mount', 'Port', 'Saint', 'Great', 'Little', 'Old'];
const PLACE_TYPES = ['Bridge', 'Square', 'Valley', 'Park', 'Stadium', 'Street', 'Road', 'Hospital', 'Airport', 'Bay', 'Heights', 'Harbour', 'Forest', 'Dam'];
const ORG_WORDS = ['National', 'Regional', 'Federal', 'Independent', 'Central', 'United', 'Democratic', 'Popular', 'Royal', 'Joint'];
const ORG_TYPES = [
  'Development Authority',
  'Transport Commission',
  'Health Trust',
  'Energy Agency',
  'Football Association',
  'Workers Union',
  'Broadcasting Corporation',
  'Investment Bank',
  'Water Board',
  'Freedom Party',
  'Reform Alliance',
  'Liberation Front',
  'Chamber of Commerce',
  'Police Service',
];

// Common house-style choices (general newsroom usage, written for this file).
export const HAND_WRITTEN_TERMS = [
  ['per cent', ['percent']],
  ['email', ['e-mail']],
  ['website', ['web site']],
  ['online', ['on-line']],
  ['focused', ['focussed']],
  ['Gaddafi', ['Qaddafi', 'Kadhafi', 'Gadhafi']],
  ['al-Qaeda', ['al-Qaida', 'al Qaeda']],
  ['Beijing', ['Peking']],
  ['Mumbai', ['Bombay']],
  ['Kyiv', ['Kiev']],
  ['Myanmar', ['Burma']],
  ['data centre', ['data center']],
  ['health care', ['healthcare']],
  ['chief executive', ['CEO']],
  ['prime minister', ['premier']],
  ['mobile phone', ['cellphone', 'cell phone']],
  ['under way', ['underway']],
  ['no one', ['no-one']],
  ['teenager', ['teen']],
  ['film', ['movie']],
  ['lorry', ['truck']],
  ['autumn', ['fall season']],
  ['towards', ['toward']],
  ['among', ['amongst']],
  ['while', ['whilst']],
  ['set-up', ['setup']],
  ['think tank', ['think-tank']],
  ['e-commerce', ['ecommerce']],
  ['start-up', ['startup']],
  ['Formula 1', ['Formula One']],
];

export function newsroomStyle({ terms = 10_000, entities = 2_000, words = 5_000, seed = 6 } = {}) {
  const rand = seeded(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const used = new Set(HAND_WRITTEN_TERMS.flatMap(([use, avoid]) => [use, ...avoid].map((s) => s.toLowerCase())));
  const fresh = (make) => {
    for (;;) {
      const s = make();
      if (!used.has(s.toLowerCase())) {
        used.add(s.toLowerCase());
        return s;
      }
    }
  };
  const rawName = () => {
    const n = rand() < 0.7 ? 2 : 3;
    let s = '';
    for (let i = 0; i < n; i++) s += pick(ONSETS) + pick(VOWELS) + (i === n - 1 ? pick(CODAS) : '');
    if (n === 2) s += pick(SUFFIXES);
    return s[0].toUpperCase() + s.slice(1);
  };
  const name = () => fresh(rawName);
  /** A transliteration or typing variant of a name, as wire copy spells it. */
  const variant = (s) => {
    const rules = [
      [/ov$/, 'off'],
      [/k/, 'q'],
      [/ai/, 'ay'],
      [/i/, 'y'],
      [/ou/, 'u'],
      [/sh/, 'sch'],
      [/([lnrst])/, '$1$1'],
      [/e/, 'ae'],
      [/a$/, 'ah'],
    ];
    for (let tries = 0; tries < 20; tries++) {
      const [re, to] = pick(rules);
      const v = s.replace(re, to);
      if (v !== s && !used.has(v.toLowerCase())) {
        used.add(v.toLowerCase());
        return v;
      }
    }
    return fresh(() => `${s}${pick(['h', 'e', 'a'])}${Math.floor(rand() * 10)}`.replace(/\d/, ''));
  };

  const termList = HAND_WRITTEN_TERMS.map(([use, avoid]) => ({ use, avoid }));
  let multiWord = termList.filter((t) => t.use.includes(' ') || t.avoid.some((a) => a.includes(' '))).length;
  const firstNames = Array.from({ length: 400 }, () => name());
  while (termList.length < terms) {
    const r = rand();
    if (r < 0.2) {
      // A place after a common word: "North Veldana", not "North Veldanna".
      const place = name();
      const lead = pick(PLACE_LEADS);
      const use = `${lead} ${place}`;
      const avoid = [`${lead} ${variant(place)}`];
      if (used.has(use.toLowerCase())) continue;
      used.add(use.toLowerCase());
      termList.push({ use, avoid });
      multiWord++;
    } else if (r < 0.6) {
      // A person or place spelt one way by the house: "Drevika Kastrani", not "Kastrany".
      const last = name();
      const first = pick(firstNames);
      const isPlace = r < 0.3;
      const use = isPlace ? `${last} ${pick(PLACE_TYPES)}` : `${first} ${last}`;
      const avoid = isPlace ? [`${variant(last)} ${use.split(' ')[1]}`] : [`${first} ${variant(last)}`];
      if (used.has(use.toLowerCase()) || used.has(avoid[0].toLowerCase())) continue;
      used.add(use.toLowerCase());
      used.add(avoid[0].toLowerCase());
      termList.push({ use, avoid });
      multiWord++;
    } else {
      const use = name();
      const avoid = rand() < 0.4 ? [variant(use), variant(use)] : [variant(use)];
      termList.push({ use, avoid });
    }
  }

  const shorts = new Set();
  const entityList = [];
  while (entityList.length < entities) {
    const place = name();
    const full = `${place} ${pick(ORG_WORDS)} ${pick(ORG_TYPES)}`;
    const short = full
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    if (used.has(full.toLowerCase())) continue;
    used.add(full.toLowerCase());
    const entity = { name: full, avoid: [full.replace(place, variant(place))] };
    // Most bodies have a unique short form; those whose initials clash are named in full.
    if (!shorts.has(short)) {
      shorts.add(short);
      entity.short = short;
    }
    if (rand() < 0.5) entity.aliases = [`${place} ${full.split(' ').at(-1).toLowerCase()}`];
    entityList.push(entity);
  }

  const wordList = Array.from({ length: words }, () => name());

  const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
  const lines = [
    '# A newsroom-sized house style, generated by scripts/bench/style-newsroom.mjs for `npm run bench`.',
    'extends: copydesk:recommended',
    'locale: en-GB',
    'rules:',
    '  quote-attribution: warning',
    'terms:',
    ...termList.map((t) => `  - { use: ${q(t.use)}, avoid: [${t.avoid.map(q).join(', ')}] }`),
    'entities:',
    ...entityList.map((e) => {
      const parts = [`name: ${q(e.name)}`];
      if (e.short) parts.push(`short: ${q(e.short)}`);
      if (e.aliases) parts.push(`aliases: [${e.aliases.map(q).join(', ')}]`);
      parts.push(`avoid: [${e.avoid.map(q).join(', ')}]`);
      return `  - { ${parts.join(', ')} }`;
    }),
    'words:',
    ...wordList.map((w) => `  - ${q(w)}`),
  ];
  return {
    yaml: lines.join('\n') + '\n',
    counts: { terms: termList.length, multiWordTerms: multiWord, entities: entityList.length, words: wordList.length },
  };
}
