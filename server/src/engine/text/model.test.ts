import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextModel } from './model.js';

const spans = (m: TextModel, list: readonly { start: number; end: number }[]) => list.map((s) => m.text.slice(s.start, s.end));

describe('TextModel', () => {
  it('plain text: each line is a paragraph, blank lines too', () => {
    const m = new TextModel('Headline\n\nFirst para.\nSecond para.\r\n\r\nThird.');
    assert.deepEqual(spans(m, m.paragraphs), ['Headline', 'First para.', 'Second para.', 'Third.']);
  });

  it('plain text: a hard-wrapped block is one paragraph', () => {
    const line = 'This paragraph was wrapped by the reporter at about seventy';
    const m = new TextModel(`${line}\n${line}\nand ends here.\n\nNext.`);
    assert.deepEqual(spans(m, m.paragraphs), [`${line}\n${line}\nand ends here.`, 'Next.']);
  });

  it('Markdown: front matter but its copy, code, HTML and link targets are blanked; length is kept', () => {
    const text = '---\ntitle: Recieve\nauthor: Desk\n---\n\n# Head\n\nSee [the report](https://x.io/a) and `code` <b>bold</b>.\n\n```\nfenced\n```\n';
    const m = new TextModel(text, 'markdown');
    assert.equal(m.prose.length, text.length);
    assert.deepEqual(m.words.map((w) => w.text), ['Recieve', 'Head', 'See', 'the', 'report', 'and', 'bold']);
    assert.deepEqual(spans(m, m.paragraphs), ['Recieve', 'Head', 'See [the report](https://x.io/a) and `code` <b>bold</b>.']);
    // With no front matter key to read, all of it is blanked.
    const none = new TextModel(text, 'markdown', { frontMatterProse: [] });
    assert.deepEqual(none.words.map((w) => w.text), ['Head', 'See', 'the', 'report', 'and', 'bold']);
    assert.deepEqual(spans(none, none.paragraphs), ['Head', 'See [the report](https://x.io/a) and `code` <b>bold</b>.']);
    assert.deepEqual(none.frontMatterSpan, { start: 0, end: text.indexOf('\n\n#') });
  });

  it('news drafts: [[editor notes]] are not prose', () => {
    const m = new TextModel('Story [[check recieve]] here.\n[[two\nlines]]', 'newsdraft');
    assert.deepEqual(m.words.map((w) => w.text), ['Story', 'here']);
    assert.equal(new TextModel('Story [[note]]', 'plaintext').words.length, 2);
  });

  it('sentences split after full stops but not after abbreviations or initials', () => {
    const m = new TextModel('Mr. Smith met J. K. Rowling in the U.S. on Monday. "Good," he said. Then it rained!');
    assert.deepEqual(spans(m, m.sentences(m.paragraphs[0])), [
      'Mr. Smith met J. K. Rowling in the U.S. on Monday.',
      '"Good," he said.',
      'Then it rained!',
    ]);
  });

  it('words keep apostrophes and hyphens inside, and wordsIn finds a range', () => {
    const m = new TextModel("Egypt's pro- and anti-Haftar 😀 don’t");
    assert.deepEqual(m.words.map((w) => w.text), ["Egypt's", 'pro', 'and', 'anti-Haftar', 'don’t']);
    assert.deepEqual(m.wordsIn({ start: 8, end: 20 }).map((w) => w.text), ['pro', 'and']);
  });

  it('paragraphAt finds the paragraph holding an offset', () => {
    const m = new TextModel('One.\n\nTwo two.');
    assert.equal(m.text.slice(m.paragraphAt(8)!.start, m.paragraphAt(8)!.end), 'Two two.');
    assert.equal(m.paragraphAt(5), undefined);
  });
});
