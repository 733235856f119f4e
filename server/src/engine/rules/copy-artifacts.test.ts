import { runRuleTable } from '../testing/rule-tester.js';
import { copyArtifacts } from './copy-artifacts.js';

runRuleTable(copyArtifacts, {
  valid: [
    'Headline here\n\nThe story says he will read more books.\nShe said she had a 2 min read of the report.',
    { name: 'a short first line repeated is not a headline', text: 'Yes\n\nYes' },
    { name: '"follow us" inside a sentence', text: 'He asked them to follow us on the road.' },
  ],
  invalid: [
    {
      name: 'reading time and read-more',
      text: 'Headline\n2 min read\nBody text.\nRead more: Another story\nEnd.',
      errors: [
        { messageId: 'furniture', text: '2 min read' },
        { messageId: 'furniture', text: 'Read more: Another story' },
      ],
      output: 'Headline\nBody text.\nEnd.',
    },
    {
      name: 'duplicated headline',
      text: 'Erdogan, Trump agree to work more closely\n\nErdogan, Trump agree to work more closely\nBody.',
      errors: [{ messageId: 'duplicateHeadline', text: 'Erdogan, Trump agree to work more closely' }],
      output: 'Erdogan, Trump agree to work more closely\n\nBody.',
    },
    {
      name: 'follow-us as the last line, CRLF',
      text: 'Body.\r\n\r\nFollow us on Facebook and Twitter to stay connected',
      errors: [{ text: 'Follow us on Facebook and Twitter to stay connected' }],
      output: 'Body.\r\n',
    },
    {
      name: 'Markdown link in a read-more line',
      text: 'Story.\n\nRead more: [Another story](https://example.com/x)\n\nEnd.\n',
      languageId: 'markdown',
      errors: [{ text: 'Read more: [Another story](https://example.com/x)' }],
      output: 'Story.\n\n\nEnd.\n',
    },
  ],
});
