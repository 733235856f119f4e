import { runRuleTable } from '../testing/rule-tester.js';
import { unbalancedQuotes } from './unbalanced-quotes.js';

runRuleTable(unbalancedQuotes, {
  valid: [
    '"We will win," she said.',
    '“We will win,” she said.',
    "'We will win,' she said.",
    "Erdogan, Trump agree to work 'more closely' on Libya",
    { name: 'apostrophes', text: "Egypt's president said they don't know what Jaynes' lawyer wants." },
    { name: 'elisions', text: "The '90s were rock 'n' roll, and they loved ’em in ’03." },
    { name: 'an elision the model does not know, in a story quoted with double marks', text: `It's 'orrible, he wrote of the song. "Really," he added.` },
    { name: 'inch marks', text: 'They sold the 12" single and a 7" one.' },
    { name: 'a single quotation inside a double one', text: `"He called it 'madness', and left," she said.` },
    { name: 'a double quotation inside a double one', text: '"You lie; you "had stuff to do" at home," he wrote.' },
    {
      name: 'a multi-paragraph quote: each paragraph re-opens, only the last closes',
      text: 'Mr Smith said: "The first part.\n\n"The second part.\n\n"And the last part."',
    },
    { name: 'a multi-paragraph quote with curly marks', text: '“The first part.\n\n“And the last part,” he said.' },
    { name: 'paragraphs joined on one line', text: '"First para. "Second para. "Third para," he said.' },
    { name: 'CRLF line endings', text: '"The first part.\r\n"And the last part," he said.\r\n' },
    { name: 'an emoji before the quote', text: '😀"We will win," she said. 😀 "Yes."' },
    { name: 'Markdown: marks inside code', languageId: 'markdown', text: 'Use `"` to open a quote and `”` to close it.' },
    { name: 'Markdown: a link target', languageId: 'markdown', text: 'See [the "report"](https://example.org/a"b) today.' },
    {
      name: 'Markdown front matter: the marks around a value and escaped marks inside it',
      languageId: 'markdown',
      text: '---\ntitle: "Council \\"approves\\" budget"\nsummary: \'It\'\'s "done"\'\nauthor: \'"Desk\'\n---\n\nBody.\n',
    },
  ],
  invalid: [
    {
      text: '"We will win, she said.',
      errors: [{ messageId: 'unclosed', text: '"We will win, she said.', message: '"' }],
    },
    {
      name: 'not closed before the next paragraph, which does not re-open',
      text: 'He said "we will win.\n\nThe meeting ended.',
      errors: [{ messageId: 'unclosed', text: '"we will win.' }],
    },
    {
      name: 'a multi-paragraph quote whose last paragraph never closes',
      text: '"The first part.\n\n"The second part, he said.',
      errors: [{ messageId: 'unclosed', text: '"The second part, he said.' }],
    },
    {
      name: 'a continuing paragraph that does not re-open leaves a stray closing mark',
      text: '"The first part.\n\nThe second part," he said.',
      errors: [{ messageId: 'unclosed', text: '"The first part.' }, { messageId: 'stray', text: 'part,"' }],
    },
    {
      name: 'cut off by another opening mark mid-sentence',
      text: 'He warned that "retirement programmes would need "significant" changes.',
      errors: [{ messageId: 'interrupted', text: '"retirement programmes would need' }],
    },
    { name: 'a doubled opening mark', text: 'It will pay an ""unfair" sum.', errors: [{ messageId: 'interrupted', text: '"' }] },
    { name: 'a stray closing mark', text: 'It came out of the blue," he said.', errors: [{ messageId: 'stray', text: 'blue,"' }] },
    { name: 'a stray curly closing mark', text: 'It came out of the blue,” he said.', errors: [{ messageId: 'stray', text: 'blue,”' }] },
    { name: 'curly marks', text: '“We will win, she said.', errors: [{ messageId: 'unclosed', text: '“We will win, she said.' }] },
    { name: 'an opening curly single mark', text: '‘We will win, she said.', errors: [{ messageId: 'unclosed', text: '‘We will win, she said.' }] },
    {
      name: 'a story that quotes with single marks',
      text: "'We will win,' she said.\n\n'We will not lose, he added.",
      errors: [{ messageId: 'unclosed', text: "'We will not lose, he added." }],
    },
    {
      name: 'CRLF line endings and an emoji',
      text: '😀 "We will win, she said.\r\nNext line.\r\n',
      errors: [{ messageId: 'unclosed', text: '"We will win, she said.' }],
    },
    {
      name: 'a hard-wrapped paragraph: underlined to its end, over the line break',
      text:
        'The minister said "we will not be moving on this for a long time to come, and\n' +
        'nobody in the party will be asking us to change our minds this year.\n\nNext.',
      errors: [
        {
          messageId: 'unclosed',
          text: '"we will not be moving on this for a long time to come, and\nnobody in the party will be asking us to change our minds this year.',
        },
      ],
    },
    { name: 'a mark typed at the end of a paragraph', text: 'He said "\n\nNext.', errors: [{ messageId: 'unclosed', text: '"' }] },
    {
      name: 'an emoji inside the open quotation, and trailing spaces left out',
      text: 'She wrote "see you 😀 soon   \n\nNext.',
      errors: [{ messageId: 'unclosed', text: '"see you 😀 soon' }],
    },
    {
      name: 'Markdown front matter: an unclosed quote in the title, not in the other keys',
      languageId: 'markdown',
      text: '---\ntitle: \'He said "we will win\'\nauthor: \'"Desk\'\n---\n\nBody.\n',
      errors: [{ messageId: 'unclosed', text: '"we will win' }],
    },
    {
      name: 'Markdown: the marks in code are ignored, the one in prose is not',
      languageId: 'markdown',
      text: 'Type `"yes"` and "go on.',
      errors: [{ messageId: 'unclosed', text: '"go on.' }],
    },
  ],
});
