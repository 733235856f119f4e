import { runRuleTable } from '../testing/rule-tester.js';
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
      errors: [{ messageId: 'fullNameAgain', text: 'Government of National Accord', message: 'use "GNA"' }],
      output: `Turkey backs the ${GNA}. The GNA said so.`,
    },
    {
      name: 'defined a second time',
      text: `The ${GNA} moved. Turkey backs the ${GNA}.`,
      errors: [{ messageId: 'definedAgain', text: GNA }],
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
      errors: [{ text: 'personal video recorders', message: '"PVRs"' }],
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
