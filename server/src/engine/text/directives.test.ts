import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadResources } from '../../resources.js';
import { fixAll, lint } from '../index.js';
import { directiveRule } from '../registry.js';
import { runRuleTable } from '../testing/rule-tester.js';
import type { Finding } from '../types.js';
import { directiveText, parseDirectives } from './directives.js';
import { TextModel } from './model.js';

const resources = loadResources();
const shown = (text: string, findings: Finding[]) => findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
const check = (text: string, languageId: string) => shown(text, lint(text, { languageId, resources }));

/** The same three-line story in each language's directive syntax. */
const syntaxes: [string, (body: string) => string][] = [
  ['plaintext', (b) => `[[${b}]]`],
  ['newsdraft', (b) => `[[${b}]]`],
  ['markdown', (b) => `<!-- ${b} -->`],
];

describe('directives in the copy', () => {
  for (const [languageId, wrap] of syntaxes) {
    describe(languageId, () => {
      it('disable-next-line silences the named rule on the next non-blank line only', () => {
        const text = `${wrap('copydesk-disable-next-line repeated-word')}\n\nWe saw the the flood.\n\nThey saw the the rain.\n`;
        assert.deepEqual(check(text, languageId), ['repeated-word: the the']);
        assert.ok(lint(text, { languageId, resources })[0].start > text.indexOf('They'));
      });

      it('disable-next-line leaves other rules on that line alone', () => {
        const text = `${wrap('copydesk-disable-next-line misspelling')}\nWe recieve the the flood.\n`;
        assert.deepEqual(check(text, languageId), ['repeated-word: the the']);
      });

      it('with no rule id, every rule', () => {
        const text = `${wrap('copydesk-disable-next-line')}\nWe recieve the the flood.\nWe recieve it.\n`;
        assert.deepEqual(check(text, languageId), ['misspelling: recieve']);
      });

      it('several ids, separated by commas and/or spaces', () => {
        const text = `${wrap('copydesk-disable-next-line misspelling,repeated-word')}\nWe recieve the the flood.\n\n${wrap('copydesk-disable-next-line misspelling , repeated-word')}\nThey recieve the the rain.\n`;
        assert.deepEqual(check(text, languageId), []);
      });

      it('stacked directives apply to the same line', () => {
        const text = `${wrap('copydesk-disable-next-line misspelling')}\n${wrap('copydesk-disable-next-line repeated-word')}\nWe recieve the the flood.\n`;
        assert.deepEqual(check(text, languageId), []);
      });

      it('disable … enable silences a passage; to the end without an enable', () => {
        const text =
          `We recieve it.\n\n${wrap('copydesk-disable misspelling')}\n\nWe recieve the the flood.\n\nWe recieve it.\n\n` +
          `${wrap('copydesk-enable misspelling')}\n\nWe recieve it.\n\n${wrap('copydesk-disable')}\n\nWe recieve the the end.\n`;
        assert.deepEqual(check(text, languageId), ['misspelling: recieve', 'repeated-word: the the', 'misspelling: recieve']);
      });

      it('disable everything, enable one rule by name', () => {
        const text = `${wrap('copydesk-disable')}\nWe recieve the the flood.\n${wrap('copydesk-enable repeated-word')}\nWe recieve the the rain.\n${wrap('copydesk-enable')}\nWe recieve it.\n`;
        assert.deepEqual(check(text, languageId), ['repeated-word: the the', 'misspelling: recieve']);
      });

      it('the directive text itself is never linted', () => {
        const text = `${wrap('copydesk-ignore recieve recieve')}\nA quiet day.\n`;
        const model = new TextModel(text, languageId);
        assert.equal(model.prose.length, text.length);
        assert.deepEqual(model.words.map((w) => w.text), ['A', 'quiet', 'day']);
        assert.deepEqual(check(text, languageId), []);
      });

      it('fix all obeys the directives', () => {
        const text = `We saw the the flood.\n${wrap('copydesk-disable-next-line repeated-word')}\nWe saw the the rain.\n`;
        assert.equal(fixAll(text, { languageId, resources }).output, text.replace('the the flood', 'the flood'));
      });

      it('CRLF and an emoji: the next line is found and offsets stay exact', () => {
        const text = `😀 Intro.\r\n${wrap('copydesk-disable-next-line repeated-word')}\r\n\r\n😀 We saw the the flood.\r\n😀 They saw the the rain.\r\n`;
        const found = lint(text, { languageId, resources });
        assert.deepEqual(shown(text, found), ['repeated-word: the the']);
        assert.ok(found[0].start > text.indexOf('They'));
      });
    });
  }

  it('Markdown: a directive shown in code is not a directive', () => {
    const text = 'Write `<!-- copydesk-disable-next-line -->` before it:\n\n```\n<!-- copydesk-disable -->\n```\n\nWe saw the the flood.\n';
    assert.deepEqual(parseDirectives(text, 'markdown'), []);
    assert.deepEqual(check(text, 'markdown'), ['repeated-word: the the']);
  });

  it('plain text: an ordinary editor note is copy, and a directive must start the note', () => {
    assert.deepEqual(parseDirectives('[[check copydesk-disable]] and [[ copydesk-disable ]]', 'plaintext').map((d) => d.kind), ['disable']);
    assert.deepEqual(parseDirectives('<!-- copydesk-disable -->', 'plaintext'), []);
  });

  it('parses ids with their offsets', () => {
    const text = '😀 [[copydesk-disable-next-line  quote-attribution,misspelling]]';
    const [d] = parseDirectives(text, 'plaintext');
    assert.equal(d.kind, 'disable-next-line');
    assert.deepEqual(d.args.map((a) => [a.text, text.slice(a.start, a.end)]), [
      ['quote-attribution', 'quote-attribution'],
      ['misspelling', 'misspelling'],
    ]);
    assert.equal(text.slice(d.start, d.end), text.slice(3));
  });
});

describe('directiveText', () => {
  it('writes each kind in each language', () => {
    assert.equal(directiveText('markdown', 'disable-next-line', ['quote-attribution']), '<!-- copydesk-disable-next-line quote-attribution -->');
    assert.equal(directiveText('plaintext', 'disable', ['quote-attribution', 'misspelling']), '[[copydesk-disable quote-attribution, misspelling]]');
    assert.equal(directiveText('newsdraft', 'enable', []), '[[copydesk-enable]]');
    assert.equal(directiveText('plaintext', 'ignore', ['Hemedti', 'Dbeibah']), '[[copydesk-ignore Hemedti Dbeibah]]');
    assert.equal(directiveText('something-else', 'enable'), '[[copydesk-enable]]');
  });

  it('round-trips through the parser', () => {
    for (const languageId of ['plaintext', 'newsdraft', 'markdown']) {
      for (const kind of ['disable-next-line', 'disable', 'enable', 'ignore'] as const) {
        const ids = kind === 'ignore' ? ['Hemedti', 'Dbeibah'] : ['quote-attribution', 'misspelling'];
        const [d] = parseDirectives(`${directiveText(languageId, kind, ids)}\nText.`, languageId);
        assert.equal(d.kind, kind);
        assert.deepEqual(d.args.map((a) => a.text), ids);
      }
    }
  });

  it('refuses what it could not write back', () => {
    assert.throws(() => directiveText('plaintext', 'disable', ['two words']), /cannot write/);
    assert.throws(() => directiveText('markdown', 'disable', ['x-->']), /cannot write/);
    assert.throws(() => directiveText('plaintext', 'bogus' as never, []), /unknown directive kind/);
  });
});

runRuleTable(directiveRule, {
  valid: [
    '[[copydesk-disable-next-line quote-attribution, misspelling]]\nText.',
    '[[copydesk-disable]] Text. [[copydesk-enable house-terms directive]]',
    { name: 'ignore takes words, not rule ids', text: '[[copydesk-ignore Hemedti Dbeibah]]' },
    { name: 'Markdown syntax in plain text is not a directive', text: '<!-- copydesk-disable quote-atribution -->' },
    { name: 'Markdown: inside code', languageId: 'markdown', text: '`<!-- copydesk-disable quote-atribution -->`' },
  ],
  invalid: [
    {
      name: 'an unknown id, one edit away',
      text: '[[copydesk-disable-next-line quote-atribution]]\n"Go," he said.',
      errors: [
        {
          messageId: 'unknownRuleNear',
          text: 'quote-atribution',
          message: 'unknown rule "quote-atribution" in a copydesk directive (did you mean "quote-attribution"?)',
          suggestions: ['Change to "quote-attribution"'],
        },
      ],
      output: null,
    },
    {
      name: 'an id like no rule, among good ones; Markdown',
      languageId: 'markdown',
      text: '<!-- copydesk-disable misspelling, grammar-police, repeated-word -->\n\nText.',
      errors: [{ messageId: 'unknownRule', text: 'grammar-police', suggestions: [] }],
      output: null,
    },
    {
      name: 'a misspelt directive',
      languageId: 'newsdraft',
      text: '[[copydesk-disabel misspelling]] Text.',
      errors: [{ messageId: 'unknownKindNear', text: 'copydesk-disabel', message: '(did you mean "copydesk-disable"?)' }],
      output: null,
    },
    {
      name: 'ignore with no word',
      text: 'Text. [[copydesk-ignore]]',
      errors: [{ messageId: 'noWords', text: 'copydesk-ignore' }],
      output: null,
    },
    {
      name: 'directives cannot silence this rule; CRLF and emoji offsets',
      text: '😀 [[copydesk-disable]]\r\n😀 [[copydesk-disable-next-line misspeling]]\r\nText.',
      errors: [{ text: 'misspeling', message: 'did you mean "misspelling"' }],
      output: null,
    },
  ],
});
