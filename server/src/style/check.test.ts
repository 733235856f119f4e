// checkStyleText: each kind of problem a desk editor can make, at its exact line and column,
// with its message — and the same places when the file has CRLF line ends or a BOM.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { RULES } from '../engine/index.js';
import { checkStyleText } from './check.js';
import type { StyleProblem } from './problem.js';

const FILE = '/news/.copydesk.yaml';

/** "line:column-endLine:endColumn message" */
function show(p: StyleProblem): string {
  return `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.message}`;
}

const CASES: Array<{ name: string; yaml: string; problems: string[] }> = [
  { name: 'an empty file', yaml: '', problems: [] },
  { name: 'comments only', yaml: '# nothing yet\n', problems: [] },
  { name: 'an empty list key', yaml: 'words:\nrules:\n', problems: [] },
  {
    name: 'a full valid style',
    yaml: [
      'root: true',
      'extends: [copydesk:recommended, ./base.yaml]',
      'locale: en-GB',
      'rules:',
      '  quote-attribution: warning',
      '  acronym-first-use: [warning, { minUses: 2 }]',
      '  repeated-word: [off]',
      'entities:',
      '  - name: Government of National Accord',
      '    short: GNA',
      '    aliases: [unity government]',
      '    avoid: [National Accord Government]',
      'terms:',
      '  - { use: Gaddafi, avoid: [Qaddafi, Kadhafi] }',
      'acronyms: [NHS, FTSE]',
      'words: [Haftar, Tobruk]',
      'overrides:',
      '  - files: ["sport/**"]',
      '    rules: { quote-attribution: off }',
      '',
    ].join('\n'),
    problems: [],
  },
  { name: 'a misspelt key', yaml: 'locale: en-GB\nentites: []\n', problems: ['2:1-2:8 unknown key "entites" (did you mean "entities"?)'] },
  {
    name: 'an unknown key with nothing close',
    yaml: 'colour: blue\n',
    problems: ['1:1-1:7 unknown key "colour"; the keys are root, extends, locale, rules, entities, terms, acronyms, words, overrides, frontMatter'],
  },
  { name: 'the front matter keys checked as prose', yaml: 'frontMatter:\n  prose: [title, author]\n', problems: [] },
  { name: 'no front matter key checked', yaml: 'frontMatter: { prose: [] }\n', problems: [] },
  {
    name: 'a misspelt key under frontMatter',
    yaml: 'frontMatter:\n  pros: [title]\n',
    problems: ['2:3-2:7 unknown key "pros" (did you mean "prose"?)'],
  },
  {
    name: 'frontMatter given as a list',
    yaml: 'frontMatter: [title]\n',
    problems: ['1:14-1:21 "frontMatter" must be a mapping, such as "prose: [title, description]" on the line below, not a list'],
  },
  { name: 'frontMatter prose given as text', yaml: 'frontMatter:\n  prose: title\n', problems: ['2:10-2:15 "prose" must be a list, not text; write prose: [title]'] },
  {
    name: 'an unknown rule id',
    yaml: 'rules:\n  quote-atribution: warning\n',
    problems: ['2:3-2:19 unknown rule "quote-atribution" (did you mean "quote-attribution"?)'],
  },
  {
    name: 'a severity that is not one',
    yaml: 'rules:\n  repeated-word: warn\n',
    problems: ['2:18-2:22 "warn" is not a severity; use off, hint, information, warning or error (did you mean "warning"?)'],
  },
  {
    name: 'a numeric severity (eslint habit)',
    yaml: 'rules:\n  repeated-word: 2\n',
    problems: ['2:18-2:19 "2" is not a severity; use off, hint, information, warning or error (did you mean "error"?)'],
  },
  {
    name: 'a misspelt severity in a tuple, bad options and an extra item',
    yaml: 'rules:\n  misspelling: [warnig, 3, x]\n',
    problems: [
      '2:17-2:23 "warnig" is not a severity; use off, hint, information, warning or error (did you mean "warning"?)',
      '2:25-2:26 the options of "misspelling" must be a mapping in { }, such as [warning, { option: value }]',
      '2:28-2:29 "misspelling" takes one severity and one { options } mapping; remove the rest',
    ],
  },
  {
    name: 'an empty rule setting',
    yaml: 'rules:\n  repeated-word:\n  misspelling: []\n',
    problems: [
      '2:3-2:16 no severity given; use off, hint, information, warning or error',
      '3:16-3:18 "misspelling" needs a severity: [warning] or [warning, { options }]',
    ],
  },
  {
    name: 'a rule setting that is a mapping',
    yaml: 'rules:\n  repeated-word: { severity: warning }\n',
    problems: ['2:18-2:39 "repeated-word" must be a severity (off, hint, information, warning or error) or a list [severity, { options }], not a mapping'],
  },
  { name: 'a locale in the wrong case', yaml: 'locale: en-gb\n', problems: ['1:9-1:14 "en-gb" is not a locale; use en-GB or en-US (did you mean "en-GB"?)'] },
  { name: 'an unknown locale', yaml: 'locale: fr-FR\n', problems: ['1:9-1:14 "fr-FR" is not a locale; use en-GB or en-US'] },
  { name: 'a word where a list belongs', yaml: 'words: Haftar\n', problems: ['1:8-1:14 "words" must be a list, not text; write words: [Haftar]'] },
  {
    name: 'a mapping where a list belongs',
    yaml: 'acronyms:\n  NHS: yes\n',
    problems: ['2:3-2:11 "acronyms" must be a list, not a mapping: start each item with "- "'],
  },
  {
    name: 'list entries that are not text',
    yaml: 'words: [1, true, "", [a]]\n',
    problems: [
      '1:9-1:10 each entry of "words" must be text, not a number; put it in quotes: "1"',
      '1:12-1:16 each entry of "words" must be text, not true; put it in quotes: "true"',
      '1:18-1:20 an entry of "words" is empty',
      '1:22-1:25 each entry of "words" must be text, not a list',
    ],
  },
  {
    name: 'a term whose avoid is one string (it stays a list)',
    yaml: 'terms:\n  - { use: Gaddafi, avoid: Qaddafi }\n',
    problems: ['2:28-2:35 "avoid" must be a list, not text; write avoid: [Qaddafi]'],
  },
  {
    name: 'terms missing use or avoid, an empty avoid and an unknown key',
    yaml: 'terms:\n  - use: Kyiv\n  - { avoid: [Kiev] }\n  - { use: chair, avoid: [] }\n  - { use: x, avoid: [y], replace: z }\n',
    problems: [
      '2:5-2:14 a term needs "avoid" (a list of the forms to replace)',
      '3:5-3:22 a term needs "use" (the preferred form)',
      '4:26-4:28 "avoid" needs at least one form to replace',
      '5:27-5:34 unknown key "replace" in a term; the keys here are use, avoid',
    ],
  },
  {
    name: 'a term that is text',
    yaml: 'terms:\n  - Gaddafi\n',
    problems: ['2:5-2:12 each term must be a mapping, such as "- { use: Gaddafi, avoid: [Qaddafi] }", not text'],
  },
  {
    name: 'an entity with a misspelt key and one with no name',
    yaml: 'entities:\n  - name: Local Government Association\n    shrt: LGA\n  - short: GNA\n',
    problems: [
      '3:5-3:9 unknown key "shrt" in an entity (did you mean "short"?)',
      '4:5-4:15 an entity needs "name" (the full name, as the story spells it out first)',
    ],
  },
  { name: 'root that is not true or false', yaml: 'root: yes\n', problems: ['1:7-1:10 "root" must be true or false, not text'] },
  {
    name: 'extends entries that are not text',
    yaml: 'extends: [copydesk:recommended, 3]\nwords: []\n',
    problems: ['1:33-1:34 each "extends" entry must be text (a style name or path), not a number'],
  },
  { name: 'an empty extends', yaml: 'extends: ""\n', problems: ['1:10-1:12 "extends" is empty; name a style (copydesk:recommended), a path or a package'] },
  {
    name: 'an override with a glob as text and an unknown rule',
    yaml: 'overrides:\n  - files: sport/**\n    rules: { quote-attributon: off }\n',
    problems: [
      '2:12-2:20 "files" must be a list, not text; write files: [sport/**]',
      '3:14-3:30 unknown rule "quote-attributon" (did you mean "quote-attribution"?)',
    ],
  },
  {
    name: 'an override without files',
    yaml: 'overrides:\n  - rules: { quote-attribution: off }\n',
    problems: ['2:5-2:38 an override needs "files" (a list of file patterns such as ["sport/**"])'],
  },
  {
    name: 'rules as text',
    yaml: 'rules: warning\n',
    problems: ['1:8-1:15 "rules" must be a mapping, such as "quote-attribution: warning" on the line below, not text'],
  },
  { name: 'a top level that is a list', yaml: '- words\n- rules\n', problems: ['1:1-1:8 a style file is a set of "key: value" lines (such as "locale: en-GB"), not a list'] },
  { name: 'a top level that is text', yaml: 'just some words\n', problems: ['1:1-1:16 a style file is a set of "key: value" lines (such as "locale: en-GB"), not text'] },
  {
    name: 'a duplicate key',
    yaml: 'words: [A]\nlocale: en-GB\nwords: [B]\n',
    problems: ['3:1-3:6 YAML syntax error: the key "words" appears twice in the same place; keep one (join their lists)'],
  },
  { name: 'a tab used to indent', yaml: 'words:\n\t- A\n', problems: ['2:1-2:2 YAML syntax error: a tab is used to indent; YAML needs spaces'] },
  {
    name: 'two documents',
    yaml: 'words: [A]\n---\nwords: [B]\n',
    problems: ['2:1-2:4 YAML syntax error: a style file holds one document; remove the "---" line and what follows it, or merge them'],
  },
];

function check(yaml: string): string[] {
  return checkStyleText(FILE, yaml).map(show);
}

describe('checkStyleText', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(check(c.yaml), c.problems));
  }

  it("reports other YAML syntax errors in yaml's words, at their place", () => {
    const problems = checkStyleText(FILE, 'words: [A, B\nlocale: en-GB\n');
    assert.ok(problems.length >= 1);
    for (const p of problems) {
      assert.match(p.message, /^YAML syntax error: /);
      assert.ok(p.line >= 1 && p.line <= 3 && p.endLine === p.line, show(p));
    }
  });

  it('reports every problem in the file it was given, as an error', () => {
    for (const p of checkStyleText(FILE, 'entites: []\nrules: { x: 1 }\n')) {
      assert.equal(p.file, FILE);
      assert.equal(p.severity, 'error');
    }
  });

  it('gives the same places with CRLF line ends', () => {
    for (const c of CASES) {
      const crlf = c.yaml.replace(/\n/g, '\r\n');
      const lf = checkStyleText(FILE, c.yaml).map((p) => `${p.line}:${p.column} ${p.message}`);
      const cr = checkStyleText(FILE, crlf).map((p) => `${p.line}:${p.column} ${p.message}`);
      assert.deepEqual(cr, lf, c.name);
    }
  });

  it('accepts a BOM and does not count it in the columns', () => {
    for (const c of CASES) assert.deepEqual(check('\ufeff' + c.yaml), check(c.yaml), c.name);
  });

  it('knows every rule in the registry, and only those', () => {
    const all = RULES.map((r) => `  ${r.meta.id}: warning`).join('\n');
    assert.deepEqual(check(`rules:\n${all}\n`), []);
    for (const r of RULES) {
      const misspelt = r.meta.id.slice(0, -1); // one letter short: "did you mean" names the rule
      const problems = check(`rules:\n  ${misspelt}: warning\n`);
      if (RULES.some((o) => o.meta.id === misspelt)) continue;
      assert.equal(problems.length, 1, r.meta.id);
      assert.match(problems[0], new RegExp(`unknown rule "${misspelt}" \\(did you mean "${r.meta.id}"`));
    }
  });

  it('checks the options of a rule that declares an options schema', () => {
    const rule = RULES[0];
    const meta = rule.meta as { options?: unknown };
    const saved = meta.options;
    meta.options = {
      type: 'object',
      properties: { minUses: { type: 'number' }, known: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    };
    try {
      const id = rule.meta.id;
      assert.deepEqual(check(`rules:\n  ${id}: [warning, { minUses: 2 }]\n`), []);
      const col = `  ${id}: [warning, { `.length + 1;
      assert.deepEqual(check(`rules:\n  ${id}: [warning, { minUse: 2 }]\n`), [
        `2:${col}-2:${col + 6} ${id}: unknown option "minUse" (did you mean "minUses"?)`,
      ]);
      const valueCol = `  ${id}: [warning, { minUses: `.length + 1;
      assert.deepEqual(check(`rules:\n  ${id}: [warning, { minUses: two }]\n`), [`2:${valueCol}-2:${valueCol + 3} ${id}: "minUses" must be a number`]);
      // In an override too.
      assert.equal(check(`overrides:\n  - files: ["*"]\n    rules:\n      ${id}: [error, { minUse: 1 }]\n`).length, 1);
    } finally {
      meta.options = saved;
    }
  });

  it('every rule takes a url, a web address, beside its own options', () => {
    const noOptions = RULES.find((r) => r.meta.options === undefined)!.meta.id;
    assert.deepEqual(
      check(
        `rules:\n  ${noOptions}: [warning, { url: https://desk.example/style#${noOptions} }]\n` +
          '  acronym-first-use: [warning, { minUses: 1, url: "http://intranet.example/style/acronyms" }]\n' +
          'overrides:\n  - files: ["sport/**"]\n    rules: { misspelling: [information, { url: https://desk.example/sport#spelling }] }\n',
      ),
      [],
    );
    const at = (yaml: string, value: string) => `2:${yaml.indexOf(value) - 'rules:\n'.length + 1}-2:${yaml.indexOf(value) - 'rules:\n'.length + 1 + value.length}`;
    const must = (id: string) => `${id}: "url" must be a web address starting with https:// or http://, such as https://desk.example/style#${id}`;
    for (const [yaml, value, message] of [
      ['rules:\n  misspelling: [warning, { url: desk.example/style }]\n', 'desk.example/style', must('misspelling')],
      ['rules:\n  misspelling: [warning, { url: ftp://desk.example/style }]\n', 'ftp://desk.example/style', must('misspelling')],
      ['rules:\n  misspelling: [warning, { url: 404 }]\n', '404', must('misspelling')],
      ['rules:\n  misspelling: [warning, { url: [https://a.example] }]\n', '[https://a.example]', must('misspelling')],
      ['rules:\n  misspelling: [warning, { url: "https://desk.example/our style" }]\n', '"https://desk.example/our style"', 'misspelling: "url" is not a valid web address (write a space as %20)'],
      ['rules:\n  misspelling: [warning, { url: "https://" }]\n', '"https://"', 'misspelling: "url" is not a valid web address'],
      // Beside the rule's own options, which are still checked.
      ['rules:\n  acronym-first-use: [warning, { minUses: 2, url: nowhere }]\n', 'nowhere', must('acronym-first-use')],
    ] as const) {
      assert.deepEqual(check(yaml), [`${at(yaml, value)} ${message}`], yaml);
    }
    // With a bad severity as well: both are said (the schema rejected the setting as a whole).
    assert.deepEqual(check('rules:\n  misspelling: [warn, { url: nowhere }]\n'), [
      '2:17-2:21 "warn" is not a severity; use off, hint, information, warning or error (did you mean "warning"?)',
      `2:30-2:37 ${must('misspelling')}`,
    ]);
    assert.deepEqual(check('rules:\n  misspelling: [warning, { urls: https://a.example }]\n'), [
      '2:28-2:32 misspelling: unknown option "urls" (did you mean "url"?)',
    ]);
    // In an override, at its own line.
    assert.deepEqual(check('overrides:\n  - files: ["a/**"]\n    rules:\n      misspelling: [off, { url: nope }]\n'), [`4:33-4:37 ${must('misspelling')}`]);
  });

  it('a rule that declares no options takes none', () => {
    const rule = RULES.find((r) => r.meta.options === undefined);
    assert.ok(rule, 'some rule takes no options');
    const id = rule.meta.id;
    assert.deepEqual(check(`rules:\n  ${id}: [information, {}]\n`), []);
    const col = `  ${id}: [information, { `.length + 1;
    assert.deepEqual(check(`rules:\n  ${id}: [information, { anything: [1, 2] }]\n`), [
      `2:${col}-2:${col + 8} ${id}: unknown option "anything"; the only option of ${id} is url`,
    ]);
  });
});

describe('the options of the rules that take them', () => {
  const CASES: Array<{ name: string; yaml: string; problems: string[] }> = [
    { name: 'good options', yaml: 'rules:\n  acronym-first-use: [warning, { minUses: 1, known: [ECB, FSA] }]\n  quote-attribution: [error, { previousParagraph: true }]\n', problems: [] },
    {
      name: 'an option one letter off',
      yaml: 'rules:\n  acronym-first-use: [warning, { minUse: 1 }]\n',
      problems: ['2:34-2:40 acronym-first-use: unknown option "minUse" (did you mean "minUses"?)'],
    },
    {
      name: 'an option with nothing close, in block style',
      yaml: 'rules:\n  acronym-first-use:\n    - warning\n    - colour: red\n',
      problems: ['4:7-4:13 acronym-first-use: unknown option "colour"; the options are minUses, known, url'],
    },
    {
      name: 'minUses that is not a whole number of 1 or more',
      yaml: 'rules:\n  acronym-first-use: [warning, { minUses: two }]\noverrides:\n  - files: ["a/**"]\n    rules:\n      acronym-first-use: [warning, { minUses: 0 }]\n  - files: ["b/**"]\n    rules: { acronym-first-use: [off, { minUses: -1.5 }] }\n',
      problems: [
        '2:43-2:46 acronym-first-use: "minUses" must be a whole number of 1 or more',
        '6:47-6:48 acronym-first-use: "minUses" must be a whole number of 1 or more',
        '8:50-8:54 acronym-first-use: "minUses" must be a whole number of 1 or more',
      ],
    },
    {
      name: 'known that is not a list of text',
      yaml: 'rules:\n  acronym-first-use: [warning, { known: ECB }]\n  quote-attribution: [warning, { previousParagraph: yes }]\n',
      problems: [
        '2:41-2:44 acronym-first-use: "known" must be a list of text',
        '3:53-3:56 quote-attribution: "previousParagraph" must be true or false',
      ],
    },
    {
      name: 'entries of known that are not text, or empty',
      yaml: 'rules:\n  acronym-first-use: [warning, { known: [ECB, 3, ""] }]\n',
      problems: ['2:47-2:48 acronym-first-use: each entry of "known" must be text', '2:50-2:52 acronym-first-use: an entry of "known" is empty'],
    },
  ];
  for (const c of CASES) {
    it(c.name, () => assert.deepEqual(check(c.yaml), c.problems));
  }

  it('every options schema is valid (strict mode, against the meta-schema) and rejects unknown options', () => {
    for (const r of RULES) {
      const options = r.meta.options;
      if (!options) continue;
      new Ajv({ strict: true }).compile(options); // at run time the schemas are not checked (ajv-options.ts)
      assert.equal(options.additionalProperties, false, r.meta.id);
      assert.deepEqual(check(`rules:\n  ${r.meta.id}: [warning, { zzz: 1 }]\n`).length, 1, r.meta.id);
    }
  });
});

describe('duplicate keys', () => {
  const CASES: Array<[string, string, string]> = [
    ['a block key', 'words: [A]\nwords: [B]\n', '2:1-2:6 YAML syntax error: the key "words" appears twice in the same place; keep one (join their lists)'],
    ['an explicit "? key"', 'words: [A]\n? words\n: [B]\n', '2:3-2:8 YAML syntax error: the key "words" appears twice in the same place; keep one (join their lists)'],
    ['a flow mapping', '{ words: [A], words: [B] }\n', '1:15-1:20 YAML syntax error: the key "words" appears twice in the same place; keep one (join their lists)'],
    ['a quoted key with a colon', 'rules:\n  "a: b": off\n  \'a: b\': off\n', '3:3-3:9 YAML syntax error: the key "a: b" appears twice in the same place; keep one (join their lists)'],
    ['a rule id', 'rules:\n  repeated-word: off\n  repeated-word: warning\n', '3:3-3:16 YAML syntax error: the key "repeated-word" appears twice in the same place; keep one (join their lists)'],
  ];
  for (const [name, yaml, problem] of CASES) it(`names the whole key: ${name}`, () => assert.deepEqual(check(yaml), [problem]));
});
