import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from './index.js';
import { acronymFirstUse } from './rules/acronym-first-use.js';
import { houseTerms } from './rules/house-terms.js';
import { runRules } from './lint.js';
import type { Style } from './types.js';

const style: Style = { terms: [{ use: 'Gaddafi', avoid: ['Qaddafi'] }] };
const severities = (findings: { ruleId: string; severity: string }[]) => findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('lint with a house style', () => {
  it("the style's rules set severity", () => {
    const found = runRules([houseTerms], 'Qaddafi spoke.', { style: { ...style, rules: { 'house-terms': 'error' } } });
    assert.deepEqual(severities(found), ['house-terms:error']);
  });

  it("the style's rules can turn a rule off", () => {
    assert.deepEqual(runRules([houseTerms], 'Qaddafi spoke.', { style: { ...style, rules: { 'house-terms': 'off' } } }), []);
  });

  it('LintOptions.rules wins over the style for the same rule, and only for that rule', () => {
    const both: Style = { ...style, rules: { 'house-terms': 'off', 'acronym-first-use': 'hint' } };
    const text = 'Qaddafi met the XYZ. The XYZ said so.';
    const found = runRules([houseTerms, acronymFirstUse], text, { style: both, rules: { 'house-terms': 'information' } });
    assert.deepEqual(severities(found), ['house-terms:information', 'acronym-first-use:hint']);
  });

  it("the style's options reach the rule; LintOptions.rules replaces them whole", () => {
    const text = 'The XYZ met. The XYZ said so.';
    const known: Style = { rules: { 'acronym-first-use': ['warning', { known: ['XYZ'] }] } };
    assert.deepEqual(runRules([acronymFirstUse], text, { style: known }), []);
    assert.equal(runRules([acronymFirstUse], text, { style: known, rules: { 'acronym-first-use': 'warning' } }).length, 1);
  });

  it('rules the style does not name keep their default severity', () => {
    const found = runRules([houseTerms], 'Qaddafi spoke.', { style: { ...style, rules: { 'misspelling': 'off' } } });
    assert.deepEqual(severities(found), ['house-terms:warning']);
  });

  it('fix all uses the style', () => {
    assert.equal(fixAll('Qaddafi spoke.', { style }).output, 'Gaddafi spoke.');
  });

  it('a style of the wrong shape is ignored, never a crash', () => {
    const bad = [
      null,
      42,
      'style',
      { terms: 'Qaddafi' },
      { terms: [null, 3, { use: 5, avoid: 'x' }, { use: 'Gaddafi', avoid: [null, '', '  ', 7] }] },
      { entities: [null, { name: 3 }, { name: 'Government of National Accord', short: 4, aliases: 'x', avoid: [null] }] },
      { words: [1, null], acronyms: 'NHS' },
    ];
    for (const s of bad) {
      assert.doesNotThrow(() => lint('Qaddafi and the GNA met. The GNA said so. "Quote," he said.', { style: s as unknown as Style }), JSON.stringify(s));
    }
  });
});
