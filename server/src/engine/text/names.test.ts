// startsSentence: white space and opening marks between a sentence end (or a line start) and
// the word, and nothing else; a full stop after an abbreviation ends no sentence.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startsSentence } from './names.js';

/** startsSentence at the word "Word" in `text`. */
const at = (text: string) => startsSentence(text, text.indexOf('Word'));

describe('startsSentence', () => {
  it('after a sentence end, through each opening mark and space', () => {
    for (const lead of [' ', '\t', '\u00a0', '"', '“', '‘', "'", '(', '[', '*', '_', '#', '>', '-']) {
      assert.equal(at(`It ended. ${lead}Word`), true, JSON.stringify(lead));
      assert.equal(at(`It ended, ${lead}Word`), false, JSON.stringify(lead));
    }
    for (const end of ['!', '?', ':']) assert.equal(at(`It ended${end} Word`), true, end);
  });

  it('at the start of the text and of a line (\\n, \\r)', () => {
    assert.equal(at('Word'), true);
    assert.equal(at('  "Word'), true);
    assert.equal(at('it went on\nWord'), true);
    assert.equal(at('it went on\r"Word'), true);
  });

  it('not after anything else: a letter, a comma, a closing mark, a dash other than -', () => {
    for (const before of ['the Word', 'then, Word', 'said” Word', 'it — Word', 'it ) Word', 'it ’Word']) assert.equal(at(before), false, before);
  });

  it('not after an abbreviation or an initial', () => {
    assert.equal(at('Mr. Word'), false);
    assert.equal(at('J. Word'), false);
    assert.equal(at('the U.S. Word'), false);
  });
});
