import { loadResources } from '../../resources.js';
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
      { name: 'dropped g and HTML entities', text: 'Whole Lotta Shakin\' Goin\' On, at the caf&#233;.' },
    ],
    invalid: [
      {
        text: 'It is also interally divided.',
        errors: [{ messageId: 'misspelled', text: 'interally', suggestions: ['Change to "integrally"'] }],
        output: 'It is also internally divided.',
      },
      {
        name: 'capitals are kept',
        text: 'Interally, they disagree. Recieve it. SHOUTED ACRONYMS LIKE RECIEVE ARE LEFT ALONE.',
        errors: [{ text: 'Interally' }, { text: 'Recieve' }],
        output: 'Internally, they disagree. Receive it. SHOUTED ACRONYMS LIKE RECIEVE ARE LEFT ALONE.',
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
    ],
  },
  loadResources(),
);
