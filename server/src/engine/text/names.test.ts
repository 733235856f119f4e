// startsSentence: white space and opening marks between a sentence end (or a line start) and
// the word, and nothing else; a full stop after an abbreviation ends no sentence.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextModel } from './model.js';
import { startsSentence, usedAsName } from './names.js';

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

describe('usedAsName', () => {
  it('answers for each document alone, though documents share the words and their marks', () => {
    // The words of short texts share one vocabulary, and the marks of mid-sentence use are
    // kept by word id: a document's marks must not be another's.
    const named = 'They met Zorbanek in Tripoli. later they met zorblat there.';
    const atStarts = 'Zorbanek spoke first.\nZorblat spoke too, and zorblat left.';
    for (let round = 0; round < 2; round++) {
      assert.equal(usedAsName(new TextModel(named), 'Zorbanek'), true);
      assert.equal(usedAsName(new TextModel(named), 'zorblat'), true);
      const doc = new TextModel(atStarts);
      assert.equal(usedAsName(doc, 'Zorbanek'), false);
      assert.equal(usedAsName(doc, 'Zorblat'), false);
      // "zorblat" stands in mid-sentence once here; after a full stop it starts a sentence.
      assert.equal(usedAsName(doc, 'zorblat'), true);
      assert.equal(usedAsName(new TextModel('Zorblat rose. zorblat fell.'), 'zorblat'), false);
    }
  });
});
