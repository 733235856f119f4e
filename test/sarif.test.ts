// `copydesk --format sarif` as a process (the built bundle, like test/cli.test.ts): the log
// validates against the published SARIF 2.1.0 JSON Schema (test/fixtures/sarif/, with its
// notice), its regions are 1-based UTF-16 columns on CRLF text with an emoji and curly quotes,
// its fixes rebuild what --fix writes, its rules are the engine's with the language server's
// doc links, and its paths resolve against %SRCROOT% back to the files.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import { RULES } from '../server/src/engine/index.js';
import { ruleDocUrl } from '../server/src/lsp/diagnostics.js';

const repo = join(__dirname, '..');
const bin = join(repo, 'bin', 'copydesk.js');
const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: Region } }[];
  fixes?: {
    description: { text: string };
    artifactChanges: { artifactLocation: ArtifactLocation; replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }[];
  }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: SarifResult[];
  }[];
}

function copydesk(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A draft-04 validator of the whole schema, with real checks for the formats it uses. */
function sarifValidator() {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  // A relative reference: resolvable against a base, and no raw characters a URI cannot hold.
  ajv.addFormat('uri-reference', (s: string) => !/[\s\\%](?![0-9A-Fa-f]{2})|[\s\\]/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
const validate = sarifValidator();

function assertValid(log: unknown) {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

/** Line/column (1-based, UTF-16, end exclusive) → offset, splitting lines as the run says. */
function offsetOf(text: string, line: number, column: number): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts[line - 1] + column - 1;
}

let tmp: string;
before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first');
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-sarif-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

// CRLF breaks, a curly-quoted attributed quote, an emoji (two UTF-16 code units) before each finding.
const DRAFT =
  'Officials met on Tuesday.\r\n' +
  '\u201CWe\u2019re ready \u{1F600},\u201D said Ms Jones, but the the council is interally divided.\r\n' +
  'The plan \u{1F600} was interally welcomed.\r\n';

describe('copydesk --format sarif', () => {
  let dir: string;
  let log: SarifLog;
  let run: ReturnType<typeof copydesk>;
  before(() => {
    dir = join(tmp, 'basic');
    mkdirSync(dir);
    writeFileSync(join(dir, 'story.txt'), DRAFT);
    run = copydesk(['--format', 'sarif', 'story.txt'], dir);
    log = JSON.parse(run.stdout) as SarifLog;
  });

  it('validates against the SARIF 2.1.0 schema, and keeps the exit code of the findings', () => {
    assertValid(log);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(run.code, 1, 'a warning remains');
    assert.equal(run.stderr, '');
  });

  it('a validator that rejects a broken log (so the check above means something)', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0;
    assert.equal(validate(broken), false);
    const noDriver = structuredClone(log) as unknown as { runs: { tool: Record<string, unknown> }[] };
    delete noDriver.runs[0].tool.driver;
    assert.equal(validate(noDriver), false);
  });

  it('gives 1-based UTF-16 columns on CRLF lines with an emoji and curly quotes', () => {
    const [run0] = log.runs;
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    const lines = DRAFT.split('\r\n');
    const at = (lineNo: number, needle: string, from = 0) => {
      const column = lines[lineNo - 1].indexOf(needle, from) + 1;
      return { startLine: lineNo, startColumn: column, endLine: lineNo, endColumn: column + needle.length };
    };
    const regions = run0.results.map((r) => [r.ruleId, r.locations[0].physicalLocation.region] as const);
    const typo2 = at(2, 'interally');
    const typo3 = at(3, 'interally');
    // Independent of String#indexOf: the emoji is one code point but two columns.
    const codePointsBefore = [...lines[2].slice(0, lines[2].indexOf('interally'))].length;
    assert.equal(typo3.startColumn, codePointsBefore + 2);
    assert.deepEqual(
      regions.filter(([id]) => id === 'misspelling').map(([, r]) => r),
      [typo2, typo3],
    );
    const repeat = regions.find(([id]) => id === 'repeated-word')![1];
    assert.equal(repeat.startLine, 2);
    assert.deepEqual(repeat, at(2, 'the the'));
    assert.deepEqual(
      run0.results.map((r) => r.ruleId).sort(),
      ['misspelling', 'misspelling', 'repeated-word'],
      'the curly quote is attributed and balanced: no quote finding',
    );
  });

  it('maps severities to levels and points ruleIndex at the rule', () => {
    const { rules } = log.runs[0].tool.driver;
    for (const r of log.runs[0].results) {
      assert.equal(rules[r.ruleIndex!].id, r.ruleId);
      assert.equal(r.message.text.length > 0, true);
    }
    const level = (id: string) => log.runs[0].results.find((r) => r.ruleId === id)!.level;
    assert.equal(level('misspelling'), 'warning');
    assert.equal(level('repeated-word'), 'note', 'information → note');
    assert.equal(
      log.runs[0].results.find((r) => r.ruleId === 'misspelling')!.message.text,
      '"interally" is a misspelling of "internally".',
    );
  });

  it("lists every registered rule with its descriptions, the server's doc link and its default level", () => {
    const { driver } = log.runs[0].tool;
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    assert.equal(driver.name, 'Copydesk');
    assert.equal(driver.version, pkg.version);
    assert.ok(URL.canParse(driver.informationUri));
    const levels = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as Record<string, string>;
    assert.deepEqual(
      driver.rules,
      RULES.map(({ meta }) => ({
        id: meta.id,
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.explanation },
        helpUri: ruleDocUrl(meta.id),
        defaultConfiguration: { level: levels[meta.defaultSeverity] },
      })),
    );
  });

  it("carries each fix as replacements whose regions rebuild exactly what --fix writes", () => {
    const fixedResults = log.runs[0].results.filter((r) => r.fixes);
    assert.equal(fixedResults.length, 3, 'both typos and the repeat have a safe fix');
    const replacements = fixedResults.flatMap((r) => {
      assert.equal(r.fixes!.length, 1);
      const [change] = r.fixes![0].artifactChanges;
      assert.deepEqual(change.artifactLocation, { uri: 'story.txt', uriBaseId: '%SRCROOT%' });
      assert.ok(r.fixes![0].description.text.length > 0);
      return change.replacements.map((rep) => ({
        start: offsetOf(DRAFT, rep.deletedRegion.startLine, rep.deletedRegion.startColumn),
        end: offsetOf(DRAFT, rep.deletedRegion.endLine, rep.deletedRegion.endColumn),
        text: rep.insertedContent.text,
      }));
    });
    let rebuilt = DRAFT;
    for (const rep of replacements.sort((a, b) => b.start - a.start)) {
      rebuilt = rebuilt.slice(0, rep.start) + rep.text + rebuilt.slice(rep.end);
    }
    const fixDir = join(tmp, 'fix');
    mkdirSync(fixDir);
    writeFileSync(join(fixDir, 'story.txt'), DRAFT);
    copydesk(['--fix', 'story.txt'], fixDir);
    assert.equal(rebuilt, readFileSync(join(fixDir, 'story.txt'), 'utf8'));
    assert.ok(rebuilt.includes('but the council is internally divided.\r\nThe plan \u{1F600} was internally welcomed.'));
  });
});

describe('SARIF paths', () => {
  it('resolves relative, percent-encoded URIs against %SRCROOT%, and gives a file: URI outside the working directory', () => {
    const root = join(tmp, 'paths');
    const cwd = join(root, 'desk');
    mkdirSync(join(cwd, 'news room'), { recursive: true });
    const inside = join(cwd, 'news room', 'café #1.txt');
    const outside = join(root, 'elsewhere.txt');
    writeFileSync(inside, 'It was interally divided.\n');
    writeFileSync(outside, 'It was interally divided.\n');
    const run = copydesk(['--format', 'sarif', inside, outside], cwd);
    const log = JSON.parse(run.stdout) as SarifLog;
    assertValid(log);
    const [run0] = log.runs;
    const base = run0.originalUriBaseIds['%SRCROOT%'].uri;
    assert.equal(base, pathToFileURL(cwd).href + '/');
    const [a, b] = run0.results.map((r) => r.locations[0].physicalLocation.artifactLocation);
    assert.equal(a.uriBaseId, '%SRCROOT%');
    assert.ok(!a.uri.includes(' ') && !a.uri.includes('#'), a.uri);
    assert.equal(new URL(a.uri, base).href, pathToFileURL(inside).href);
    assert.deepEqual(b, { uri: pathToFileURL(outside).href });
  });

  it('records skipped and unreadable files as tool notifications, and still validates', () => {
    const dir = join(tmp, 'notices');
    mkdirSync(dir);
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    writeFileSync(join(dir, 'clean.txt'), 'Officials met on Tuesday.\n');
    const run = copydesk(['--format', 'sarif', 'image.txt', 'clean.txt'], dir);
    const log = JSON.parse(run.stdout) as SarifLog;
    assertValid(log);
    assert.deepEqual(log.runs[0].results, []);
    const [invocation] = log.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, true, 'a skipped file is not a failure');
    assert.deepEqual(
      invocation.toolExecutionNotifications!.map((n) => [n.level, n.message.text]),
      [['warning', 'skipped: binary file (contains NUL bytes)']],
    );
    assert.equal(run.code, 1, 'a skipped file is a warning, which fails the run by default');
  });
});

describe('output written file by file', () => {
  it('gives the same findings in every format, for files of thousands of findings and none', () => {
    // Output is written in pieces of 1,000 findings as each file is checked (formatters/types.ts).
    const dir = join(tmp, 'pieces');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'It was interally agreed. '.repeat(2500));
    writeFileSync(join(dir, 'b.txt'), 'Officials met on Tuesday.\n');
    writeFileSync(join(dir, 'c.txt'), 'Recieve it. '.repeat(1001));
    const files = ['a.txt', 'b.txt', 'c.txt'];
    const json = JSON.parse(copydesk(['--format', 'json', ...files], dir).stdout) as { filePath: string; messages: { line: number; column: number }[] }[];
    assert.deepEqual(json.map((r) => r.messages.length), [2500, 0, 1001]);
    assert.deepEqual(json[0].messages[2499], { ...json[0].messages[2499], line: 1, column: 2499 * 25 + 8 });

    const log = JSON.parse(copydesk(['--format', 'sarif', ...files], dir).stdout) as SarifLog;
    assertValid(log);
    const results = log.runs[0].results;
    assert.equal(results.length, 3501);
    const expected = json.flatMap((r) => r.messages.map((m) => [r.filePath.endsWith('a.txt') ? 'a.txt' : 'c.txt', m.line, m.column]));
    assert.deepEqual(
      results.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn]),
      expected,
    );

    const stylish = copydesk([...files], dir).stdout.split('\n');
    assert.equal(stylish.filter((l) => /^ {2}1:\d+ +warning +/.test(l)).length, 3501);
    assert.match(stylish.join('\n'), /✖ 3501 problems \(0 errors, 3501 warnings\)/);
    const rows = stylish.filter((l) => /^ {2}1:\d+ /.test(l));
    assert.equal(new Set(rows.slice(0, 2500).map((l) => l.indexOf('misspelling'))).size, 1, "a file's rows align across pieces");

    const github = copydesk(['--format', 'github', ...files], dir).stdout.trimEnd().split('\n');
    assert.equal(github.length, 3501);
    assert.ok(github.every((l) => l.startsWith('::warning file=')));
  });
});
