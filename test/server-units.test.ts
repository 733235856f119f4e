// The language server's parts that can be checked in-process: the guarded linter (a rule that
// throws), the lint service's scheduling (with a fake worker), the input guard, the one-edit
// diff behind fix-all, settings normalisation and the reading of diagnostic data sent back.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver/node';
import { applyEdits, type Rule, type RuleContext } from '../server/src/engine/index.js';
import { readDiagnosticData } from '../server/src/lsp/diagnostics.js';
import { inspectInput, looksBinary } from '../server/src/lsp/input-guard.js';
import { LintService, Superseded } from '../server/src/lsp/lint-service.js';
import { GuardedLinter } from '../server/src/lsp/linter.js';
import { DEFAULT_SETTINGS, isChecked, normalizeSettings } from '../server/src/lsp/settings.js';
import { singleEdit } from '../server/src/lsp/text-edits.js';

function makeRule(id: string, check: (ctx: RuleContext) => void): Rule {
  return {
    meta: {
      id,
      family: 'hygiene',
      description: id,
      explanation: id,
      defaultSeverity: 'warning',
      fixable: true,
      messages: { found: 'found {what}' },
    },
    check,
  };
}

describe('GuardedLinter', () => {
  // Reports every "x" with a fix to "y".
  const xToY = makeRule('x-to-y', (ctx) => {
    for (let i = ctx.doc.text.indexOf('x'); i >= 0; i = ctx.doc.text.indexOf('x', i + 1)) {
      ctx.report({ messageId: 'found', data: { what: 'x' }, start: i, end: i + 1, fix: { title: 'y', edits: [{ start: i, end: i + 1, newText: 'y' }] } });
    }
  });
  const throws = makeRule('throws', () => {
    throw new Error('rule blew up');
  });
  const badMessage = makeRule('bad-message', (ctx) => ctx.report({ messageId: 'no-such-message', start: 0, end: 1 }));
  const overflows = makeRule('overflows', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    recurse(0);
  });

  it('keeps the other rules\' findings when a rule throws, and logs each failure once', () => {
    const logs: string[] = [];
    const linter = new GuardedLinter({}, (m) => logs.push(m), [throws, xToY, badMessage, overflows]);
    for (let i = 0; i < 3; i++) {
      const findings = linter.lint('a x b x', 'plaintext');
      assert.deepEqual(findings.map((f) => [f.ruleId, f.start]), [['x-to-y', 2], ['x-to-y', 6]]);
    }
    assert.equal(logs.length, 3, logs.join('\n'));
    assert.match(logs[0], /Rule "throws" failed.*rule blew up/s);
    assert.match(logs[1], /Rule "bad-message" failed.*no-such-message/s);
    assert.match(logs[2], /Rule "overflows" failed.*call stack/s);
  });

  it('fixes all with the rules that work', () => {
    const linter = new GuardedLinter({}, () => {}, [throws, xToY]);
    assert.deepEqual(linter.fixAll('x and x', 'plaintext'), { output: 'y and y', fixed: 2, passes: 1 });
  });
});

describe('LintService (with a fake worker)', () => {
  const workerFile = join(__dirname, 'support', 'fake-lint-worker.js');
  let service: LintService | undefined;
  const logs: string[] = [];
  const start = (options: Partial<ConstructorParameters<typeof LintService>[0]> = {}) => {
    service = new LintService({ workerFile, log: (m) => logs.push(m), ...options });
    return service;
  };
  afterEach(() => service?.dispose());

  it('answers lint and fix-all requests, and forwards the worker\'s log', async () => {
    const s = start();
    const [finding] = await s.lint('file:///a', 'hello', 'plaintext');
    assert.match(finding.message, /^hello @\d+$/);
    assert.equal(await s.fixAll('file:///a', 'hello', 'plaintext'), 'fixed hello');
    assert.ok(logs.some((l) => l.includes('did lint "hello"')));
  });

  it('drops a queued request when a newer one for the same document comes', async () => {
    const s = start({ maxWorkers: 1 });
    const busy = s.lint('file:///busy', 'sleep 300', 'plaintext');
    const older = s.lint('file:///a', 'v1', 'plaintext');
    const newer = s.lint('file:///a', 'v2', 'plaintext');
    await assert.rejects(older, Superseded);
    assert.match((await newer)[0].message, /^v2 /);
    assert.equal((await busy).length, 1);
  });

  it('kills a long check that a newer request supersedes, instead of waiting for it', async () => {
    const s = start({ maxWorkers: 1, killAfterMs: 50 });
    const t0 = Date.now();
    const long = s.lint('file:///big', 'sleep 5000', 'plaintext');
    await new Promise((r) => setTimeout(r, 200));
    const next = s.lint('file:///big', 'quick', 'plaintext');
    await assert.rejects(long, Superseded);
    assert.match((await next)[0].message, /^quick /);
    assert.ok(Date.now() - t0 < 3000, `superseded after ${Date.now() - t0} ms, not after the 5 s check`);
  });

  it('also kills a check superseded early on, once it has run for killAfterMs', async () => {
    const s = start({ maxWorkers: 1, killAfterMs: 200 });
    const t0 = Date.now();
    const long = s.lint('file:///big', 'sleep 5000', 'plaintext');
    const next = s.lint('file:///big', 'quick', 'plaintext');
    await assert.rejects(long, Superseded);
    assert.match((await next)[0].message, /^quick /);
    assert.ok(Date.now() - t0 < 3000, `the newer check came after ${Date.now() - t0} ms, not after the 5 s one`);
  });

  it('runs another document beside a long check, up to maxWorkers at once', async () => {
    const s = start({ maxWorkers: 2 });
    let longDone = false;
    const long = s.lint('file:///big', 'sleep 1500', 'plaintext').then((findings) => {
      longDone = true;
      return findings;
    });
    const small = await s.lint('file:///small', 'quick', 'plaintext');
    assert.equal(small.length, 1);
    assert.equal(longDone, false, 'the small document did not wait for the long one');
    assert.equal((await long).length, 1);
  });

  it('keeps to one worker for short checks, a superseded one included', async () => {
    const s = start({ maxWorkers: 2, spawnAfterMs: 1000, killAfterMs: 1000 });
    const thread = (await s.lint('file:///warm', 'warm', 'plaintext'))[0].message.split('@')[1];
    const older = s.lint('file:///a', 'sleep 100', 'plaintext');
    const newer = s.lint('file:///a', 'v2', 'plaintext');
    const other = s.lint('file:///b', 'other', 'plaintext');
    await assert.rejects(older, Superseded);
    assert.equal((await newer)[0].message, `v2 @${thread}`, 'waited for the superseded check to finish');
    assert.equal((await other)[0].message, `other @${thread}`, 'waited for the short check');
  });

  it('stops a check over its time limit, and carries on', async () => {
    // Only the long job gets the short limit; the next one runs on a freshly started worker,
    // whose start-up alone may take longer than 150 ms on a busy machine.
    const long = 'sleep 3000';
    const s = start({ timeLimitMs: (length) => (length === long.length ? 150 : 30_000) });
    const t0 = Date.now();
    await assert.rejects(s.lint('file:///a', long, 'plaintext'), /time limit/);
    assert.ok(Date.now() - t0 < 2500);
    assert.equal((await s.lint('file:///a', 'after', 'plaintext')).length, 1);
    assert.ok(logs.some((l) => /longer than/.test(l)));
  });

  it('fails only the job of a worker that crashes or exits', async () => {
    const s = start();
    await assert.rejects(s.lint('file:///a', 'throw', 'plaintext'), /fake worker crashed/);
    await assert.rejects(s.lint('file:///b', 'exit', 'plaintext'), /exited with code 3/);
    assert.equal((await s.lint('file:///c', 'fine', 'plaintext')).length, 1);
  });

  it('cancel() drops what was asked for a document', async () => {
    const s = start({ maxWorkers: 1, killAfterMs: 0 });
    const running = s.lint('file:///a', 'sleep 5000', 'plaintext');
    const queued = s.fixAll('file:///a', 'x', 'plaintext');
    s.cancel('file:///a');
    await assert.rejects(running, Superseded);
    await assert.rejects(queued, Superseded);
  });
});

describe('inspectInput', () => {
  it('measures the limit in UTF-8 bytes', () => {
    assert.deepEqual(inspectInput('abc', 3), { kind: 'ok' });
    assert.deepEqual(inspectInput('abcd', 3), { kind: 'too-large', bytes: 4, limit: 3 });
    // "é" is one UTF-16 unit but two bytes; "😀" two units, four bytes.
    assert.deepEqual(inspectInput('éé', 4), { kind: 'ok' });
    assert.deepEqual(inspectInput('ééé', 5), { kind: 'too-large', bytes: 6, limit: 5 });
    assert.deepEqual(inspectInput('😀', 3), { kind: 'too-large', bytes: 4, limit: 3 });
    assert.deepEqual(inspectInput('', 0), { kind: 'ok' });
  });

  it('tells binary from text', () => {
    assert.equal(looksBinary('PNG\0\0\0\rIHDR'), true);
    assert.equal(looksBinary('\x01\x02\x03\x04 text \x05\x06\x07\x08'), true, 'mostly control characters');
    assert.equal(looksBinary('\ufffd'.repeat(8) + 'ab'), true, 'undecodable bytes');
    assert.equal(looksBinary('Caf\ufffd \x7f\x01'), false, 'a few of them in a short text (see input-rules.ts)');
    assert.equal(looksBinary('Plain text\twith tabs,\r\nCRLF and a form feed\f.'), false);
    assert.equal(looksBinary('Lone \ud800 surrogate and 😀 emoji'), false);
    assert.equal(looksBinary(''), false);
    assert.equal(inspectInput('a\0b', 100).kind, 'binary');
  });
});

describe('singleEdit (fix-all as one edit)', () => {
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '\r', '\n', '\r\n', '😀', '\ud83d', 'é'), { maxLength: 30 }).map((a) => a.join(''));

  it('turns the old text into the new one, without splitting a surrogate pair or a CRLF', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = singleEdit(before, after);
        assert.equal(applyEdits(before, [edit]), after);
        for (const at of [edit.start, edit.end]) {
          const prev = before.charCodeAt(at - 1);
          const next = before.charCodeAt(at);
          assert.ok(!(prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff), `splits a pair at ${at}`);
          assert.ok(!(prev === 0x0d && next === 0x0a), `splits a CRLF at ${at}`);
        }
      }),
    );
  });

  it('covers only what changed', () => {
    assert.deepEqual(singleEdit('It was interally done.', 'It was internally done.'), { start: 12, end: 12, newText: 'n' });
    assert.deepEqual(singleEdit('same', 'same'), { start: 4, end: 4, newText: '' });
  });
});

describe('settings', () => {
  it('keeps well-typed values and falls back to the defaults for the rest', () => {
    assert.deepEqual(normalizeSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(normalizeSettings({ enable: 'no', languages: ['markdown', 3], debounceMs: -5, maxFileSize: 'big' }), {
      ...DEFAULT_SETTINGS,
      debounceMs: 0,
    });
    assert.deepEqual(normalizeSettings({ enable: false, languages: ['markdown'], debounceMs: 40.4, maxFileSize: 10, unclosedQuoteDelay: 0 }), {
      enable: false,
      languages: ['markdown'],
      debounceMs: 40,
      maxFileSize: 10,
      unclosedQuoteDelay: 0,
    });
    assert.equal(normalizeSettings({ unclosedQuoteDelay: 1e9 }).unclosedQuoteDelay, 60_000);
    assert.equal(normalizeSettings({ unclosedQuoteDelay: 'soon' }).unclosedQuoteDelay, DEFAULT_SETTINGS.unclosedQuoteDelay);
    assert.equal(isChecked(DEFAULT_SETTINGS, 'newsdraft'), true);
    assert.equal(isChecked(DEFAULT_SETTINGS, 'javascript'), false);
    assert.equal(isChecked({ ...DEFAULT_SETTINGS, enable: false }, 'plaintext'), false);
  });
});

describe('readDiagnosticData (what a client sends back)', () => {
  const base: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', source: 'copydesk' };
  const fix = { title: 'Fix', edits: [{ start: 0, end: 1, newText: 'x' }] };

  it('accepts our own data and rejects anything else', () => {
    assert.deepEqual(readDiagnosticData({ ...base, data: { version: 3, fix } }), { version: 3, fix });
    assert.equal(readDiagnosticData({ ...base, source: 'other', data: { version: 3, fix } }), undefined);
    assert.equal(readDiagnosticData({ ...base, data: { fix } }), undefined, 'no version');
    assert.equal(readDiagnosticData({ ...base, data: { version: 3, fix: { title: 'x', edits: [{ start: 2, end: 1, newText: '' }] } } }), undefined);
    assert.equal(readDiagnosticData({ ...base, data: { version: 3, suggestions: [{ title: 1, edits: [] }] } }), undefined);
    assert.equal(readDiagnosticData({ ...base, data: 'junk' }), undefined);
  });
});
