// The one rule for what is binary and what is too large (server/src/input-rules.ts), and that
// the CLI and the server apply it alike: each input below is written as a file and checked by
// the `copydesk` process, and its text (decoded as an editor would, BOM-aware) is judged by the
// server's own guard (lsp/input-guard.ts); both must give the expected verdict.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { binaryReason, judgeText, MIN_SUSPICIOUS } from '../server/src/input-rules.js';
import { inspectInput } from '../server/src/lsp/input-guard.js';

const repo = join(__dirname, '..');
const bin = join(repo, 'bin', 'copydesk.js');

type Kind = 'ok' | 'binary' | 'too-large';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** What an editor holds for these bytes: decoded by their BOM, the BOM dropped. */
function editorText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const prose = 'The council said the plan was agreed on Tuesday. ';
const long = (n: number) => prose.repeat(Math.ceil(n / prose.length)).slice(0, n);

const cases: { name: string; bytes: Buffer; limit: number; expected: Kind }[] = [
  { name: 'UTF-16LE with a BOM holding a NUL', bytes: utf16le('It was agreed.\0 On Tuesday.\n'), limit: 2_000_000, expected: 'binary' },
  { name: 'UTF-16BE with a BOM holding a NUL', bytes: utf16be('It was agreed.\0\n'), limit: 2_000_000, expected: 'binary' },
  { name: 'a few control characters (U+007F, U+0001) in a short text', bytes: utf8('Agreed\x7f.\x01\n'), limit: 2_000_000, expected: 'ok' },
  { name: 'a NUL after the first 8,192 characters', bytes: utf8(long(9000) + '\0' + prose), limit: 2_000_000, expected: 'binary' },
  { name: 'mostly control characters, no NUL', bytes: utf8('\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e text'), limit: 2_000_000, expected: 'binary' },
  { name: 'control characters over a tenth of a long text', bytes: utf8(long(2000) + '\x1b'.repeat(300)), limit: 2_000_000, expected: 'binary' },
  { name: 'control characters under a tenth of a long text', bytes: utf8(long(2000) + '\x1b'.repeat(150)), limit: 2_000_000, expected: 'ok' },
  // Sizes count UTF-8 bytes of the text: a UTF-16 file of twice the limit's bytes is checked
  // when its text is ASCII, and skipped when its text is CJK (3 bytes a character in UTF-8).
  { name: 'UTF-16 file over the limit in bytes, under it in UTF-8', bytes: utf16le(long(1500)), limit: 2000, expected: 'ok' },
  { name: 'UTF-16 file under the limit in bytes, over it in UTF-8', bytes: utf16le('中'.repeat(500)), limit: 1200, expected: 'too-large' },
  { name: 'UTF-8 file one byte over the limit', bytes: utf8('é' + long(999)), limit: 1000, expected: 'too-large' },
  { name: 'UTF-8 file with a BOM exactly at the limit', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(long(1000))]), limit: 1000, expected: 'ok' },
  { name: 'binary and over the limit: size wins', bytes: utf8('\0'.repeat(2000)), limit: 1000, expected: 'too-large' },
];

let tmp: string;
before(() => {
  assert.ok(existsSync(join(repo, 'dist', 'cli.js')), 'dist/cli.js is missing: run "npm run build" first');
  tmp = mkdtempSync(join(tmpdir(), 'copydesk-input-rules-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The CLI's verdict on a file, from its notice (or its JSON report when checked). */
function cliVerdict(file: string, limit: number): Kind {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '--max-file-size', String(limit), file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.notEqual(r.status, null, `the CLI did not finish: ${r.error}`);
  if (/: skipped: binary file/.test(r.stderr)) return 'binary';
  if (/: skipped: .* is above the limit/.test(r.stderr)) return 'too-large';
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1, `neither skipped nor checked: ${r.stderr}`);
  return 'ok';
}

describe('the CLI and the server judge the same inputs alike', () => {
  cases.forEach(({ name, bytes, limit, expected }, i) => {
    it(`${name}: ${expected}`, () => {
      const file = join(tmp, `case-${i}.txt`);
      writeFileSync(file, bytes);
      assert.equal(inspectInput(editorText(bytes), limit).kind, expected, 'server');
      assert.equal(cliVerdict(file, limit), expected, 'CLI');
    });
  });

  it('the CLI names the unit when a UTF-16 file is too large', () => {
    const file = join(tmp, 'cjk.txt');
    writeFileSync(file, utf16le('中'.repeat(500)));
    const r = spawnSync(process.execPath, [bin, '--max-file-size', '1200', file], { encoding: 'utf8', cwd: tmp });
    assert.equal(r.stderr.split('\n')[0], 'copydesk: cjk.txt: skipped: 1,500 bytes of text in UTF-8 is above the limit of 1,200 bytes (raise it with --max-file-size)');
    // Far over the limit, it is refused from its size alone, as a lower bound.
    const big = join(tmp, 'big16.txt');
    writeFileSync(big, utf16le('a'.repeat(5000)));
    const r2 = spawnSync(process.execPath, [bin, '--max-file-size', '1000', big], { encoding: 'utf8', cwd: tmp });
    assert.equal(r2.stderr.split('\n')[0], 'copydesk: big16.txt: skipped: 5,000 bytes of text in UTF-8 or more is above the limit of 1,000 bytes (raise it with --max-file-size)');
  });
});

describe('judgeText', () => {
  it('a NUL anywhere makes a text binary, however long the text before it', () => {
    for (const at of [0, 100, 8191, 8192, 8193, 100_000]) {
      assert.equal(binaryReason(long(at) + '\0' + prose), 'nul', `NUL at ${at}`);
    }
  });

  it(`fewer than ${MIN_SUSPICIOUS} suspicious characters never make a text binary; more than a tenth of them do`, () => {
    for (const c of ['\x01', '\x7f', '\x85', '\ufffd', '\x1b']) {
      assert.equal(binaryReason(c.repeat(MIN_SUSPICIOUS - 1)), undefined, `${MIN_SUSPICIOUS - 1} × U+${c.charCodeAt(0).toString(16)}`);
      assert.equal(binaryReason(c.repeat(MIN_SUSPICIOUS)), 'control');
    }
    // Exactly a tenth is text; one more is binary.
    assert.equal(binaryReason('a'.repeat(900) + '\x01'.repeat(100)), undefined);
    assert.equal(binaryReason('a'.repeat(899) + '\x01'.repeat(101)), 'control');
  });

  it('tab, line breaks and form feed are text, as are lone surrogates and emoji', () => {
    assert.equal(binaryReason('\t\n\r\f'.repeat(100)), undefined);
    assert.equal(binaryReason('\ud800 lone and 😀'.repeat(100)), undefined);
  });

  it('counts the size in UTF-8 bytes: é is two, 中 three, an emoji four, a lone surrogate three', () => {
    assert.deepEqual(judgeText('é'.repeat(5), 9), { kind: 'too-large', bytes: 10, limit: 9 });
    assert.deepEqual(judgeText('中'.repeat(3), 9), { kind: 'ok' });
    assert.deepEqual(judgeText('😀😀', 7), { kind: 'too-large', bytes: 8, limit: 7 });
    assert.deepEqual(judgeText('\ud800', 2), { kind: 'too-large', bytes: 3, limit: 2 });
    assert.deepEqual(judgeText('\0', 10), { kind: 'binary', reason: 'nul' });
  });
});
