import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PhraseIndex, isSpaceCode, isWhiteSpace, type PhraseText } from './phrases.js';
import { TextModel } from './model.js';
import { scanWords } from './word-scanner.js';
import { startsSentence } from './names.js';

/**
 * The obvious implementation, as the index was first written: every way of writing every
 * phrase (as written, capitalised, either apostrophe) tried at every word, the one reaching
 * furthest winning (the first filed among equals), one group at a time. The index, with its
 * filter, folded capitals and shared groups, must find exactly what this finds.
 */
function referenceFind<T>(doc: PhraseText, phrases: readonly { phrase: string; value: T; group: number }[], group: number) {
  interface Way {
    tokens: string[];
    gaps: (string | null)[];
    lead: string;
    trail: string;
    value: T;
    capitalised: boolean;
  }
  const ways: Way[] = [];
  for (const p of phrases) {
    if (p.group !== group) continue;
    const trimmed = p.phrase.trim();
    const words = scanWords(trimmed);
    if (words.length === 0) continue;
    const tokens = words.map((w) => w.text);
    const gaps = words.slice(1).map((w, i) => {
      const gap = trimmed.slice(words[i].end, w.start);
      return /^\s+$/.test(gap) ? null : gap;
    });
    const lead = trimmed.slice(0, words[0].start);
    const trail = trimmed.slice(words[words.length - 1].end);
    const variants = tokens.some((t) => /['’]/.test(t)) ? [tokens.map((t) => t.replace(/’/g, "'")), tokens.map((t) => t.replace(/'/g, '’'))] : [tokens];
    for (const v of variants) {
      ways.push({ tokens: v, gaps, lead, trail, value: p.value, capitalised: false });
      const upper = v[0][0].toUpperCase() + v[0].slice(1);
      if (upper !== v[0]) ways.push({ tokens: [upper, ...v.slice(1)], gaps, lead, trail, value: p.value, capitalised: true });
    }
  }
  const stem = (w: string) => (/^.+['’][sS]$/.test(w) ? w.slice(0, -2) : undefined);
  const { text, prose } = doc;
  const words = doc.wordTable.toWords();
  const endAt = (k: number, way: Way): number => {
    const n = way.tokens.length;
    if (k + n > words.length) return -1;
    for (let i = 0; i < n; i++) {
      const w = words[k + i].text;
      if (w !== way.tokens[i] && !(i === n - 1 && way.trail === '' && stem(w) === way.tokens[i])) return -1;
      if (i > 0) {
        const gap = text.slice(words[k + i - 1].end, words[k + i].start);
        if (way.gaps[i - 1] === null ? !/^\s+$/.test(gap) : gap !== way.gaps[i - 1]) return -1;
      }
    }
    const start = words[k].start;
    if (way.lead !== '' && (start < way.lead.length || text.slice(start - way.lead.length, start) !== way.lead)) return -1;
    let end = words[k + n - 1].start + way.tokens[n - 1].length;
    if (way.trail !== '') {
      if (text.slice(end, end + way.trail.length) !== way.trail) return -1;
      end += way.trail.length;
    }
    if (way.capitalised && !startsSentence(prose, start - way.lead.length)) return -1;
    return end;
  };
  const found: { start: number; end: number; value: T; capitalised: boolean }[] = [];
  for (let k = 0; k < words.length; k++) {
    // Longer ways first, then one-word ways, in the order filed: ties go to the earlier.
    let best: Way | undefined;
    let bestEnd = -1;
    for (const longer of [true, false]) {
      for (const way of ways) {
        if (way.tokens.length > 1 !== longer) continue;
        const end = endAt(k, way);
        if (end > bestEnd) (best = way), (bestEnd = end);
      }
    }
    if (best) {
      found.push({ start: words[k].start - best.lead.length, end: bestEnd, value: best.value, capitalised: best.capitalised });
      k += best.tokens.length - 1;
    }
  }
  return found;
}

describe('PhraseIndex', () => {
  it('finds phrases as whole words, capitalised at a sentence start, with a possessive, longest first', () => {
    const index = new PhraseIndex<string>();
    index.add('percent', 'a');
    index.add('per cent', 'b');
    index.add('Qaddafi', 'c');
    index.add('U.S. Army', 'd');
    index.add('al-Qaeda', 'e');
    const doc = new TextModel("Percent rose. A per\ncent fall; 5 percent. Qaddafi's men and the U.S. Army met al-Qaeda, not Qaddafists.");
    const found = index.find(doc).map((m) => [doc.text.slice(m.start, m.end), m.value, m.capitalised]);
    assert.deepEqual(found, [
      ['Percent', 'a', true],
      ['per\ncent', 'b', false],
      ['percent', 'a', false],
      ['Qaddafi', 'c', false],
      ['U.S. Army', 'd', false],
      ['al-Qaeda', 'e', false],
    ]);
  });

  it('keeps each group to itself: one pass, matches per group, never overlapping within one', () => {
    const index = new PhraseIndex<string>();
    index.add('National Accord', 'term', 0);
    index.add('Government of National Accord', 'name', 1);
    index.add('Accord', 'short', 1);
    const doc = new TextModel('The Government of National Accord met.');
    assert.deepEqual(index.find(doc, 0).map((m) => doc.text.slice(m.start, m.end)), ['National Accord']);
    assert.deepEqual(index.find(doc, 1).map((m) => doc.text.slice(m.start, m.end)), ['Government of National Accord']);
    assert.equal(index.group(1).size, 2);
    assert.equal(index.size, 3);
    assert.equal(index.find(doc, 0), index.find(doc, 0), 'found once per document');
  });

  it('finds what the obvious implementation finds, on random phrases and texts', () => {
    // Few letters, so phrases and text words collide often; the joiners, spaces and marks the
    // scanner and the gaps treat specially; non-ASCII first letters ('ſ' capitalises to 'S').
    const piece = fc.constantFrom('a', 'b', 'ab', 'ba', 'A', 'B', 'Ab', 'z', 'Zz', 'ſa', 'é', 'É', "a's", 'b’s', "'", '’', '-', ' ', '  ', '\n', '.', '. ', '(', ')', '&', 's');
    const phrase = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.integer({ min: 0, max: 1 })), { maxLength: 12 }), fc.array(piece, { maxLength: 60 }), (entries, textPieces) => {
        const index = new PhraseIndex<number>();
        const phrases = entries.map(([p, group], value) => ({ phrase: p, value, group }));
        for (const p of phrases) index.add(p.phrase, p.value, p.group);
        const doc = new TextModel(textPieces.join(''));
        for (const group of [0, 1]) assert.deepEqual(index.find(doc, group), referenceFind(doc, phrases, group));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells white space as /\\s/ does, for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
    assert.ok(isWhiteSpace(' \t\n', 0, 3));
    assert.ok(!isWhiteSpace('a b', 0, 3));
    assert.ok(!isWhiteSpace('  ', 1, 1));
  });

  it('ignores what is not a phrase: no word, not a string', () => {
    const index = new PhraseIndex<number>();
    assert.equal(index.add('  ', 1), false);
    assert.equal(index.add('--', 1), false);
    assert.equal(index.add(42 as unknown as string, 1), false);
    assert.equal(index.size, 0);
    assert.deepEqual(index.find(new TextModel('text')), []);
  });
});
