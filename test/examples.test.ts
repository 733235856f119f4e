// The bundled examples: the user's own sample draft (examples/libya.draft, a real published
// article) must give exactly the findings DESIGN.md lists, and our own drafts together must
// trigger every rule.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixAll, lint, RULES } from '../server/src/engine/index.js';
import { loadResources } from '../server/src/resources.js';

const examples = join(__dirname, '..', 'examples');
const resources = loadResources();
const read = (name: string) => readFileSync(join(examples, name), 'utf8');

describe('examples/libya.draft (the user\'s sample)', () => {
  const text = read('libya.draft');
  const findings = lint(text, { languageId: 'newsdraft', resources });
  // The pasted web lines carry no-break spaces (U+00A0), as real pastes do; shown as spaces here.
  const shown = findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end).replace(/\u00a0/g, ' ')}`);

  it('reports exactly the typo, the run-together words and the pasted furniture', () => {
    assert.deepEqual(shown, [
      "copy-artifacts: Erdogan, Trump agree to work 'more closely' on Libya",
      'copy-artifacts: 2 min read',
      "copy-artifacts: Read more: What does Egypt's 'declaration of war' in Libya really mean?",
      'misspelling: interally',
      'copy-artifacts: Follow us on FacebookTwitter and Instagram to stay connected',
      'run-together-words: FacebookTwitter',
    ]);
  });

  it('is the real paste, no-break spaces and all', () => {
    assert.ok(text.includes('Follow us on\u00a0FacebookTwitter'));
  });

  it('flags the second headline, not the first', () => {
    const headline = findings[0];
    assert.ok(headline.start > text.indexOf('\n'), 'the duplicate is the later line');
    assert.match(headline.message, /headline/i);
  });

  it('fixes "interally" as "internally"', () => {
    const typo = findings.find((f) => f.ruleId === 'misspelling')!;
    assert.deepEqual(typo.fix?.edits, [{ start: typo.start, end: typo.end, newText: 'internally' }]);
  });

  it('says nothing of the GNA naming, the quotes or the names', () => {
    for (const id of ['acronym-first-use', 'entity-naming', 'quote-attribution', 'unbalanced-quotes']) {
      assert.equal(findings.filter((f) => f.ruleId === id).length, 0, id);
    }
    for (const name of ['Erdogan', 'Haftar', 'Tobruk', 'al-Sisi', 'GNA']) {
      assert.ok(!shown.some((s) => s.endsWith(`: ${name}`)), name);
    }
  });

  it('fix all removes every fixable finding and keeps the story', () => {
    const { output } = fixAll(text, { languageId: 'newsdraft', resources });
    const left = lint(output, { languageId: 'newsdraft', resources });
    assert.deepEqual(left.filter((f) => f.fix), []);
    assert.ok(output.includes('it is also internally divided'));
    assert.ok(output.startsWith("Erdogan, Trump agree to work 'more closely' on Libya\n"));
    assert.equal(output.split("Erdogan, Trump agree to work 'more closely' on Libya").length, 2, 'one headline left');
  });
});

describe('our own example drafts', () => {
  it('together trigger every rule', () => {
    const seen = new Set<string>();
    for (const [name, languageId] of [['flood-relief.draft', 'newsdraft'], ['council-budget.md', 'markdown']]) {
      for (const f of lint(read(name), { languageId, resources })) seen.add(f.ruleId);
    }
    assert.deepEqual([...seen].sort(), RULES.map((r) => r.meta.id).sort());
  });

  it('never check front matter, code or HTML in Markdown', () => {
    const text = read('council-budget.md');
    const findings = lint(text, { languageId: 'markdown', resources });
    for (const f of findings) {
      const flagged = text.slice(f.start, f.end);
      assert.ok(!/intresting|recieve|title:|author:/.test(flagged), `${f.ruleId} flagged ${flagged}`);
    }
  });
});
