import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRules } from '../lint.js';
import { styleIndex } from '../style-index.js';
import { runRuleTable } from '../testing/rule-tester.js';
import type { Style } from '../types.js';
import { houseTerms } from './house-terms.js';

const style: Style = {
  terms: [
    { use: 'Gaddafi', avoid: ['Qaddafi', 'Kadhafi', 'Gadhafi'] },
    { use: 'per cent', avoid: ['percent'] },
    { use: 'chair', avoid: ['chairman', 'chairwoman'] },
    { use: 'Islamic State group', avoid: ['ISIL', 'so-called Islamic State'] },
    { use: 'al-Qaeda', avoid: ['al Qaida', 'al-Qaida'] },
    { use: 'US', avoid: ['U.S.'] },
    { use: 'Internet', avoid: ['internet'] },
    { use: 'Kyiv', avoid: ['Kiev'] },
    { use: 'Marks and Spencer', avoid: ['Marks & Spencer'] },
  ],
};

runRuleTable(houseTerms, {
  valid: [
    { name: 'no style: nothing to check', text: 'Qaddafi spoke; turnout was 40 percent.' },
    { name: 'the house forms', style, text: 'Gaddafi spoke; turnout was 40 per cent. The chair of al-Qaeda in Kyiv.' },
    { name: 'part of a longer word', style, text: 'Qaddafist slogans; the Kievan Rus; chairmanship; percentage.' },
    { name: 'part of a hyphenated compound', style, text: 'The Qaddafi-era laws and pro-Qaddafi crowds; a Kiev-based firm.' },
    { name: 'a different case is not the avoid form', style, text: 'QADDAFI in capitals; kiev in lower case; PERCENT.' },
    { name: 'capitalised in mid-sentence is not a sentence start', style, text: 'The Percent Club met on Monday.' },
    { name: 'the capitalised avoid form is already the use form', style, text: 'Internet use grew.' },
    { name: 'a multi-word form interrupted by punctuation', style, text: 'Ask al, Qaida said nothing.' },
    { name: 'Markdown: code and link targets are not copy', languageId: 'markdown', style, text: 'Run `Qaddafi` and see [the page](https://example.org/Qaddafi).' },
    { name: 'the style turns the rule off', style: { ...style, rules: { 'house-terms': 'off' } }, text: 'Qaddafi spoke.' },
  ],
  invalid: [
    {
      name: 'as written',
      style,
      text: 'Qaddafi spoke to Kadhafi supporters.',
      errors: [
        { messageId: 'avoid', text: 'Qaddafi', message: '"Qaddafi" is not house style; use "Gaddafi".', fix: 'Use "Gaddafi", as the house style spells it' },
        { text: 'Kadhafi', fix: 'Use "Gaddafi", as the house style spells it' },
      ],
      output: 'Gaddafi spoke to Gaddafi supporters.',
    },
    {
      name: 'a possessive keeps its ending',
      style,
      text: "Qaddafi's son and Gadhafi’s compound.",
      errors: [{ text: 'Qaddafi' }, { text: 'Gadhafi' }],
      output: "Gaddafi's son and Gaddafi’s compound.",
    },
    {
      name: 'capitalised at a sentence start, the capital kept',
      style,
      text: 'Turnout rose. Percent of voters said yes, 40 percent.',
      errors: [
        { text: 'Percent', message: 'use "Per cent"', fix: 'Use "Per cent", as the house style spells it' },
        { text: 'percent', fix: 'Use "per cent", as the house style spells it' },
      ],
      output: 'Turnout rose. Per cent of voters said yes, 40 per cent.',
    },
    {
      name: 'at the very start, and after an opening quotation mark',
      style,
      text: 'Chairman Mao. "Chairwoman, sit," he said.',
      errors: [{ text: 'Chairman' }, { text: 'Chairwoman' }],
      output: 'Chair Mao. "Chair, sit," he said.',
    },
    {
      name: 'inside quotations too',
      style,
      text: '"Qaddafi must go," the chairman said.',
      errors: [{ text: 'Qaddafi' }, { text: 'chairman' }],
      output: '"Gaddafi must go," the chair said.',
    },
    {
      name: 'multi-word forms, with any white space between the words',
      style,
      text: 'Fighters of al Qaida and the so-called\nIslamic  State.',
      errors: [{ text: 'al Qaida' }, { text: 'so-called\nIslamic  State', message: '"so-called Islamic State"' }],
      output: 'Fighters of al-Qaeda and the Islamic State group.',
    },
    {
      name: 'a hyphenated avoid form matches the whole compound',
      style,
      text: 'Leaders of al-Qaida met.',
      errors: [{ text: 'al-Qaida' }],
      output: 'Leaders of al-Qaeda met.',
    },
    {
      name: 'forms with punctuation of their own',
      style,
      text: 'The U.S. and Marks & Spencer.',
      errors: [{ text: 'U.S.' }, { text: 'Marks & Spencer' }],
      output: 'The US and Marks and Spencer.',
    },
    {
      name: 'an acronym form',
      style,
      text: 'ISIL fighters fled.',
      errors: [{ text: 'ISIL', message: 'use "Islamic State group"' }],
      output: 'Islamic State group fighters fled.',
    },
    {
      name: 'lower-case avoid form in mid-sentence, capitalised use form',
      style,
      text: 'On the internet, nobody knows.',
      errors: [{ text: 'internet' }],
      output: 'On the Internet, nobody knows.',
    },
    {
      name: 'Markdown prose, emphasis and headings',
      languageId: 'markdown',
      style,
      text: '# Kiev talks\n\nThe *Qaddafi* family, `Qaddafi` in code.\n',
      errors: [{ text: 'Kiev' }, { text: 'Qaddafi' }],
      output: '# Kyiv talks\n\nThe *Gaddafi* family, `Qaddafi` in code.\n',
    },
    {
      name: 'news draft: editor notes are not copy',
      languageId: 'newsdraft',
      style,
      text: 'Qaddafi spoke. [[check Qaddafi spelling]]',
      errors: [{ text: 'Qaddafi' }],
      output: 'Gaddafi spoke. [[check Qaddafi spelling]]',
    },
    {
      name: 'CRLF and an emoji before the finding keep exact UTF-16 offsets',
      style,
      text: '😀 Line one\r\n😀 Qaddafi said 5 percent.\r\n',
      errors: [{ text: 'Qaddafi' }, { text: 'percent' }],
      output: '😀 Line one\r\n😀 Gaddafi said 5 per cent.\r\n',
    },
    {
      name: 'the style sets the severity (no options given)',
      style: { ...style, rules: { 'house-terms': 'error' } },
      text: 'Qaddafi spoke.',
      errors: [{ text: 'Qaddafi' }],
      output: 'Gaddafi spoke.',
    },
  ],
});

describe('house-terms at newsroom size', () => {
  // 10,000 terms, a third of them multi-word, many sharing a first word: found by the index.
  const terms: { use: string; avoid: string[] }[] = [];
  for (let i = 0; i < 10_000; i++) {
    const word = `zq${i.toString(36)}`;
    terms.push(i % 3 === 0 ? { use: `the ${word} group`, avoid: [`the ${word} band`] } : { use: `${word}a`, avoid: [word] });
  }
  terms.push({ use: 'Gaddafi', avoid: ['Qaddafi'] });
  const big: Style = { terms };

  it('finds single- and multi-word forms among 10,000 terms', () => {
    const text = 'Qaddafi met the zq0 band and zq1 and the zq3 group. The zq2s-era left; the zq5 band played.';
    const found = runRules([houseTerms], text, { style: big });
    assert.deepEqual(
      found.map((f) => [text.slice(f.start, f.end), f.fix?.edits[0].newText]),
      [
        ['Qaddafi', 'Gaddafi'],
        ['the zq0 band', 'the zq0 group'],
        ['zq1', 'zq1a'],
        ['zq5', 'zq5a'],
      ],
    );
  });

  it('builds the index once per style object', () => {
    assert.equal(styleIndex(big), styleIndex(big));
    assert.equal(styleIndex(big).terms.size, 10_001);
    assert.notEqual(styleIndex({ terms }), styleIndex(big), 'another object is another style');
  });
});
