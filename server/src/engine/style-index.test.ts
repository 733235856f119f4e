import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptedWord, styleIndex } from './style-index.js';
import { TextModel } from './text/model.js';
import type { Style } from './types.js';

const style: Style = {
  words: ['Haftar', 'teh', 'iPhone'],
  acronyms: [' ONS ', 'OBR'],
  entities: [
    { name: 'Government of  National Accord', short: 'GNA', aliases: ['unity government'], avoid: ['Tripoli government'] },
    { name: 'Organization of the Petroleum Exporting Countries', short: 'Opec' },
    { name: 'Second Body', short: 'GNA' },
  ],
  terms: [{ use: 'Gaddafi', avoid: ['Qaddafi'] }],
};

describe('styleIndex', () => {
  const index = styleIndex(style);

  it('accepts words as printed: lower-case entries in any case, capitalised ones as written or in capitals', () => {
    for (const w of ['Haftar', 'HAFTAR', "Haftar's", 'teh', 'Teh', 'TEH', 'iPhone', 'IPHONE']) assert.ok(index.isAcceptedWord(w), w);
    for (const w of ['haftar', 'Iphone', 'tehs', 'Qaddafi']) assert.ok(!index.isAcceptedWord(w), w);
    assert.ok(index.isAcceptedAnyCase('haftar'));
  });

  it("accepts the words of the entities' forms and the terms' use forms, not the avoided ones", () => {
    for (const w of ['Government', 'National', 'Accord', 'GNA', 'unity', 'Opec', 'Gaddafi']) assert.ok(index.isAcceptedWord(w), w);
    for (const w of ['Tripoli', 'Qaddafi']) assert.ok(!index.isAcceptedWord(w), w);
  });

  it('keeps the acronyms, trimmed, and the entities by short form (first one wins)', () => {
    assert.deepEqual([...index.acronyms], ['ONS', 'OBR']);
    assert.equal(index.entityByShort.get('GNA')?.name, 'Government of National Accord');
    assert.deepEqual([...index.entityShortsNotCapitals], ['Opec']);
    for (const w of ['Opec', 'Opecs', "Opec's", 'Oxen']) assert.ok(index.mayBeShortNotCapitals(w), w);
    for (const w of ['Ope', 'Opeccsss', 'opec', 'Nato', 'GNA']) assert.ok(!index.mayBeShortNotCapitals(w), w);
  });

  it('is built once per style object', () => {
    assert.equal(styleIndex(style), index);
    assert.equal(styleIndex(undefined), styleIndex(undefined));
  });

  it("acceptedWord adds the document's copydesk-ignore words", () => {
    const doc = new TextModel('[[copydesk-ignore Hemedti dbeibah]] Text.', 'plaintext');
    const ctx = { doc, style };
    assert.ok(acceptedWord(ctx, 'Hemedti'));
    assert.ok(acceptedWord(ctx, 'Dbeibah'));
    assert.ok(!acceptedWord(ctx, 'hemedti'));
    assert.ok(acceptedWord(ctx, 'hemedti', true));
    assert.ok(acceptedWord(ctx, 'Haftar'));
    assert.ok(!acceptedWord({ doc: new TextModel('Text.'), style }, 'Hemedti'));
  });
});
