// Bad input never crashes or hangs: each hostile style file gives a clear problem (or, for
// the harmless ones, none) well within a time limit.

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { checkStyleText } from './check.js';
import { MAX_STYLE_CHARS } from './parse.js';
import { StyleResolver } from './resolver.js';
import { tempTree } from './test-folders.js';

/** Generous for a loaded CI machine; each input below takes a few ms to a few hundred. */
const LIMIT_MS = 3000;

function timed<T>(f: () => T): T {
  const start = performance.now();
  const result = f();
  const ms = performance.now() - start;
  assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
  return result;
}

const billionLaughs = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
  'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
  'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
  'i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
  'words: *i',
  '',
].join('\n');

const t = tempTree();
after(() => t.remove());

describe('hostile style files', () => {
  it('a 5 MB style file is refused as too large, on disk and in the editor', () => {
    let big = 'words:\n';
    while (big.length < 5 * 1024 * 1024) big += `  - Word${big.length}\n`;
    t.write('big/.copydesk.yaml', big);
    const res = timed(() => new StyleResolver().resolveFor(t.path('big/a.md')));
    assert.equal(res.problems.length, 1);
    assert.match(res.problems[0].message, /^style file too large: 5\.0 MB, more than the 2 MB Copydesk reads$/);
    assert.deepEqual([res.problems[0].line, res.problems[0].column], [1, 1]);
    const live = timed(() => checkStyleText('/x/.copydesk.yaml', big));
    assert.match(live[0].message, /^style file too large/);
  });

  it('a style file just under the limit is parsed', () => {
    let text = 'words:\n';
    while (text.length < MAX_STYLE_CHARS / 8) text += `  - Word${text.length}\n`;
    assert.deepEqual(timed(() => checkStyleText('/x/.copydesk.yaml', text)), []);
  });

  it('a "billion laughs" alias bomb is an error at its first alias, quickly', () => {
    const problems = timed(() => checkStyleText('/x/.copydesk.yaml', billionLaughs));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^too many YAML aliases/);
    assert.deepEqual([problems[0].line, problems[0].column], [2, 8]);
  });

  it('a few aliases are fine (anchors are allowed for reuse)', () => {
    const text = 'acronyms: &known [NHS, ONS]\noverrides:\n  - files: ["a/**"]\n    rules: &quiet { repeated-word: off }\n  - files: ["b/**"]\n    rules: *quiet\n';
    assert.deepEqual(checkStyleText('/x/.copydesk.yaml', text), []);
  });

  it('deeply nested flow collections and a very long line finish', () => {
    const deep = 'words: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n';
    const problems = timed(() => checkStyleText('/x/.copydesk.yaml', deep));
    assert.ok(problems.length >= 1);
    const long = `words: [${'x'.repeat(1_500_000)}]\n`;
    assert.deepEqual(timed(() => checkStyleText('/x/.copydesk.yaml', long)), []);
  });

  it('many unknown keys: one problem each, still quick', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `key${i}: ${i}`).join('\n');
    assert.equal(timed(() => checkStyleText('/x/.copydesk.yaml', text)).length, 5000);
  });

  it('a file that is not UTF-8 is a clear error at line 1', () => {
    t.write('latin1/.copydesk.yaml', Buffer.from('words: [Caf\xe9]\n', 'latin1'));
    t.write('utf16/.copydesk.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('words: [A]\n', 'utf16le')]));
    const r = new StyleResolver();
    const latin1 = r.resolveFor(t.path('latin1/a.md')).problems;
    assert.deepEqual(latin1.map((p) => `${p.line}:${p.column} ${p.message}`), ['1:1 not UTF-8 text: save the style file as UTF-8']);
    assert.match(r.resolveFor(t.path('utf16/a.md')).problems[0].message, /^not UTF-8 text \(it looks like UTF-16\)/);
  });

  it('a BOM and CRLF on disk: accepted, with the right line numbers', () => {
    t.write('bom/.copydesk.yaml', '\ufeffwords: [A]\r\nlocale: en-GB\r\nwrods: [B]\r\n');
    const res = new StyleResolver().resolveFor(t.path('bom/a.md'));
    assert.deepEqual(res.problems.map((p) => `${p.line}:${p.column}-${p.endColumn} ${p.message}`), ['3:1-6 unknown key "wrods" (did you mean "words"?)']);
    t.write('bom2/.copydesk.yaml', '\ufeffwords: [A]\r\n');
    assert.deepEqual(new StyleResolver().resolveFor(t.path('bom2/a.md')).style.words, ['A']);
  });

  it('an empty file is a valid style with no settings', () => {
    t.write('empty/.copydesk.yaml', '');
    const res = new StyleResolver().resolveFor(t.path('empty/a.md'));
    assert.deepEqual([res.problems, res.style, res.usingLastGood], [[], {}, false]);
  });

  it('YAML tags and odd keys are only data: nothing is executed', () => {
    const text = 'words: !!js/function "function () { process.exit(1) }"\n? [complex, key]\n: 1\n"__proto__": { polluted: true }\n';
    const problems = timed(() => checkStyleText('/x/.copydesk.yaml', text));
    assert.ok(problems.length >= 1);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
