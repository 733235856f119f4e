// A long editing session must not keep old drafts alive. The per-process caches (spelling
// verdicts, run-together answers, article sounds) are keyed by words of the drafts; a word of
// 13 units or more sliced from a draft is, in V8, a view that keeps the whole draft alive. So
// a server checking a 60 KB draft at every keystroke kept one copy of it per new long word
// (12 MB after 200 checks, as below). Here 200 checks of such a draft, each with a new
// 20-letter unknown word, must leave the live heap about where it was.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadResources } from '../resources.js';
import { lint } from './index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function liveHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const PARAGRAPH =
  'The minister said on Tuesday that the council would review its budget, and that ' +
  'Harriet Okonjo, who chairs the finance committee, had asked for a report by March. ';

describe('memory over a long editing session', () => {
  it('keeps no copy of earlier drafts (200 checks of a 60 KB draft, a new long word each)', () => {
    const resources = loadResources();
    const base = PARAGRAPH.repeat(60_000 / PARAGRAPH.length);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    // A new lowercase non-word of 20 letters per check: unknown to every list, so remembered.
    const word = (i: number) => 'zq' + [...i.toString(26).padStart(6, '0')].map((d) => letters[parseInt(d, 26)]).join('') + 'vwxvwxvwxvwx';
    for (let i = 0; i < 20; i++) lint(`${base}${word(i)} said.\n`, { resources });
    const before = liveHeap();
    for (let i = 20; i < 220; i++) lint(`${base}${word(i)} said.\n`, { resources });
    const grown = liveHeap() - before;
    // 200 retained drafts would be 12 MB (24 in two-byte strings); the verdicts themselves a few hundred KB.
    assert.ok(grown < 3_000_000, `live heap grew by ${(grown / 1e6).toFixed(1)} MB`);
  });
});
