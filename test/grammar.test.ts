// Tokenizes the fixtures under test/fixtures/grammar/ with the real TextMate engine VS Code uses
// (vscode-textmate + the Oniguruma wasm) and checks each `<name>.draft` against the expected
// scopes in `<name>.scopes.json` beside it. The same JSON files can drive a check inside a real
// VS Code (see their "$comment" for the format).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IToken } from 'vscode-textmate';
import { ATTRIBUTION_VERBS } from '../server/src/engine/rules/data/attribution-verbs.js';

const root = join(__dirname, '..');
const fixtures = join(__dirname, 'fixtures/grammar');
const grammarPath = join(root, 'syntaxes/newsdraft.tmLanguage.json');
const SCOPE_NAME = 'text.newsdraft';

interface Expectation {
  line: number; // 1-based
  text: string;
  occurrence?: number; // 1-based, default 1
  scope?: string;
  notScope?: string;
}

interface TokenizedLine {
  text: string;
  tokens: IToken[];
}

let grammar: IGrammar;

before(async () => {
  const require = createRequire(__filename);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new OnigScanner(sources),
      createOnigString: (text) => new OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === SCOPE_NAME ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const loaded = await registry.loadGrammar(SCOPE_NAME);
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** Tokenizes a whole document line by line, carrying the rule stack as VS Code does. */
function tokenize(text: string): TokenizedLine[] {
  let stack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return { text: line, tokens: result.tokens };
  });
}

/** Theme-style scope matching: "string.quoted" matches "string.quoted.double.newsdraft". */
function hasScope(scopes: readonly string[], wanted: string): boolean {
  return scopes.some((s) => s === wanted || s.startsWith(wanted + '.'));
}

function scopesAt(line: TokenizedLine, index: number): string[] {
  const token = line.tokens.find((t) => t.startIndex <= index && index < t.endIndex);
  assert.ok(token, `a token covers column ${index} of ${JSON.stringify(line.text)}`);
  return token.scopes;
}

function describeTokens(line: TokenizedLine): string {
  return line.tokens
    .map((t) => `  ${JSON.stringify(line.text.slice(t.startIndex, t.endIndex))}: ${t.scopes.join(' ')}`)
    .join('\n');
}

function check(lines: TokenizedLine[], e: Expectation): void {
  const line = lines[e.line - 1];
  assert.ok(line, `line ${e.line} exists`);
  let start = -1;
  for (let n = 0; n < (e.occurrence ?? 1); n++) start = line.text.indexOf(e.text, start + 1);
  assert.ok(start >= 0 && e.text.length > 0, `${JSON.stringify(e.text)} is on line ${e.line}`);
  for (let i = start; i < start + e.text.length; i++) {
    const scopes = scopesAt(line, i);
    const where = `${JSON.stringify(e.text)} on line ${e.line}, at ${JSON.stringify(line.text[i])} (column ${i})`;
    if (e.scope !== undefined) {
      assert.ok(hasScope(scopes, e.scope), `${where} should be ${e.scope}; tokens:\n${describeTokens(line)}`);
    }
    if (e.notScope !== undefined) {
      assert.ok(!hasScope(scopes, e.notScope), `${where} should not be ${e.notScope}; tokens:\n${describeTokens(line)}`);
    }
  }
}

describe('newsdraft grammar fixtures', () => {
  const drafts = readdirSync(fixtures).filter((f) => f.endsWith('.draft'));
  test('every fixture has its expectations', () => {
    assert.ok(drafts.length >= 2);
    for (const draft of drafts) assert.ok(existsSync(join(fixtures, draft.replace(/\.draft$/, '.scopes.json'))), draft);
  });
  for (const draft of drafts) {
    test(draft, () => {
      const { expect } = JSON.parse(readFileSync(join(fixtures, draft.replace(/\.draft$/, '.scopes.json')), 'utf8')) as {
        expect: Expectation[];
      };
      assert.ok(expect.length > 0);
      const lines = tokenize(readFileSync(join(fixtures, draft), 'utf8'));
      for (const e of expect) {
        assert.ok((e.scope === undefined) !== (e.notScope === undefined), `one of scope/notScope: ${JSON.stringify(e)}`);
        check(lines, e);
      }
    });
  }
});

describe('newsdraft grammar edge cases', () => {
  test('the headline is the first non-empty line, after any blank lines', () => {
    const lines = tokenize('\n   \nBig news for MPs\nSecond line');
    check(lines, { line: 3, text: 'Big news for MPs', scope: 'markup.heading.headline.newsdraft' });
    check(lines, { line: 3, text: 'MPs', scope: 'entity.name.type.acronym.newsdraft' });
    check(lines, { line: 4, text: 'Second line', notScope: 'markup.heading' });
  });

  test('the headline closes at the end of its line, trailing spaces and all', () => {
    const lines = tokenize('Headline with "quote"   \nNext line');
    check(lines, { line: 1, text: 'Headline with "quote"', scope: 'markup.heading.headline.newsdraft' });
    check(lines, { line: 1, text: '   ', notScope: 'markup.heading' });
    check(lines, { line: 2, text: 'Next line', notScope: 'markup.heading' });
  });

  test('CRLF files tokenize like LF files', () => {
    const lf = tokenize('Head\n\nLONDON - He said "yes".');
    const crlf = tokenize('Head\r\n\r\nLONDON - He said "yes".');
    assert.deepEqual(
      crlf.map((l) => l.tokens.map((t) => t.scopes.join(' '))),
      lf.map((l) => l.tokens.map((t) => t.scopes.join(' '))),
    );
  });

  test('an unclosed quotation ends with its paragraph', () => {
    const lines = tokenize('Head\n\n"This quote runs on\nAnd this paragraph is narration.');
    check(lines, { line: 3, text: 'This quote runs on', scope: 'string.quoted.double.newsdraft' });
    check(lines, { line: 4, text: 'And this paragraph is narration.', notScope: 'string.quoted' });
  });

  test('a capitalised word followed by a dash mid-sentence is no dateline', () => {
    const lines = tokenize('Head\n\nThe talks - held in LONDON - failed.');
    check(lines, { line: 3, text: 'LONDON', notScope: 'meta.dateline' });
    check(lines, { line: 3, text: 'LONDON', scope: 'entity.name.type.acronym.newsdraft' });
  });
});

describe('loaded verbs of attribution', () => {
  const LOADED = 'keyword.control.attribution.loaded.newsdraft';

  test('the grammar\'s pattern is the one generated from the rule\'s list', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/generate-grammar.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  test('every verb form of the list is marked loaded, in lower case and capitalised', () => {
    for (const verb of ATTRIBUTION_VERBS) {
      for (const slot of ['base', 'third', 'past', 'ing'] as const) {
        if (verb.noun && (slot === 'base' || slot === 'third')) continue;
        const form = verb[slot];
        const capitalised = form[0].toUpperCase() + form.slice(1);
        const lines = tokenize(`Head\n\nThe minister ${form} it. ${capitalised} it, he left.`);
        check(lines, { line: 3, text: form, scope: LOADED });
        check(lines, { line: 3, text: capitalised, scope: LOADED });
      }
    }
  });

  test('forms that are also nouns are left to the rule, and quotes keep their verbs unmarked', () => {
    const lines = tokenize('Head\n\nThe claims were denied after the blasts. "I admit it," he claimed.');
    check(lines, { line: 3, text: 'claims', notScope: 'keyword.control.attribution' });
    check(lines, { line: 3, text: 'blasts', notScope: 'keyword.control.attribution' });
    check(lines, { line: 3, text: 'admit', notScope: 'keyword.control.attribution' });
    check(lines, { line: 3, text: 'claimed', scope: LOADED });
  });
});

describe('extension manifest', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: {
      languages: { id: string; extensions: string[]; configuration: string }[];
      grammars: { language: string; scopeName: string; path: string }[];
    };
  };

  test('contributes the newsdraft grammar it ships', () => {
    const entry = manifest.contributes.grammars.find((g) => g.language === 'newsdraft');
    assert.ok(entry);
    assert.equal(entry.scopeName, SCOPE_NAME);
    const raw = JSON.parse(readFileSync(join(root, entry.path), 'utf8')) as { scopeName: string };
    assert.equal(raw.scopeName, SCOPE_NAME);
  });

  test('contributes the newsdraft language for .draft with a readable configuration', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'newsdraft');
    assert.ok(language);
    assert.deepEqual(language.extensions, ['.draft']);
    const config = JSON.parse(readFileSync(join(root, language.configuration), 'utf8')) as {
      wordPattern: { pattern: string; flags: string };
    };
    // Double-click and word navigation keep names with apostrophes and hyphens whole.
    const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
    assert.deepEqual("Egypt's al-Sisi’s naïve 2019".match(word), ["Egypt's", 'al-Sisi’s', 'naïve', '2019']);
  });
});
