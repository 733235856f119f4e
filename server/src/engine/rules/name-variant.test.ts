import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRules } from '../lint.js';
import { runRuleTable } from '../testing/rule-tester.js';
import { TestDictionary } from '../testing/test-dictionary.js';
import { editDistance } from '../text/edit-distance.js';
import { distinctNameGroups } from './data/distinct-names.js';
import { fold, nameVariant } from './name-variant.js';

/**
 * Common words in lower case (a capitalised one is no name: "Bell"), and names as the real
 * dictionary has them, capitalised ("Iraq", "Stephan"): a later spelling it knows is a name of
 * its own.
 */
const dictionary = new TestDictionary({
  both: `
    the a of and to in on at for said says met with from by his her their loyal forces took city
    bell belle smith farmer farmers national union citizens citizen advice hope hopes fears unit unity
    disaster disasters emergency committee free john mark mr mrs liberal democrat democrats
    sans theatre venice
    Iran Iraq Gambia Zambia Stephen Stephan Steven Jon John Ann Anne Philip Phillip Venice Christian
  `,
});
const resources = { dictionary, companies: new Set(['Tesco', 'Nokia']) };

runRuleTable(
  nameVariant,
  {
    valid: [
      { name: 'one spelling throughout', text: 'Gen Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF. Forces loyal to Hemedti took the city.' },
      // Different places and people a letter apart.
      { name: 'Iran and Iraq (four letters)', text: 'Talks between Iran and Iraq resumed in Iraq, then in Iran.' },
      { name: 'Gambia and Zambia', text: 'Flights to Gambia resumed, and flights to Zambia too.' },
      { name: 'Austria and Australia (two edits)', text: 'Exports to Austria fell while exports to Australia rose.' },
      { name: 'Slovakia and Slovenia', text: 'Both Slovakia and Slovenia joined in 2004.' },
      { name: 'Jon and John', text: 'The film stars Jon Snow and John Hurt.' },
      { name: 'Steven and Stephen', text: 'The deal was signed by Steven Gerrard and Stephen Fry.' },
      { name: 'Philip and Phillip', text: 'The guests were Philip Green and Phillip Schofield.' },
      { name: 'Ann and Anne', text: 'The prize went to Ann Widdecombe, not to Anne Robinson.' },
      { name: 'Catherine and Katherine (the list, not the dictionary)', text: 'The judges were Catherine Tate and Katherine Jenkins.' },
      { name: 'a later spelling the dictionary knows', text: 'The talks with Stephen ended when Stephan left.' },
      { name: 'Mr Bell is no Belle (common words)', text: 'The case against Mr Bell collapsed, the lawyer for Belle said.' },
      { name: 'different first names: two people', text: 'The report by Anna Karlsson was read to Erik Carlsson.' },
      { name: 'a first name and a surname', text: 'Nominees include Michel Gondry for Eternal Sunshine and Roger Michell for Enduring Love.' },
      { name: 'plural', text: 'He met Mr Hadley and the Hadleys.' },
      { name: 'possessive', text: "Hadley said Hadley's plan would work." },
      { name: 'demonyms', text: 'Aid for Kenya reached Kenyan villages, and Israel spoke to Israeli officials about Somali and Somalia.' },
      { name: 'Chinese and China', text: 'Visitors to China met Chinese officials.' },
      { name: 'American and Americans', text: 'The American team beat the Americans of the reserve side.' },
      {
        name: 'a variant only at a sentence start, where a capital is no sign of a name',
        text: 'Forces loyal to Hemedti advanced. Hemeti is what his men call him.',
      },
      { name: 'all capitals and acronyms', text: 'Forces loyal to Hemedti advanced, the HEMETI unit said. MPs and MEPs met.' },
      { name: 'words of the house style are never variants', text: 'Forces loyal to Hemedti met Hemeti.', style: { words: ['Hemeti', 'Hemedti'] } },
      { name: 'copydesk-ignore', text: '[[copydesk-ignore Hemeti]]\nForces loyal to Hemedti met Hemeti.', languageId: 'newsdraft' },
      {
        name: 'a form the house style avoids is house-terms\' to report',
        text: 'Supporters of Gaddafi rallied, and Gadaffi spoke.',
        style: { terms: [{ use: 'Gaddafi', avoid: ['Gadaffi'] }] },
      },
      {
        name: "an entity's avoided form is entity-naming's to report",
        text: 'Aid came from Medecins Sans Frontieres, and from Oxfam.',
        style: { entities: [{ name: 'Médecins Sans Frontières', short: 'MSF', avoid: ['Medecins Sans Frontieres'] }] },
      },
      {
        name: 'a spelling the story keeps to is a name of its own',
        text: 'Viotti, of Venice, ran La Fenice. At La Fenice he shone, and La Fenice mourns him.',
      },
      { name: 'hyphenated names whose parts are two words', text: 'He signed to G-Unit, then set up the G-Unity Foundation.' },
      { name: 'a name of several words the story keeps to', text: 'Keane won for Hope and Fears. Hopes and Fears sold, Hopes and Fears charted and Hopes and Fears won.' },
      { name: 'a plural at the end of a name', text: 'The Liberal Democrat MP left the Liberal Democrats in May.' },
      { name: 'titles differ', text: 'It was Mr Hadley who thanked Mrs Hadley.' },
      { name: 'a headline in title case', text: 'Farmers Union Of Wales Warns Of Cuts\n\nThe Farmers Union of Wales said cuts would come.' },
      { name: 'straight and curly apostrophes', text: "Martin O'Neill and his team thanked O’Neill's players." },
      { name: 'a capitalised word after a line break is not part of a name', text: 'Power passed to Hemedti\nHemeti is what his men call him.' },
    ],
    invalid: [
      {
        name: 'a letter dropped',
        text: 'Gen Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF. Forces loyal to Hemeti took the city.',
        errors: [{ messageId: 'variant', text: 'Hemeti', message: '"Hemeti" is spelled "Hemedti" earlier in the story.' }],
        output: 'Gen Mohamed Hamdan Dagalo, known as Hemedti, leads the RSF. Forces loyal to Hemedti took the city.',
      },
      {
        name: 'a letter added',
        text: 'Supporters of Gaddafi rallied, and Gaddaffi spoke.',
        errors: [{ text: 'Gaddaffi' }],
        output: 'Supporters of Gaddafi rallied, and Gaddafi spoke.',
      },
      {
        name: 'two letters swapped',
        text: 'Aides to Zelensky said Zelenksy would travel.',
        errors: [{ text: 'Zelenksy', suggestions: [] }],
        output: 'Aides to Zelensky said Zelensky would travel.',
      },
      {
        name: 'a letter changed',
        text: 'Shares in DaimlerChrysler rose; DaimlorChrysler said so.',
        errors: [{ text: 'DaimlorChrysler' }],
        output: 'Shares in DaimlerChrysler rose; DaimlerChrysler said so.',
      },
      {
        name: 'a letter dropped from a name of five',
        text: 'Shares in Nokia rose, and Noka said so.',
        errors: [{ text: 'Noka' }],
        output: 'Shares in Nokia rose, and Nokia said so.',
      },
      {
        name: 'accents in a name of several words: one finding for the name',
        text: 'Aid came from Médecins Sans Frontières (MSF). Later, officials of Medecins Sans Frontieres said more.',
        errors: [{ text: 'Medecins Sans Frontieres', message: '"Medecins Sans Frontieres" is spelled "Médecins Sans Frontières" earlier in the story.' }],
        output: 'Aid came from Médecins Sans Frontières (MSF). Later, officials of Médecins Sans Frontières said more.',
      },
      {
        name: 'accents in a short name, in a name and alone',
        text: 'Fans of José Mourinho cheered. Jose Mourinho waved, and Jose smiled.',
        errors: [{ text: 'Jose Mourinho' }, { text: 'Jose' }],
        output: 'Fans of José Mourinho cheered. José Mourinho waved, and José smiled.',
      },
      {
        name: 'a letter dropped in a common word of a name',
        text: 'The National Farmers Union said so. A spokesman for the National Farmer Union agreed.',
        errors: [{ text: 'National Farmer Union', message: '"National Farmer Union" is spelled "National Farmers Union" earlier in the story.' }],
        output: 'The National Farmers Union said so. A spokesman for the National Farmers Union agreed.',
      },
      {
        name: 'a letter added in the first word of a name, a common word',
        text: 'Critics praised Hope and Fears, and fans bought Hopes and Fears.',
        errors: [{ text: 'Hopes and Fears' }],
        output: 'Critics praised Hope and Fears, and fans bought Hope and Fears.',
      },
      {
        name: 'a letter dropped in the first word of a name, a common word',
        text: 'He rang Citizens Advice, and then Citizen Advice rang back.',
        errors: [{ text: 'Citizen Advice' }],
        output: 'He rang Citizens Advice, and then Citizens Advice rang back.',
      },
      {
        name: 'inner capitals',
        text: 'The domain was handed back to PayPal, and Paypal said so.',
        errors: [{ text: 'Paypal' }],
        output: 'The domain was handed back to PayPal, and PayPal said so.',
      },
      {
        name: 'the spelling the story keeps to, when the first is the odd one out (capitals)',
        text: 'Bosses at Worldcom lied. Staff at WorldCom lost jobs, WorldCom said, and WorldCom collapsed.',
        errors: [{ messageId: 'usual', text: 'Worldcom', message: 'the story spells it "WorldCom" more often' }],
        output: 'Bosses at WorldCom lied. Staff at WorldCom lost jobs, WorldCom said, and WorldCom collapsed.',
      },
      {
        name: 'the spelling the story keeps to, when the first is the odd one out (accents in a name)',
        text: 'Aid came from Médecins Sans Frontières. Medecins Sans Frontieres said so; Medecins Sans Frontieres staff and Medecins Sans Frontieres doctors agreed, as did Medecins.',
        errors: [{ messageId: 'usual', text: 'Médecins Sans Frontières' }],
        output: 'Aid came from Medecins Sans Frontieres. Medecins Sans Frontieres said so; Medecins Sans Frontieres staff and Medecins Sans Frontieres doctors agreed, as did Medecins.',
      },
      {
        name: 'every later use, a sentence start too once the form is a name',
        text: 'Forces loyal to Hemedti advanced. Hemeti said they would stay. Men loyal to Hemeti cheered.',
        errors: [{ text: 'Hemeti' }, { text: 'Hemeti' }],
        output: 'Forces loyal to Hemedti advanced. Hemedti said they would stay. Men loyal to Hemedti cheered.',
      },
      {
        name: 'a possessive: the name alone is the finding',
        text: "Forces loyal to Hemedti advanced, and Hemeti's men stayed.",
        errors: [{ text: 'Hemeti' }],
        output: "Forces loyal to Hemedti advanced, and Hemedti's men stayed.",
      },
      {
        name: 'a curly apostrophe in the name is kept in the fix',
        text: 'Fans of Martin O’Neill cheered O’Neil.',
        errors: [{ text: 'O’Neil' }],
        output: 'Fans of Martin O’Neill cheered O’Neill.',
      },
      {
        name: 'a lower-case ending after a hyphen',
        text: 'Forces loyal to Hemedti held the city; the Hemeti-led army left.',
        errors: [{ text: 'Hemeti' }],
        output: 'Forces loyal to Hemedti held the city; the Hemedti-led army left.',
      },
      {
        name: 'in a headline',
        text: 'Fighters loyal to Hemedti take city\n\nForces loyal to Hemeti advanced on Sunday.',
        errors: [{ text: 'Hemeti' }],
        output: 'Fighters loyal to Hemedti take city\n\nForces loyal to Hemedti advanced on Sunday.',
      },
      {
        name: 'CRLF, emoji and curly quotes before it',
        text: '😀 The RSF is led by Hemedti.\r\n\r\n“We are loyal to Hemeti,” a fighter said.',
        errors: [{ text: 'Hemeti' }],
        output: '😀 The RSF is led by Hemedti.\r\n\r\n“We are loyal to Hemedti,” a fighter said.',
      },
      {
        name: 'the same surname after the same first name is one person',
        text: 'Supporters of John Hadley cheered when John Hadly spoke.',
        errors: [{ text: 'Hadly' }],
        output: 'Supporters of John Hadley cheered when John Hadley spoke.',
      },
      {
        name: "the house style's word is a first spelling even when the story writes the variant first",
        text: 'Supporters of Gadhafi rallied, and Gadhafi spoke.',
        style: { words: ['Gaddafi'] },
        errors: [
          { messageId: 'styleVariant', text: 'Gadhafi', message: '"Gadhafi" is spelled "Gaddafi" in the house style.' },
          { messageId: 'styleVariant', text: 'Gadhafi' },
        ],
        output: 'Supporters of Gaddafi rallied, and Gaddafi spoke.',
      },
      {
        name: 'a word of the house style is never flagged, and makes the story\'s other spelling a variant',
        text: 'Forces loyal to Hemedti met Hemeti.',
        style: { words: ['Hemeti'] },
        errors: [{ messageId: 'styleVariant', text: 'Hemedti' }],
        output: 'Forces loyal to Hemeti met Hemeti.',
      },
      {
        name: "a term's use form is a first spelling",
        text: 'Supporters of Gadafi rallied.',
        style: { terms: [{ use: 'Gaddafi', avoid: ['Qaddafi'] }] },
        errors: [{ messageId: 'styleVariant', text: 'Gadafi' }],
        output: 'Supporters of Gaddafi rallied.',
      },
      {
        name: "an entity's name is a first spelling, for its words and as a whole",
        text: 'Aid came from Medecins Sans Frontieres, and later from Medecins alone.',
        style: { entities: [{ name: 'Médecins Sans Frontières', short: 'MSF' }] },
        errors: [{ messageId: 'styleVariant', text: 'Medecins Sans Frontieres' }, { messageId: 'styleVariant', text: 'Medecins' }],
        output: 'Aid came from Médecins Sans Frontières, and later from Médecins alone.',
      },
      {
        name: 'Markdown',
        text: '# Fighting in Sudan\n\nForces loyal to *Hemedti* advanced, and `Hemeti` is code, but Hemeti is not.\n',
        languageId: 'markdown',
        errors: [{ text: 'Hemeti' }],
        output: '# Fighting in Sudan\n\nForces loyal to *Hemedti* advanced, and `Hemeti` is code, but Hemedti is not.\n',
      },
    ],
  },
  resources,
);

// Without a dictionary the table of distinct names still keeps known pairs apart.
runRuleTable(nameVariant, {
  valid: [
    { name: 'Gambia and Zambia', text: 'Flights to Gambia resumed, and flights to Zambia too.' },
    { name: 'Smith and Smyth', text: 'The report by Smith was read by Smyth.' },
    { name: 'John Smith and Jane Smyth', text: 'John Smith met Jane Smyth. Smith said Smyth was late.' },
    { name: 'Sudan and Sedan', text: 'Aid to Sudan went by Sedan.' },
  ],
  invalid: [
    {
      name: 'a slip, as with a dictionary',
      text: 'Forces loyal to Hemedti advanced, and Hemeti said so.',
      errors: [{ text: 'Hemeti' }],
      output: 'Forces loyal to Hemedti advanced, and Hemedti said so.',
    },
  ],
});

describe('name-variant distinct names', () => {
  it('lists only pairs the rule would otherwise report: one edit apart, the longer of five letters', () => {
    for (const group of distinctNameGroups()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = [fold(group[i]), fold(group[j])];
          assert.equal(editDistance(a, b), 1, `${group[i]} / ${group[j]}`);
          assert.ok(Math.max(a.length, b.length) >= 5 && Math.min(a.length, b.length) >= 4, `${group[i]} / ${group[j]} is too short to compare`);
          const [short, long] = a.length < b.length ? [a, b] : [b, a];
          assert.ok(!(long.startsWith(short) && 'snaie'.includes(long.slice(-1))), `${group[i]} / ${group[j]} is an ending the rule skips anyway`);
        }
      }
    }
  });

  it('each pair keeps a story quiet without a dictionary', () => {
    for (const group of distinctNameGroups()) {
      const text = `Reports from ${group[0]} and from ${group[1]} came in.`;
      assert.deepEqual(runRules([nameVariant], text, {}).map((f) => f.message), [], text);
    }
  });
});

describe('name-variant on long input', () => {
  /** Deterministic random capitalised words (mulberry32). */
  function randomNames(length: number, seed: number, separator: () => string): string {
    let state = seed;
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const parts: string[] = ['The'];
    let size = 3;
    while (size < length) {
      let word = String.fromCharCode(65 + Math.floor(random() * 26));
      const n = 4 + Math.floor(random() * 7);
      for (let i = 1; i < n; i++) word += String.fromCharCode(97 + Math.floor(random() * 26));
      const gap = separator.call(random);
      parts.push(gap, word);
      size += gap.length + word.length;
    }
    return parts.join('');
  }

  it('stays near linear on 1 MB of distinct capitalised words', () => {
    const time = (text: string) => {
      const start = process.cpuUsage();
      const found = runRules([nameVariant], text, { resources });
      const used = process.cpuUsage(start);
      return { ms: (used.user + used.system) / 1000, found: found.length };
    };
    const lone = function (this: () => number) {
      return ' x ';
    };
    const runs = function (this: () => number) {
      return this() < 0.8 ? ' ' : ', ';
    };
    for (const separator of [lone, runs]) {
      const small = time(randomNames(100_000, 1, separator));
      const large = time(randomNames(1_000_000, 1, separator));
      // Ten times the text: well under a hundred times the time (quadratic), and seconds at most.
      assert.ok(large.ms < 4000, `1 MB took ${large.ms} ms`);
      assert.ok(large.ms < 30 * Math.max(small.ms, 20), `100 kB ${small.ms} ms, 1 MB ${large.ms} ms`);
      // Random names a letter apart exist, and are found: the index works at this size.
      assert.ok(large.found > small.found);
    }
  });

  it('thousands of spellings a letter or two from one another', () => {
    // Each a letter or two from "Abcdefghijkl": the index's buckets fill, and stay capped.
    const base = 'Abcdefghijkl';
    const parts: string[] = [`Forces loyal to ${base} advanced.`];
    for (let i = 1; i < base.length; i++) {
      for (const c of 'mnopqrstuvwxyz') parts.push(`Men loyal to ${base.slice(0, i)}${c}${base.slice(i + 1)} left.`);
      for (let j = i + 1; j < base.length; j++) {
        for (const c of 'mnopqrstuvwxyz') {
          parts.push(`Men loyal to ${base.slice(0, i)}${c}${base.slice(i + 1, j)}${c}${base.slice(j + 1)} stayed.`);
        }
      }
    }
    const text = parts.join(' ');
    const start = process.cpuUsage();
    const found = runRules([nameVariant], text, { resources });
    const used = process.cpuUsage(start);
    assert.ok((used.user + used.system) / 1000 < 4000);
    // The names one letter from the first are its variants (the others are two from it).
    assert.equal(found.filter((f) => f.message.endsWith(`spelled "${base}" earlier in the story.`)).length, (base.length - 1) * 14);
  });

  it('reuses its tables from check to check without carrying a story into the next', () => {
    // The canons, occurrence lists and marks are emptied and reused by each check: a story
    // checked after others, long or short, gives what it gives after a story with no names.
    const pair = 'Forces loyal to Hemedti took the city. Later Hemeti said the talks had failed.';
    const lone = 'Men loyal to Hemetti left the city on Tuesday.';
    const messages = (text: string) => runRules([nameVariant], text, { resources }).map((f) => `${f.start}-${f.end} ${f.message}`);
    runRules([nameVariant], 'no names here at all', { resources });
    const pairAlone = messages(pair);
    const loneAlone = messages(lone);
    assert.equal(pairAlone.length, 1);
    assert.deepEqual(loneAlone, []);
    // A long story grows the tables past what is kept; a middling one is kept and cleared.
    const stories = [randomNames(1_000_000, 7, () => ', '), pair, randomNames(20_000, 3, () => ' '), 'Hemedti and Hemetti.'];
    for (const story of stories) {
      runRules([nameVariant], story, { resources });
      assert.deepEqual(messages(lone), loneAlone);
      assert.deepEqual(messages(pair), pairAlone);
    }
  });

  it("keeps the dictionary's answers about a name apart by locale and by word list", () => {
    // What the dictionary says of a key is kept across checks: under another locale or
    // another dictionary the answer is asked again. "Hemetti" is a name only en-GB knows.
    const story = 'Forces loyal to Hemedti took the city. Later Hemetti said the talks had failed.';
    const gbKnows = { dictionary: new TestDictionary({ both: 'the to took city later said talks had failed forces loyal', 'en-GB': 'Hemetti' }) };
    const noneKnows = { dictionary: new TestDictionary({ both: 'the to took city later said talks had failed forces loyal' }) };
    const found = (res: typeof gbKnows, locale?: 'en-GB' | 'en-US') => runRules([nameVariant], story, { resources: res, style: locale ? { locale } : {} }).length;
    for (let round = 0; round < 2; round++) {
      assert.equal(found(gbKnows, 'en-GB'), 0);
      assert.equal(found(gbKnows, 'en-US'), 1);
      assert.equal(found(gbKnows), 0);
      assert.equal(found(noneKnows), 1);
      assert.equal(found(gbKnows, 'en-GB'), 0);
    }
  });

  it('finds the same variants in a long story, where equal words share one id in the word table', () => {
    // Past 500,000 characters the word table gives equal words one id, and the rule works out
    // each distinct word once: the findings must be those of the same paragraphs read apart.
    const paragraph = 'Gen Mohamed Hamdan Dagalo, known as Hemedti, spoke in Khartoum. Later Hemeti said the talks had failed.\n\n';
    const filler = 'The talks went on for several days, and the parties met again on Tuesday.\n\n';
    const long = paragraph + filler.repeat(7_000) + paragraph;
    assert.ok(long.length > 500_000);
    const found = runRules([nameVariant], long, { resources });
    const messages = found.map((f) => `${long.slice(f.start, f.end)}: ${f.message}`);
    assert.deepEqual(messages, ['Hemeti: "Hemeti" is spelled "Hemedti" earlier in the story.', 'Hemeti: "Hemeti" is spelled "Hemedti" earlier in the story.']);
    assert.deepEqual(found.map((f) => f.start), [paragraph.indexOf('Hemeti'), long.lastIndexOf('Hemeti')]);
  });
});
