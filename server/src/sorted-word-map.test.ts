// SortedWordMap must answer exactly as a Map built from the same lines, before and after it
// switches from binary search to its hash index, on the real misspelling list and on edge
// cases of both.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataDir } from './resources.js';
import { SortedWordMap } from './sorted-word-map.js';

function plainMap(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1).split(','));
  }
  return map;
}

describe('SortedWordMap', () => {
  it('finds the first, last and every other key of a small list, and nothing else', () => {
    const text = 'a\tx\nab\ty,z\nab c\tw\nb\tv\nzz\tu\n';
    const map = new SortedWordMap(text);
    assert.equal(map.size, 5);
    for (const [key, value] of plainMap(text)) assert.deepEqual(map.get(key), value, key);
    for (const missing of ['', 'aa', 'abc', 'ab ', 'ba', 'c', 'zzz', '0', '~']) assert.equal(map.get(missing), undefined, missing);
  });

  it('works without a final line break, and on an empty list', () => {
    assert.deepEqual(new SortedWordMap('a\tx\nb\ty').get('b'), ['y']);
    assert.equal(new SortedWordMap('a\tx\nb\ty').size, 2);
    assert.equal(new SortedWordMap('').get('a'), undefined);
    assert.equal(new SortedWordMap('').size, 0);
  });

  it('answers the same from its hash index, once enough lookups have been made', () => {
    const text = 'a\tx\nab\ty,z\nab c\tw\nb\tv\nno tab\n\nzz\tu';
    const map = new SortedWordMap(text);
    // Past the binary-search phase (5,000 lookups), so the answers below come from the index.
    for (let i = 0; i < 5_100; i++) map.get(`probe${i}`);
    for (const [key, value] of plainMap(text)) assert.deepEqual(map.get(key), value, key);
    for (const missing of ['', 'aa', 'abc', 'ab ', 'ba', 'c', 'zzz', 'no tab', 'no', 'x', 'u']) assert.equal(map.get(missing), undefined, missing);
    assert.equal(new SortedWordMap('').get('a'), undefined);
  });

  it('answers as a Map on the built misspelling list, by search and from its index', () => {
    const text = readFileSync(join(dataDir(), 'misspellings.tsv'), 'utf8');
    const expected = plainMap(text);
    const map = new SortedWordMap(text);
    assert.equal(map.size, expected.size, 'one line per key');
    const probes = [...expected.keys()].flatMap((k) => [k, `${k}s`, k.slice(0, -1)]);
    for (const probe of probes) assert.deepEqual(map.get(probe), expected.get(probe), probe);
    assert.deepEqual(new Map(map), expected);
  });
});
