// The `copydesk` command on a Markdown draft with front matter: the headline and standfirst are
// checked as copy at their exact lines and columns (UTF-16, CRLF), the other keys are not, and
// the nearest style file's `frontMatter.prose` changes which keys count. On the built bundle.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const bin = join(__dirname, '..', 'bin', 'copydesk.js');

interface Message {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function check(args: string[], cwd: string): { code: number | null; messages: Message[]; stdout: string } {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd, encoding: 'utf8', timeout: 90_000 });
  const results = JSON.parse(r.stdout) as { messages: Message[] }[];
  return { code: r.status, messages: results.flatMap((f) => f.messages), stdout: r.stdout };
}

const DRAFT = [
  '---',
  'title: "😀 Council to recieve grant"',
  'author: Jane, who will recieve it',
  'description: >-',
  '  The council was interally divided',
  '  over the grant.',
  '---',
  '',
  '# Council to receive grant',
  '',
  'The council met on Monday.',
  '',
].join('\r\n');

describe('copydesk on Markdown front matter', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'copydesk-front-matter-'));
    mkdirSync(join(tmp, 'desk'));
    mkdirSync(join(tmp, 'other'));
    writeFileSync(join(tmp, 'desk', 'story.md'), DRAFT);
    writeFileSync(join(tmp, 'other', 'story.md'), DRAFT);
    writeFileSync(join(tmp, 'other', '.copydesk.yaml'), 'frontMatter:\n  prose: [author]\n');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('checks the title and description as prose, at their places, and not the author', () => {
    const { code, messages } = check(['desk/story.md'], tmp);
    assert.equal(code, 1);
    const misspelt = messages.filter((m) => m.ruleId === 'misspelling').map((m) => `${m.line}:${m.column}-${m.endColumn}`);
    // "recieve" after "😀 " (two UTF-16 units, counted as two columns as everywhere else), "interally" in the block.
    assert.deepEqual(misspelt, ['2:23-30', '5:19-28']);
  });

  it("follows the style file's frontMatter.prose: the author is checked, the title is not", () => {
    const { messages } = check(['other/story.md'], tmp);
    assert.deepEqual(messages.filter((m) => m.ruleId === 'misspelling').map((m) => `${m.line}:${m.column}`), ['3:24']);
  });

  it('--fix corrects the front matter copy and keeps the rest of the file byte for byte', () => {
    const r = spawnSync(process.execPath, [bin, '--fix', 'desk/story.md'], { cwd: tmp, encoding: 'utf8', timeout: 90_000 });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const fixed = readFileSync(join(tmp, 'desk', 'story.md'), 'utf8');
    assert.equal(fixed, DRAFT.replace('to recieve grant"', 'to receive grant"').replace('interally', 'internally'));
  });
});
