// SortedWordList must find exactly the words a Set of the same lines would, by binary search
// and by its hash index, and its trie-like walk must find exactly the words that a plain
// edit-distance computation against every word finds.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, SortedWordList } from './word-list.js';

/** Optimal string alignment distance, lower case, computed the slow way. */
function osa(a: string, b: string): number {
  const x = Array.from({ length: a.length }, (_, i) => fold(a.charCodeAt(i)));
  const y = Array.from({ length: b.length }, (_, i) => fold(b.charCodeAt(i)));
  const d: number[][] = [];
  for (let i = 0; i <= x.length; i++) {
    d.push([]);
    for (let j = 0; j <= y.length; j++) {
      if (i === 0 || j === 0) {
        d[i].push(i + j);
        continue;
      }
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i].push(v);
    }
  }
  return d[x.length][y.length];
}

function searchAll(list: SortedWordList, target: string, maxDistance: number): Map<string, number> {
  const folded = Array.from({ length: target.length }, (_, i) => fold(target.charCodeAt(i)));
  const found = new Map<string, number>();
  list.search(folded, maxDistance, (start, end, distance) => {
    const word = list.text.slice(start, end);
    assert.ok(!found.has(word), `${word} found twice`);
    found.set(word, distance);
  });
  return found;
}

/** A seeded pseudo-random generator, so a failure can be repeated. */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return (seed >>> 16) % n;
  };
}

describe('SortedWordList.find', () => {
  const words = ["'cause", 'A', 'Paris', "Paris's", 'ab', 'abc', 'abd', 'b', 'colour', 'café', 'zz'];
  const tags: Record<string, string> = { colour: 'GB', 'café': 'US' };
  const text = [...words].sort().map((w) => (tags[w] ? `${w}\t${tags[w]}` : w)).join('\n') + '\n';

  it('finds every word, with its tag, and nothing else, before and after building the index', () => {
    for (const indexed of [false, true]) {
      const list = new SortedWordList(text);
      if (indexed) list.buildIndex();
      for (const w of words) {
        const at = list.find(w);
        assert.notEqual(at, -1, w);
        assert.equal(list.tagAt(at, w.length), tags[w] ?? '', w);
      }
      for (const missing of ['', 'a', 'paris', 'Pari', "Paris'", 'abcd', 'colou', 'colour\tGB', 'GB', 'cafe', 'zzz', '\n']) {
        assert.equal(list.find(missing), -1, JSON.stringify(missing));
      }
    }
  });

  it('answers the same once the look-ups switch to the index on their own', () => {
    const list = new SortedWordList(text);
    for (let i = 0; i < 6_000; i++) {
      const w = words[i % words.length];
      assert.notEqual(list.find(w), -1, w);
      assert.equal(list.find(w + 'x'), -1);
    }
  });

  it('works on an empty list and one without a final line break', () => {
    assert.equal(new SortedWordList('').find('a'), -1);
    const list = new SortedWordList('a\nb\tGB');
    assert.equal(list.tagAt(list.find('b'), 1), 'GB');
    list.buildIndex();
    assert.equal(list.tagAt(list.find('b'), 1), 'GB');
    assert.equal(list.find('c'), -1);
  });
});

describe('SortedWordList.search', () => {
  // Random words over a small alphabet (so many are near one another), with capitals and
  // accents, and prefixes of one another.
  const next = random(7);
  const alphabet = 'abcdeABé';
  const set = new Set<string>();
  while (set.size < 3_000) {
    let w = '';
    const length = 1 + next(7);
    for (let i = 0; i < length; i++) w += alphabet[next(alphabet.length)];
    set.add(w);
  }
  const words = [...set].sort();
  const list = new SortedWordList(words.map((w, i) => (i % 3 === 0 ? `${w}\tGB` : w)).join('\n') + '\n');

  it('finds exactly the words within one and two edits, capitals aside, with their distance', () => {
    const targets = ['a', 'ab', 'abc', 'abcde', 'badcea', 'eeeeee', 'Abé', 'xyz', 'aaaaaaaaaa', 'édcba'];
    for (let i = 0; i < 20; i++) targets.push(words[next(words.length)]);
    for (const target of targets) {
      for (const maxDistance of [0, 1, 2]) {
        const expected = new Map<string, number>();
        for (const w of words) {
          const distance = osa(target, w);
          if (distance <= maxDistance) expected.set(w, distance);
        }
        assert.deepEqual(searchAll(list, target, maxDistance), expected, `${target} within ${maxDistance}`);
      }
    }
  });

  it('finds the same in a list of long words sharing long prefixes, its skips jumping far', () => {
    // Each word extends an earlier one or a prefix of it, so runs of thousands of lines share
    // a prefix, nested in runs sharing a shorter one; the last line has no line break.
    const grow = random(11);
    const long = new Set<string>(['ab']);
    const pool = ['ab'];
    while (long.size < 2_000) {
      const base = pool[grow(pool.length)];
      let w = base.slice(0, 1 + grow(base.length));
      const more = 1 + grow(6);
      for (let i = 0; i < more && w.length < 24; i++) w += 'abcE'[grow(4)];
      if (!long.has(w)) pool.push(w);
      long.add(w);
    }
    const sorted = [...long].sort();
    const deep = new SortedWordList(sorted.join('\n'));
    const targets = ['abab', 'abcabcabc', 'aaaaaaaaaaaaaaaaaaaa'];
    for (let i = 0; i < 12; i++) {
      const w = sorted[grow(sorted.length)];
      const at = grow(w.length);
      targets.push(w, w.slice(0, at) + w.slice(at + 1), w.slice(0, at) + 'b' + w.slice(at));
    }
    for (const target of targets) {
      for (const maxDistance of [1, 2]) {
        const expected = new Map<string, number>();
        for (const w of sorted) {
          const distance = osa(target, w);
          if (distance <= maxDistance) expected.set(w, distance);
        }
        assert.deepEqual(searchAll(deep, target, maxDistance), expected, `${target} within ${maxDistance}`);
      }
    }
  });

  it('counts a transposition as one edit, and finds words sharing a prefix only once folded', () => {
    const small = new SortedWordList(['PAYE', 'PBS', 'Pablo', 'Paris', 'taken', 'take'].sort().join('\n') + '\n');
    assert.deepEqual(searchAll(small, 'takne', 1), new Map([['take', 1], ['taken', 1]]));
    assert.deepEqual(searchAll(small, 'pbs', 0), new Map([['PBS', 0]]));
    assert.deepEqual(searchAll(small, 'paris', 0), new Map([['Paris', 0]]));
    assert.deepEqual(searchAll(small, 'pays', 1), new Map([['PAYE', 1]]));
  });
});
