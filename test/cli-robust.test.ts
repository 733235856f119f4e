// The `copydesk` process against special files and slow checks: devices, FIFOs and sockets are
// skipped with what they are however they were reached (named, globbed, walked, through a
// symlink), and a check over the time limit is stopped with one line while the run goes on.
// Every child has a timeout, so that a regression (reading /dev/zero forever, blocking on a
// FIFO) fails the test instead of hanging it.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const repo = join(__dirname, '..');
const bin = join(repo, 'bin', 'copydesk.js');
const posix = process.platform !== 'win32';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function copydesk(args: string[], cwd: string, env: Record<string, string> = {}, timeout = 15_000): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(r.signal, null, `copydesk ${args.join(' ')} did not finish within ${timeout} ms (killed); stderr: ${r.stderr}`);
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

type Result = { filePath: string; messages: { ruleId: string | null; message: string }[] };
/** The files checked: a skipped file's result is its one message with no rule. */
const files = (run: Run) => (JSON.parse(run.stdout) as Result[]).filter((r) => !isSkipped(r)).map((r) => r.filePath);
const skipped = (run: Run) => (JSON.parse(run.stdout) as Result[]).filter(isSkipped).map((r) => [r.filePath, r.messages[0].message]);
const isSkipped = (r: Result) => r.messages.length === 1 && r.messages[0].ruleId === null;
const lines = (text: string) => text.split('\n').filter(Boolean).sort();

let tmp: string;
before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first');
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-robust-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('special files', { skip: posix ? false : 'no FIFOs or /dev here' }, () => {
  let dir: string;
  let socketServer: Server;
  before(async () => {
    dir = join(tmp, 'special');
    mkdirSync(join(dir, 'zerodir'), { recursive: true });
    mkdirSync(join(dir, 'walk', 'inner'), { recursive: true });
    const mkfifo = (path: string) => assert.equal(spawnSync('mkfifo', [path]).status, 0, `mkfifo ${path}`);
    symlinkSync('/dev/zero', join(dir, 'zerodir', 'zero.txt'));
    symlinkSync('/dev/null', join(dir, 'zerodir', 'null.txt'));
    writeFileSync(join(dir, 'zerodir', 'story.txt'), 'It was interally agreed.\n');
    mkfifo(join(dir, 'walk', 'pipe.txt'));
    symlinkSync('/dev/zero', join(dir, 'walk', 'inner', 'zero.md'));
    writeFileSync(join(dir, 'walk', 'inner', 'story.md'), 'It was interally agreed.\n');
    mkfifo(join(dir, 'named-fifo'));
    symlinkSync(join(dir, 'named-fifo'), join(dir, 'link-to-fifo.txt'));
    socketServer = createServer();
    await new Promise<void>((resolve) => socketServer.listen(join(dir, 'walk', 'sock.draft'), resolve));
  });
  after(() => new Promise<void>((resolve) => socketServer.close(() => resolve())));

  it('a glob matching symlinks to /dev/zero and /dev/null skips them and checks the real file', () => {
    const run = copydesk(['--format', 'json', 'zerodir/*.txt'], dir);
    assert.deepEqual(lines(run.stderr), [
      'copydesk: zerodir/null.txt: skipped: is a character device, not a file',
      'copydesk: zerodir/zero.txt: skipped: is a character device, not a file',
    ]);
    assert.deepEqual(files(run), [join(dir, 'zerodir', 'story.txt')]);
    assert.deepEqual(skipped(run), [
      [join(dir, 'zerodir', 'null.txt'), 'File not checked: is a character device, not a file.'],
      [join(dir, 'zerodir', 'zero.txt'), 'File not checked: is a character device, not a file.'],
    ]);
    assert.equal(run.code, 1);
  });

  it('a folder walk skips a FIFO, a socket and a symlink to a device, each with a notice', () => {
    const run = copydesk(['--format', 'json', 'walk'], dir);
    assert.deepEqual(lines(run.stderr), [
      'copydesk: walk/inner/zero.md: skipped: is a character device, not a file',
      'copydesk: walk/pipe.txt: skipped: is a FIFO (named pipe), not a file',
      'copydesk: walk/sock.draft: skipped: is a socket, not a file',
    ]);
    assert.deepEqual(files(run), [join(dir, 'walk', 'inner', 'story.md')]);
  });

  it('a FIFO or a device named directly says what it is, not "no files match"', () => {
    const run = copydesk(['--format', 'json', 'named-fifo', 'link-to-fifo.txt', '/dev/zero', 'zerodir/story.txt'], dir);
    assert.deepEqual(lines(run.stderr), [
      'copydesk: /dev/zero: skipped: is a character device, not a file',
      'copydesk: link-to-fifo.txt: skipped: is a FIFO (named pipe), not a file',
      'copydesk: named-fifo: skipped: is a FIFO (named pipe), not a file',
    ]);
    assert.deepEqual(files(run), [join(dir, 'zerodir', 'story.txt')]);
  });

  it('--fix never writes to a special file', () => {
    const run = copydesk(['--fix', 'zerodir/null.txt', 'named-fifo'], dir);
    assert.equal(run.code, 2, 'no file was checked');
    assert.match(run.stderr, /named-fifo: skipped: is a FIFO/);
    assert.match(run.stderr, /copydesk: no file was checked\n$/);
  });
});

describe('the per-file time limit', () => {
  let dir: string;
  const typo = 'The council said the plan was interally agreed on Tuesday.\n';
  before(() => {
    dir = join(tmp, 'slow');
    mkdirSync(dir, { recursive: true });
    // 16 MB of news text: far longer to check than the 300 ms limit below (over a second, and
    // still several times the limit were the engine much faster), while a one-line draft takes
    // milliseconds.
    const clean = 'The council said the plan was agreed on Tuesday after a long debate.\n';
    const big = clean.repeat(Math.ceil(16_000_000 / clean.length)) + typo;
    writeFileSync(join(dir, 'big-1.txt'), big);
    writeFileSync(join(dir, 'big-2.txt'), big);
    writeFileSync(join(dir, 'small-1.txt'), typo);
    writeFileSync(join(dir, 'small-2.txt'), typo);
  });

  const limited = { COPYDESK_TIME_LIMIT_MS: '300' };
  const args = ['--format', 'json', '--max-file-size', '20000000'];

  it('stops a check over the limit with one line, goes on to the next file, and exits 2', () => {
    const run = copydesk([...args, 'big-1.txt', 'small-1.txt', 'big-2.txt', 'small-2.txt'], dir, limited, 60_000);
    // The second big file and the small one after it are checked in fresh workers (the
    // engine's state on the main thread is not trusted after a stop): stopped and checked too.
    assert.deepEqual(lines(run.stderr), [
      'copydesk: big-1.txt: stopped after 300 ms (time limit); not checked',
      'copydesk: big-2.txt: stopped after 300 ms (time limit); not checked',
    ]);
    assert.deepEqual(files(run), [join(dir, 'small-1.txt'), join(dir, 'small-2.txt')]);
    const [small] = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    assert.deepEqual(small.messages.map((m) => m.ruleId), ['misspelling'], 'checked in a worker as on the main thread');
    assert.equal(run.code, 2, 'a file that could not be checked is like an unreadable one');
  });

  it('after a stop, every file checked in the worker keeps the house style (sent to it once)', () => {
    writeFileSync(join(dir, 'house.yaml'), 'terms:\n  - { use: internally, avoid: [interally] }\n');
    const run = copydesk([...args, '--config', 'house.yaml', 'big-1.txt', 'small-1.txt', 'small-2.txt'], dir, limited, 60_000);
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    assert.deepEqual(
      reports.map((r) => r.messages.map((m) => m.ruleId).sort()),
      [
        ['house-terms', 'misspelling'],
        ['house-terms', 'misspelling'],
      ],
    );
  });

  it('--fix leaves a stopped file as it was', () => {
    const before = readFileSync(join(dir, 'big-1.txt'));
    const run = copydesk(['--fix', ...args, 'big-1.txt'], dir, limited, 60_000);
    assert.equal(run.stderr, 'copydesk: big-1.txt: stopped after 300 ms (time limit); not checked\ncopydesk: no file was checked\n');
    assert.ok(readFileSync(join(dir, 'big-1.txt')).equals(before), 'not written');
  });

  it('without the override, the same file is checked in full', { timeout: 120_000 }, () => {
    const run = copydesk([...args, 'big-1.txt'], dir, {}, 120_000);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
  });
});
