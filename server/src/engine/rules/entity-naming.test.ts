import { runRuleTable } from '../testing/rule-tester.js';
import type { Style } from '../types.js';
import { entityNaming } from './entity-naming.js';

const GNA = 'Government of National Accord (GNA)';

runRuleTable(entityNaming, {
  valid: [
    { name: 'the short form after the definition', text: `Turkey backs the ${GNA}. The US backs the GNA too.` },
    { name: 'the full name before the definition', text: `The Government of National Accord met. Later the ${GNA} said so.` },
    { name: 'a one-word name kept on purpose', text: 'He played EverQuest (EQ) daily. EverQuest took over his life.' },
    { name: 'inside a quotation', text: `Turkey backs the ${GNA}. "The Government of National Accord is strong," he said.` },
    { name: 'part of a longer word', text: `The ${GNA} met. The Government of National Accords were signed.` },
    { name: 'part of a hyphenated word', text: `The ${GNA} met. Pro-Government of National Accord-style rallies followed.` },
    { name: 'no definition, only an explanation', text: 'Shares in Time Warner (TWX) rose. Time Warner gained.' },
    { name: 'a different case in the middle of the name', text: `The ${GNA} met. The government of national accord idea is old.` },
    { name: 'Markdown: the name in code', languageId: 'markdown', text: `The ${GNA} met. Run \`Government of National Accord\` now.` },
    { name: 'Markdown: the name in a link target', languageId: 'markdown', text: `The ${GNA} met. [See](<Government of National Accord>).` },
  ],
  invalid: [
    {
      name: 'the full name again',
      text: `Turkey backs the ${GNA}. The Government of National Accord said so.`,
      errors: [{ messageId: 'fullNameAgain', text: 'Government of National Accord', message: 'use "GNA"', fix: 'Use "GNA", as introduced earlier' }],
      output: `Turkey backs the ${GNA}. The GNA said so.`,
    },
    {
      name: 'defined a second time',
      text: `The ${GNA} moved. Turkey backs the ${GNA}.`,
      errors: [{ messageId: 'definedAgain', text: GNA, fix: 'Use "GNA": it is spelled out earlier' }],
      output: `The ${GNA} moved. Turkey backs the GNA.`,
    },
    {
      name: 'defined a second time in the reverse order',
      text: 'The GNA (Government of National Accord) moved. Turkey backs the GNA (the Government of National Accord).',
      errors: [{ messageId: 'definedAgain', text: 'GNA (the Government of National Accord)' }],
      output: 'The GNA (Government of National Accord) moved. Turkey backs the GNA.',
    },
    {
      name: 'every later full name',
      text: `The ${GNA} met. The Government of National Accord left, and the Government of National Accord's forces followed.`,
      errors: [{ text: 'Government of National Accord' }, { text: 'Government of National Accord' }],
      output: `The ${GNA} met. The GNA left, and the GNA's forces followed.`,
    },
    {
      name: 'at the start of a sentence',
      text: 'A personal video recorder (PVR) stores shows. Personal video recorder sales rose.',
      errors: [{ text: 'Personal video recorder' }],
      output: 'A personal video recorder (PVR) stores shows. PVR sales rose.',
    },
    {
      name: 'a plural short form',
      text: 'Sales of personal video recorders (PVRs) rose. Many personal video recorders are sold.',
      errors: [{ text: 'personal video recorders', message: '"PVRs"', fix: 'Use "PVRs", as introduced earlier' }],
      output: 'Sales of personal video recorders (PVRs) rose. Many PVRs are sold.',
    },
    {
      name: 'across a line break',
      text: `The ${GNA} met.\nThe Government of National\nAccord left.`,
      errors: [{ text: 'Government of National\nAccord' }],
      output: `The ${GNA} met.\nThe GNA left.`,
    },
    {
      name: 'CRLF and an emoji before the finding',
      text: `😀 The ${GNA} met.\r\n😀 The Government of National Accord left.\r\n`,
      errors: [{ text: 'Government of National Accord' }],
      output: `😀 The ${GNA} met.\r\n😀 The GNA left.\r\n`,
    },
    {
      name: 'many definitions (found in one pass over the words)',
      text:
        'Alpha Bravo (AB), Charlie Delta (CD), Echo Foxtrot (EF), Golf Hotel (GH), India Juliet (IJ), ' +
        'Kilo Lima (KL), Mike November (MN), Oscar Papa (OP) and Quebec Romeo (QR) met. ' +
        'Later Alpha Bravo and Quebec Romeo left; Alpha Bravo (AB) stayed.',
      errors: [{ text: 'Alpha Bravo' }, { text: 'Quebec Romeo' }, { messageId: 'definedAgain', text: 'Alpha Bravo (AB)' }],
      output:
        'Alpha Bravo (AB), Charlie Delta (CD), Echo Foxtrot (EF), Golf Hotel (GH), India Juliet (IJ), ' +
        'Kilo Lima (KL), Mike November (MN), Oscar Papa (OP) and Quebec Romeo (QR) met. ' +
        'Later AB and QR left; AB stayed.',
    },
    {
      name: 'Markdown: emphasis and link text are prose',
      languageId: 'markdown',
      text: `The **${GNA}** met.\n\nSee [the Government of National Accord](https://example.org/) and *Government of National Accord*.`,
      errors: [{ text: 'Government of National Accord' }, { text: 'Government of National Accord' }],
      output: `The **${GNA}** met.\n\nSee [the GNA](https://example.org/) and *GNA*.`,
    },
  ],
});

// Style entities: avoided forms, aliases, and the fix from the style's name or short form.
const style: Style = {
  entities: [
    {
      name: 'Government of National Accord',
      short: 'GNA',
      aliases: ['unity government', 'National Accord Government of Libya'],
      avoid: ['National Accord Government', 'Tripoli government'],
    },
    { name: 'personal video recorder', short: 'PVR', avoid: ['digital video box'] },
    { name: 'Hamas', avoid: ['Hamas movement'] },
  ],
};

runRuleTable(entityNaming, {
  valid: [
    { name: 'no style: avoided forms are not known', text: 'The Tripoli government met.' },
    { name: 'the name, short form and aliases', style, text: `The ${GNA} met. The GNA and the unity government agreed.` },
    { name: 'an avoided form inside an accepted alias', style, text: 'The National Accord Government of Libya met.' },
    { name: 'inside a quotation: a speaker\'s words', style, text: '"The Tripoli government will fall," he said.' },
    { name: 'part of a longer or hyphenated word', style, text: 'The Tripoli governments and the Tripoli government-backed militias.' },
    { name: 'a different case in mid-sentence', style, text: 'The tripoli government met.' },
    { name: 'the style turns the rule off', style: { ...style, rules: { 'entity-naming': 'off' } }, text: 'The Tripoli government met.' },
  ],
  invalid: [
    {
      name: 'an avoided form before the story defines the short form: the name is the fix',
      style,
      text: 'The Tripoli government met.',
      errors: [{ messageId: 'avoided', text: 'Tripoli government', message: '"Tripoli government" is not how the house style names "Government of National Accord"; use "Government of National Accord".' }],
      output: 'The Government of National Accord met.',
    },
    {
      name: 'after the story defined the short form: the short form is the fix',
      style,
      text: `The ${GNA} met. The National Accord Government's forces advanced.`,
      errors: [{ text: 'National Accord Government', message: 'use "GNA"', fix: 'Use "GNA", as the house style names it' }],
      output: `The ${GNA} met. The GNA's forces advanced.`,
    },
    {
      name: 'the name used before (not defined) does not introduce the short form',
      style,
      text: 'The Government of National Accord met. The Tripoli government left.',
      errors: [{ text: 'Tripoli government', message: 'use "Government of National Accord"', fix: 'Use "Government of National Accord", as the house style names it' }],
      output: 'The Government of National Accord met. The Government of National Accord left.',
    },
    {
      name: 'capitalised at a sentence start keeps the capital of a lower-case name',
      style,
      text: 'Sales rose. Digital video box sales rose.',
      errors: [{ text: 'Digital video box', message: 'use "Personal video recorder"' }],
      output: 'Sales rose. Personal video recorder sales rose.',
    },
    {
      name: 'an entity without a short form',
      style,
      text: 'Leaders of the Hamas movement spoke.',
      errors: [{ text: 'Hamas movement' }],
      output: 'Leaders of the Hamas spoke.',
    },
    {
      name: 'avoided forms and the full name again, together',
      style,
      text: `The ${GNA} met.\nThe Government of National Accord and the Tripoli\ngovernment left.`,
      errors: [{ messageId: 'fullNameAgain' }, { messageId: 'avoided', text: 'Tripoli\ngovernment' }],
      output: `The ${GNA} met.\nThe GNA and the GNA left.`,
    },
    {
      name: 'Markdown: CRLF and an emoji, code not matched',
      languageId: 'markdown',
      style,
      text: '😀 The *Tripoli government* met.\r\n\r\n`Tripoli government` in code.\r\n',
      errors: [{ text: 'Tripoli government' }],
      output: '😀 The *Government of National Accord* met.\r\n\r\n`Tripoli government` in code.\r\n',
    },
  ],
});
