import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAllWith } from '../fixes.js';
import { runRuleTable } from '../testing/rule-tester.js';
import { TestDictionary } from '../testing/test-dictionary.js';
import { copyArtifacts, firstCharacters } from './copy-artifacts.js';

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
        { messageId: 'furniture', text: '2 min read', fix: 'Delete the pasted "2 min read" line' },
        { messageId: 'furniture', text: 'Read more: Another story', fix: 'Delete the pasted "Read more: Another…" line' },
      ],
      output: 'Headline\nBody text.\nEnd.',
    },
    {
      name: 'duplicated headline',
      text: 'Erdogan, Trump agree to work more closely\n\nErdogan, Trump agree to work more closely\nBody.',
      errors: [{ messageId: 'duplicateHeadline', text: 'Erdogan, Trump agree to work more closely', fix: 'Delete the repeated headline' }],
      output: 'Erdogan, Trump agree to work more closely\n\nBody.',
    },
    {
      name: 'follow-us as the last line, CRLF',
      text: 'Body.\r\n\r\nFollow us on Facebook and Twitter to stay connected',
      errors: [{ text: 'Follow us on Facebook and Twitter to stay connected', fix: 'Delete the pasted "Follow us on…" line' }],
      output: 'Body.\r\n',
    },
    {
      name: 'Markdown link in a read-more line',
      text: 'Story.\n\nRead more: [Another story](https://example.com/x)\n\nEnd.\n',
      languageId: 'markdown',
      // The title quotes the line as read, without the link's syntax.
      errors: [{ text: 'Read more: [Another story](https://example.com/x)', fix: 'Delete the pasted "Read more: Another…" line' }],
      output: 'Story.\n\nEnd.\n',
    },
    {
      name: 'a line alone between paragraphs goes with the blank line after it: no double blank line',
      text: 'The council met on Tuesday.\n\nRead more: Budget cuts\n\nIt voted on Friday.\n',
      errors: [{ text: 'Read more: Budget cuts' }],
      output: 'The council met on Tuesday.\n\nIt voted on Friday.\n',
    },
    {
      name: 'a line alone goes with the longer run of blank lines, CRLF, emoji and curly quotes kept',
      text: '\u201cWe won\u201d \u{1F600}\r\n\r\n\r\n2 min read\r\n\r\nShe said so.\r\n',
      errors: [{ text: '2 min read' }],
      output: '\u201cWe won\u201d \u{1F600}\r\n\r\nShe said so.\r\n',
    },
    {
      name: 'the title quotes the first words of a long line',
      text: 'The council met.\n\nSign up for our morning newsletter \u{1F4E8} to get updates\n',
      errors: [{ text: 'Sign up for our morning newsletter \u{1F4E8} to get updates', fix: 'Delete the pasted "Sign up for our…" line' }],
      output: 'The council met.\n',
    },
    {
      name: 'first in the text, a line alone goes with the blank lines after it',
      text: '2 min read\n\nThe council met.\n',
      errors: [{ text: '2 min read' }],
      output: 'The council met.\n',
    },
    {
      name: 'last in the text, a line alone goes with the blank lines before and after it',
      text: 'The council met.\n\nShare this article\n\n',
      errors: [{ text: 'Share this article', fix: 'Delete the pasted "Share this article" line' }],
      output: 'The council met.\n',
    },
    {
      // One pass takes the first line; the second, overlapping, waits for the next pass (below).
      name: 'a paragraph of furniture lines: neighbouring fixes overlap, one line per pass',
      text: 'The council met.\n\nShare\nFollow us on Twitter\n\nIt voted.\n',
      errors: [{ text: 'Share' }, { text: 'Follow us on Twitter' }],
      output: 'The council met.\n\nFollow us on Twitter\n\nIt voted.\n',
    },
    {
      name: 'lines broken by \r alone',
      text: 'Body.\r2 min read\rEnd.',
      errors: [{ text: '2 min read' }],
      output: 'Body.\rEnd.',
    },
    {
      name: 'a headline repeated after \r line breaks',
      text: 'Headline of the story here\r\rHeadline of the story here\rBody.',
      errors: [{ messageId: 'duplicateHeadline', text: 'Headline of the story here' }],
      output: 'Headline of the story here\r\rBody.',
    },
    {
      name: 'furniture lines indented with white space past ASCII',
      text: '\u00a0Share\n\u2003Follow us on X\n\u00abRead more: x\u00bb\nEnd.',
      errors: [{ text: 'Share' }, { text: 'Follow us on X' }],
      output: '\u00abRead more: x\u00bb\nEnd.',
    },
  ],
});

describe('copy-artifacts under fix-all (pass after pass, as copydesk --fix)', () => {
  const cases: [string, string, string][] = [
    [
      'a paragraph of three furniture lines leaves one blank line',
      'The council met.\n\nShare\nFollow us on Twitter\nAdvertisement\n\nIt voted.\n',
      'The council met.\n\nIt voted.\n',
    ],
    [
      'furniture paragraphs in a row, CRLF',
      'The council met.\r\n\r\n2 min read\r\n\r\nShare\r\nFollow us on Twitter\r\n\r\nRead more: Cuts\r\n\r\nIt voted.\r\n',
      'The council met.\r\n\r\nIt voted.\r\n',
    ],
    [
      'furniture inside a paragraph of text takes only its own line break',
      'The council met.\n2 min read\nIt voted.\n\nEnd.\n',
      'The council met.\nIt voted.\n\nEnd.\n',
    ],
  ];
  for (const [name, text, output] of cases) {
    it(name, () => {
      assert.equal(fixAllWith([copyArtifacts], text, { rules: { 'copy-artifacts': 'information' } }).output, output);
    });
  }
});

// Invisible characters. The dictionary knows fragments as real ones do ("pol", "rep", "ort").
const dictionary = new TestDictionary({
  both: 'the police ice report government company away way in to into some thing something council said road not snot try trying retrying tin fore elect',
  rare: 'pol rep ort gov',
});

describe('copy-artifacts: invisible characters', () => {
  runRuleTable(
    copyArtifacts,
    {
      valid: [
        { name: 'no-break spaces between words: a title and a name, a number and a unit', text: 'Mr\u00a0Smith said the road would close for 10\u00a0km, at \u00a32.5\u00a0million.' },
        { name: 'a no-break space between two words that also make one ("a way", "in to")', text: 'They found a\u00a0way in\u00a0to the hall.' },
        { name: 'a no-break space between long known words ("some thing")', text: 'It was some\u00a0thing else.' },
        { name: 'two words that make no word together', text: 'The\u00a0council met.' },
        { name: 'a fragment the story uses as a word of its own', text: 'Every pol in town came. The pol\u00a0ice stayed away.' },
        { name: 'no-break space before a capital', text: 'The Pol\u00a0Ice Bar opened.' },
        {
          name: 'parts of words that are not words: after an apostrophe or a digit, before a hyphen or a dot, an initial',
          text: 'The company\u2019s\u00a0not sure we\'re\u00a0trying an\u00a0e-mail to\u00a0re-elect, for\u00a0e.g. the 4th\u00a0in line at T\u00a0in the Park.',
        },
        {
          name: 'zero-width joiners in emoji sequences: a family, a rainbow flag, a skin tone',
          text: 'A \u{1F468}\u200d\u{1F469}\u200d\u{1F467} and a \u{1F3F3}\ufe0f\u200d\u{1F308} flag, \u{1F469}\u{1F3FD}\u200d\u{1F4BB} too.',
        },
        { name: 'a zero-width non-joiner in Persian', text: 'He said \u00ab\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645\u00bb on air.' },
        { name: 'joiner and non-joiner after a virama in Hindi', text: 'The sign read \u0915\u094d\u200d\u0937 and \u0915\u094d\u200c\u0937.' },
        { name: 'a zero-width space between Thai words', text: 'The slogan \u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22 was painted.' },
        { name: 'a byte-order mark at the very start', text: '\ufeffThe council met.' },
        { name: 'bidi marks on a line with Hebrew', text: 'The banner read \u200f\u05e9\u05dc\u05d5\u05dd\u200e in Hebrew.' },
        { name: 'inside Markdown code', text: 'Type `a\u200bb` to test.', languageId: 'markdown' },
      ],
      invalid: [
        {
          name: 'a zero-width space inside a word',
          text: 'The River\u200bside bridge.',
          errors: [{ messageId: 'invisible', text: 'River\u200bside', message: 'zero-width space (U+200B)', fix: 'Remove the zero-width space' }],
          output: 'The Riverside bridge.',
        },
        {
          name: 'a soft hyphen, a word joiner and a byte-order mark in mid-text',
          text: 'The trans\u00adport net\u2060work was\ufeff shut.',
          errors: [
            { text: 'trans\u00adport', message: 'soft hyphen (U+00AD)' },
            { text: 'net\u2060work', message: 'word joiner (U+2060)' },
            { text: 'was\ufeff', message: 'byte-order mark (U+FEFF)' },
          ],
          output: 'The transport network was shut.',
        },
        {
          name: 'alone between spaces, it goes with one space',
          text: 'He said \u200b that.',
          errors: [{ text: '\u200b' }],
          output: 'He said that.',
        },
        {
          name: 'a run of invisible characters is one finding',
          text: 'The bud\u200b\u00ad\u200bget.',
          errors: [{ messageId: 'invisibles', text: 'bud\u200b\u00ad\u200bget', message: '3 invisible characters', fix: 'Remove the 3 invisible characters' }],
          output: 'The budget.',
        },
        {
          name: 'joiners between Latin letters, and after an emoji but before a letter (UTF-16 offsets)',
          text: '\u201cCo\u200dop\u201d \u{1F600}\u200dhi Auf\u200clage',
          errors: [
            { text: 'Co\u200dop', message: 'zero-width joiner' },
            { text: '\u200dhi', message: 'zero-width joiner' },
            { text: 'Auf\u200clage', message: 'zero-width non-joiner' },
          ],
          output: '\u201cCoop\u201d \u{1F600}hi Auflage',
        },
        {
          name: 'bidi controls on a line with no right-to-left text, CRLF',
          text: 'Ask Smith\u200f today.\r\nRead \u202eit\u202c now.\r\n',
          errors: [
            { text: 'Smith\u200f', message: 'right-to-left mark' },
            { messageId: 'invisibles', text: '\u202eit\u202c', message: 'right-to-left override (U+202E), pop directional formatting (U+202C)' },
          ],
          output: 'Ask Smith today.\r\nRead it now.\r\n',
        },
        {
          name: 'a no-break space inside a word, after an emoji and curly quotes',
          text: '\u{1F4F0} \u201cThe pol\u00a0ice closed the road,\u201d he said.',
          errors: [{ messageId: 'nbspInWord', text: 'pol\u00a0ice', message: '"police"', fix: 'Join "police"', suggestions: ['Replace with a space'] }],
          output: '\u{1F4F0} \u201cThe police closed the road,\u201d he said.',
        },
        {
          name: 'a no-break space inside a capitalised word, and a narrow one',
          text: 'Gov\u00a0ernment and com\u202fpany sources said re\u00a0port.',
          errors: [{ text: 'Gov\u00a0ernment' }, { text: 'com\u202fpany' }, { text: 're\u00a0port' }],
          output: 'Government and company sources said report.',
        },
      ],
    },
    { dictionary },
  );
  // Without a dictionary, no word can be told from two: no-break spaces are left alone.
  runRuleTable(copyArtifacts, { valid: ['The pol\u00a0ice closed the road.'], invalid: [] });
});

describe('firstCharacters: which lines a furniture pattern is tried on', () => {
  it('reads the first characters of the shapes the patterns have', () => {
    assert.equal(firstCharacters(/^\d+\s*min read$/i), '0123456789');
    assert.equal(firstCharacters(/^follow us on\b/i), 'f');
    assert.equal(firstCharacters(/^(?:Read more|related|see also)\s*[:|»›>-]/i), 'rrs');
    assert.equal(firstCharacters(/^(?:share|share this(?: article| story)?|watch)$/i), 'ssw');
    assert.equal(firstCharacters(/^(?:a[)|]b|c)/i), 'ac');
  });

  it('gives up on any other shape, so that the pattern is tried on every line', () => {
    for (const re of [/^\d?x/i, /^f?oo/i, /^(?:a?b|c)/i, /^[ab]/i, /^(?:\dx|c)/i, /^(?:|a)/i, /x/i, /^s/iu, /^s/im]) {
      assert.equal(firstCharacters(re), undefined, re.source);
    }
  });
});
