// The `copydesk` process as a CMS and a CI use it: text piped in with --stdin (and its fixed
// text back with --fix), exit codes (--fail-on, --max-warnings, skipped files as warnings in
// every format, a run that checked nothing), messages for paths that give no file, and --fix
// output that is clean copy. Every file --fix may touch is a copy in a temporary folder.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const repo = join(__dirname, '..');
const bin = join(repo, 'bin', 'copydesk.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes, for the fixed text of --stdin --fix. */
  bytes: Buffer;
}

function copydesk(args: string[], cwd: string, input: string | Buffer = ''): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.signal, null, `copydesk ${args.join(' ')} was killed; stderr: ${r.stderr}`);
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  copydeskSeverity: string;
  message: string;
  line?: number;
  fatal?: boolean;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  warningCount: number;
}
const parse = (text: string) => JSON.parse(text) as JsonResult[];
const rules = (result: JsonResult) => result.messages.map((m) => m.ruleId);

let tmp: string;
function scratch(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(tmp, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first');
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-ci-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

const TYPO = 'It was interally divided.\n';
const HOUSE = 'terms:\n  - { use: internally, avoid: [interally] }\n';

describe('--stdin: text piped in from a CMS', () => {
  it('--stdin-filename picks the language: Markdown code is not prose, plain text is', () => {
    const dir = scratch('stdin-language');
    const text = 'Use `interally` here, and a draft is interally divided.\n';
    const md = parse(copydesk(['--stdin', '--stdin-filename', 'story.md', '--format', 'json'], dir, text).stdout);
    const txt = parse(copydesk(['--stdin', '--stdin-filename', 'story.txt', '--format', 'json'], dir, text).stdout);
    const draft = parse(copydesk(['--stdin', '--stdin-filename', 'story.draft', '--format', 'json'], dir, text).stdout);
    assert.deepEqual(md[0].messages.map((m) => m.line), [1], 'only the prose "interally" in Markdown');
    assert.equal(txt[0].messages.filter((m) => m.ruleId === 'misspelling').length, 2, 'both in plain text');
    assert.equal(draft[0].messages.filter((m) => m.ruleId === 'misspelling').length, 2, 'both in a news draft');
    assert.equal(md[0].filePath, join(dir, 'story.md'), 'the report names the file as given, resolved');
  });

  it('finds the style from the name as for a real file, which need not exist', () => {
    const dir = scratch('stdin-style', { 'desk/.copydesk.yaml': HOUSE, 'other/keep.txt': '' });
    const at = (name: string) => rules(parse(copydesk(['--stdin', '--stdin-filename', name, '--format', 'json'], dir, TYPO).stdout)[0]);
    assert.deepEqual(at('desk/not/yet/written.md').sort(), ['house-terms', 'misspelling']);
    assert.deepEqual(at('other/new.md'), ['misspelling']);
    assert.ok(!existsSync(join(dir, 'desk', 'not')), 'nothing is created');
  });

  it('without --stdin-filename the text is plain text named <stdin>, styled from the working folder', () => {
    const dir = scratch('stdin-unnamed', { '.copydesk.yaml': HOUSE });
    const run = copydesk(['--stdin', '--format', 'json'], dir, TYPO);
    const [result] = parse(run.stdout);
    assert.equal(result.filePath, '<stdin>');
    assert.deepEqual(rules(result).sort(), ['house-terms', 'misspelling']);
    assert.equal(run.code, 1);
    assert.match(copydesk(['--stdin'], dir, TYPO).stdout, /^<stdin>$/m);
  });

  it('--fix writes the fixed text, and nothing else, to stdout; the report goes to stderr', () => {
    const dir = scratch('stdin-fix');
    const text = 'Officials met on Tuesday.\n2 min read\nThe council is interally divided over the the plan.\nIt said "yes.\n';
    const run = copydesk(['--stdin', '--stdin-filename', 'story.txt', '--fix', '--format', 'json'], dir, text);
    assert.equal(run.stdout, 'Officials met on Tuesday.\nThe council is internally divided over the plan.\nIt said "yes.\n');
    const [report] = parse(run.stderr);
    assert.deepEqual(rules(report), ['unbalanced-quotes'], 'what remains after the fixes');
    assert.equal(run.code, 1, 'a warning remains');
    assert.ok(!existsSync(join(dir, 'story.txt')), 'no file is written');
    // Stylish too: the report is on stderr, stdout is only the text.
    const stylish = copydesk(['--stdin', '--stdin-filename', 'story.txt', '--fix'], dir, text);
    assert.equal(stylish.stdout, run.stdout);
    assert.match(stylish.stderr, /unbalanced-quotes/);
  });

  it('--fix keeps the encoding and line endings, and gives back text it cannot fix unchanged', () => {
    const dir = scratch('stdin-encoding');
    const bom = Buffer.from('\uFEFF\u201cWe won\u201d \u{1F600} and interally.\r\n2 min read\r\nEnd.\r\n');
    const fixed = copydesk(['--stdin', '--stdin-filename', 'a.txt', '--fix'], dir, bom);
    assert.deepEqual(fixed.bytes, Buffer.from('\uFEFF\u201cWe won\u201d \u{1F600} and internally.\r\nEnd.\r\n'));
    assert.equal(fixed.code, 0);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It was interally divided.\n', 'utf16le')]);
    assert.deepEqual(
      copydesk(['--stdin', '--fix'], dir, utf16).bytes,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It was internally divided.\n', 'utf16le')]),
    );
    const clean = 'Officials met on Tuesday.\n';
    assert.deepEqual([copydesk(['--stdin', '--fix'], dir, clean).stdout, copydesk(['--stdin', '--fix'], dir, clean).code], [clean, 0]);
    const latin1 = Buffer.concat([Buffer.from('Staff '), Buffer.from([0xe9]), Buffer.from(' were interally divided.\n')]);
    const bad = copydesk(['--stdin', '--stdin-filename', 'l.txt', '--fix'], dir, latin1);
    assert.deepEqual(bad.bytes, latin1, 'invalid UTF-8 comes back byte for byte');
    const badJson = copydesk(['--stdin', '--stdin-filename', 'l.txt', '--fix', '--format', 'json'], dir, latin1);
    const [report, ...after] = badJson.stderr.split('\n');
    assert.deepEqual(parse(report).map(rules), [['misspelling']], 'the JSON report on stderr is whole, ahead of the notices');
    assert.match(after.join('\n'), /not valid UTF-8/);
    assert.match(bad.stderr, /^copydesk: l\.txt: not valid UTF-8; invalid bytes were read as U\+FFFD and the file was not fixed$/m);
  });

  it('applies the files\' size limit and binary rule: skipped, a warning in the report, exit 2', () => {
    const dir = scratch('stdin-skip');
    const big = copydesk(['--stdin', '--stdin-filename', 'big.txt', '--max-file-size', '100', '--format', 'json'], dir, TYPO.repeat(10));
    assert.equal(
      big.stderr,
      // Reading stops once the text is certainly over the limit, so the size is a lower bound.
      'copydesk: big.txt: skipped: 260 bytes or more is above the limit of 100 bytes (raise it with --max-file-size)\ncopydesk: no file was checked\n',
    );
    assert.deepEqual(parse(big.stdout)[0].messages, [
      {
        ruleId: null,
        fatal: false,
        severity: 1,
        copydeskSeverity: 'warning',
        message: 'File not checked: 260 bytes or more is above the limit of 100 bytes (raise it with --max-file-size).',
      },
    ]);
    assert.equal(big.code, 2);
    // Nor is a pipe far over the limit read to its end.
    const huge = copydesk(['--stdin', '--max-file-size', '1000'], dir, 'x'.repeat(5_000_000));
    assert.match(huge.stderr, /^copydesk: <stdin>: skipped: [\d,]+ bytes or more is above the limit of 1,000 bytes/);
    const binary = copydesk(['--stdin', '--fix'], dir, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    assert.equal(binary.stdout, '', '--fix prints no text it did not check');
    assert.match(binary.stderr, /^copydesk: <stdin>: skipped: binary file \(contains NUL bytes\)$/m);
    assert.equal(binary.code, 2);
  });

  const usage: [string, string[], RegExp][] = [
    ['files as well as --stdin', ['--stdin', 'story.md'], /--stdin checks the text on standard input; give no files as well/],
    ['--stdin-filename without --stdin', ['--stdin-filename', 'story.md', 'a.txt'], /--stdin-filename names the text read with --stdin; add --stdin/],
    ['an empty --stdin-filename', ['--stdin', '--stdin-filename', ''], /--stdin-filename needs a file name/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 on ${what}`, () => {
      const run = copydesk(args, tmp, TYPO);
      assert.deepEqual([run.code, run.stdout], [2, '']);
      assert.match(run.stderr, message);
    });
  }
});

describe('exit codes a CI can trust', () => {
  let dir: string;
  before(() => {
    dir = scratch('exit', {
      'two-warnings.txt': 'It was interally divided.\nThe plan was recieved.\n',
      'info.txt': 'The council met on Tuesday.\n\nFollow us on FacebookTwitter and Instagram\n',
      'errors/.copydesk.yaml': 'rules:\n  misspelling: error\n',
      'errors/typo.txt': TYPO,
      'hints/.copydesk.yaml': 'rules:\n  misspelling: hint\n',
      'hints/typo.txt': TYPO,
      'clean.txt': 'Officials met on Tuesday.\n',
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    });
  });
  const code = (...args: string[]) => copydesk(args, dir).code;

  it('--fail-on: error, warning (the default) or info; hints never fail', () => {
    assert.deepEqual(
      [code('two-warnings.txt'), code('--fail-on', 'warning', 'two-warnings.txt'), code('--fail-on', 'error', 'two-warnings.txt')],
      [1, 1, 0],
    );
    assert.deepEqual([code('info.txt'), code('--fail-on', 'info', 'info.txt'), code('--fail-on', 'information', 'info.txt')], [0, 1, 1]);
    assert.deepEqual([code('--fail-on', 'error', 'errors/typo.txt'), code('--fail-on', 'info', 'errors/typo.txt')], [1, 1]);
    assert.deepEqual([code('hints/typo.txt'), code('--fail-on', 'info', 'hints/typo.txt')], [0, 0]);
    assert.equal(code('--fail-on', 'info', 'clean.txt'), 0);
  });

  it('--max-warnings N: more than N warnings exit 1, with a line saying so; N or fewer do not', () => {
    const over = copydesk(['--max-warnings', '1', 'two-warnings.txt'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /^copydesk: too many warnings \(2; --max-warnings is 1\)$/m);
    const within = copydesk(['--max-warnings', '2', 'two-warnings.txt'], dir);
    assert.deepEqual([within.code, within.stderr], [0, '']);
    assert.equal(code('--max-warnings', '0', 'clean.txt'), 0);
    assert.equal(code('--max-warnings', '5', 'errors/typo.txt'), 1, 'an error fails the run whatever the warning budget');
    assert.equal(code('--max-warnings', '5', '--fail-on', 'info', 'info.txt'), 1, 'information fails with --fail-on info');
    assert.equal(code('--max-warnings', '0', 'image.txt', 'clean.txt'), 1, 'a skipped file counts as a warning');
    assert.equal(code('--max-warnings', '1', 'image.txt', 'clean.txt'), 0);
  });

  it('--quiet shows only what fails the run: the findings at the --fail-on level or above', () => {
    const quiet = copydesk(['--quiet', '--fail-on', 'error', '--format', 'json', 'two-warnings.txt', 'errors/typo.txt'], dir);
    assert.deepEqual(parse(quiet.stdout).map(rules), [[], ['misspelling']]);
    const info = copydesk(['--quiet', '--fail-on', 'info', '--format', 'json', 'info.txt'], dir);
    assert.deepEqual(parse(info.stdout).map((r) => rules(r).sort()), [['copy-artifacts', 'run-together-words']]);
    const hidden = copydesk(['--quiet', '--format', 'json', 'info.txt'], dir);
    assert.deepEqual(parse(hidden.stdout).map(rules), [[]], 'information is hidden at the default level');
  });

  it('a skipped file is a warning in every format, not only a line on stderr', () => {
    const args = ['image.txt', 'clean.txt'];
    const stylish = copydesk(args, dir);
    assert.equal(stylish.stdout, '\nimage.txt\n  -  warning  File not checked: binary file (contains NUL bytes).\n\n✖ 1 problem (0 errors, 1 warning)\n');
    const [image] = parse(copydesk(['--format', 'json', ...args], dir).stdout);
    assert.deepEqual([image.messages[0].ruleId, image.messages[0].severity, image.warningCount], [null, 1, 1]);
    assert.equal(
      copydesk(['--format', 'github', ...args], dir).stdout,
      '::warning file=image.txt,title=copydesk::File not checked: binary file (contains NUL bytes).\n',
    );
    const sarif = JSON.parse(copydesk(['--format', 'sarif', ...args], dir).stdout) as {
      runs: { invocations: { toolExecutionNotifications: { level: string; message: { text: string }; locations: unknown[] }[] }[] }[];
    };
    const [note] = sarif.runs[0].invocations[0].toolExecutionNotifications;
    assert.deepEqual([note.level, note.message.text], ['warning', 'skipped: binary file (contains NUL bytes)']);
    assert.deepEqual(note.locations, [{ physicalLocation: { artifactLocation: { uri: 'image.txt', uriBaseId: '%SRCROOT%' } } }]);
    for (const format of ['stylish', 'json', 'github', 'sarif']) {
      assert.equal(copydesk(['--format', format, ...args], dir).code, 1, `${format}: exit 1`);
    }
  });

  it('a run that checked no file at all exits 2 with a message, whatever the format', () => {
    for (const format of ['stylish', 'json']) {
      const run = copydesk(['--format', format, 'image.txt'], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\ncopydesk: no file was checked\n$/);
    }
    const broken = scratch('broken-style', { '.copydesk.yaml': 'rules: [\n', 'a.txt': TYPO });
    const run = copydesk(['a.txt'], broken);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /copydesk: no file was checked\n$/);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown --fail-on level', ['--fail-on', 'hint', 'clean.txt'], /unknown --fail-on level "hint" \(use error, warning or info; hints never fail\)/],
    ['a bad --max-warnings', ['--max-warnings', 'ten', 'clean.txt'], /--max-warnings wants a whole number of warnings, got "ten"/],
  ];
  for (const [what, args, message] of usage) {
    it(`2 on ${what}, with one line on stderr`, () => {
      const run = copydesk(args, dir);
      assert.deepEqual([run.code, run.stdout], [2, '']);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    });
  }
});

describe('messages about paths', () => {
  let dir: string;
  before(() => {
    dir = scratch('paths', { 'good.txt': TYPO, 'empty-folder/notes.js': '// x\n' });
  });

  it('a path that does not exist says "no such file or folder", the good ones are still checked, then exit 2', () => {
    const run = copydesk(['--format', 'json', 'missing.txt', 'good.txt', 'gone/story.md'], dir);
    assert.deepEqual(parse(run.stdout).map((r) => r.filePath), [join(dir, 'good.txt')]);
    assert.equal(run.stderr, 'copydesk: no such file or folder: missing.txt\ncopydesk: no such file or folder: gone/story.md\n');
    assert.equal(run.code, 2, 'though good.txt alone would exit 1');
  });

  it('a glob that matches nothing and a folder without drafts are reported the same way', () => {
    const run = copydesk(['--format', 'json', '*.nothing', 'empty-folder', 'good.txt'], dir);
    assert.deepEqual(parse(run.stdout).map((r) => r.filePath), [join(dir, 'good.txt')]);
    assert.equal(run.stderr, 'copydesk: no files match "*.nothing"\ncopydesk: no .txt, .md, .markdown or .draft files in "empty-folder"\n');
    assert.equal(run.code, 2);
  });

  it('records a bad path in SARIF as an error notification without a location', () => {
    const log = JSON.parse(copydesk(['--format', 'sarif', 'missing.txt', 'good.txt'], dir).stdout) as {
      runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: object[] }[] }[];
    };
    const [invocation] = log.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(invocation.toolExecutionNotifications, [{ level: 'error', message: { text: 'no such file or folder: missing.txt' } }]);
  });

  it('only bad paths: each reported, then "no file was checked", exit 2', () => {
    const run = copydesk(['missing.txt'], dir);
    assert.deepEqual(
      [run.code, run.stdout, run.stderr],
      [2, '', 'copydesk: no such file or folder: missing.txt\ncopydesk: no file was checked\n'],
    );
  });

  it('the usage hint and --help name no folder or file that exists only in this repository', () => {
    const hint = copydesk([], repo);
    assert.equal(hint.code, 2);
    assert.equal(hint.stderr, 'copydesk: no files given (try: copydesk drafts/ or copydesk story.md; --help for more)\n');
    const help = copydesk(['--help'], repo).stdout;
    // Every path-like word of the texts: "drafts/", "story.md", "drafts/**/*.md"…
    const words: string[] = `${hint.stderr}\n${help}`.match(/[\w.*-]+(?:\/[\w.*-]*)+|\b[\w-]+\.(?:md|txt|draft|markdown)\b/g) ?? [];
    assert.ok(words.includes('drafts/') && words.includes('story.md'), words.join(' '));
    for (const word of words) {
      const plain = word.replace(/\/?\*.*$/, '');
      if (plain) assert.ok(!existsSync(join(repo, plain)), `"${word}" names ${plain}, which exists in this repository`);
    }
    assert.doesNotMatch(help + hint.stderr, /examples/);
  });
});

describe('--fix output is clean copy', () => {
  // A story pasted from a web page: headline twice, reading time, a read-more link and a
  // follow-us line, each a paragraph of its own, in hard-wrapped lines.
  const pasted = [
    'Council agrees to cut bus fares in the city centre',
    '',
    'Council agrees to cut bus fares in the city centre',
    '',
    '2 min read',
    '',
    'The council voted on Tuesday to cut bus fares in the city centre from',
    'next month, after a year of falling passenger numbers.',
    '',
    'Read more: Why bus fares keep rising',
    '',
    'The cut will cost about \u00a32m a year, officials said.',
    '',
    'Follow us on Facebook and Instagram to stay connected',
    '',
  ];
  const clean = [
    'Council agrees to cut bus fares in the city centre',
    '',
    'The council voted on Tuesday to cut bus fares in the city centre from',
    'next month, after a year of falling passenger numbers.',
    '',
    'The cut will cost about \u00a32m a year, officials said.',
    '',
  ];

  for (const [eol, name] of [
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
  ] as const) {
    it(`deleting furniture lines leaves no double blank line (${name})`, () => {
      const dir = scratch(`furniture-${name}`, { 'story.txt': pasted.join(eol) });
      const run = copydesk(['--fix', 'story.txt'], dir);
      assert.equal(readFileSync(join(dir, 'story.txt'), 'utf8'), clean.join(eol));
      assert.equal(run.code, 0, run.stdout);
    });
  }

  it('a paragraph of several furniture lines goes whole, with one blank line left', () => {
    const dir = scratch('furniture-block', {
      'story.md': 'The council met.\n\nShare this article\nFollow us on Twitter\nAdvertisement\n\nIt voted on Friday.\n',
    });
    copydesk(['--fix', 'story.md'], dir);
    assert.equal(readFileSync(join(dir, 'story.md'), 'utf8'), 'The council met.\n\nIt voted on Friday.\n');
  });

  it('spelling out an acronym in hard-wrapped Markdown rewraps no line it need not touch', () => {
    const draft = [
      '# Talks resume in Tripoli',
      '',
      'Talks resumed on Tuesday, and the GNA said it would keep',
      'talking to the eastern parliament for as long as it took.',
      '',
      'The Government of National',
      'Accord (GNA) was formed in 2015 and is based in Tripoli.',
      '',
    ].join('\n');
    const dir = scratch('acronym', { 'talks.md': draft });
    const run = copydesk(['--fix', 'talks.md'], dir);
    assert.equal(
      readFileSync(join(dir, 'talks.md'), 'utf8'),
      [
        '# Talks resume in Tripoli',
        '',
        // The full name goes in at the first use, in one line; the line after is untouched.
        'Talks resumed on Tuesday, and the Government of National Accord (GNA) said it would keep',
        'talking to the eastern parliament for as long as it took.',
        '',
        // The later definition, now a second reference, becomes the short form (entity-naming).
        'The GNA was formed in 2015 and is based in Tripoli.',
        '',
      ].join('\n'),
    );
    assert.equal(run.code, 0, run.stdout);
  });
});
