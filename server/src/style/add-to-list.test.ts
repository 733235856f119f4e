// addToStyleList: the entry lands in the list, in the list's own style, and every other byte
// of the file is unchanged — checked on hand-written layouts and on generated ones.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { addToStyleList, StyleEditError } from './add-to-list.js';
import { checkStyleText } from './check.js';

/** The result is the original with one stretch inserted (or replaced, for `replaced`): returns it. */
function inserted(before: string, after: string): string {
  let p = 0;
  while (p < before.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  assert.equal(p + s, before.length, `more than an insertion changed:\n${JSON.stringify(before)}\n${JSON.stringify(after)}`);
  return after.slice(p, after.length - s);
}

const list = (text: string, key: string) => (parseDocument(text).toJS() as Record<string, unknown>)[key];

describe('addToStyleList', () => {
  const cases: Array<{ name: string; text: string; key?: 'words' | 'acronyms'; value: string; expected: string }> = [
    {
      name: 'a block list: a new item with the same indentation, after the trailing comment',
      text: '# House words\nwords:\n  - A\n  - B  # comment\n\nacronyms: [NHS]\n',
      value: 'C',
      expected: '# House words\nwords:\n  - A\n  - B  # comment\n  - C\n\nacronyms: [NHS]\n',
    },
    {
      name: 'a block list at column 0 with wide spacing after the dash',
      text: 'words:\n-   A\n-   B\nlocale: en-GB\n',
      value: 'C',
      expected: 'words:\n-   A\n-   B\n-   C\nlocale: en-GB\n',
    },
    {
      name: 'a block list at the end of a file with no final line break',
      text: 'words:\n    - A',
      value: 'B',
      expected: 'words:\n    - A\n    - B',
    },
    { name: 'a flow list', text: 'words: [A, B]\n', value: 'C', expected: 'words: [A, B, C]\n' },
    { name: 'a padded flow list with a comment', text: 'words: [ A, B ]  # ok\n', value: 'C', expected: 'words: [ A, B, C ]  # ok\n' },
    { name: 'an empty flow list', text: 'words: []\n', value: 'C', expected: 'words: [C]\n' },
    {
      name: 'a flow list over several lines, with a trailing comma',
      text: 'words: [\n  A,\n  B,\n]\n',
      value: 'C',
      expected: 'words: [\n  A,\n  B,\n  C,\n]\n',
    },
    {
      name: 'a missing key: appended at the end, in the indentation of the other lists',
      text: '# style\nlocale: en-GB\nterms:\n    - { use: Gaddafi, avoid: [Qaddafi] }\n',
      key: 'acronyms',
      value: 'ONS',
      expected: '# style\nlocale: en-GB\nterms:\n    - { use: Gaddafi, avoid: [Qaddafi] }\nacronyms:\n    - ONS\n',
    },
    {
      name: 'a missing key in a file without a final line break',
      text: 'locale: en-GB',
      value: 'Haftar',
      expected: 'locale: en-GB\nwords:\n  - Haftar',
    },
    { name: 'a file of comments only', text: '# to do\n', value: 'A', expected: '# to do\nwords:\n  - A\n' },
    { name: 'a key with no value yet', text: 'words:   # names\nlocale: en-GB\n', value: 'A', expected: 'words:   # names\n  - A\nlocale: en-GB\n' },
    { name: 'a key that is ~', text: 'words: ~\n', value: 'A', expected: 'words: [A]\n' },
    { name: 'one word where the list belongs', text: 'words: Haftar\n', value: 'Tobruk', expected: 'words: [Haftar, Tobruk]\n' },
    {
      name: 'CRLF stays CRLF',
      text: 'words:\r\n  - A\r\nlocale: en-GB\r\n',
      value: 'B',
      expected: 'words:\r\n  - A\r\n  - B\r\nlocale: en-GB\r\n',
    },
    { name: 'CRLF, key missing', text: 'locale: en-GB\r\n', value: 'B', expected: 'locale: en-GB\r\nwords:\r\n  - B\r\n' },
    { name: 'a BOM is kept', text: '\ufeffwords: [A]\n', value: 'B', expected: '\ufeffwords: [A, B]\n' },
    { name: 'a value that needs quotes in a flow list', text: 'words: [A]\n', value: 'Smith, John', expected: 'words: [A, "Smith, John"]\n' },
    { name: 'a value that would read as a boolean', text: 'words:\n  - A\n', value: 'true', expected: 'words:\n  - A\n  - "true"\n' },
    { name: 'a value with a colon in a block list', text: 'words:\n  - A\n', value: 'a: b', expected: 'words:\n  - A\n  - "a: b"\n' },
    { name: 'a top-level flow mapping', text: '{ locale: en-GB }\n', value: 'A', expected: '{ locale: en-GB, words: [A] }\n' },
    {
      name: 'a block scalar as the last item',
      text: 'words:\n  - |\n    Odd\nlocale: en-GB\n',
      value: 'B',
      expected: 'words:\n  - |\n    Odd\n  - B\nlocale: en-GB\n',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = addToStyleList(c.text, c.key ?? 'words', c.value);
      assert.equal(out, c.expected);
      assert.deepEqual(checkStyleText('/x/.copydesk.yaml', out), []);
    });
  }

  it('leaves the text unchanged when the value is already there', () => {
    for (const text of ['words: [A, B]\n', 'words:\n  - A\n  - B # c\n', 'words: B\n']) assert.equal(addToStyleList(text, 'words', 'B'), text);
  });

  it('writes a small commented file for empty text', () => {
    for (const empty of ['', '\n\n']) {
      const out = addToStyleList(empty, 'acronyms', 'UNHCR');
      assert.match(out, /^# .*\nextends: copydesk:recommended\nacronyms:\n {2}- UNHCR\n$/);
      assert.deepEqual(checkStyleText('/x/.copydesk.yaml', out), []);
    }
  });

  it('refuses to edit a broken file or a key that is not a list, with a message', () => {
    assert.throws(() => addToStyleList('words: [A\n', 'words', 'B'), StyleEditError);
    assert.throws(() => addToStyleList('- a\n- b\n', 'words', 'B'), /not a set of "key: value" lines/);
    assert.throws(() => addToStyleList('words: { a: 1 }\n', 'words', 'B'), /"words" in the style file is not a list/);
    assert.throws(() => addToStyleList('words: [A]\n', 'words', '  '), /empty/);
  });

  it('changes nothing but the new entry, on generated layouts', () => {
    const word = fc.oneof(
      fc.constantFrom('Haftar', 'Tobruk', 'al-Sisi', 'Médecins', 'NHS', 'true', 'null', '123', 'a: b', 'x, y', '#tag', "O'Brien", '[x]', '- dash', 'Smith "Jr"'),
      fc.stringMatching(/^[A-Za-z][A-Za-z' -]{0,10}[A-Za-z]$/),
    );
    const comment = fc.constantFrom('', '  # note', ' # words we print as written');
    const layout = fc.record({
      eol: fc.constantFrom('\n', '\r\n'),
      finalEol: fc.boolean(),
      style: fc.constantFrom('block', 'flow', 'missing', 'flow-multiline'),
      indent: fc.constantFrom('', '  ', '    '),
      items: fc.uniqueArray(word, { minLength: 1, maxLength: 4 }),
      value: word,
      headerComment: fc.boolean(),
      before: fc.boolean(),
      after: fc.boolean(),
      blank: fc.boolean(),
      comments: fc.array(comment, { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(layout, (l) => {
        const q = (w: string, flow: boolean) => {
          // Written the way a desk editor might: plain where YAML allows it, else quoted.
          const doc = parseDocument(flow ? `k: [${w}]` : `k:\n  - ${w}`);
          return !doc.errors.length && JSON.stringify(doc.toJS()) === JSON.stringify({ k: [w] }) ? w : JSON.stringify(w);
        };
        const lines: string[] = [];
        if (l.headerComment) lines.push('# House style', '');
        if (l.before) lines.push(`locale: en-GB${l.comments[0]}`, 'rules:', '  repeated-word: warning');
        if (l.blank) lines.push('');
        if (l.style === 'block') {
          lines.push(`words:${l.comments[1]}`);
          l.items.forEach((w, i) => lines.push(`${l.indent}- ${q(w, false)}${i === l.items.length - 1 ? l.comments[2] : ''}`));
        } else if (l.style === 'flow') {
          lines.push(`words: [${l.items.map((w) => q(w, true)).join(', ')}]${l.comments[2]}`);
        } else if (l.style === 'flow-multiline') {
          lines.push('words: [', ...l.items.map((w) => `  ${q(w, true)},`), ']');
        }
        if (l.blank) lines.push('');
        if (l.after) lines.push(`acronyms: [ONS]${l.comments[3]}`, 'terms:', `${l.indent}- { use: Kyiv, avoid: [Kiev] }`);
        if (!lines.length) lines.push('# empty');
        let text = lines.join(l.eol);
        if (l.finalEol) text += l.eol;

        const out = addToStyleList(text, 'words', l.value);
        if (text.trim() === '') return /^extends: copydesk:recommended$/m.test(out); // nothing to keep: a new file
        const had = l.style !== 'missing' && l.items.includes(l.value);
        if (had) return out === text;
        const added = inserted(text, out);
        // The insert uses the file's own line ends (LF when it has one line), and the list reads
        // back with the new entry last.
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        if (eol === '\r\n') assert.ok(!/(^|[^\r])\n/.test(added), JSON.stringify(added));
        else assert.ok(!added.includes('\r'));
        const before = (parseDocument(text).toJS() ?? {}) as Record<string, unknown>;
        const afterValue = parseDocument(out).toJS() as Record<string, unknown>;
        assert.deepEqual(list(out, 'words'), [...(l.style === 'missing' ? [] : l.items), l.value]);
        for (const k of Object.keys(before)) if (k !== 'words') assert.deepEqual(afterValue[k], before[k]);
        assert.equal(out.endsWith(eol), text.endsWith(eol));
        return true;
      }),
      { numRuns: 400 },
    );
  });
});
