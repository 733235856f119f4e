// The `copydesk` command as a process: `node bin/copydesk.js …` on the built bundle (npm test
// builds first). Output formats, exact positions, --fix (LF and CRLF), exit codes, files,
// folders and globs, and bad input (empty, binary, invalid UTF-8, lone surrogates, over-size
// and 20 MB files). Files that --fix may touch are always copies in a temporary folder.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const repo = join(__dirname, '..');
const bin = join(repo, 'bin', 'copydesk.js');
const fixtures = join(repo, 'test', 'fixtures', 'cli');
const examples = join(repo, 'examples');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function copydesk(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonMessage {
  ruleId: string;
  severity: number;
  copydeskSeverity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

function json(run: Run): JsonResult[] {
  return JSON.parse(run.stdout) as JsonResult[];
}

let tmp: string;
/** A fresh folder under the test's temporary root. */
function scratch(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first');
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('copydesk --format json', () => {
  it("gives ESLint's JSON shape with exact 1-based positions and fixes", () => {
    const run = copydesk(['--format', 'json', 'typos.txt'], fixtures);
    const [result] = json(run);
    assert.equal(result.filePath, join(fixtures, 'typos.txt'));
    // "Officials met on Tuesday.\nThe council is interally divided over the the plan.\n"
    const typo = result.messages.find((m) => m.ruleId === 'misspelling')!;
    assert.deepEqual(
      { ...typo, suggestions: undefined },
      {
        ruleId: 'misspelling',
        severity: 1,
        copydeskSeverity: 'warning',
        message: '"interally" is a misspelling of "internally".',
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 25,
        fix: { range: [41, 50], text: 'internally' },
        suggestions: undefined,
      },
    );
    const source = readFileSync(join(fixtures, 'typos.txt'), 'utf8');
    assert.equal(source.slice(41, 50), 'interally', 'fix.range is in UTF-16 offsets of the file');
    const repeat = result.messages.find((m) => m.ruleId === 'repeated-word')!;
    assert.equal(repeat.severity, 1);
    assert.equal(repeat.copydeskSeverity, 'information');
    assert.deepEqual([repeat.line, repeat.column, repeat.endLine, repeat.endColumn], [2, 39, 2, 46]);
    assert.equal(source.slice(repeat.fix!.range[0], repeat.fix!.range[1]).trim(), 'the');
    assert.deepEqual(
      [result.errorCount, result.warningCount, result.fixableErrorCount, result.fixableWarningCount],
      [0, result.messages.length, 0, result.messages.length],
    );
    assert.equal(run.code, 1, 'a warning remains');
    assert.equal(run.stderr, '');
  });

  it('reports the sample draft in examples/ with the positions of its findings', () => {
    const run = copydesk(['--format', 'json', 'examples/'], repo);
    const results = json(run);
    const drafts = readdirSync(examples).filter((f) => /\.(txt|md|markdown|draft)$/.test(f));
    assert.ok(drafts.includes('libya.draft'));
    assert.deepEqual(results.map((r) => r.filePath), drafts.sort().map((f) => join(examples, f)));
    const libya = results.find((r) => r.filePath.endsWith('libya.draft'))!;
    const text = readFileSync(join(examples, 'libya.draft'), 'utf8');
    const lines = text.split('\n');
    const at = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return { line: line + 1, column: lines[line].indexOf(needle) + 1, endColumn: lines[line].indexOf(needle) + needle.length + 1 };
    };
    const typo = libya.messages.find((m) => m.ruleId === 'misspelling')!;
    assert.deepEqual({ line: typo.line, column: typo.column, endColumn: typo.endColumn }, at('interally'));
    assert.equal(typo.fix?.text, 'internally');
    assert.equal(text.slice(...typo.fix!.range), 'interally');
    const runTogether = libya.messages.find((m) => m.ruleId === 'run-together-words')!;
    assert.deepEqual(
      { line: runTogether.line, column: runTogether.column, endColumn: runTogether.endColumn },
      at('FacebookTwitter'),
    );
    assert.equal(run.code, 1);
  });
});

describe('copydesk --fix', () => {
  it('writes the fixes and reports nothing left', () => {
    const dir = scratch('fix-lf');
    cpSync(join(fixtures, 'typos.txt'), join(dir, 'typos.txt'));
    const run = copydesk(['--fix', 'typos.txt'], dir);
    assert.equal(readFileSync(join(dir, 'typos.txt'), 'utf8'), 'Officials met on Tuesday.\nThe council is internally divided over the plan.\n');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /2 fixes written/);
  });

  it('keeps CRLF line endings, also where a fix deletes a line', () => {
    const dir = scratch('fix-crlf');
    const file = join(dir, 'crlf.txt');
    writeFileSync(file, 'Officials met on Tuesday.\r\n2 min read\r\nThe council is interally divided over the the plan.\r\n');
    const run = copydesk(['--fix', '--format', 'json', 'crlf.txt'], dir);
    assert.equal(readFileSync(file, 'utf8'), 'Officials met on Tuesday.\r\nThe council is internally divided over the plan.\r\n');
    assert.deepEqual(json(run)[0].messages, []);
    assert.equal(run.code, 0);
  });

  it('fixes a copy of examples/ and leaves no fixable finding behind', () => {
    const original = readFileSync(join(examples, 'libya.draft'), 'utf8');
    const dir = scratch('fix-examples');
    cpSync(examples, dir, { recursive: true });
    // The copies may be read-only like the originals (libya.draft is); --fix must write them.
    for (const f of readdirSync(dir)) chmodSync(join(dir, f), 0o644);
    copydesk(['--fix', '.'], dir);
    const fixed = readFileSync(join(dir, 'libya.draft'), 'utf8');
    assert.ok(fixed.includes('it is also internally divided'));
    assert.ok(!fixed.includes('2 min read'));
    assert.ok(!fixed.includes('Read more:'));
    const left = json(copydesk(['--format', 'json', '.'], dir));
    assert.deepEqual(left.flatMap((r) => r.messages.filter((m) => m.fix)), []);
    assert.equal(readFileSync(join(examples, 'libya.draft'), 'utf8'), original, 'the repo copy is untouched');
  });
});

describe('exit codes', () => {
  it('0 when clean', () => {
    const run = copydesk(['clean.txt'], fixtures);
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
  });

  it('0 when only information findings remain, which are still shown', () => {
    const run = copydesk(['info-only.txt'], fixtures);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /run-together-words/);
  });

  it('1 when a warning remains', () => {
    assert.equal(copydesk(['typos.txt'], fixtures).code, 1);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown flag', ['--frobnicate', 'clean.txt'], /unknown option --frobnicate/],
    ['an unknown format', ['--format', 'xml', 'clean.txt'], /unknown format "xml"/],
    ['a flag without its value', ['clean.txt', '--format'], /--format needs a value/],
    ['a bad size', ['--max-file-size', '2MB', 'clean.txt'], /--max-file-size wants a whole number/],
    ['no files at all', [], /no files given/],
    ['--print-config with files to check as well', ['--print-config', 'clean.txt', 'typos.txt'], /--print-config takes one file/],
    ['an empty --config', ['--config', '', 'clean.txt'], /--config needs a file name/],
    ['--print-config on a folder', ['--print-config', '.'], /--print-config wants a file \(which need not exist\), not the folder "\."/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 on ${what}, with one line on stderr`, () => {
      const run = copydesk(args, fixtures);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
      assert.equal(run.stdout, '');
    });
  }

  const unreadable = unreadableFile();
  it('2 on an unreadable file, after reporting the others', { skip: unreadable ? false : 'no unreadable file can be made here' }, () => {
    const run = copydesk(['--format', 'json', join(fixtures, 'typos.txt'), unreadable!], tmp);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read: permission denied/);
    assert.equal(json(run).length, 1);
  });
});

/** A file this process cannot read: mode 000 for a normal user; root reads those, so try /proc/1/mem. */
function unreadableFile(): string | undefined {
  if (process.getuid?.() !== 0) {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-unreadable-'));
    const file = join(dir, 'locked.txt');
    writeFileSync(file, 'Locked away.\n');
    chmodSync(file, 0o000);
    return file;
  }
  try {
    readFileSync('/proc/1/mem');
    return undefined;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EACCES' ? '/proc/1/mem' : undefined;
  }
}

describe('copydesk --help and --version', () => {
  it('prints the usage', () => {
    const run = copydesk(['--help'], fixtures);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: copydesk/);
    assert.match(run.stdout, /--max-file-size/);
    assert.match(run.stdout, /--config <file> +use this style file for every file/);
    assert.match(run.stdout, /--print-config <file>/);
    assert.match(run.stdout, /sarif \(SARIF 2\.1\.0\)/);
    assert.match(run.stdout, /2 bad usage, a path\s+that does not exist, an unreadable file, a broken style file/);
    for (const flag of ['--stdin ', '--stdin-filename <name>', '--fail-on <level>', '--max-warnings <n>']) assert.ok(run.stdout.includes(flag), flag);
    assert.match(run.stdout, /With --fix, standard output is the whole text with its fixes and nothing else/);
  });

  it("prints the package's version", () => {
    const run = copydesk(['--version'], fixtures);
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual([run.code, run.stdout], [0, `${version}\n`]);
  });
});

describe('copydesk --format stylish (the default)', () => {
  it('groups findings under the file with line:col, severity, message, rule id and a summary', () => {
    const run = copydesk(['typos.txt'], fixtures);
    const lines = run.stdout.split('\n');
    assert.equal(lines[1], 'typos.txt');
    assert.match(lines[2], /^ {2}2:16 +warning +"interally" is a misspelling of "internally"\. +misspelling$/);
    assert.match(lines[3], /^ {2}2:39 +info +"the" is repeated\. +repeated-word$/);
    assert.match(run.stdout, /✖ 2 problems \(0 errors, 1 warning, 1 info\)/);
    assert.match(run.stdout, /2 fixable with the --fix option/);
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  });

  it('colours with FORCE_COLOR, and NO_COLOR wins over it', () => {
    assert.match(copydesk(['typos.txt'], fixtures, { FORCE_COLOR: '1' }).stdout, /\u001b\[33mwarning/);
    assert.doesNotMatch(copydesk(['typos.txt'], fixtures, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, /\u001b\[/);
  });

  it('--quiet shows only findings at warning or above', () => {
    const run = copydesk(['--quiet', 'typos.txt', 'info-only.txt'], fixtures);
    assert.match(run.stdout, /misspelling/);
    assert.doesNotMatch(run.stdout, /repeated-word|run-together-words|copy-artifacts/);
    assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\)/);
    assert.equal(run.code, 1);
  });
});

describe('copydesk --format github', () => {
  it('prints one workflow command per finding', () => {
    const run = copydesk(['--format', 'github', 'typos.txt'], fixtures);
    assert.equal(
      run.stdout,
      '::warning file=typos.txt,line=2,col=16,endLine=2,endColumn=25,title=copydesk(misspelling)::"interally" is a misspelling of "internally".\n' +
        '::notice file=typos.txt,line=2,col=39,endLine=2,endColumn=46,title=copydesk(repeated-word)::"the" is repeated.\n',
    );
    assert.equal(run.code, 1);
  });
});

describe('files, folders and globs', () => {
  let tree: string;
  before(() => {
    tree = scratch('tree');
    const files: Record<string, string> = {
      'a.txt': 'It was interally divided.\n',
      'b.md': '# Note\n\nIt was interally divided.\n',
      'c.draft': 'It was interally divided.\n',
      'sub/d.markdown': 'It was interally divided.\n',
      'sub/e.TXT': 'It was interally divided.\n',
      'notes.js': '// interally\n',
      'node_modules/pkg/readme.md': 'It was interally divided.\n',
      '.hidden/f.txt': 'It was interally divided.\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(tree, name, '..'), { recursive: true });
      writeFileSync(join(tree, name), text);
    }
  });
  const paths = (run: Run) => json(run).map((r) => r.filePath.slice(tree.length + 1));

  it('walks a folder for .txt, .md, .markdown and .draft, skipping node_modules and dot-folders', () => {
    assert.deepEqual(paths(copydesk(['--format', 'json', '.'], tree)), ['a.txt', 'b.md', 'c.draft', 'sub/d.markdown', 'sub/e.TXT']);
  });

  it('expands globs, and checks a file named outright whatever its extension', () => {
    assert.deepEqual(paths(copydesk(['--format', 'json', '**/*.{md,markdown}', 'notes.js'], tree)), ['b.md', 'sub/d.markdown', 'notes.js']);
  });

  it('checks each file once, in argument order', () => {
    assert.deepEqual(paths(copydesk(['--format', 'json', 'c.draft', '.', '*.txt'], tree)), ['c.draft', 'a.txt', 'b.md', 'sub/d.markdown', 'sub/e.TXT']);
  });

  it('reads the language from the extension: Markdown syntax is not prose, a draft is', () => {
    writeFileSync(join(tree, 'code.md'), 'Use `interally` here.\n');
    writeFileSync(join(tree, 'code.txt'), 'Use `interally` here.\n');
    const [md, txt] = json(copydesk(['--format', 'json', 'code.md', 'code.txt'], tree));
    assert.deepEqual(md.messages, []);
    assert.deepEqual(txt.messages.map((m) => m.ruleId), ['misspelling']);
  });
});

describe('bad input', () => {
  let dir: string;
  before(() => {
    dir = scratch('bad');
  });

  it('an empty file is clean', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = copydesk(['--format', 'json', 'empty.txt'], dir);
    assert.deepEqual([run.code, json(run)[0].messages, run.stderr], [0, [], '']);
  });

  it('a binary file is skipped with one line on stderr and a warning in the report, which fails the run', () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const run = copydesk(['--format', 'json', 'image.txt', join(fixtures, 'clean.txt')], dir);
    assert.equal(run.stderr, 'copydesk: image.txt: skipped: binary file (contains NUL bytes)\n');
    const [image, clean] = json(run);
    assert.equal(image.filePath, join(dir, 'image.txt'));
    assert.deepEqual(image.messages, [
      { ruleId: null, fatal: false, severity: 1, copydeskSeverity: 'warning', message: 'File not checked: binary file (contains NUL bytes).' },
    ] as unknown as JsonMessage[]);
    assert.equal(image.warningCount, 1);
    assert.deepEqual(clean.messages, []);
    assert.equal(run.code, 1, 'a file left unchecked is a warning: exit 0 means every file was checked');
    assert.equal(copydesk(['--fail-on', 'error', 'image.txt', join(fixtures, 'clean.txt')], dir).code, 0, 'but not an error');
  });

  it('a file above --max-file-size is skipped with a message naming it, its size and the limit', () => {
    writeFileSync(join(dir, 'long.txt'), 'It was interally divided.\n'.repeat(10));
    const run = copydesk(['--max-file-size', '100', 'long.txt'], dir);
    const reason = '260 bytes is above the limit of 100 bytes (raise it with --max-file-size)';
    assert.equal(run.stderr, `copydesk: long.txt: skipped: ${reason}\ncopydesk: no file was checked\n`);
    assert.equal(run.stdout, `\nlong.txt\n  -  warning  File not checked: ${reason}.\n\n✖ 1 problem (0 errors, 1 warning)\n`);
    assert.equal(run.code, 2, 'nothing was checked at all');
    assert.equal(copydesk(['long.txt'], dir).code, 1, 'checked under the default limit');
  });

  it('invalid UTF-8 is read with U+FFFD and checked, with a warning, and never rewritten by --fix', () => {
    const bytes = Buffer.concat([Buffer.from('Staff '), Buffer.from([0xe9]), Buffer.from(' were interally divided.\n')]);
    writeFileSync(join(dir, 'latin1.txt'), bytes);
    const run = copydesk(['--fix', '--format', 'json', 'latin1.txt'], dir);
    assert.match(run.stderr, /^copydesk: latin1\.txt: not valid UTF-8; invalid bytes were read as U\+FFFD and the file was not fixed\n$/);
    const typo = json(run)[0].messages.find((m) => m.ruleId === 'misspelling')!;
    assert.deepEqual([typo.line, typo.column], [1, 14], 'the bad byte counts as one character, U+FFFD');
    assert.deepEqual(readFileSync(join(dir, 'latin1.txt')), bytes);
  });

  it('lone surrogates (UTF-16 file) and an emoji before a finding give UTF-16 columns, and --fix keeps the encoding', () => {
    const text = '\uD800 lone, 😀 and interally.\n';
    const file = join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const [result] = json(copydesk(['--format', 'json', 'utf16.txt'], dir));
    const typo = result.messages.find((m) => m.ruleId === 'misspelling')!;
    assert.deepEqual([typo.line, typo.column, typo.endColumn], [1, text.indexOf('interally') + 1, text.indexOf('interally') + 10]);
    assert.deepEqual(typo.fix?.range, [text.indexOf('interally'), text.indexOf('interally') + 9]);
    copydesk(['--fix', 'utf16.txt'], dir);
    const written = readFileSync(file);
    assert.deepEqual([...written.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(written.subarray(2).toString('utf16le'), '\uD800 lone, 😀 and internally.\n');
  });

  it('a UTF-8 byte-order mark is not part of the text and survives --fix', () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(file, '\uFEFFIt was interally divided.\n');
    const [typo] = json(copydesk(['--format', 'json', 'bom.txt'], dir))[0].messages;
    assert.deepEqual([typo.column, typo.fix?.range], [8, [7, 16]]);
    copydesk(['--fix', 'bom.txt'], dir);
    assert.equal(readFileSync(file, 'utf8'), '\uFEFFIt was internally divided.\n');
  });

  it('a 20 MB file with a raised limit finishes with every finding', { timeout: 120_000 }, () => {
    // 20 MB of distinct clean paragraphs with a typo in every thousandth.
    const typo = 'The council is interally divided over the plan, officials said on Tuesday evening.\n\n';
    const paragraphs: string[] = [];
    let size = 0;
    while (size < 20_000_000) {
      const n = paragraphs.length + 1;
      const p = n % 1000 === 0 ? typo : `The council met for the ${n}th time on Tuesday and approved the plan after a long debate.\n\n`;
      paragraphs.push(p);
      size += p.length;
    }
    writeFileSync(join(dir, 'huge.txt'), paragraphs.join(''));
    const skipped = copydesk(['huge.txt'], dir);
    assert.match(skipped.stderr, /huge\.txt: skipped: 20,\d{3},\d{3} bytes is above the limit of 2,000,000 bytes/);
    const run = copydesk(['--max-file-size', '30000000', '--format', 'json', 'huge.txt'], dir);
    assert.equal(run.code, 1, run.stderr);
    const [result] = json(run);
    const expected = Math.floor(paragraphs.length / 1000);
    assert.deepEqual(
      result.messages.map((m) => `${m.ruleId}:${m.line}`),
      Array.from({ length: expected }, (_, i) => `misspelling:${(i + 1) * 2000 - 1}`),
    );
  });
});
