// Property tests: whatever text the engine is given (odd Unicode, lone surrogates, CRLF,
// Markdown), it never throws, every finding lies inside the text, and "fix all" terminates
// with no fix left over.

import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { fixAll, lint } from '../server/src/engine/index.js';
import { TextModel } from '../server/src/engine/text/model.js';
import { loadResources } from '../server/src/resources.js';

const resources = loadResources();
const pieces = fc.constantFrom(
  'the', 'the the', 'GNA', 'Government of National Accord (GNA)', 'interally', 'FacebookTwitter',
  '"', '“', '”', "'", '’', 'said', '.', ',', ' ', '\n', '\r\n', '\n\n', '😀', '\uD800', '\uDC00',
  '2 min read', 'Read more:', '# ', '`', '```', '---', '<b>', 'https://x.io/a', 'é', '\u0000',
);
const draft = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(' ')));
const language = fc.constantFrom('plaintext', 'markdown', 'newsdraft');

it('prose keeps the length of any text', () => {
  fc.assert(fc.property(draft, language, (text, languageId) => {
    assert.equal(new TextModel(text, languageId).prose.length, text.length);
  }));
});

it('lint never throws and findings stay inside the text', () => {
  fc.assert(fc.property(draft, language, (text, languageId) => {
    for (const f of lint(text, { languageId, resources })) {
      assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.ruleId} ${f.start}-${f.end}`);
      for (const e of f.fix?.edits ?? []) assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length);
    }
  }), { numRuns: 300 });
});

it('fix all settles with no fix left', () => {
  fc.assert(fc.property(draft, language, (text, languageId) => {
    const { output } = fixAll(text, { languageId, resources });
    assert.deepEqual(lint(output, { languageId, resources }).filter((f) => f.fix).map((f) => f.ruleId), []);
  }), { numRuns: 200 });
});
