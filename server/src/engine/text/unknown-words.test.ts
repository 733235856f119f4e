// The dictionary's answers are kept by word id per vocabulary (shared by every short text of
// the process), so a second check of the same words must still ask the dictionary it is given:
// another dictionary, another answer.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../index.js';
import { TestDictionary } from '../testing/test-dictionary.js';
import type { Resources } from '../types.js';

const TEXT = 'The council said the plan was flawless and the vote was zorbled.';
const COMMON = 'the council said plan was and vote';

function unknown(resources: Resources): string[] {
  return lint(TEXT, { resources, rules: { spelling: 'warning' } })
    .filter((f) => f.ruleId === 'spelling')
    .map((f) => TEXT.slice(f.start, f.end));
}

describe('unknown words across checks', () => {
  it('answers from the dictionary of each check, the same words checked again', () => {
    const knowsBoth = { dictionary: new TestDictionary({ both: `${COMMON} flawless zorbled` }) };
    const knowsOne = { dictionary: new TestDictionary({ both: `${COMMON} flawless` }) };
    assert.deepEqual(unknown(knowsBoth), []);
    assert.deepEqual(unknown(knowsOne), ['zorbled']);
    assert.deepEqual(unknown(knowsBoth), []);
    assert.deepEqual(unknown(knowsOne), ['zorbled']);
  });
});
