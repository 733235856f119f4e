// Bad input over the real protocol: empty, binary and control-character documents, lone
// surrogates, CR and mixed line endings, and 20 MB documents (above and within the size
// limit). None may crash or hang the server: after each, it still answers.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Diagnostic, MessageType } from 'vscode-languageserver/node';
import { LspClient, rangeOf } from './support/lsp-client.js';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

/** About `bytes` of ASCII prose with a typo and a repeated word in every sentence. */
function bigDraft(bytes: number): string {
  const sentence = 'The council said the plan was interally agreed by the the board on Tuesday.\n';
  return sentence.repeat(Math.ceil(bytes / sentence.length));
}

describe('bad input', () => {
  const perDocument = new Map<string, unknown>();
  let client: LspClient;

  before(async () => {
    client = await LspClient.start({ settings: (uri) => perDocument.get(uri ?? '') ?? { debounceMs: 0 }, timeoutMs: 30_000 });
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'still shuts down cleanly');
  });

  /** The server answers a request and checks a small document, so it neither crashed nor hangs. */
  async function assertResponsive(): Promise<void> {
    const uri = `file:///alive-${Math.random().toString(36).slice(2)}.txt`;
    const doc = client.open(uri, 'Still interally alive.\n');
    assert.deepEqual(codes((await client.diagnostics(uri, doc.version)).diagnostics), ['misspelling']);
    assert.ok(await client.hover(uri, { line: 0, character: 8 }));
    client.close(uri);
    assert.ok(client.running);
  }

  it('an empty document: no diagnostics; typing into it is checked', async () => {
    const doc = client.open('file:///empty.txt', '');
    assert.deepEqual((await client.diagnostics(doc.uri, 1)).diagnostics, []);
    assert.equal(await client.hover(doc.uri, { line: 0, character: 0 }), null);
    assert.deepEqual(await client.codeActions(doc.uri, rangeOf('', 0, 0), [], ['source.fixAll.copydesk']), []);
    client.change(doc.uri, [{ range: rangeOf('', 0, 0), text: 'interally' }]);
    assert.deepEqual(codes((await client.diagnostics(doc.uri, 2)).diagnostics), ['misspelling']);
  });

  it('binary data (NUL bytes) and mostly control characters: skipped without diagnostics, logged once', async () => {
    let bytes = '';
    for (let i = 0; i < 4096; i++) bytes += String.fromCharCode((i * 7919) % 256);
    const binary = client.open('file:///image.png.txt', `${bytes} interally ${bytes}`);
    assert.deepEqual((await client.diagnostics(binary.uri, 1)).diagnostics, []);
    let controls = '';
    for (let i = 0; i < 2000; i++) controls += String.fromCharCode(1 + (i % 8)) + (i % 5 === 0 ? ' interally ' : '');
    const noisy = client.open('file:///controls.txt', controls);
    assert.deepEqual((await client.diagnostics(noisy.uri, 1)).diagnostics, []);
    client.change(binary.uri, [{ range: rangeOf(binary.getText(), 0, 0), text: '\0' }]);
    assert.deepEqual((await client.diagnostics(binary.uri, 2)).diagnostics, []);
    const notes = client.logs.filter((l) => l.message.includes('image.png.txt'));
    assert.equal(notes.length, 1, 'one log line for the binary document');
    assert.match(notes[0].message, /binary/);
    await assertResponsive();
  });

  it('lone surrogates: checked, with exact ranges and working fixes', async () => {
    const text = '\ud800 It was interally \udc00 reviewed by the the \udbff board.\ud83d';
    const doc = client.open('file:///surrogates.txt', text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    assert.deepEqual(codes(diagnostics), ['misspelling', 'repeated-word']);
    const typo = diagnostics.find((d) => d.code === 'misspelling')!;
    const at = text.indexOf('interally');
    assert.deepEqual(typo.range, rangeOf(text, at, at + 9));
    const [fixAll] = await client.codeActions(doc.uri, typo.range, [], ['source.fixAll.copydesk']);
    client.applyWorkspaceEdit(fixAll.edit!);
    assert.equal(doc.getText(), '\ud800 It was internally \udc00 reviewed by the \udbff board.\ud83d');
    assert.deepEqual((await client.diagnostics(doc.uri, 2)).diagnostics, []);
  });

  it('CR-only and mixed line endings: exact ranges', async () => {
    const text = 'Old Mac line\rIt was interally done.\r\n\nThen the the end.\n\r';
    const doc = client.open('file:///endings.txt', text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    const typo = diagnostics.find((d) => d.code === 'misspelling')!;
    assert.deepEqual(typo.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 16 } });
    const repeat = diagnostics.find((d) => d.code === 'repeated-word')!;
    assert.deepEqual(repeat.range, { start: { line: 3, character: 5 }, end: { line: 3, character: 12 } });
  });

  it('a 20 MB document above copydesk.maxFileSize: no diagnostics and one clear message', async () => {
    const uri = 'file:///drafts/huge%20draft.txt';
    const text = bigDraft(20_000_000);
    const t0 = Date.now();
    const doc = client.open(uri, text);
    assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    // Two edits later there is still exactly one message.
    client.change(uri, [{ range: rangeOf(text, 0, 3), text: 'A' }]);
    client.change(uri, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'interally ' }]);
    assert.deepEqual((await client.diagnostics(uri, 3)).diagnostics, []);
    assert.equal(doc.version, 3);
    assert.equal(await client.hover(uri, { line: 5, character: 2 }), null);
    assert.deepEqual(await client.codeActions(uri, rangeOf(text, 0, 0), [], ['source.fixAll.copydesk']), []);
    const elapsed = Date.now() - t0;

    const shown = client.messages.filter((m) => m.message.includes('huge draft.txt'));
    assert.equal(shown.length, 1, 'one window/showMessage');
    assert.equal(shown[0].type, MessageType.Warning);
    assert.match(shown[0].message, /Copydesk skipped huge draft\.txt: it is 20\.0 MB, above the limit of 2\.0 MB \(setting copydesk\.maxFileSize\)/);
    assert.ok(client.logs.some((l) => l.message === shown[0].message), 'and the same line in the log');
    assert.ok(elapsed < 10_000, `handled in ${elapsed} ms`);
    client.close(uri);
    await assertResponsive();
  });

  it('a pathological document: at most 1,000 diagnostics, noted once in the log', async () => {
    const uri = 'file:///the-the.txt';
    const text = 'the '.repeat(5000);
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri, 1);
    assert.equal(diagnostics.length, 1000);
    assert.deepEqual(diagnostics[0].range, rangeOf(text, 0, 7), 'the first ones');
    assert.equal(client.logs.filter((l) => /first 1000 of 4999 problems in the-the\.txt/.test(l.message)).length, 1);
    client.close(uri);
  });

  it('the limit is a setting: a small document over a low limit is skipped the same way', async () => {
    const uri = 'file:///low-limit.txt';
    perDocument.set(uri, { maxFileSize: 10, debounceMs: 0 });
    client.open(uri, 'It was interally done.\n');
    assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    assert.equal(client.messages.filter((m) => m.message.includes('low-limit.txt')).length, 1);
  });

  it('a 20 MB document within a raised limit: checked off the main thread, so the server keeps answering', async () => {
    const uri = 'file:///huge-allowed.txt';
    perDocument.set(uri, { maxFileSize: 50_000_000, debounceMs: 0 });
    const text = bigDraft(20_000_000);
    client.open(uri, text);
    // While that long check runs, requests are answered and other documents are checked.
    const t0 = Date.now();
    await assertResponsive();
    assert.ok(Date.now() - t0 < 5_000, `answered after ${Date.now() - t0} ms`);
    // Typing into it replaces the running check; closing it drops the check altogether.
    client.change(uri, [{ range: rangeOf(text, 0, 3), text: 'A' }]);
    client.close(uri);
    await assertResponsive();
  });
});
