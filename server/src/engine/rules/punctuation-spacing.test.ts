import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runRules } from '../lint.js';
import { runRuleTable } from '../testing/rule-tester.js';
import { TestDictionary } from '../testing/test-dictionary.js';
import { punctuationSpacing } from './punctuation-spacing.js';

runRuleTable(punctuationSpacing, {
  valid: [
    'He said so. Then he left, and she stayed; they met at 10:30. Why? Because!',
    // Space before a mark that is not a slip.
    { name: 'an ellipsis after a space', text: 'He paused ... and then … went on.' },
    { name: 'a two-dot ellipsis after a space', text: 'He paused .. and then went on.' },
    { name: 'a spaced ellipsis', text: 'He paused . . . and went on.' },
    { name: 'a spaced ellipsis at the end', text: 'And then . . .' },
    { name: 'a decimal', text: 'It grew by .5 per cent.' },
    { name: 'a thousands separator after a space', text: 'The price was 1 ,000 dollars' },
    { name: 'domains', text: 'The .post and .travel domains join .com and .uk names.' },
    { name: 'file extensions', text: 'Files ending in .pls or .m3u are playlists.' },
    { name: 'emoticons', text: 'At 34 I am showing my age :-) and so is he ;) or :( or :D' },
    { name: 'a line starting with a mark', text: 'First line\n  . indented\n, comma' },
    { name: 'a line break before the mark', text: 'He said\n.' },
    { name: 'emphasis with spaced marks', text: 'What? ! Really! ?' },
    { name: 'French typography with no-break spaces', text: 'Il a dit\u00a0: «\u00a0Non\u00a0!\u00a0» Pourquoi\u202f?' },
    { name: 'French quotation marks in the paragraph', text: 'Il a dit : « Non ! » Pourquoi ?' },
    { name: 'a score', text: 'They won 2 : 1 in the final.' },
    { name: 'after an opening bracket', text: 'He (, or she) left.' },
    { name: 'an address before the space', text: 'Visit bbc.co.uk . Or call.' },
    // No space after a full stop, where none belongs.
    { name: 'decimals and times', text: 'It rose 3.5% by 10.30am, version 2.0.1.' },
    { name: 'abbreviations', text: 'The U.S. and e.g. cases, at 9 a.m. with a Ph.D. and i.e. more.' },
    { name: 'initials', text: 'Books by J.K. Rowling and J.R.R. Tolkien sold well.' },
    { name: 'bare domains', text: 'Sales at Amazon.com and Lastminute.com rose, as did bbc.co.uk.' },
    { name: 'a capitalised domain', text: 'Fans at Halo.Bungie.Org said so.' },
    { name: 'a brand with a stop', text: 'Its rivals include TalkTalk and One.Tel, which lost.' },
    { name: 'a brand with an exclamation mark', text: 'He used Yahoo!Mail every day.' },
    { name: 'a file name', text: 'Open report.pdf and Data.Xls now.' },
    { name: 'a lowercase word after the stop', text: 'See index.html or main.js first.' },
    { name: 'No.1 and a closing quote', text: 'It was No.1 for weeks. He said: "Go." Then left.' },
    { name: 'a closing bracket after the stop', text: 'It ended (as planned.) And then it began.' },
    { name: 'an abbreviation before the capital', text: 'He lives on St.Albans Road near Mt.Everest Street.' },
    { name: 'dotted code names', text: 'Call System.Console or obj.Method.Invoke or [fs.Dirent](https://x.org) here.', languageId: 'markdown' },
    { name: 'an e-mail address', text: 'Write to press.office@example.org.Thanks.' },
    { name: 'camel case after the stop', text: 'It ran on the.NET and the.TheBBC stack.' },
    // Doubled marks that are not slips.
    { name: 'ellipses', text: 'Wait... what? And then.... no. Or … this.' },
    { name: 'emphasis', text: 'What?? No!! Really?!' },
    { name: 'a range and a path', text: 'Pick 1..10 or open ../docs and ..5 there.' },
    { name: 'code colons', text: 'Use std::vector or fe80::1 in code.' },
    { name: 'an abbreviation before a comma', text: 'Founded in 190 A.D., PayPerAction LLC., Leadplex Inc., and others etc., left.' },
    { name: 'HTML character references', text: 'Go to the internet caf&#233;. Or the caf&eacute;, or caf&#xE9;; then.' },
    { name: 'a period and comma after a short word', text: 'See pp. 4 and ft., then go.' },
    // Markdown: syntax and code are not prose.
    { name: 'markdown list and heading', languageId: 'markdown', text: '# Results\n\n1. Item one.\n2. Item two.\n\n- a point\n' },
    { name: 'markdown code', languageId: 'markdown', text: 'Run `a ; b ,c` here.\n\n```\nfor (i = 0 ; i < n ; i++) x..y;\n```\n' },
    { name: 'markdown link', languageId: 'markdown', text: 'See [the report](http://example.com/a.pdf) for more.\n' },
    { name: 'markdown table', languageId: 'markdown', text: '| Team | Score |\n|---|---|\n| Leeds | 3 |\n' },
    { name: 'markdown emphasis before a space', languageId: 'markdown', text: 'It was *huge* . Really.\n' },
    { name: 'more than three question marks before a word', text: 'Really????Then he left.' },
    { name: 'marks between letters', text: 'a.b,c;d:e!f?g' },
    { name: 'a thin space before a semicolon', text: 'He said\u2009; then left.' },
  ],
  invalid: [
    // Space before a mark.
    {
      text: 'He said . Then he left.',
      errors: [{ messageId: 'spaceBefore', text: ' .' }],
      output: 'He said. Then he left.',
    },
    {
      name: 'before a comma',
      text: 'Yes , he did.',
      errors: [{ messageId: 'spaceBefore', text: ' ,' }],
      output: 'Yes, he did.',
    },
    {
      name: 'several spaces and a tab',
      text: 'It is gone  \t; so is he :',
      errors: [{ text: '  \t;' }, { text: ' :' }],
      output: 'It is gone; so is he:',
    },
    {
      name: 'question and exclamation marks',
      text: 'Who created this list ? It is insane !',
      errors: [{ text: ' ?' }, { text: ' !' }],
      output: 'Who created this list? It is insane!',
    },
    {
      name: 'after a closing quote and a bracket',
      text: 'He called it "a disgrace" . The firm (15%) , he said.',
      errors: [{ text: ' .' }, { text: ' ,' }],
      output: 'He called it "a disgrace". The firm (15%), he said.',
    },
    {
      name: 'before a closing quote',
      text: '"I was there ," he said.',
      errors: [{ text: ' ,' }],
      output: '"I was there," he said.',
    },
    {
      name: 'a mark with two marks after the space',
      text: 'Really ?! Yes.',
      errors: [{ message: 'Space before "?!"', text: ' ?!' }],
      output: 'Really?! Yes.',
    },
    {
      name: 'at the end of the text',
      text: 'It was growing .',
      errors: [{ text: ' .' }],
      output: 'It was growing.',
    },
    {
      name: 'a stray full stop after a full stop',
      text: 'It grew in the US. . Then it fell.',
      errors: [{ messageId: 'strayMark', text: '. .' }],
      output: 'It grew in the US. Then it fell.',
    },
    {
      name: 'a stray full stop after a comma',
      text: 'He said, . Then left.',
      errors: [{ messageId: 'strayMark', suggestions: ['Delete the stray "."', 'Delete the ","'] }],
      output: null,
    },
    {
      name: 'CRLF, emoji and curly quotes',
      text: '😀 “Hello” ,\r\nthe 👍 fans said .\r\n👍 It came later..\r\n😀 So it went.Then it “stopped” .\r\n',
      errors: [{ text: ' ,' }, { text: ' .' }, { text: '..' }, { text: 'went.Then' }, { text: ' .' }],
      output: '😀 “Hello”,\r\nthe 👍 fans said.\r\n👍 It came later.\r\n😀 So it went. Then it “stopped”.\r\n',
    },
    {
      name: 'French quotes elsewhere do not spare a comma',
      text: 'Il a dit « non » , puis il est parti.',
      errors: [{ text: ' ,' }],
      output: 'Il a dit « non », puis il est parti.',
    },
    {
      name: 'other spaces before a mark: vertical tab, em space, ideographic space',
      text: 'One\v, two\u2003, three\u3000.',
      errors: [{ text: '\v,' }, { text: '\u2003,' }, { text: '\u3000.' }],
      output: 'One, two, three.',
    },
    {
      name: 'a no-break space before a full stop',
      text: 'It ended\u00a0.',
      errors: [{ text: '\u00a0.' }],
      output: 'It ended.',
    },
    // No space after a sentence's full stop.
    {
      name: 'a new sentence glued to the stop',
      text: 'It has an audio jack.The machine costs less.',
      errors: [{ messageId: 'noSpaceAfter', text: 'jack.The' }],
      output: 'It has an audio jack. The machine costs less.',
    },
    {
      name: 'after a question and an exclamation mark',
      text: 'But why?He never said. Stop!It hurts.',
      errors: [{ text: 'why?He' }, { text: 'Stop!It' }],
      output: 'But why? He never said. Stop! It hurts.',
    },
    {
      name: 'after two and three marks, and a bracket',
      text: 'Was it so?!Then why?!?They left.)He ran.',
      errors: [{ text: 'so?!Then' }, { text: 'why?!?They' }, { text: 'left.)He' }],
      output: 'Was it so?! Then why?!? They left.) He ran.',
    },
    {
      name: 'after a name, before a sentence opener',
      text: 'It should have been Joy Division.Those guys were good.',
      errors: [{ text: 'Division.Those' }],
      output: 'It should have been Joy Division. Those guys were good.',
    },
    {
      name: '"It" is a sentence, not a domain',
      text: 'They had failed.It was late.I said so.Then we left.',
      errors: [{ text: 'failed.It' }, { text: 'late.I' }, { text: 'so.Then' }],
      output: 'They had failed. It was late. I said so. Then we left.',
    },
    {
      name: 'a curly closing quote',
      text: '“We won,” he said.”Then we left.',
      errors: [{ text: 'said.”Then' }],
      output: '“We won,” he said.” Then we left.',
    },
    {
      name: 'a curly opening quote',
      text: 'He left the carpet.“It is unreal,” she said.',
      errors: [{ text: 'carpet.“It' }],
      output: 'He left the carpet. “It is unreal,” she said.',
    },
    {
      name: 'a straight quote that opens',
      text: 'She said: "It is fine." He arrived on the red carpet."It\'s unlike anything," he said.',
      errors: [{ message: '."', text: 'carpet."It' }],
      output: 'She said: "It is fine." He arrived on the red carpet. "It\'s unlike anything," he said.',
    },
    {
      name: 'a straight quote that closes',
      text: 'She said: "It is fine."Then she left.',
      errors: [{ text: 'fine."Then' }],
      output: 'She said: "It is fine." Then she left.',
    },
    // Doubled and two-dot marks.
    {
      name: 'two dots before a new sentence',
      text: 'He will come later.. Then we eat.',
      errors: [{ messageId: 'twoDots', text: '..', suggestions: ['Make it an ellipsis ("...")'] }],
      output: 'He will come later. Then we eat.',
    },
    {
      name: 'two dots at the end and before a quote',
      text: 'He came later..\n"Go later.." she said.',
      errors: [{ text: '..' }, { text: '..' }],
      output: 'He came later.\n"Go later." she said.',
    },
    {
      name: 'two dots before a lowercase word: an ellipsis, maybe',
      text: 'Apple.. a triumph of fashion, or stop playing..or not.',
      errors: [
        { messageId: 'twoDots', suggestions: ['Make it an ellipsis ("...")', 'Make it one full stop'] },
        { messageId: 'twoDots', suggestions: ['Make it an ellipsis ("...")', 'Make it one full stop'] },
      ],
      output: null,
    },
    {
      name: 'the story\'s own ellipsis character',
      text: 'Wait… and then.. nothing.',
      errors: [{ suggestions: ['Make it an ellipsis ("…")', 'Make it one full stop'] }],
      output: null,
    },
    {
      name: 'an abbreviation then a full stop',
      text: 'He moved to the U.S.. Then he left.',
      errors: [{ text: '..' }],
      output: 'He moved to the U.S. Then he left.',
    },
    {
      name: 'doubled comma, semicolon and colon',
      text: 'Apples,, pears;; and this:: more.',
      errors: [{ messageId: 'doubled', text: ',,' }, { text: ';;' }, { text: '::' }],
      output: 'Apples, pears; and this: more.',
    },
    {
      name: 'a doubled comma before a word',
      text: 'Apples,,pears.',
      errors: [{ text: ',,' }],
      output: 'Apples,pears.',
    },
    {
      name: 'a comma and a full stop',
      text: 'He said,. Then he left.',
      errors: [{ messageId: 'mixed', text: ',.', suggestions: ['Keep only ","', 'Keep only "."'] }],
      output: null,
    },
    {
      name: 'a full stop and a comma after a word',
      text: 'The deal was signed., and then it fell.',
      errors: [{ messageId: 'mixed', text: '.,' }],
      output: null,
    },
    // Markdown.
    {
      name: 'markdown paragraphs, lists and headings',
      languageId: 'markdown',
      text: '# Results are in .\n\n- It rose , they said.\n- It fell.. Then rose.\n\n> Quoted .Text\n',
      errors: [{ text: ' .' }, { text: ' ,' }, { text: '..' }],
      output: '# Results are in.\n\n- It rose, they said.\n- It fell. Then rose.\n\n> Quoted .Text\n',
    },
    {
      name: 'markdown: no space after a stop next to code',
      languageId: 'markdown',
      text: 'Run `make` first.Then test it.\n',
      errors: [{ text: 'first.Then' }],
      output: 'Run `make` first. Then test it.\n',
    },
    {
      name: 'newsdraft editor notes are not copy',
      languageId: 'newsdraft',
      text: 'It rose , [[check this ; now]] they said.',
      errors: [{ text: ' ,' }],
      output: 'It rose, [[check this ; now]] they said.',
    },
  ],
});

describe('punctuation-spacing with a dictionary', () => {
  const dictionary = new TestDictionary({ both: 'the it was jack machine costs less method' });
  const check = (text: string) =>
    runRules([punctuationSpacing], text, { resources: { dictionary }, rules: { 'punctuation-spacing': 'information' } }).map((f) =>
      text.slice(f.start, f.end),
    );
  it('reports a known word glued to a capitalised one', () => {
    assert.deepEqual(check('It has a jack.Machine costs less.'), ['jack.Machine']);
  });
  it('leaves an unknown word glued to a capitalised one, unless it opens a sentence', () => {
    assert.deepEqual(check('Call obj.Method or foo.Bar, then zzq.The end.'), ['zzq.The']);
  });
});

describe('punctuation-spacing stays linear', () => {
  const run = (text: string) => {
    const t = Date.now();
    const found = runRules([punctuationSpacing], text, { rules: { 'punctuation-spacing': 'information' } });
    return { ms: Date.now() - t, found: found.length };
  };
  const MB = 1024 * 1024;
  for (const [name, text] of [
    ['spaces', ' '.repeat(MB)],
    ['dots', '.'.repeat(MB)],
    ['spaces then a dot', ' '.repeat(MB) + 'a .'],
    ['spaced dots', '. '.repeat(MB / 2)],
    ['letters then a dot', 'a'.repeat(MB) + '.The'],
    ['glued sentences', 'ab.Cd'.repeat(MB / 5)],
    ['two-dot runs', 'a.. '.repeat(MB / 4)],
    ['straight quotes after stops', 'ab."Cd '.repeat(MB / 7)],
    ['spaced question marks in French quotes', '« a ? '.repeat(MB / 6)],
  ] as const) {
    it(`on 1 MB of ${name}`, () => {
      const { ms } = run(text);
      assert.ok(ms < 3000, `${ms} ms`);
    });
  }
});
