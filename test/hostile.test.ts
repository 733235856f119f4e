// Hostile inputs (issue 10), at three small sizes each, through the engine and through the CLI
// as a process. Asserts behaviour only: every check finishes without an error, findings lie
// inside the text, the findings that are plainly due are there, Markdown read as plain text
// says why, the CLI exits 0 or 1 with no internal error. Timings belong to the bench
// (`node scripts/bench/hostile.mjs`), never to a test. npm test builds dist/ first.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lint, TextModel, type Finding } from '../server/src/engine/index.js';
import { loadResources } from '../server/src/resources.js';
import { HOSTILE_GENERATORS, hostileGenerator, type HostileInput } from './support/hostile-inputs.js';

const SIZES = [10_000, 40_000, 160_000];
const resources = loadResources();
const bin = join(__dirname, '..', 'bin', 'copydesk.js');

function check(input: HostileInput): Finding[] {
  const findings = lint(input.text, { languageId: input.languageId, resources });
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= input.text.length, `${f.ruleId} at ${f.start}–${f.end} lies inside the text`);
    for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
      for (const e of fix?.edits ?? []) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= input.text.length, `${f.ruleId} edit inside the text`);
    }
  }
  for (let i = 1; i < findings.length; i++) assert.ok(findings[i - 1].start <= findings[i].start, 'findings come sorted');
  return findings;
}

const byRule = (findings: readonly Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
const occurrences = (text: string, what: string) => text.split(what).length - 1;

describe('hostile inputs through the engine', () => {
  for (const g of HOSTILE_GENERATORS) {
    for (const size of SIZES) {
      it(`${g.name} at ${size / 1000} KB finishes with findings inside the text`, () => {
        const input = g.make(size);
        assert.ok(Math.abs(input.text.length - size) <= size / 10 + 64, 'the generator makes about the size asked');
        check(input);
      });
    }
  }

  it('reports every capitalised misspelling at a sentence start, however many', () => {
    for (const size of SIZES) {
      const input = hostileGenerator('capitalised misspelling').make(size);
      const found = byRule(check(input), 'misspelling');
      assert.equal(found.length, occurrences(input.text, 'Interally.'));
      assert.ok(found.every((f) => input.text.slice(f.start, f.end) === 'Interally'));
    }
  });

  it('still reports every unattributed quote of a long first paragraph', () => {
    for (const size of SIZES) {
      const input = hostileGenerator('quotes in a headline-like first paragraph').make(size);
      const found = byRule(check(input), 'quote-attribution');
      assert.equal(found.length, occurrences(input.text, '"We will go to the talks tomorrow."'));
    }
  });

  it('finds the misspellings, repeats and unexplained acronym of news text on one line', () => {
    const input = hostileGenerator('news text on one line').make(40_000);
    const findings = check(input);
    assert.equal(byRule(findings, 'misspelling').length, occurrences(input.text, 'nterally'));
    assert.equal(byRule(findings, 'repeated-word').length, occurrences(input.text, 'the the '));
    const acronyms = byRule(findings, 'acronym-first-use').map((f) => input.text.slice(f.start, f.end));
    assert.deepEqual(acronyms, ['KPQ'], 'KPQ is never spelled out; GNA is, and US is known');
  });

  it('reads the same news as Markdown paragraphs, links and emphasis blanked', () => {
    const input = hostileGenerator('markdown: news paragraphs').make(40_000);
    const findings = check(input);
    assert.equal(byRule(findings, 'misspelling').length, occurrences(input.text, 'nterally'));
    // Whole-line findings (a repeated headline) aside, none covers a link target or a mark.
    const words = findings.filter((f) => f.ruleId !== 'copy-artifacts');
    assert.ok(!words.some((f) => /example\.com|\*/.test(input.text.slice(f.start, f.end))), 'no finding on a link target or a mark');
    assert.deepEqual(new TextModel(input.text, 'markdown').readingNotes, []);
  });

  it('says why Markdown too deep or too dense was read as plain text', () => {
    const expected: [string, RegExp][] = [
      ['markdown: > marks', /nested \d+ deep/],
      ['markdown: nested blockquotes', /nested \d+ deep/],
      ['markdown: nested list items', /nested \d+ deep/],
      ['markdown: [ marks', /paragraph with \d+ Markdown marks/],
    ];
    for (const [name, reason] of expected) {
      for (const size of SIZES) {
        const { text } = hostileGenerator(name).make(size);
        const notes = new TextModel(text, 'markdown').readingNotes;
        assert.equal(notes.length, 1, `${name} at ${size}: ${notes.join(' / ')}`);
        assert.match(notes[0], reason);
        assert.match(notes[0], /read as plain text/);
      }
    }
  });

  it('parses Markdown of blank lines and of lists nested a reasonable depth without a note', () => {
    for (const size of SIZES) assert.deepEqual(new TextModel(hostileGenerator('markdown: blank lines').make(size).text, 'markdown').readingNotes, []);
    const ladder = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i + 1}`).join('\n');
    const shallow = `${ladder(20)}\n\nThe end.\n`.repeat(200);
    assert.deepEqual(new TextModel(shallow, 'markdown').readingNotes, []);
    const ladderNotes = new TextModel(hostileGenerator('markdown: indented list ladder').make(40_000).text, 'markdown').readingNotes;
    assert.match(ladderNotes.join('\n'), /nested \d+ deep/, 'a ladder 200 levels deep is read as plain text');
  });

  it('obeys directives in Markdown nested too deep to parse, without parsing it again', () => {
    for (const size of SIZES) {
      const input = hostileGenerator('markdown: directive over deep nesting').make(size);
      const findings = check(input);
      assert.ok(occurrences(input.text, 'interally') > 10);
      assert.deepEqual(byRule(findings, 'misspelling'), [], 'copydesk-disable misspelling silences every one');
      assert.deepEqual(
        byRule(findings, 'directive').map((f) => input.text.slice(f.start, f.end)),
        ['no-such-rule'],
        'the directive in the part read as plain text is read as a directive',
      );
      assert.match(new TextModel(input.text, 'markdown').readingNotes.join('\n'), /nested 1\d\d deep/);
    }
    // In a part the parser reads, a comment shown as code is still no directive.
    const code = `${'> '.repeat(100)}deep\n\n${'Filler text.\n\n'.repeat(2000)}\`<!-- copydesk-disable misspelling -->\` It was interally agreed.\n`;
    assert.equal(byRule(check({ text: code, languageId: 'markdown' }), 'misspelling').length, 1);
  });

  it('finds an unattributed quote at the bottom of 10,000 nested blockquotes', () => {
    const text = `The story starts here.\n\n${'> '.repeat(10_000)}"We will never give up on this town and its people."\n`;
    const findings = check({ text, languageId: 'markdown' });
    assert.equal(byRule(findings, 'quote-attribution').length, 1);
  });
});

describe('hostile inputs through the CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-test-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says once per Markdown file where it was read as plain text and why, exit code unchanged', () => {
    const deep = `Intro.\n\n${'> '.repeat(10_000)}Deep text.\n`;
    writeFileSync(join(dir, 'deep.md'), deep);
    writeFileSync(join(dir, 'plain.md'), 'A *fine* paragraph.\n');
    // Two parts read as plain text, the first from line 3; and a misspelling (a warning).
    const twice = `It was interally agreed.\n\n${'Filler.\n\n'.repeat(3000)}${'> '.repeat(100)}Deep.\n\n${'Filler.\n\n'.repeat(3000)}${'- '.repeat(100)}Deeper.\n`;
    writeFileSync(join(dir, 'twice.md'), twice);
    const run = (files: string[]) => spawnSync(process.execPath, [bin, ...files], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

    const clean = run(['deep.md', 'plain.md']);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stderr, 'copydesk: deep.md: read as plain text from line 1: containers nested 10000 deep on one line (more than 64)\n');

    const warned = run(['twice.md']);
    assert.equal(warned.status, 1, 'the misspelling still fails the run, and the notice does not');
    assert.match(warned.stdout, /interally/);
    // The part read as plain text starts at a safe place to cut before the deep line.
    const parts = new TextModel(twice, 'markdown').plainTextParts;
    assert.equal(parts.length, 2);
    const deepLine = twice.split('\n').findIndex((l) => l.startsWith('> ')) + 1;
    assert.ok(parts[0].line > 1 && parts[0].line <= deepLine, `part from line ${parts[0].line}, deep line ${deepLine}`);
    assert.equal(
      warned.stderr,
      `copydesk: twice.md: read as plain text from line ${parts[0].line}: containers nested 100 deep on one line (more than 64) (and 1 more part further on)\n`,
    );
  });

  for (const size of SIZES) {
    it(`checks every generator at ${size / 1000} KB in one run, exit 0 or 1, no internal error`, () => {
      const files = HOSTILE_GENERATORS.map((g, i) => {
        const input = g.make(size);
        const path = join(dir, `hostile-${size}-${i}${g.extension}`);
        writeFileSync(path, input.text);
        return { path, input };
      });
      const r = spawnSync(process.execPath, [bin, '--format', 'json', ...files.map((f) => f.path)], {
        encoding: 'utf8',
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
      });
      assert.equal(r.error, undefined);
      assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /internal error|Maximum call stack/);
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; endLine: number }[] }[];
      for (const { path, input } of files) {
        const result = results.find((x) => x.filePath === path);
        assert.ok(result, `a result for ${path}`);
        const lines = input.text.split(/\r\n|\r|\n/).length;
        for (const m of result.messages) assert.ok(m.line >= 1 && m.endLine <= lines && m.column >= 1, `${path}: position inside the file`);
        // The engine and the CLI agree on how many findings there are.
        assert.equal(result.messages.length, lint(input.text, { languageId: input.languageId, resources }).length, path);
      }
    });
  }
});
