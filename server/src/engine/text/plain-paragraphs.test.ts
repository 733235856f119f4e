// plainParagraphs reads lines in one pass; on any text it must find what the block pattern it
// replaced found.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { plainParagraphs } from './plain-paragraphs.js';
import { trimSpan, type Span } from './span.js';

/** The former pattern-based reading (quadratic on a line of spaces), kept as the reference. */
function reference(prose: string): Span[] {
  const paragraphs: Span[] = [];
  const blockRe = /[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n)?(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n)?)*/g;
  for (let m = blockRe.exec(prose); m; m = blockRe.exec(prose)) {
    if (m[0].length === 0) {
      blockRe.lastIndex++;
      continue;
    }
    const lines: Span[] = [];
    const lineRe = /[^\r\n]+/g;
    for (let l = lineRe.exec(m[0]); l; l = lineRe.exec(m[0])) {
      lines.push(trimSpan(prose, { start: m.index + l.index, end: m.index + l.index + l[0].length }));
    }
    const body = lines.slice(0, -1);
    const wrapped =
      lines.length >= 2 &&
      body.every((l) => l.end - l.start >= 40 && l.end - l.start <= 100) &&
      body.filter((l) => !/[.!?:"”’)]$/.test(prose.slice(l.end - 1, l.end))).length * 2 >= body.length;
    if (wrapped) paragraphs.push({ start: lines[0].start, end: lines[lines.length - 1].end });
    else for (const line of lines) if (line.end > line.start) paragraphs.push(line);
  }
  return paragraphs;
}

describe('plainParagraphs', () => {
  it('finds what the block pattern found, on random text', () => {
    const piece = fc.constantFrom('a', 'Word', ' ', '\t', '\u00a0', '\n', '\r', '\r\n', '.', '"', 'x'.repeat(45), 'y'.repeat(120));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(plainParagraphs(text), reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the range asked for', () => {
    const text = 'One.\nTwo.\n\nThree.\n';
    assert.deepEqual(plainParagraphs(text, 5, 10).map((p) => text.slice(p.start, p.end)), ['Two.']);
  });
});
