import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadResources } from '../../resources.js';
import { runRules } from '../lint.js';
import { runRuleTable } from '../testing/rule-tester.js';
import { misspelling } from './misspelling.js';

runRuleTable(
  misspelling,
  {
    valid: [
      'It is also internally divided.',
      'Nothing to see here.',
      { name: 'a misspelling inside inline code is not prose', text: 'Run `interally` to test.', languageId: 'markdown' },
      { name: 'a misspelling inside a URL is not prose', text: 'See https://example.com/interally for more.' },
      { name: 'names: capitalised in mid-sentence', text: 'Actor Richard Gere arrived. Gere, 55, waved. Mr. Benn left.' },
      { name: 'capitalised in mid-sentence: after a word, a number or a comma', text: 'He said, Recieve it. In 2005 Recieve won. We went to Recieve.' },
      { name: 'dropped g and HTML entities', text: 'Whole Lotta Shakin\' Goin\' On, at the caf&#233;.' },
    ],
    invalid: [
      {
        text: 'It is also interally divided.',
        errors: [{ messageId: 'misspelled', text: 'interally', fix: 'Correct the spelling to "internally"', suggestions: ['Correct the spelling to "integrally"'] }],
        output: 'It is also internally divided.',
      },
      {
        name: 'capitals are kept',
        text: 'Interally, they disagree. Recieve it. SHOUTED ACRONYMS LIKE RECIEVE ARE LEFT ALONE.',
        errors: [
          { text: 'Interally', fix: 'Correct the spelling to "Internally"' },
          { text: 'Recieve', fix: 'Correct the spelling to "Receive"' },
        ],
        output: 'Internally, they disagree. Receive it. SHOUTED ACRONYMS LIKE RECIEVE ARE LEFT ALONE.',
      },
      {
        name: 'capitalised at a sentence start: after a colon, in brackets, at the text start',
        text: 'Recieve this. Then: Recieve it. (Recieve it.)',
        errors: [{ text: 'Recieve' }, { text: 'Recieve' }, { text: 'Recieve' }],
        output: 'Receive this. Then: Receive it. (Receive it.)',
      },
      {
        name: 'CRLF and an emoji before the word keep exact UTF-16 offsets',
        text: 'Line one\r\n😀 we recieve it\r\n',
        errors: [{ text: 'recieve', message: '"receive"' }],
        output: 'Line one\r\n😀 we receive it\r\n',
      },
      {
        name: 'Markdown prose is checked',
        text: '# Heading\n\nWe recieve *emphasis* and `code`.\n',
        languageId: 'markdown',
        errors: [{ text: 'recieve' }],
        output: '# Heading\n\nWe receive *emphasis* and `code`.\n',
      },
      {
        name: 'Markdown front matter: the headline and standfirst are copy, the other keys are not',
        text: '---\ntitle: "Council to recieve grant"\nauthor: Jane Recieve\ndescription: It was interally agreed.\n---\n\nBody.\n',
        languageId: 'markdown',
        errors: [{ text: 'recieve' }, { text: 'interally' }],
        output: '---\ntitle: "Council to receive grant"\nauthor: Jane Recieve\ndescription: It was internally agreed.\n---\n\nBody.\n',
      },
      {
        name: "Markdown front matter: the style's frontMatter.prose decides which keys are copy",
        text: '---\r\ntitle: Council to recieve grant\r\nauthor: the desk that will recieve it\r\n---\r\n\r\nBody.\r\n',
        languageId: 'markdown',
        style: { frontMatter: { prose: ['author'] } },
        errors: [{ text: 'recieve' }],
        output: '---\r\ntitle: Council to recieve grant\r\nauthor: the desk that will receive it\r\n---\r\n\r\nBody.\r\n',
      },
    ],
  },
  loadResources(),
);

// The style's words, its entities' and terms' words, and the draft's copydesk-ignore words
// are spared (in any case).
runRuleTable(
  misspelling,
  {
    valid: [
      { name: "the style's words, in any case", style: { words: ['teh'] }, text: 'A cup of teh tarik. Teh tarik is sweet.' },
      { name: 'a capitalised entry spares the word in any case', style: { words: ['Recieve'] }, text: 'We recieve it.' },
      { name: "a style entity's words", style: { entities: [{ name: 'Interally Holdings', aliases: ['the Recieve group'] }] }, text: 'Shares in Interally Holdings and the Recieve group rose; interally too.' },
      { name: "a term's use form", style: { terms: [{ use: 'recieve', avoid: ['receive'] }] }, text: 'We recieve it.' },
      { name: 'copydesk-ignore in plain text', text: '[[copydesk-ignore recieve teh]]\nWe recieve teh tea.' },
      { name: 'copydesk-ignore in a news draft, anywhere in it', languageId: 'newsdraft', text: 'We recieve it.\n\n[[copydesk-ignore recieve]]' },
      { name: 'copydesk-ignore in Markdown, words separated by commas', languageId: 'markdown', text: '<!-- copydesk-ignore interally, recieve -->\n\nWe recieve it interally.' },
    ],
    invalid: [
      {
        name: 'other misspellings are still found',
        style: { words: ['teh'] },
        text: '[[copydesk-ignore teh]] We recieve teh tea.',
        errors: [{ text: 'recieve' }],
        output: '[[copydesk-ignore teh]] We receive teh tea.',
      },
      {
        name: 'a directive in the wrong syntax is copy, not a directive',
        languageId: 'markdown',
        text: '[[copydesk-ignore recieve]] We recieve it.',
        errors: [{ text: 'recieve' }, { text: 'recieve' }],
        output: '[[copydesk-ignore receive]] We receive it.',
      },
    ],
  },
  loadResources(),
);

// A long text gives equal words one id, and the rule keeps each distinct word's verdict by id:
// the same findings, repeat after repeat, as for the piece alone.
describe('misspelling in a long text', () => {
  it('finds each repeat of a piece as it finds the piece', () => {
    const resources = loadResources();
    const piece = 'It was interally agreed. Recieve it now. We recieve goin\' tea, said Mr Teh. ';
    const alone = runRules([misspelling], piece, { resources });
    assert.deepEqual(alone.map((f) => piece.slice(f.start, f.end)), ['interally', 'Recieve', 'recieve']);
    const repeats = Math.ceil(600_000 / piece.length);
    const long = runRules([misspelling], piece.repeat(repeats), { resources });
    assert.equal(long.length, alone.length * repeats);
    for (let k = 0; k < long.length; k++) {
      const f = long[k];
      const first = alone[k % alone.length];
      const shift = Math.floor(k / alone.length) * piece.length;
      assert.deepEqual([f.start - shift, f.end - shift, f.message, f.fix?.edits[0].newText], [first.start, first.end, first.message, first.fix?.edits[0].newText]);
    }
  });
});
