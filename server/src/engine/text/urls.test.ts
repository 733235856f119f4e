import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { blankSpans, findUrlsAndEmails, matchesNear, URL_PATTERNS } from './urls.js';

const found = (t: string) => findUrlsAndEmails(t).map((s) => t.slice(s.start, s.end));

it('finds URLs, bare domains and e-mail addresses without trailing punctuation', () => {
  assert.deepEqual(found('See https://example.com/a?b=1, or www.bbc.co.uk.'), ['https://example.com/a?b=1', 'www.bbc.co.uk']);
  assert.deepEqual(found('Write to news@paper.co.uk today.'), ['news@paper.co.uk']);
  assert.deepEqual(found('It posted on Suprnova.org on Sunday'), ['Suprnova.org']);
  assert.deepEqual(found('No address here, just e.g. prose.'), []);
});

it('keeps one span where a URL also holds a bare domain', () => {
  assert.deepEqual(found('Go to http://news.bbc.co.uk/x now'), ['http://news.bbc.co.uk/x']);
});

it('blanks spans to spaces but keeps line breaks and length', () => {
  const t = 'a http://x.io/\r\nb';
  const out = blankSpans(t, findUrlsAndEmails(t));
  assert.equal(out.length, t.length);
  assert.equal(out, 'a ' + ' '.repeat('http://x.io/'.length) + '\r\nb');
});

it('finds addresses in and after long dotted runs (the patterns are bounded, not quadratic)', () => {
  const dotted = 'a.'.repeat(20_000);
  assert.deepEqual(found(`See example.com or https://x.io/p, then ${dotted}b and mail.news.example.org.`), [
    'example.com',
    'https://x.io/p',
    'mail.news.example.org',
  ]);
  // A host name of more than 13 labels is blanked from its 13th label before the domain on.
  assert.deepEqual(found(`${'a.'.repeat(20)}example.com`), [`${'a.'.repeat(12)}example.com`]);
});

describe('matchesNear', () => {
  // Pieces that make addresses, near-addresses and the long runs the bounds are for.
  const piece = fc.constantFrom('a', 'b', 'x1', '-', '.', '..', ' ', '\n', ':', '/', '//', '://', 'www', 'www.', '.com', '.co', '.uk', '.org.uk', 'http', 'é', '“', '<', 'A'.repeat(70), 'c'.repeat(60), ('d'.repeat(63) + '.').repeat(12) + 'd'.repeat(63), 'b.'.repeat(40));
  const text = fc.array(piece, { maxLength: 200 }).map((p) => p.join(''));
  const globalScan = (t: string, re: RegExp) => {
    const out: [number, string][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) out.push([m.index, m[0]]);
    return out;
  };

  for (const [n, { re, hit, back }] of URL_PATTERNS.entries()) {
    it(`finds what a scan from the start finds (pattern ${n + 1})`, () => {
      fc.assert(
        fc.property(text, (t) => {
          const near = matchesNear(t, re, hit, back).map((m): [number, string] => [m.index, m[0]]);
          assert.deepEqual(near, globalScan(t, re));
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('finds an address far from the start of a long text, and one at its very start', () => {
    const t = 'www.a.com ' + 'word '.repeat(50_000) + 'x.y.example.co.uk/path.';
    assert.deepEqual(found(t), ['www.a.com', 'x.y.example.co.uk/path']);
  });
});
