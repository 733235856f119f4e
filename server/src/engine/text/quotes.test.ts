import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextModel } from './model.js';
import { chainOf, quotationsOf, type Quotation } from './quotes.js';

function analyse(text: string, languageId = 'plaintext') {
  return quotationsOf(new TextModel(text, languageId));
}

/** The quoted text of each quotation, marks included, as the reader sees it. */
function texts(text: string, languageId = 'plaintext'): string[] {
  return analyse(text, languageId).quotations.map((q) => text.slice(q.start, q.end));
}

function only(text: string): Quotation {
  const { quotations } = analyse(text);
  assert.equal(quotations.length, 1, `expected one quotation in ${JSON.stringify(text)}`);
  return quotations[0];
}

describe('quotations: marks', () => {
  it('finds a straight double quotation with its offsets and marks', () => {
    const text = 'She said: "We will win the vote." Then she left.';
    const q = only(text);
    assert.equal(q.start, text.indexOf('"'));
    assert.equal(q.end, text.indexOf('."') + 2);
    assert.equal(text.slice(q.contentStart, q.contentEnd), 'We will win the vote.');
    assert.deepEqual([q.kind, q.openMark, q.closeMark, q.closed], ['double', '"', '"', true]);
    assert.equal(q.words, 5);
    assert.equal(q.endsWithPunctuation, true);
  });

  it('reads curly double and single marks', () => {
    assert.deepEqual(texts('“It is over,” he said of the ‘deal’.'), ['“It is over,”', '‘deal’']);
  });

  it('reads straight single marks used as quotation marks', () => {
    const text = "Erdogan, Trump agree to work 'more closely' on Libya";
    const q = only(text);
    assert.deepEqual([q.kind, q.words, q.standalone, q.endsWithPunctuation], ['single', 2, false, false]);
    assert.equal(text.slice(q.start, q.end), "'more closely'");
  });

  it('does not take apostrophes for quotation marks', () => {
    for (const text of [
      "Egypt's president said they don't know.",
      "Jaynes' lawyer said the '90s were over.",
      "It was rock 'n' roll, and they loved ’em.",
      'It was rock ’n’ roll in the ’80s.',
      "The firm's sales fell in '03 and the 'bot nets grew.",
      "Visitors to example.com's pages doubled.",
      "Both the workers' union and the bosses' side agreed.",
    ]) {
      assert.deepEqual(texts(text), [], text);
    }
  });

  it('keeps an apostrophe inside a quotation out of the marks', () => {
    assert.deepEqual(texts(`"It's Egypt's call, isn't it?" she asked.`), [`"It's Egypt's call, isn't it?"`]);
    assert.deepEqual(texts(`He called it 'the workers' choice' on Monday.`), [`'the workers'`]);
  });

  it('reads a double mark after a digit as inches when nothing is open', () => {
    assert.deepEqual(texts('They sold the 12" single and a 7" one.'), []);
    assert.deepEqual(texts('"Sales rose in 2004," he said.'), ['"Sales rose in 2004,"']);
  });

  it('nests single quotations inside double ones', () => {
    const { quotations } = analyse(`"He called it 'madness', and left," she said.`);
    assert.deepEqual(
      quotations.map((q) => [q.kind, q.depth]),
      [['double', 0], ['single', 1]],
    );
  });

  it('ignores marks in Markdown code and link targets', () => {
    const text = 'Type `"yes` to agree, or see [the page](https://example.org/"x).';
    assert.deepEqual(analyse(text, 'markdown'), { quotations: [], strayCloses: [] });
  });

  it('gives UTF-16 offsets after an emoji, with CRLF line endings', () => {
    const text = '😀 first line\r\n😀 "Hi," she said.\r\n';
    const q = only(text);
    assert.equal(q.start, text.indexOf('"'));
    assert.equal(text.slice(q.start, q.end), '"Hi,"');
  });
});

describe('quotations: where they sit', () => {
  it('tells a quotation starting a sentence from one inside reporting prose', () => {
    const { quotations } = analyse(
      `"We are ready," he said. The firm "will grow", he added. He said: "Go." It ended. "Done."`,
    );
    assert.deepEqual(
      quotations.map((q) => [q.standalone, q.afterColon]),
      [
        [true, false],
        [false, false],
        [false, true],
        [true, false],
      ],
    );
  });

  it('counts a quotation after a list bullet as starting the paragraph', () => {
    assert.equal(only('- "We are ready," he said.').standalone, true);
  });
});

describe('quotations: multi-paragraph convention', () => {
  it('chains a quotation re-opened at the next paragraph', () => {
    const text = '"First part of the quote.\n\n"Second part.\n\n"Last part," he said.';
    const analysis = analyse(text);
    const q = analysis.quotations;
    assert.equal(q.length, 3);
    assert.deepEqual(
      q.map((x) => [x.closed, x.continuesFrom, x.continuesInto, x.chainHead]),
      [
        [false, false, true, 0],
        [false, true, true, 0],
        [true, true, false, 0],
      ],
    );
    assert.deepEqual(chainOf(analysis, 0), q);
    assert.equal(text.slice(q[0].start, q[0].end), '"First part of the quote.');
  });

  it('chains with CRLF line endings', () => {
    const q = analyse('"First part.\r\n"Last part," he said.\r\n').quotations;
    assert.deepEqual(q.map((x) => [x.continuesFrom, x.continuesInto]), [[false, true], [true, false]]);
  });

  it('does not chain when the next paragraph does not re-open', () => {
    const q = analyse('"First part.\n\nHe left.').quotations;
    assert.deepEqual(q.map((x) => [x.closed, x.continuesInto]), [[false, false]]);
  });

  it('reads a re-opening mark after a full stop on one line as a joined paragraph', () => {
    const text = '"First para. "Second para," he said.';
    const analysis = analyse(text);
    assert.deepEqual(
      analysis.quotations.map((x) => [text.slice(x.start, x.end), x.closed, x.continuesFrom, x.continuesInto, x.chainHead]),
      [
        ['"First para.', false, false, true, 0],
        ['"Second para,"', true, true, false, 0],
      ],
    );
  });
});

describe('quotations: errors and their repair', () => {
  it('marks a quotation cut off mid-sentence by another opening mark', () => {
    const text = 'He warned that "retirement programmes would need "significant" changes.';
    const q = analyse(text).quotations;
    assert.deepEqual(
      q.map((x) => [text.slice(x.start, x.end), x.closed, x.interrupted]),
      [
        ['"retirement programmes would need', false, true],
        ['"significant"', true, false],
      ],
    );
  });

  it('reads a closing mark set the wrong way round as a closing mark', () => {
    const text = '"Hello there, "he said.';
    const q = only(text);
    assert.deepEqual([text.slice(q.start, q.end), q.closed, q.interrupted], ['"Hello there, "', true, false]);
  });

  it('reads double marks quoted inside a double quotation', () => {
    const text = '"You lie; you "had stuff to do" at home," he wrote.';
    const q = analyse(text).quotations;
    assert.deepEqual(
      q.map((x) => [text.slice(x.start, x.end), x.depth, x.closed]),
      [
        ['"You lie; you "had stuff to do" at home,"', 0, true],
        ['"had stuff to do"', 1, true],
      ],
    );
  });

  it('finds a closing double mark with nothing open', () => {
    const text = 'It came out of the blue," he said.';
    const { quotations, strayCloses } = analyse(text);
    assert.deepEqual(quotations, []);
    assert.deepEqual(strayCloses, [{ offset: text.indexOf('"'), mark: '"', paragraph: 0 }]);
  });

  it('drops an inner single mark left open at the close of its quotation', () => {
    const text = `"They called it the 'bot-herders problem," he said.`;
    assert.deepEqual(texts(text), [`"They called it the 'bot-herders problem,"`]);
  });
});

describe('quotations: invariants on any text', () => {
  const pieces = fc.constantFrom(
    '"', '“', '”', "'", '‘', '’', 'word', "don't", "Jaynes'", "'90s", 'said', '.', ',', ':', ' ', '\n', '\r\n',
    '\n\n', '😀', '\uD800', '12"', '(', ')', '—', '`', '# ',
  );
  const draft = fc.array(pieces, { maxLength: 50 }).map((a) => a.join(''));

  it('every quotation sits in one paragraph, starts at a mark, and chains point backwards', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('plaintext', 'markdown'), (text, languageId) => {
        const doc = new TextModel(text, languageId);
        const { quotations, strayCloses } = quotationsOf(doc);
        let last = -1;
        quotations.forEach((q, i) => {
          const p = doc.paragraphs[q.paragraph];
          assert.ok(p.start <= q.start && q.start < q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end && q.end <= p.end);
          assert.ok(q.start > last, 'in document order');
          last = q.start;
          assert.equal(q.openMark, text[q.start]);
          assert.equal(q.closed, q.closeMark !== undefined);
          if (q.closed) assert.equal(q.closeMark, text[q.end - 1]);
          assert.ok(q.chainHead <= i && quotations[q.chainHead].continuesFrom === false);
          assert.ok(!(q.closed && q.continuesInto) && !(q.closed && q.interrupted));
        });
        for (const s of strayCloses) assert.ok('"”'.includes(text[s.offset]));
      }),
    );
  });
});
