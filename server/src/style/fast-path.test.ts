// The fast path (js-yaml + validation of the plain value) against the slow path (`yaml`'s
// Document API): for many generated style texts, good and bad, written in every YAML style a
// desk editor might use and with the scalars where YAML parsers are known to differ, both give
// the same Style, the same extends and overrides, and the same problems at the same places.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse as yamlParse, parseDocument } from 'yaml';
import { RULES } from '../engine/index.js';
import { fastLoad, fastPathAllowed } from './fast-yaml.js';
import { parseStyleText, type ParsedStyleFile } from './parse.js';
import { StyleResolver } from './resolver.js';
import { tempTree } from './test-folders.js';

const FILE = '/news/.copydesk.yaml';

/** A small seeded generator, so that fast-check's seed reproduces a text. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { chance: (p: number) => next() < p, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof rng>;

// Scalars where YAML 1.1 and 1.2, or js-yaml and `yaml`, are known to part ways, and text
// that means something to YAML when it is not quoted.
const TRICKY = [
  'yes', 'no', 'on', 'off', 'Y', 'n', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'tRue', 'false',
  '1', '0', '-0', '1_000', '0o17', '0o8', '0x1f', '0X1F', '010', '+1', '-.5', '.5', '1.', '1e3', '1E+3', '1e400', '.inf', '-.Inf',
  '.NaN', '0b101', '-0x1F', '2001-12-14', '12:30:00', '1:20', 'AT&T', 'Marks & Spencer', 'Yahoo!', 'a: b', 'a:b', 'x #y',
  'x#y', '#x', '- x', '-x', '?x', '? x', '@x', '`x', '%x', '|', '>', "'", '"', "it's", 'say "hi"', 'é', 'Zoë', '😀', 'a\u2028b',
  ' lead', 'trail ', '\\', 'a\\nb', '[x]', '{x}', 'a, b', 'constructor', 'hasOwnProperty', 'toString', '<<', '=', '...', '---x',
  'Kyiv', 'per cent', 'al-Qaeda', 'Formula 1', 'NHS', 'Gaddafi', 'Government of National Accord', '',
];
const WORDS = ['Haftar', 'Tobruk', 'Qaddafi', 'GNA', 'UNSMIL', 'e-mail', 'focussed', 'Mumbai', 'Bombay', 'Kiev', 'ONS', 'OBR', 'data centre'];
const SEVERITIES = ['off', 'hint', 'information', 'warning', 'error', 'warning', 'off', 'warn', 'Warning', '2', 'yes', '~', ''];
const OPTION_VALUES = ['1', '2', '0', '-1', '1.5', '1_0', '0b11', '0o7', '0x1F', '-0x1F', '010', '+3', '1e3', '1.0', '.5', '-.5', '.inf', 'true', 'True', 'TRUE', 'yes', 'on', '~', '[ECB, FSA]', '[ECB, 1_0]', '[1]', '""', 'x'];
const RULE_IDS = [...RULES.map((r) => r.meta.id), 'quote-atribution', 'house-term'];
const OPTION_NAMES = ['minUses', 'known', 'previousParagraph', 'minUse', 'colour'];
const KEYS = ['root', 'extends', 'locale', 'rules', 'entities', 'terms', 'acronyms', 'words', 'overrides', 'frontMatter'];
const MISSPELT_KEYS = ['entites', 'wrods', 'Words', 'rule', 'colour'];

function scalar(r: Rng, flow: boolean): string {
  const text = r.chance(0.55) ? r.pick(WORDS) : r.pick(TRICKY);
  switch (r.int(flow ? 4 : 5)) {
    case 0:
      return `'${text.replace(/'/g, "''")}'`;
    case 1:
      return JSON.stringify(text);
    case 4:
      // A block scalar (as a value in block style only), or a quoted one over two lines.
      if (r.chance(0.5)) return `${r.pick(['|-', '>', '|'])}\n${someIndent(r)}${text}`;
      return `"${text.replace(/["\\]/g, '')} and\n${someIndent(r)}more"`;
    default:
      return text; // plain: may well be something else to YAML, which is the point
  }
}

/** Up to five spaces: lines of flow collections and scalars that run on, at any indentation. */
const someIndent = (r: Rng) => ' '.repeat(r.int(6));

function list(r: Rng, indent: string, item: (flow: boolean) => string): string {
  const n = r.int(4);
  if (r.chance(0.15)) {
    // A flow list over several lines, each at its own indentation, maybe with comments.
    const items = Array.from({ length: n }, () => `\n${someIndent(r)}${item(true)},${r.chance(0.2) ? ' # c' : ''}`);
    return ` [${items.join('')}\n${someIndent(r)}]`;
  }
  if (r.chance(0.5)) return ` [${Array.from({ length: n }, () => item(true)).join(', ')}]`;
  if (n === 0) return r.chance(0.5) ? '' : ' []';
  return Array.from({ length: n }, () => `\n${indent}- ${item(false)}`).join('');
}

function mapping(r: Rng, indent: string, pairs: Array<[string, (flow: boolean) => string]>): string {
  if (r.chance(0.4)) return `{ ${pairs.map(([k, v]) => `${k}: ${v(true).trimStart()}`).join(', ')} }`;
  return pairs
    .map(([k, v], i) => {
      const text = v(false);
      return `${i === 0 ? '' : `\n${indent}`}${k}:${text.startsWith('\n') ? '' : ' '}${text.trimStart()}`;
    })
    .join('');
}

/** `[severity, { options }]` or a bare severity; the options mostly ones the rule has. */
function ruleSetting(r: Rng, id: string, indent: string): string {
  if (r.chance(0.4)) return ` ${r.pick(SEVERITIES)}`;
  const own = Object.keys((RULES.find((x) => x.meta.id === id)?.meta.options?.properties as object | undefined) ?? {});
  const name = () => (own.length && r.chance(0.8) ? r.pick(own) : r.pick(OPTION_NAMES));
  const names = [...new Set(Array.from({ length: r.int(3) }, name))];
  const opts = names.map((n) => `${n}: ${r.pick(OPTION_VALUES)}`);
  if (r.chance(0.6)) return ` [${r.pick(SEVERITIES)}${r.chance(0.9) ? `, { ${opts.join(', ')} }` : ''}]`;
  return `\n${indent}- ${r.pick(SEVERITIES)}` + (opts.length ? `\n${indent}- ${opts.join(`\n${indent}  `)}` : '');
}

function rules(r: Rng, indent: string): string {
  const n = r.int(4);
  if (n === 0) return r.chance(0.5) ? '' : ' {}';
  const ids = [...new Set(Array.from({ length: n }, () => (r.chance(0.5) ? r.pick(['acronym-first-use', 'quote-attribution']) : r.pick(RULE_IDS))))];
  return ids.map((id) => `\n${indent}${id}:${ruleSetting(r, id, indent + '  ')}`).join('');
}

function value(r: Rng, key: string): string {
  switch (key) {
    case 'root':
      return ` ${r.pick(['true', 'false', 'True', 'yes', 'no', '~'])}`;
    case 'locale':
      return ` ${r.pick(['en-GB', 'en-US', 'en-gb', 'fr-FR', '"en-GB"'])}`;
    case 'extends':
      return r.chance(0.5) ? ` ${r.pick(['copydesk:recommended', './base.yaml', '"@paper/style"', '3', '""'])}` : list(r, '  ', () => r.pick(['copydesk:recommended', './a.yaml', '../b.yaml', '1']));
    case 'rules':
      return rules(r, '  ');
    case 'entities':
      return list(r, '  ', () => {
        const pairs: Array<[string, (flow: boolean) => string]> = [[r.chance(0.9) ? 'name' : 'nme', (flow) => scalar(r, flow)]];
        if (r.chance(0.5)) pairs.push(['short', (flow) => scalar(r, flow)]);
        if (r.chance(0.4)) pairs.push(['avoid', (flow) => (flow ? `[${scalar(r, true)}]` : list(r, '      ', () => scalar(r, true)))]);
        return mapping(r, '    ', pairs);
      });
    case 'terms':
      return list(r, '  ', () => `{ use: ${scalar(r, true)}, avoid: ${r.chance(0.8) ? `[${scalar(r, true)}]` : scalar(r, true)} }`);
    case 'frontMatter':
      // A mapping of `prose` (now and then misspelt), or something that is not a mapping.
      if (r.chance(0.15)) return list(r, '  ', (flow) => scalar(r, flow));
      return r.chance(0.4)
        ? ` { ${r.chance(0.9) ? 'prose' : 'pros'}:${list(r, '', (flow) => scalar(r, flow)).replace(/\n/g, ' ') || ' []'} }`
        : `\n  ${r.chance(0.9) ? 'prose' : 'prose_'}:${list(r, '    ', (flow) => scalar(r, flow))}`;
    case 'overrides':
      return list(r, '  ', () => `{ files: ${r.pick(['["sport/**"]', '[a/*.md, "b/**"]', 'sport/**', '[]'])}, rules: { ${((id) => `${id}:${ruleSetting(r, id, '').replace(/\n/g, ' ')}`)(r.pick(RULE_IDS))} } }`);
    default:
      return list(r, '  ', (flow) => scalar(r, flow));
  }
}

/** A style file text: some keys (now and then misspelt or twice), comments, odd line ends. */
function styleText(seed: number): string {
  const r = rng(seed);
  const lines: string[] = [];
  if (r.chance(0.1)) lines.push('---');
  if (r.chance(0.2)) lines.push('# the house style');
  const count = r.int(6);
  for (let i = 0; i < count; i++) {
    const key = r.chance(0.93) ? r.pick(KEYS) : r.pick(MISSPELT_KEYS);
    let line = `${key}:${value(r, key)}`;
    if (r.chance(0.15)) line += r.pick(['  # note', '#note', ' #note']);
    lines.push(line);
    if (r.chance(0.1)) lines.push('');
  }
  if (r.chance(0.05)) lines.push('...');
  let text = lines.join('\n') + (r.chance(0.8) ? '\n' : '');
  if (r.chance(0.03)) text = text.replace(/\n {2}/, r.pick(['\n\t', '\n \t', '\n  \t'])); // a tab in the indentation
  if (r.chance(0.1)) text = text.replace(r.pick([/: /g, /- /g, /, /g, /# /g, / /]), (m) => m.replace(' ', '\t')); // tabs between tokens
  if (r.chance(0.03)) text = text.replace(/: /, ': &a ') + 'x: *a\n';
  if (r.chance(0.15)) text = text.replace(/\n/g, '\r\n');
  if (r.chance(0.1)) text = '\ufeff' + text;
  return text;
}

/** Everything a ParsedStyleFile says, spans resolved. */
function summary(p: ParsedStyleFile) {
  return {
    problems: p.problems,
    own: p.own,
    root: p.root,
    extends: p.extends.map((e) => ({ target: e.target, span: e.span })),
    overrides: p.overrides,
  };
}

describe('the fast path and the slow path agree', () => {
  it('on generated style texts, good and bad', () => {
    let fast = 0;
    let bad = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = styleText(seed);
        const viaFast = parseStyleText(FILE, text);
        const viaYaml = parseStyleText(FILE, text, { fastPath: false });
        assert.equal(viaYaml.parser, 'yaml');
        assert.deepEqual(summary(viaFast), summary(viaYaml), JSON.stringify(text));
        if (viaFast.parser === 'js-yaml') fast++;
        if (viaYaml.problems.length) bad++;
      }),
      { numRuns: Number(process.env.STYLE_DIFF_RUNS ?? 1500) },
    );
    // Not a vacuous test: plenty of both kinds were generated.
    assert.ok(fast > 150, `fast path taken ${fast} times`);
    assert.ok(bad > 300, `${bad} texts with problems`);
  });

  it('on the edge cases: empty, BOM, CRLF, a top level that is not a mapping, YAML 1.1-isms, tabs', () => {
    const texts = [
      '', '\ufeff', '\n', '\r\n', '# only a comment', '---', '---\n', '...', '---\n...\n', '~', 'null', '{}', '[]', '- words', '[a, b]',
      'just some words', '"text"', '3', 'true', '--- |\n  x\n', 'words: [A]\n...\n', 'words: [A]\n---\nwords: [B]\n', '\ufeffwords: [A]\r\nlocale: en-GB\r\n',
      'root: yes\n', 'root: on\n', 'root: y\n', 'root: True\n', 'root: TRUE\n', 'words: [yes, no, on, off, y, n]\n', 'locale: en-GB # note\n',
      'words:\t[A]\n', 'words:\n\t- A\n', 'words: [A,\tB]\n', 'words: [A]\t# c\n', 'words:\n  - "a\tb"\n', 'entities:\n  - name: A\n  \tshort: B\n',
      'words: [A]\nwords: [B]\n', 'words: [A]\n"words": [B]\n', 'rules: { repeated-word: off, repeated-word: off }\n', '? words\n: [A]\n',
      'words: [A]#c\n', 'words: [A] #c\n', 'words: [a: b]\n', 'words:\n- A\n- B\n', 'words:\n  - A\n   - B\n', 'words: [\n  A,\n  B\n]\n',
      'terms:\n  - use: "Kyiv"\n    avoid:\n      - Kiev\n', 'entities:\n  - name: >-\n      Government of\n      National Accord\n',
      'words: [A, B, ]\n', 'words: [, A]\n', 'words: [A\n', 'words: "unterminated\n', "words: ['it''s']\n", 'words: ["\\u00e9", "\\x41"]\n',
      'rules:\n  acronym-first-use: [warning, { minUses: 0o2, known: [] }]\n', 'rules:\n  acronym-first-use: [warning, { minUses: 1_0 }]\n',
    ];
    for (const text of texts) {
      assert.deepEqual(summary(parseStyleText(FILE, text)), summary(parseStyleText(FILE, text, { fastPath: false })), JSON.stringify(text));
    }
  });

  it('js-yaml reads what `yaml` reads whenever both accept the text', () => {
    // Stronger than the above: the values agree even where validation would reject them.
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const text = styleText(seed).replace(/^\ufeff/, '');
        const fastValue = fastLoad(text);
        if (!fastValue) return;
        const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
        if (doc.errors.length || doc.warnings.length) return; // then the slow path reports them
        assert.deepEqual(fastValue.value, doc.toJS() ?? null, JSON.stringify(text));
      }),
      { numRuns: Number(process.env.STYLE_DIFF_RUNS ?? 1500) },
    );
  });

  it('reads every scalar of the YAML 1.2 core schema as `yaml` does', () => {
    for (const s of TRICKY.filter((t) => fastPathAllowed(`words: [${t}]`))) {
      for (const text of [`words: [${s}]\n`, `words:\n  - ${s}\n`, `root: ${s}\n`]) {
        const fastValue = fastLoad(text);
        let expected: unknown;
        try {
          expected = yamlParse(text, { uniqueKeys: true, strict: true, prettyErrors: false });
        } catch {
          continue;
        }
        if (fastValue) assert.deepEqual(fastValue.value, expected, JSON.stringify(text));
      }
    }
    // The differences that made js-yaml's own CORE_SCHEMA unfit (and YAML 1.1 booleans).
    assert.deepEqual(fastLoad('a: [0b101, -0x1F, 1_0, -.5, 1e400, yes, no, on, off, 010, 0o17]\n'), {
      value: { a: ['0b101', '-0x1F', '1_0', -0.5, Infinity, 'yes', 'no', 'on', 'off', 10, 15] },
    });
  });
});

describe('which path a text takes', () => {
  it('a good file takes the fast path; a file with anything to report, the slow one', () => {
    assert.equal(parseStyleText(FILE, 'words: [Haftar]\nrules: { quote-attribution: off }\n').parser, 'js-yaml');
    assert.equal(parseStyleText(FILE, '').parser, 'js-yaml');
    assert.equal(parseStyleText(FILE, '\ufeffwords: [A]\r\n').parser, 'js-yaml');
    assert.equal(parseStyleText(FILE, 'wrods: [Haftar]\n').parser, 'yaml');
    assert.equal(parseStyleText(FILE, 'words: [A]\nwords: [B]\n').parser, 'yaml'); // js-yaml throws on the duplicate
    assert.equal(parseStyleText(FILE, 'words: [A]\n---\nwords: [B]\n').parser, 'yaml');
  });

  it('anchors, aliases, tags, directives, tabs and __proto__ always go to `yaml`', () => {
    for (const text of [
      'acronyms: &known [NHS]\nwords: *known\n',
      'words: [*x]\n',
      'words: !!seq [A]\n',
      '%YAML 1.1\n---\nroot: yes\n',
      'words:\n\t- A\n',
      'words:\r  - A\r',
      'rules:\n  acronym-first-use: [warning, { __proto__: { minUses: 1 } }]\n',
    ]) {
      assert.equal(fastPathAllowed(text), false, text);
      assert.equal(parseStyleText(FILE, text).parser, 'yaml', text);
    }
    // A YAML 1.1 file: `yaml` reads root: yes as true there, js-yaml would not; the slow path decides.
    assert.deepEqual(parseStyleText(FILE, '%YAML 1.1\n---\nroot: yes\n').problems, []);
    // An ampersand, asterisk or exclamation mark inside a name is not an anchor, alias or tag.
    for (const text of ['entities: [{ name: Marks & Spencer }, { name: AT&T }]\n', 'words: [Yahoo!, "*NSYNC", R&B]\n']) {
      assert.equal(parseStyleText(FILE, text).parser, 'js-yaml', text);
    }
  });

  it('a good chain of files that extend each other is never read with `yaml`', () => {
    const t = tempTree({
      'base.yaml': 'words: [A]\n',
      'desk/.copydesk.yaml': 'extends: [copydesk:recommended, ../base.yaml]\nwords: [B]\n',
      'desk/sport/.copydesk.yaml': 'extends: ../.copydesk.yaml\nwords: [C]\n',
    });
    // The module reads yaml's export at each call (a CommonJS build), so counting calls here sees them.
    const yamlModule = require('yaml') as { parseDocument: (...args: unknown[]) => unknown };
    const original = yamlModule.parseDocument;
    let calls = 0;
    yamlModule.parseDocument = (...args: unknown[]) => {
      calls++;
      return original(...args);
    };
    try {
      const res = new StyleResolver().resolveFor(t.path('desk/sport/a.md'));
      assert.deepEqual([res.problems, res.style.words], [[], ['A', 'B', 'C']]);
      assert.equal(calls, 0);
      // …and the spy does see the slow path.
      parseStyleText(FILE, 'wrods: []\n');
      assert.equal(calls, 1);
    } finally {
      yamlModule.parseDocument = original;
      t.remove();
    }
  });

  it('a missing extends target of a good file is still reported at its line (positions read on demand)', () => {
    const t = tempTree({ '.copydesk.yaml': '# house style\nwords: [A]\nextends:\n  - copydesk:recommended\n  - ./missing.yaml\n' });
    try {
      const res = new StyleResolver().resolveFor(t.path('a.md'));
      assert.deepEqual(res.problems.map((p) => `${p.line}:${p.column}-${p.endColumn} ${p.message}`), ['5:5-19 cannot find "./missing.yaml" (extends)']);
      assert.equal(parseStyleText(t.path('.copydesk.yaml'), '# house style\nwords: [A]\nextends:\n  - copydesk:recommended\n  - ./missing.yaml\n').parser, 'js-yaml');
    } finally {
      t.remove();
    }
  });
});
