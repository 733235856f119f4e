import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadResources } from '../../resources.js';
import { runRules } from '../lint.js';
import { runRuleTable } from '../testing/rule-tester.js';
import type { Style } from '../types.js';
import { dialect, kindOf } from './dialect.js';

const resources = loadResources();
const GB: Style = { locale: 'en-GB' };
const US: Style = { locale: 'en-US' };

/** One sentence per kind of difference: [en-US, en-GB]. */
const KINDS: [string, string][] = [
  ['They organized a realization of it.', 'They organised a realisation of it.'],
  ['She will analyze the paralyzed market.', 'She will analyse the paralysed market.'],
  ['The color of his humor and behavior.', 'The colour of his humour and behaviour.'],
  ['The theater center was somber.', 'The theatre centre was sombre.'],
  ['He cataloged the catalog.', 'He catalogued the catalogue.'],
  ['The counselor traveled and canceled.', 'The counsellor travelled and cancelled.'],
  ['They fulfill the enrollment.', 'They fulfil the enrolment.'],
  ['A defense of his offense.', 'A defence of his offence.'],
  ['Anemia and pediatric anesthesia.', 'Anaemia and paediatric anaesthesia.'],
  ['Estrogen and diarrhea.', 'Oestrogen and diarrhoea.'],
  ['The maneuvers were maneuvered.', 'The manoeuvres were manoeuvred.'],
  ['A gray aluminum plow in the mold.', 'A grey aluminium plough in the mould.'],
  ['Pajamas, jewelry and artifacts.', 'Pyjamas, jewellery and artefacts.'],
  ['A skeptical mustache smelled of sulfur.', 'A sceptical moustache smelled of sulphur.'],
  ['An aging, cozy airplane.', 'An ageing, cosy aeroplane.'],
];

runRuleTable(
  dialect,
  {
    valid: [
      ...KINDS.map(([, gb]) => ({ name: `en-GB: ${gb}`, text: gb, style: GB })),
      ...KINDS.map(([us]) => ({ name: `en-US: ${us}`, text: us, style: US })),
      { name: 'en-GB: names keep their spelling', text: 'Officials of the World Health Organization met at Pearl Harbor.', style: GB },
      { name: 'en-GB: a name at a sentence start', text: 'Labor Party leaders in Australia said the vote was close.', style: GB },
      { name: 'en-GB: a name with "for" in it', text: 'Center for Strategic and International Studies analysts agreed.', style: GB },
      { name: 'en-GB: a sentence start the story writes as a name', text: 'Labor won. The Labor government said so.', style: GB },
      { name: 'en-GB: a capitalised word in mid-sentence', text: 'She joined the Defense Department and the Harbor Commission.', style: GB },
      { name: 'en-GB: computer program', text: 'He wrote a computer program. The program crashed.', style: GB },
      { name: 'en-GB: programs in a story about software', text: 'The programs were installed on every laptop.', style: GB },
      { name: 'en-GB: capitals are left alone', text: 'THE ORGANIZATION SAID NO.', style: GB },
      { name: 'en-GB: marked (sic)', text: 'It cited "legal maneuvers (sic) by rivals".', style: GB },
      { name: 'en-GB: the style accepts the word', text: 'The color run was fun.', style: { locale: 'en-GB', words: ['color'] } },
      { name: 'en-GB: a copydesk-ignore directive', text: '[[copydesk-ignore color]]\nThe color run was fun.', style: GB },
      { name: 'en-GB: code in Markdown', text: 'Set `color` in the stylesheet.', languageId: 'markdown', style: GB },
      { name: 'en-GB: a URL', text: 'See https://example.com/color-center for more.', style: GB },
      { name: 'en-GB: one spelling in both senses', text: 'They never tire of plans to curb inflation; the gas meter was read; he is licensed.', style: GB },
      { name: 'en-US: names keep their spelling', text: 'Officials of the Labour Party played on Centre Court.', style: US },
      { name: 'no locale: one spelling throughout', text: 'The organisation said the colour was right. Organisers agreed.' },
      { name: 'no locale: en-US throughout', text: 'The organization said the color was right. Organizers agreed.' },
      { name: 'no locale: two kinds may differ (Oxford spelling)', text: 'The organization chose a colour. They realized the centre was far.' },
      { name: 'no locale: -yse is a kind of its own', text: 'He will analyse what they organize.' },
      { name: 'no locale: program is no choice of en-US', text: 'The BBC programme ran a computer program.' },
      { name: 'no locale: a name is no choice', text: 'The World Health Organization praised the organisation.' },
    ],
    invalid: [
      ...KINDS.map(([us, gb]) => ({
        name: `en-GB: ${us}`,
        text: us,
        style: GB,
        errors: us.split(/\W+/).filter((w, i) => w && w !== gb.split(/\W+/)[i]).map((w) => ({ messageId: 'locale', text: w })),
        output: gb,
      })),
      ...KINDS.map(([us, gb]) => ({
        name: `en-US: ${gb}`,
        text: gb,
        style: US,
        errors: gb.split(/\W+/).filter((w, i) => w && w !== us.split(/\W+/)[i]).map((w) => ({ messageId: 'locale', text: w })),
        output: us,
      })),
      {
        name: 'en-GB: the message names both spellings',
        text: 'The organization met.',
        style: GB,
        errors: [{ message: '"organization" is the American spelling; the house style (en-GB) has "organisation".' }],
        output: 'The organisation met.',
      },
      {
        name: 'en-GB: capitals kept at a sentence start',
        text: 'Organization matters. Defense lawyers agreed.',
        style: GB,
        errors: [{ text: 'Organization' }, { text: 'Defense' }],
        output: 'Organisation matters. Defence lawyers agreed.',
      },
      {
        name: 'en-GB: possessives and plurals',
        text: "The organization's colors and the neighbors' roads.",
        style: GB,
        errors: [{ text: 'organization' }, { text: 'colors' }, { text: 'neighbors' }],
        output: "The organisation's colours and the neighbours' roads.",
      },
      {
        name: 'en-GB: the parts of a compound',
        text: 'A well-organized, color-coded, center‐left plan.',
        style: GB,
        errors: [{ text: 'organized' }, { text: 'color' }, { text: 'center' }],
        output: 'A well-organised, colour-coded, centre‐left plan.',
      },
      {
        name: 'en-GB: a program that is no software',
        text: 'The government program was cut, and other programs too.',
        style: GB,
        errors: [{ text: 'program' }, { text: 'programs' }],
        output: 'The government programme was cut, and other programmes too.',
      },
      {
        name: 'en-US: programme, even in a story about computers',
        text: 'The computer programme crashed.',
        style: US,
        errors: [{ text: 'programme' }],
        output: 'The computer program crashed.',
      },
      {
        name: 'en-GB: curly apostrophes, CRLF and emoji keep exact offsets',
        text: '😀 “The center’s\r\nbehavior”, he said.\r\n',
        style: GB,
        errors: [{ text: 'center' }, { text: 'behavior' }],
        output: '😀 “The centre’s\r\nbehaviour”, he said.\r\n',
      },
      {
        name: 'no locale: the later spelling is flagged, the first kept',
        text: 'The organisation grew. Another organization followed.',
        errors: [{ messageId: 'mixed', text: 'organization', message: 'the story has "organisation", the British one' }],
        output: 'The organisation grew. Another organisation followed.',
      },
      {
        name: 'no locale: one choice per kind, across words',
        text: 'He realised that they had organized it and recognized it.',
        errors: [{ text: 'organized' }, { text: 'recognized' }],
        output: 'He realised that they had organised it and recognised it.',
      },
      {
        name: 'no locale: an en-US first choice wins',
        text: 'The color was off. Its colours faded; humour failed.',
        errors: [{ text: 'colours' }, { text: 'humour' }],
        output: 'The color was off. Its colors faded; humor failed.',
      },
      {
        name: 'no locale: CRLF, emoji and a curly possessive',
        text: '😀 They traveled far.\r\nThe traveller’s bags were travelling too.',
        errors: [{ text: 'traveller' }, { text: 'travelling' }],
        output: '😀 They traveled far.\r\nThe traveler’s bags were traveling too.',
      },
    ],
  },
  resources,
);

describe('dialect without pairs', () => {
  it('reports nothing', () => {
    for (const style of [GB, {}]) assert.deepEqual(runRules([dialect], 'The organisation and the organization.', { style, resources: {} }), []);
  });
});

describe('dialect pairs (dist/data/dialect-pairs.tsv)', () => {
  const pairs = resources.dialectPairs!;

  it('pair the regular and irregular spellings, with their inflections', () => {
    const expected: Record<string, string> = {
      organize: 'organise', organizations: 'organisations', analyzing: 'analysing', color: 'colour',
      neighborhood: 'neighbourhood', center: 'centre', centered: 'centred', catalog: 'catalogue',
      traveled: 'travelled', counselors: 'counsellors', fulfill: 'fulfil', defense: 'defence',
      anemia: 'anaemia', estrogen: 'oestrogen', maneuver: 'manoeuvre', gray: 'grey', graying: 'greying',
      plows: 'ploughs', skepticism: 'scepticism', moldy: 'mouldy', program: 'programme',
    };
    for (const [us, gb] of Object.entries(expected)) assert.equal(pairs.get(us), gb, us);
  });

  it('leave out words British English writes the same in one sense, and accidents of the rewrites', () => {
    for (const us of ['license', 'meter', 'tire', 'curb', 'check', 'draft', 'practice', 'judgment', 'fetus', 'prize', 'performative', 'perv', 'ecus', 'manila']) {
      assert.equal(pairs.get(us), undefined, us);
    }
  });

  it('are lower case, each spelling on one side only', () => {
    assert.ok(pairs.size > 2000, `only ${pairs.size} pairs`);
    const gbForms = new Set(pairs.values());
    for (const [us, gb] of pairs) {
      assert.match(us, /^[a-z]+$/);
      assert.match(gb, /^[a-z]+$/);
      assert.ok(!gbForms.has(us), `${us} is also a British form`);
    }
  });
});

describe('dialect finds every variant (the signatures that skip most words never skip one)', () => {
  const pairs = resources.dialectPairs!;
  const count = (text: string, style: Style, res = resources) => runRules([dialect], text, { style, resources: res }).length;

  it('each American spelling in a British story, in lower case and capitalised at a sentence start', () => {
    const us = [...pairs.keys()];
    assert.equal(count(us.join(' '), GB), us.length);
    assert.equal(count(us.map((w) => `${w[0].toUpperCase()}${w.slice(1)}.`).join(' '), GB), us.length);
  });

  it('each British spelling in an American story, in possessives and compounds', () => {
    const gb = [...new Set(pairs.values())];
    assert.equal(count(gb.map((w) => `${w}’s`).join(' '), US), gb.length);
    assert.equal(count(gb.map((w) => `half-${w}`).join(' '), US), gb.length);
  });

  it('pairs past ASCII', () => {
    const res = { ...resources, dialectPairs: new Map([['façade', 'facade'], ['ax', 'axe']]) };
    assert.equal(count('The façade and the ax.', GB, res), 2);
  });

  it("keeps each pair list's verdicts on words apart, though the words' ids are shared", () => {
    // Verdicts are kept by word id in the process's vocabulary, per list: a word plain for one
    // list must still be found by another, and again by the first after the second.
    const text = 'The color of the ax.';
    const colour = { ...resources, dialectPairs: new Map([['color', 'colour']]) };
    const axe = { ...resources, dialectPairs: new Map([['ax', 'axe']]) };
    for (let round = 0; round < 2; round++) {
      assert.equal(count(text, GB, colour), 1);
      assert.equal(count(text, GB, axe), 1);
      assert.equal(count(text, GB, { ...resources, dialectPairs: new Map([['gray', 'grey']]) }), 0);
    }
  });
});

describe('kindOf', () => {
  it('groups the pairs by the letters that differ', () => {
    assert.equal(kindOf('organize', 'organise'), kindOf('realized', 'realised'));
    assert.equal(kindOf('color', 'colour'), kindOf('honors', 'honours'));
    assert.equal(kindOf('center', 'centre'), kindOf('theaters', 'theatres'));
    assert.equal(kindOf('traveled', 'travelled'), kindOf('counselor', 'counsellor'));
    assert.notEqual(kindOf('analyze', 'analyse'), kindOf('organize', 'organise'));
    assert.notEqual(kindOf('color', 'colour'), kindOf('center', 'centre'));
  });
});
