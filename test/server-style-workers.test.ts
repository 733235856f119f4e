// The lint workers and house styles: a style is posted to a worker once, before the first job
// that names it, and jobs then refer to it by key, so a newsroom-sized style is not cloned on
// every keystroke and the worker keeps one object per style (the engine memoises its indexes
// per Style object). Checked with a recording worker, then with the real one.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Style } from '../server/src/engine/index.js';
import { LintService, STYLES_PER_WORKER } from '../server/src/lsp/lint-service.js';
import { LINT_WORKER_PATH } from './support/lsp-client.js';

// Answers each job with one finding whose message is JSON: the style messages received so far,
// whether the job's style is the very object first received under its key, and its word count.
const RECORDING_WORKER = `
const { parentPort } = require('node:worker_threads');
const styles = new Map();
const firstObject = new Map();
const received = [];
parentPort.on('message', (m) => {
  if (m.kind === 'style') { styles.set(m.key, m.style); if (!firstObject.has(m.key)) firstObject.set(m.key, m.style); received.push('style ' + m.key); return; }
  if (m.kind === 'dropStyle') { styles.delete(m.key); received.push('drop ' + m.key); return; }
  const style = m.styleKey === undefined ? undefined : styles.get(m.styleKey);
  const info = { received: received.slice(), key: m.styleKey ?? null, known: m.styleKey === undefined || style !== undefined,
    same: style === undefined || firstObject.get(m.styleKey) === style, words: style ? style.words.length : 0 };
  parentPort.postMessage({ id: m.id, findings: [{ ruleId: 'x', severity: 'warning', message: JSON.stringify(info), start: 0, end: 0 }] });
});
`;

type Info = { received: string[]; key: string | null; known: boolean; same: boolean; words: number };

describe('lint workers and house styles', () => {
  let dir: string;
  let service: LintService | undefined;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-worker-'));
    writeFileSync(join(dir, 'worker.js'), RECORDING_WORKER);
  });
  afterEach(() => {
    service?.dispose();
    service = undefined;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const info = async (s: LintService, uri: string, style?: Style): Promise<Info> =>
    JSON.parse((await s.lint(uri, 'text', 'plaintext', style))[0].message) as Info;

  it('sends a style once per worker and names it by key in every job after', async () => {
    service = new LintService({ workerFile: join(dir, 'worker.js'), log: () => undefined, maxWorkers: 1 });
    const big: Style = { words: Array.from({ length: 17_000 }, (_, i) => `word${i}`) };
    const first = await info(service, 'file:///a.txt', big);
    assert.deepEqual(first.received, [`style ${first.key}`]);
    assert.equal(first.words, 17_000);
    for (let i = 0; i < 20; i++) {
      const again = await info(service, i % 2 ? 'file:///a.txt' : 'file:///b.txt', big);
      assert.equal(again.key, first.key);
      assert.deepEqual(again.received, first.received, 'no second copy of the style');
      assert.ok(again.same, 'the worker keeps the very object it was sent');
    }
    // A job without a style sends none; another style object is a new key, sent once.
    assert.equal((await info(service, 'file:///c.txt')).key, null);
    const other = await info(service, 'file:///a.txt', { words: ['Haftar'] });
    assert.notEqual(other.key, first.key);
    assert.equal(other.received.length, 2);
    assert.equal(other.words, 1);
  });

  it('keeps a bounded number of styles per worker, dropping the least recently used', async () => {
    service = new LintService({ workerFile: join(dir, 'worker.js'), log: () => undefined, maxWorkers: 1 });
    const styles: Style[] = Array.from({ length: STYLES_PER_WORKER + 2 }, (_, i) => ({ words: [`w${i}`] }));
    let last: Info | undefined;
    for (const style of styles) last = await info(service, 'file:///a.txt', style);
    const drops = last!.received.filter((r) => r.startsWith('drop'));
    assert.equal(drops.length, 2);
    // The first style was dropped: using it again sends it again, and the job finds it.
    const again = await info(service, 'file:///a.txt', styles[0]);
    assert.ok(again.known);
    assert.equal(again.received.filter((r) => r.startsWith('style')).length, STYLES_PER_WORKER + 3);
  });

  it('the real worker checks each job under its own style', async () => {
    service = new LintService({ workerFile: LINT_WORKER_PATH, log: () => undefined });
    const text = 'It was the the end of an interally agreed plan.\n';
    const ids = async (style?: Style) => (await service!.lint('file:///s.txt', text, 'plaintext', style)).map((f) => f.ruleId).sort();
    assert.deepEqual(await ids(), ['misspelling', 'repeated-word']);
    const quiet: Style = { rules: { 'repeated-word': 'off' } };
    assert.deepEqual(await ids(quiet), ['misspelling']);
    assert.deepEqual(await ids({ rules: { misspelling: 'off' } }), ['repeated-word']);
    assert.deepEqual(await ids(quiet), ['misspelling'], 'a style sent before is still known');
  });
});
