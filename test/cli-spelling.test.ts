// Spelling suggestions cost milliseconds each (computed when asked for: see Finding.pending), so
// the CLI computes them for at most MAX_RESOLVED_PER_FILE findings of a file, and fix-all for at
// most MAX_RESOLVED_PER_PASS per pass. A file of made-up words is checked, reported and fixed
// within the time limit instead of being stopped; a real typo still gets its fix in the report.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_RESOLVED_PER_FILE } from '../server/src/cli/check.js';

const bin = join(__dirname, '..', 'bin', 'copydesk.js');
const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-spelling-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** About 300 KB of lowercase words no dictionary has, the same every run. */
function madeUpWords(): string {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let text = '';
  while (text.length < 300_000) {
    let word = '';
    for (let i = 5 + Math.floor(random() * 6); i > 0; i--) word += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)];
    text += word + (random() < 0.1 ? '.\n' : ' ');
  }
  return text;
}

function copydesk(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  assert.equal(r.signal, null, `copydesk ${args.join(' ')} was killed; stderr: ${r.stderr}`);
  return r;
}

type Message = { ruleId: string | null; fix?: unknown; suggestions?: unknown[] };

describe('spelling suggestions in the CLI', () => {
  it('reports a draft of made-up words in full, with suggestions for the first findings only', () => {
    writeFileSync(join(dir, 'made-up.txt'), madeUpWords());
    const run = copydesk(['--format', 'json', 'made-up.txt']);
    assert.doesNotMatch(run.stderr, /time limit/);
    assert.equal(run.status, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as { messages: Message[] }[];
    const spelling = report.messages.filter((m) => m.ruleId === 'spelling');
    assert.ok(spelling.length > 10 * MAX_RESOLVED_PER_FILE, `${spelling.length} spelling findings`);
    const withOffers = spelling.filter((m) => m.fix || m.suggestions?.length);
    assert.ok(withOffers.length > 0 && withOffers.length <= MAX_RESOLVED_PER_FILE, `${withOffers.length} with fixes or suggestions`);
  });

  it('fixes a draft of made-up words within the time limit', () => {
    writeFileSync(join(dir, 'made-up-fix.txt'), madeUpWords());
    const run = copydesk(['--fix', '--format', 'json', 'made-up-fix.txt']);
    assert.doesNotMatch(run.stderr, /time limit/);
    assert.notEqual(run.status, 2, run.stderr);
  });

  it('gives a real typo its fix in the report', () => {
    writeFileSync(join(dir, 'typo.txt'), 'The new pwnsion rules start in April, officials said.\n');
    const [report] = JSON.parse(copydesk(['--format', 'json', 'typo.txt']).stdout) as { messages: (Message & { fix?: { text: string } })[] }[];
    const finding = report.messages.find((m) => m.ruleId === 'spelling');
    assert.equal(finding?.fix?.text, 'pension');
    assert.equal(readFileSync(join(dir, 'typo.txt'), 'utf8').includes('pwnsion'), true, 'not written without --fix');
  });
});
