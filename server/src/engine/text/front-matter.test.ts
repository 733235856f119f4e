// The front matter values read as prose: which keys, which kinds of value, and offsets that
// stay those of the file (quotes, escapes, CRLF, emoji).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadResources } from '../../resources.js';
import { runRules } from '../lint.js';
import { acronymFirstUse } from '../rules/acronym-first-use.js';
import { copyArtifacts } from '../rules/copy-artifacts.js';
import type { Rule } from '../types.js';
import { TextModel } from './model.js';

/** The prose of a Markdown document's front matter, words joined by single spaces. */
function proseOf(text: string, keys?: readonly string[]): string {
  const m = new TextModel(text, 'markdown', keys ? { frontMatterProse: keys } : {});
  assert.equal(m.prose.length, text.length);
  const end = m.frontMatterSpan?.end ?? 0;
  return m.prose.slice(0, end).trim().replace(/\s+/g, ' ');
}

const fields = (text: string, keys?: readonly string[]) => {
  const m = new TextModel(text, 'markdown', keys ? { frontMatterProse: keys } : {});
  return m.frontMatter.map((f) => `${f.key}=${text.slice(f.start, f.end)}`);
};

describe('front matter read as prose', () => {
  it('reads title, description, summary and subtitle; not the other keys', () => {
    const text = '---\ntitle: Council approves budget\nauthor: Jane Recieve\ndate: 2024-03-01\ndescription: The vote ran late.\nsummary: Short.\nsubtitle: A long night\ntags: [budget]\n---\n\nBody.\n';
    assert.equal(proseOf(text), 'Council approves budget The vote ran late. Short. A long night');
    assert.deepEqual(fields(text), ['title=Council approves budget', 'description=The vote ran late.', 'summary=Short.', 'subtitle=A long night']);
  });

  it('reads the keys the style names instead, in any case', () => {
    const text = '---\nTitle: Council approves budget\nauthor: Jane Recieve\n---\nBody.\n';
    assert.equal(proseOf(text, ['author']), 'Jane Recieve');
    assert.equal(proseOf(text, ['TITLE', 'author']), 'Council approves budget Jane Recieve');
    assert.equal(proseOf(text, []), '');
  });

  it('leaves out the quotes around a value, escapes, the first mark of a doubled one and comments', () => {
    assert.equal(proseOf('---\ntitle: "Council \\"approves\\" budget" # note\n---\n'), 'Council \\"approves\\" budget');
    // One mark of the two has to go to keep offsets; a blank before the other reads as an elision.
    assert.equal(proseOf("---\ntitle: 'It''s the budget'\n---\n"), "It 's the budget");
    assert.equal(proseOf('---\ntitle: Council approves budget # a note\n---\n'), 'Council approves budget');
    assert.equal(proseOf('---\ntitle: C# for reporters\n---\n'), 'C# for reporters');
    assert.equal(proseOf('---\ntitle: "Caf\\u00e9 closes\\n"\n---\n'), 'Caf closes');
    // Offsets are the file's: the escaped mark is where it was typed.
    const text = '---\ntitle: "A \\"b\\""\n---\n';
    const m = new TextModel(text, 'markdown');
    assert.equal(m.prose.indexOf('"b'), text.indexOf('"b'));
  });

  it('reads values over several lines: plain, quoted, block scalars (| and >), with paragraphs', () => {
    assert.equal(proseOf('---\ntitle: Council approves\n  budget at last\nauthor: x\n---\n'), 'Council approves budget at last');
    assert.equal(proseOf('---\ntitle: "Council approves\n  budget"\n---\n'), 'Council approves budget');
    assert.equal(proseOf('---\ntitle:\n  Council approves budget\n---\n'), 'Council approves budget');
    const block = '---\ndescription: >-\n  The council approved its\n  budget after midnight.\n\n  Councillors voted 31 to 24.\nauthor: x\n---\nBody.\n';
    assert.equal(proseOf(block), 'The council approved its budget after midnight. Councillors voted 31 to 24.');
    const m = new TextModel(block, 'markdown');
    assert.deepEqual(
      m.paragraphs.map((p) => block.slice(p.start, p.end)),
      ['The council approved its\n  budget after midnight.', 'Councillors voted 31 to 24.', 'Body.'],
    );
    assert.equal(proseOf('---\nsummary: |\n  One line.\n  Two lines.\n---\n'), 'One line. Two lines.');
    // A blank line inside a quoted or TOML string ends a paragraph too.
    for (const text of ['---\nsummary: "First one.\n\n  Second one."\n---\nBody.\n', '+++\nsummary = """First one.\r\n\r\nSecond one."""\n+++\nBody.\n']) {
      const doc = new TextModel(text, 'markdown');
      assert.deepEqual(doc.paragraphs.map((p) => text.slice(p.start, p.end)), ['First one.', 'Second one.', 'Body.'], text);
    }
  });

  it('does not read lists, mappings, anchors, aliases, tags or an unclosed quote', () => {
    for (const value of ['[a, b]', '{ en: Budget }', '&a Budget', '*a', '!!str Budget', '"Budget', '', '|', '\n  - Budget', '\n  en: Budget']) {
      assert.equal(proseOf(`---\ntitle: ${value}\n---\nBody.\n`), '', value);
    }
  });

  it('TOML front matter: basic, literal and multi-line strings before any table', () => {
    const text = "+++\ntitle = \"Council \\\"approves\\\" budget\"\nsummary = 'A long night'\ndescription = \"\"\"\nThe vote\nran late.\"\"\"\nauthor = \"Recieve\"\n[params]\nsubtitle = \"Not top level\"\n+++\nBody.\n";
    assert.equal(proseOf(text), 'Council \\"approves\\" budget A long night The vote ran late.');
  });

  it('keeps offsets exact with CRLF line ends and emoji, and each field is a paragraph', () => {
    const text = '---\r\ntitle: "😀 Council approves budget"\r\nauthor: Desk\r\ndescription: It ran 😀 late.\r\n---\r\n\r\n# Head\r\n\r\nBody.\r\n';
    const m = new TextModel(text, 'markdown');
    assert.equal(m.prose.length, text.length);
    assert.deepEqual(m.paragraphs.map((p) => text.slice(p.start, p.end)), ['😀 Council approves budget', 'It ran 😀 late.', 'Head', 'Body.']);
    assert.deepEqual(m.words.map((w) => w.text).slice(0, 3), ['Council', 'approves', 'budget']);
    for (const w of m.words) assert.equal(text.slice(w.start, w.end), w.text);
    assert.deepEqual(m.frontMatterTitles.map((s) => text.slice(s.start, s.end)), ['😀 Council approves budget']);
    assert.ok(m.inFrontMatter(text.indexOf('author')));
    assert.ok(!m.inFrontMatter(text.indexOf('# Head')));
  });

  it('only a real front matter: a --- later in the document, or in plain text, is not one', () => {
    assert.equal(new TextModel('Intro.\n\n---\ntitle: x\n---\n', 'markdown').frontMatter.length, 0);
    const plain = new TextModel('---\ntitle: Council\n---\n', 'plaintext');
    assert.equal(plain.frontMatterSpan, undefined);
    assert.equal(plain.prose, plain.text);
  });

  it('still reads the front matter when runs of blank lines inside it are left out of the parse', () => {
    const text = `---\ntitle: Council\n\n\n\n\n\nsummary: "Late vote"\n---\n${'\n'.repeat(50)}Body.\n`;
    assert.deepEqual(fields(text), ['title=Council', 'summary=Late vote']);
  });
});

describe('the front matter title as the headline', () => {
  const found = (rule: Rule, text: string) =>
    runRules([rule], text, { languageId: 'markdown', resources: loadResources() }).map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))}`);

  it('copy-artifacts: a title repeated by the heading is not a duplicated headline; the body pasted twice still is', () => {
    const head = '---\ntitle: Council approves budget after late-night vote\nauthor: Desk\n---\n\n';
    assert.deepEqual(found(copyArtifacts, `${head}# Council approves budget after late-night vote\n\nThe council met.\n`), []);
    assert.deepEqual(found(copyArtifacts, `${head}# Council backs the plan at last\n\nThe council met.\n\nCouncil backs the plan at last\n`), [
      'copy-artifacts "Council backs the plan at last"',
    ]);
  });

  it('acronym-first-use: an acronym in the title is a headline use, one in the standfirst is not', () => {
    const body = '\n\nThe Government of National Accord (GNA) met. The GNA agreed.\n';
    assert.deepEqual(found(acronymFirstUse, `---\ntitle: GNA backs the plan\n---${body}`), []);
    assert.deepEqual(found(acronymFirstUse, `---\ntitle: Plan backed\ndescription: The GNA backs the plan.\nauthor: x\n---${body}`), [
      'acronym-first-use "GNA"',
    ]);
  });
});
