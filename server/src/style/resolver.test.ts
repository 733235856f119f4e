// StyleResolver on real folders: the nearest file, where the search stops, extends (relative,
// npm package, built-in, list), cycles and missing targets at their entry, merging, overrides,
// caching and invalidation, the last good style, and the editor's overlay reader.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { RULES } from '../engine/index.js';
import { recommendedStyle } from './recommended.js';
import { StyleResolver } from './resolver.js';
import { tempTree, type TempTree } from './test-folders.js';

const trees: TempTree[] = [];
function tree(files: Record<string, string | Uint8Array>): TempTree {
  const t = tempTree(files);
  trees.push(t);
  return t;
}
after(() => trees.forEach((t) => t.remove()));

const where = (r: { problems: { file: string; line: number; column: number; message: string }[] }, t: TempTree) =>
  r.problems.map((p) => `${p.file.slice(t.root.length + 1)}:${p.line}:${p.column}: ${p.message}`);

describe('StyleResolver: which file', () => {
  it('uses the nearest .copydesk.yaml, in the draft\'s folder or above', () => {
    const t = tree({
      '.copydesk.yaml': 'words: [Top]\n',
      'news/.copydesk.yaml': 'words: [News]\n',
      'news/world/draft.md': '',
    });
    const r = new StyleResolver();
    const inWorld = r.resolveFor(t.path('news/world/draft.md'));
    assert.equal(inWorld.styleFile, t.path('news/.copydesk.yaml'));
    assert.deepEqual(inWorld.style.words, ['News']); // the nearest is used whole
    assert.deepEqual(inWorld.files, [t.path('news/.copydesk.yaml')]);
    assert.equal(r.resolveFor(t.path('features/draft.md')).styleFile, t.path('.copydesk.yaml'));
    assert.deepEqual(r.resolveFor(t.path('draft.md')).style.words, ['Top']);
  });

  it("frontMatter: the nearer file's prose list replaces the one it extends; without one, the base's stays", () => {
    const t = tree({
      'base.yaml': 'frontMatter:\n  prose: [title, author]\nwords: [Base]\n',
      'desk/.copydesk.yaml': 'extends: ../base.yaml\nfrontMatter: { prose: [title] }\n',
      'other/.copydesk.yaml': 'extends: ../base.yaml\nwords: [Other]\n',
    });
    const r = new StyleResolver();
    assert.deepEqual(r.resolveFor(t.path('desk/a.md')).style.frontMatter, { prose: ['title'] });
    assert.deepEqual(r.resolveFor(t.path('other/a.md')).style.frontMatter, { prose: ['title', 'author'] });
    assert.equal(r.resolveFor(t.path('a.md')).style.frontMatter, undefined);
  });

  it('stops at root: true even when the file above would also match', () => {
    const t = tree({ '.copydesk.yaml': 'words: [Top]\n', 'desk/.copydesk.yaml': 'root: true\nwords: [Desk]\n' });
    const r = new StyleResolver();
    const res = r.resolveFor(t.path('desk/sub/draft.txt'));
    assert.equal(res.styleFile, t.path('desk/.copydesk.yaml'));
    assert.deepEqual(res.style.words, ['Desk']);
    assert.deepEqual(res.files, [t.path('desk/.copydesk.yaml')]);
  });

  it('stops at a root folder (inclusive) and uses the built-in style when nothing is found', () => {
    const t = tree({ '.copydesk.yaml': 'words: [Above]\n', 'ws/.copydesk.yaml': 'words: [AtRoot]\n', 'ws2/a/draft.md': '' });
    const r = new StyleResolver({ roots: [t.path('ws'), t.path('ws2')] });
    assert.deepEqual(r.resolveFor(t.path('ws/a/b/draft.md')).style.words, ['AtRoot']); // the root folder itself is searched
    const none = r.resolveFor(t.path('ws2/a/draft.md'));
    assert.equal(none.styleFile, undefined);
    assert.equal(none.style, recommendedStyle());
    assert.deepEqual([none.files, none.problems, none.usingLastGood], [[], [], false]);
    // Outside every root: searched to the file-system root, so the top file is found.
    assert.deepEqual(r.resolveFor(t.path('elsewhere/draft.md')).style.words, ['Above']);
  });

  it('uses the --config file for any draft, wherever it is', () => {
    const t = tree({ 'house/style.yaml': 'words: [House]\n', 'news/.copydesk.yaml': 'words: [News]\n' });
    const r = new StyleResolver();
    const res = r.resolveWithConfig(t.path('house/style.yaml'), t.path('news/draft.md'));
    assert.equal(res.styleFile, t.path('house/style.yaml'));
    assert.deepEqual(res.style.words, ['House']);
    const missing = r.resolveWithConfig(t.path('house/nope.yaml'), t.path('news/draft.md'));
    assert.deepEqual(where(missing, t), ['house/nope.yaml:1:1: cannot find the style file']);
    assert.deepEqual(missing.files, [t.path('house/nope.yaml')]);
  });
});

describe('StyleResolver: extends', () => {
  it('follows a relative path, a list, copydesk:recommended and an npm package, base first', () => {
    const t = tree({
      'desk/.copydesk.yaml': [
        'extends:',
        '  - copydesk:recommended',
        '  - ../shared/base.yaml',
        '  - "@paper/style"',
        '  - plain-style',
        'words: [Desk]',
        'rules: { repeated-word: error }',
        '',
      ].join('\n'),
      'shared/base.yaml': 'extends: ./deeper.yaml\nwords: [Base]\nlocale: en-US\nrules: { repeated-word: off, copy-artifacts: warning }\n',
      'shared/deeper.yaml': 'words: [Deeper]\nacronyms: [ONS]\n',
      'desk/node_modules/@paper/style/package.json': '{ "name": "@paper/style", "copydesk": "styles/house.yaml" }',
      'desk/node_modules/@paper/style/styles/house.yaml': 'words: [Scoped]\nlocale: en-GB\n',
      // A package with no "copydesk" field: its own .copydesk.yaml; found from a folder above.
      'node_modules/plain-style/package.json': '{ "name": "plain-style", "scripts": { "postinstall": "exit 1" } }',
      'node_modules/plain-style/.copydesk.yaml': 'words: [Plain]\nterms: [{ use: Gaddafi, avoid: [Qaddafi] }]\n',
    });
    const res = new StyleResolver().resolveFor(t.path('desk/draft.md'));
    assert.deepEqual(res.problems, []);
    assert.deepEqual(res.style.words, ['Deeper', 'Base', 'Scoped', 'Plain', 'Desk']);
    assert.deepEqual(res.style.acronyms, ['ONS']);
    assert.deepEqual(res.style.terms, [{ use: 'Gaddafi', avoid: ['Qaddafi'] }]);
    assert.equal(res.style.locale, 'en-GB'); // the later entry over the earlier, the file over both
    assert.equal(res.style.rules?.['repeated-word'], 'error');
    assert.equal(res.style.rules?.['copy-artifacts'], 'warning');
    // copydesk:recommended brings every registered rule at its default.
    for (const rule of RULES) assert.ok(res.style.rules?.[rule.meta.id] !== undefined, rule.meta.id);
    assert.deepEqual(res.files, [
      t.path('desk/.copydesk.yaml'),
      t.path('shared/base.yaml'),
      t.path('shared/deeper.yaml'),
      t.path('desk/node_modules/@paper/style/styles/house.yaml'),
      t.path('node_modules/plain-style/.copydesk.yaml'),
    ]);
  });

  it('finds a package whose "exports" hide its package.json, and reads a file inside a package', () => {
    const t = tree({
      '.copydesk.yaml': 'extends: [hidden, "@paper/styles/sport.yaml"]\n',
      'node_modules/hidden/package.json': '{ "name": "hidden", "exports": { ".": "./index.js" } }',
      'node_modules/hidden/copydesk.yaml': 'words: [Hidden]\n',
      'node_modules/@paper/styles/package.json': '{ "name": "@paper/styles" }',
      'node_modules/@paper/styles/sport.yaml': 'words: [Sport]\n',
    });
    const res = new StyleResolver().resolveFor(t.path('draft.md'));
    assert.deepEqual(res.problems, []);
    assert.deepEqual(res.style.words, ['Hidden', 'Sport']);
  });

  it('reports a missing file, a missing package, an unknown built-in and a folder at the entry', () => {
    const t = tree({
      '.copydesk.yaml': 'extends:\n  - ./nope.yaml\n  - no-such-package\n  - copydesk:recomended\n  - ./styles\nwords: [A]\n',
      'styles/x.yaml': '',
    });
    const res = new StyleResolver().resolveFor(t.path('draft.md'));
    assert.deepEqual(where(res, t), [
      '.copydesk.yaml:2:5: cannot find "./nope.yaml" (extends)',
      '.copydesk.yaml:3:5: cannot find "no-such-package" (extends): no package "no-such-package" is installed in node_modules here or in a folder above; install it with npm install',
      '.copydesk.yaml:4:5: unknown built-in style "copydesk:recomended" (did you mean "copydesk:recommended"?)',
      '.copydesk.yaml:5:5: "./styles" is a folder, not a style file (extends)',
    ]);
    assert.ok(res.files.includes(t.path('nope.yaml')), 'a missing target is watched, so creating it re-resolves');
    assert.equal(res.usingLastGood, true);
  });

  it('says how to name a file beside the style file written without ./', () => {
    const t = tree({ '.copydesk.yaml': 'extends: base.yaml\n', 'base.yaml': 'words: [B]\n' });
    const res = new StyleResolver().resolveFor(t.path('draft.md'));
    assert.deepEqual(where(res, t), [
      '.copydesk.yaml:1:10: cannot find "base.yaml" (extends): no package "base.yaml" is installed in node_modules here or in a folder above; for the file beside this one write "./base.yaml"',
    ]);
  });

  it('reports a cycle at the entry that closes it, and a file extending itself', () => {
    const t = tree({
      '.copydesk.yaml': 'extends: ./a.yaml\n',
      'a.yaml': 'words: [A]\nextends: ./b.yaml\n',
      'b.yaml': 'extends:\n  - ./a.yaml\n',
      'self/.copydesk.yaml': 'extends: [./.copydesk.yaml]\n',
    });
    const r = new StyleResolver();
    assert.deepEqual(where(r.resolveFor(t.path('draft.md')), t), ['b.yaml:2:5: extends cycle: a.yaml → b.yaml → a.yaml']);
    assert.deepEqual(where(r.resolveFor(t.path('self/draft.md')), t), ['self/.copydesk.yaml:1:11: extends cycle: .copydesk.yaml → .copydesk.yaml']);
  });

  it('reports an extended file\'s own problems in that file, and merges a diamond once', () => {
    const t = tree({
      '.copydesk.yaml': 'extends: [./b.yaml, ./c.yaml]\n',
      'b.yaml': 'extends: ./d.yaml\nwords: [B]\n',
      'c.yaml': 'extends: ./d.yaml\nwords: [C]\n',
      'd.yaml': 'words: [D]\n',
      'broken/.copydesk.yaml': 'extends: ./bad.yaml\n',
      'broken/bad.yaml': 'words: [A]\nwrods: [B]\n',
    });
    const r = new StyleResolver();
    const diamond = r.resolveFor(t.path('x.md'));
    assert.deepEqual(diamond.problems, []);
    assert.deepEqual(diamond.style.words, ['D', 'B', 'C']);
    assert.deepEqual(where(r.resolveFor(t.path('broken/x.md')), t), ['broken/bad.yaml:2:1: unknown key "wrods" (did you mean "words"?)']);
  });

  it('refuses a runaway chain of extends', () => {
    const files: Record<string, string> = { '.copydesk.yaml': 'extends: ./s0.yaml\n' };
    for (let i = 0; i < 40; i++) files[`s${i}.yaml`] = `extends: ./s${i + 1}.yaml\n`;
    files['s40.yaml'] = 'words: [End]\n';
    const t = tree(files);
    const res = new StyleResolver().resolveFor(t.path('x.md'));
    assert.equal(res.problems.length, 1);
    assert.match(res.problems[0].message, /too many levels of extends/);
  });
});

describe('StyleResolver: merging and overrides', () => {
  it('joins lists without repeats, the nearer rules and locale win, a bare severity keeps options', () => {
    const t = tree({
      'base.yaml': 'locale: en-US\nwords: [A, B]\nentities: [{ name: Rapid Support Forces, short: RSF }]\nrules:\n  acronym-first-use: [warning, { minUses: 3 }]\n  repeated-word: warning\n',
      '.copydesk.yaml': 'extends: ./base.yaml\nlocale: en-GB\nwords: [B, C]\nentities: [{ name: Local Government Association }]\nrules:\n  acronym-first-use: error\n',
    });
    const s = new StyleResolver().resolveFor(t.path('x.md')).style;
    assert.equal(s.locale, 'en-GB');
    assert.deepEqual(s.words, ['A', 'B', 'C']);
    assert.deepEqual(s.entities?.map((e) => e.name), ['Rapid Support Forces', 'Local Government Association']);
    assert.deepEqual(s.rules, { 'acronym-first-use': ['error', { minUses: 3 }], 'repeated-word': 'warning' });
    assert.equal('root' in s || 'extends' in s || 'overrides' in s, false);
  });

  it('applies matching overrides in order, globs relative to the file that declares them', () => {
    const t = tree({
      'shared/base.yaml': 'overrides:\n  - files: ["sport/**"]\n    rules: { copy-artifacts: off }\n',
      '.copydesk.yaml': [
        'extends: ./shared/base.yaml',
        'rules: { quote-attribution: warning }',
        'overrides:',
        '  - files: ["sport/**"]',
        '    rules: { quote-attribution: off }',
        '  - files: ["sport/live/*.md", "**/*.draft"]',
        '    rules: { quote-attribution: hint }',
        '',
      ].join('\n'),
    });
    const r = new StyleResolver();
    const rule = (doc: string) => r.resolveFor(t.path(doc)).style.rules?.['quote-attribution'];
    assert.equal(rule('news/a.md'), 'warning');
    assert.equal(rule('sport/a.md'), 'off');
    assert.equal(rule('sport/live/a.md'), 'hint'); // both match: the later wins
    assert.equal(rule('news/deep/x.draft'), 'hint');
    // The base file's glob is relative to shared/, so sport/ beside the nearest file is not it.
    assert.equal(r.resolveFor(t.path('sport/a.md')).style.rules?.['copy-artifacts'], undefined);
    assert.equal(r.resolveFor(t.path('shared/sport/a.md')).style.rules?.['copy-artifacts'], 'off');
  });
});

describe('StyleResolver: caching, invalidation and the last good style', () => {
  it('returns the same Style object while nothing changes, and shares it across a folder', () => {
    const t = tree({ '.copydesk.yaml': 'words: [A]\noverrides:\n  - files: ["sport/**"]\n    rules: { repeated-word: off }\n' });
    let reads = 0;
    const r = new StyleResolver({
      readFile: (p) => {
        reads++;
        return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
      },
    });
    const a = r.resolveFor(t.path('news/a.md'));
    const readsAfterFirst = reads;
    assert.equal(r.resolveFor(t.path('news/a.md')).style, a.style);
    assert.equal(r.resolveFor(t.path('news/b.md')).style, a.style);
    assert.equal(r.resolveFor(t.path('features/c.md')).style, a.style); // same overrides match: same object
    const sport = r.resolveFor(t.path('sport/a.md')).style;
    assert.notEqual(sport, a.style);
    assert.equal(r.resolveFor(t.path('sport/b.md')).style, sport);
    assert.equal(reads, readsAfterFirst + 2); // only the two new folders' candidate files (features/, sport/)
  });

  it('invalidate(path) re-reads that file; an unrelated path keeps the Style object', () => {
    const t = tree({ '.copydesk.yaml': 'words: [A]\n', 'other/.copydesk.yaml': 'words: [O]\n' });
    const r = new StyleResolver();
    const first = r.resolveFor(t.path('a.md')).style;
    r.invalidate(t.path('other/.copydesk.yaml'));
    assert.equal(r.resolveFor(t.path('a.md')).style, first);
    t.write('.copydesk.yaml', 'words: [B]\n');
    assert.equal(r.resolveFor(t.path('a.md')).style, first); // cached until told
    r.invalidate(t.path('.copydesk.yaml'));
    assert.deepEqual(r.resolveFor(t.path('a.md')).style.words, ['B']);
  });

  it('notices a new nearer file, and an extended file changing, once invalidated', () => {
    const t = tree({ '.copydesk.yaml': 'extends: ./base.yaml\n', 'base.yaml': 'words: [Base]\n' });
    const r = new StyleResolver();
    assert.deepEqual(r.resolveFor(t.path('news/a.md')).style.words, ['Base']);
    t.write('base.yaml', 'words: [Base2]\n');
    r.invalidate(t.path('base.yaml'));
    assert.deepEqual(r.resolveFor(t.path('news/a.md')).style.words, ['Base2']);
    t.write('news/.copydesk.yaml', 'words: [News]\n');
    r.invalidate(t.path('news/.copydesk.yaml'));
    assert.deepEqual(r.resolveFor(t.path('news/a.md')).style.words, ['News']);
    r.invalidate();
    assert.deepEqual(r.resolveFor(t.path('a.md')).style.words, ['Base2']);
  });

  it('keeps the last good style while the file is broken, and the built-in one if it never was good', () => {
    const texts = new Map<string, string>();
    const r = new StyleResolver({ readFile: (p) => texts.get(p) });
    const file = '/ws/.copydesk.yaml';
    texts.set(file, 'words: [Good]\n');
    const good = r.resolveFor('/ws/a.md');
    assert.equal(good.usingLastGood, false);
    texts.set(file, 'words: [Good, Typed\n'); // half typed in the editor
    r.invalidate(file);
    const broken = r.resolveFor('/ws/a.md');
    assert.equal(broken.usingLastGood, true);
    assert.equal(broken.style, good.style);
    assert.ok(broken.problems.length > 0 && broken.problems.every((p) => p.file === file));
    texts.set(file, 'words: [Good, Typed]\n');
    r.invalidate(file);
    const fixed = r.resolveFor('/ws/a.md');
    assert.deepEqual([fixed.usingLastGood, fixed.problems, fixed.style.words], [false, [], ['Good', 'Typed']]);
    // Another file, broken from the start: the built-in style meanwhile.
    texts.set('/ws2/.copydesk.yaml', 'wrods: [X]\n');
    const never = r.resolveFor('/ws2/a.md');
    assert.equal(never.usingLastGood, true);
    assert.equal(never.style, recommendedStyle());
  });

  it('keeps the last good style when a file it extends breaks, and applies its overrides', () => {
    const texts = new Map<string, string>([
      ['/ws/.copydesk.yaml', 'extends: ./base.yaml\noverrides: [{ files: ["sport/**"], rules: { repeated-word: off } }]\n'],
      ['/ws/base.yaml', 'words: [Base]\n'],
    ]);
    const r = new StyleResolver({ readFile: (p) => texts.get(p) });
    r.resolveFor('/ws/sport/a.md');
    texts.set('/ws/base.yaml', 'words: Base]\n');
    r.invalidate('/ws/base.yaml');
    const res = r.resolveFor('/ws/sport/a.md');
    assert.equal(res.usingLastGood, true);
    assert.deepEqual(res.style.words, ['Base']);
    assert.equal(res.style.rules?.['repeated-word'], 'off');
    assert.deepEqual([...new Set(res.problems.map((p) => p.file))], ['/ws/base.yaml']);
  });

  it('reads through the overlay: a style open unsaved in the editor, and a reader that throws', () => {
    const t = tree({ '.copydesk.yaml': 'words: [OnDisk]\n' });
    const overlay = new Map([[t.path('.copydesk.yaml'), 'words: [InEditor]\n']]);
    const r = new StyleResolver({ readFile: (p) => overlay.get(p) ?? (p === t.path('.copydesk.yaml') ? 'words: [OnDisk]\n' : undefined) });
    assert.deepEqual(r.resolveFor(t.path('a.md')).style.words, ['InEditor']);
    const failing = new StyleResolver({
      readFile: (p) => {
        if (p === '/x/.copydesk.yaml') throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return undefined;
      },
    });
    const res = failing.resolveFor('/x/a.md');
    assert.deepEqual(res.problems.map((p) => `${p.line}:${p.column} ${p.message}`), ['1:1 cannot read the style file (EACCES)']);
  });

  it('reports a .copydesk.yaml that is a folder, and a --config that is a folder', () => {
    const t = tree({ 'a/draft.md': '' });
    mkdirSync(t.path('a/.copydesk.yaml'));
    const r = new StyleResolver();
    assert.deepEqual(where(r.resolveFor(t.path('a/draft.md')), t), ['a/.copydesk.yaml:1:1: this is a folder, not a style file']);
    assert.deepEqual(where(r.resolveWithConfig(t.path('a'), t.path('a/draft.md')), t), ['a:1:1: this is a folder, not a style file']);
  });
});
