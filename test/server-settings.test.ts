// The server's settings (resource-scoped `copydesk.*`, asked per document, cached per document
// until the configuration changes), its debounce, and the pull-diagnostics mode.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver/node';
import { delay, LspClient } from './support/lsp-client.js';

const TYPO = 'It was interally reviewed.\n';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

describe('settings', () => {
  // Per-document answers, keyed by the document's uri; anything else gets { debounceMs: 0 }.
  const perDocument = new Map<string, unknown>();
  let client: LspClient;
  let n = 0;
  const newUri = (ext = 'txt') => `file:///workspace/folder-${++n}/draft.${ext}`;

  before(async () => {
    client = await LspClient.start({ settings: (scopeUri) => perDocument.get(scopeUri ?? '') ?? { debounceMs: 0 } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('asks for the copydesk section scoped to the document, once per document until the configuration changes', async () => {
    const doc = client.open(newUri(), TYPO);
    await client.diagnostics(doc.uri, 1);
    for (let i = 0; i < 3; i++) client.change(doc.uri, [{ text: `${TYPO}Edit ${i}.\n` }]);
    await client.diagnostics(doc.uri, 4);
    const asked = () => client.configurationRequests.filter((r) => r.scopeUri === doc.uri);
    assert.deepEqual(asked(), [{ scopeUri: doc.uri, section: 'copydesk' }]);

    const next = client.nextDiagnostics(doc.uri);
    client.changeSettings(client.settings);
    await next;
    assert.equal(asked().length, 2, 'asked again after workspace/didChangeConfiguration');
  });

  it('enable: false gives no diagnostics, and clears them when switched off later', async () => {
    const off = newUri();
    perDocument.set(off, { enable: false, debounceMs: 0 });
    const on = newUri();
    const offDoc = client.open(off, TYPO);
    const onDoc = client.open(on, TYPO);
    assert.deepEqual((await client.diagnostics(offDoc.uri, 1)).diagnostics, []);
    assert.deepEqual(codes((await client.diagnostics(onDoc.uri, 1)).diagnostics), ['misspelling'], 'the setting is per document');

    // Switch the second one off: its diagnostics are cleared. Then back on.
    perDocument.set(on, { enable: false, debounceMs: 0 });
    let next = client.nextDiagnostics(on);
    client.changeSettings(client.settings);
    assert.deepEqual((await next).params.diagnostics, []);
    perDocument.set(on, { enable: true, debounceMs: 0 });
    next = client.nextDiagnostics(on);
    client.changeSettings(client.settings);
    assert.deepEqual(codes((await next).params.diagnostics), ['misspelling']);

    // Code actions and hover stay quiet on a disabled document too.
    const range = { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } };
    assert.equal(await client.hover(off, range.start), null);
    assert.deepEqual(await client.codeActions(off, range, [], ['source.fixAll.copydesk']), []);
  });

  it('languages: a language left out of the list is not checked', async () => {
    const md = newUri('md');
    perDocument.set(md, { languages: ['plaintext'], debounceMs: 0 });
    const mdDoc = client.open(md, TYPO, 'markdown');
    assert.deepEqual((await client.diagnostics(mdDoc.uri, 1)).diagnostics, []);
    const draft = client.open(newUri('draft'), TYPO, 'newsdraft');
    assert.deepEqual(codes((await client.diagnostics(draft.uri, 1)).diagnostics), ['misspelling'], 'newsdraft is on the default list');
    const other = client.open(newUri('js'), TYPO, 'javascript');
    assert.deepEqual((await client.diagnostics(other.uri, 1)).diagnostics, [], 'javascript is not');
  });

  it("other editors' language ids: Neovim's and Helix's `text` is checked as plaintext", async () => {
    const doc = client.open(newUri(), TYPO, 'text');
    assert.deepEqual(codes((await client.diagnostics(doc.uri, 1)).diagnostics), ['misspelling']);
  });

  it('debounceMs: a burst of changes gives one check, after the quiet time', async () => {
    const uri = newUri();
    perDocument.set(uri, { debounceMs: 400 });
    const doc = client.open(uri, 'Clean.\n');
    await client.diagnostics(uri, 1);
    const last = client.nextDiagnostics(uri);
    let sentAt = 0;
    for (let i = 0; i < 5; i++) {
      client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'interally ' }]);
      sentAt = performance.now();
      await delay(20);
    }
    const published = await last;
    assert.equal(published.params.version, doc.version);
    assert.equal(published.params.diagnostics.filter((d) => d.code === 'misspelling').length, 5);
    assert.ok(published.at - sentAt >= 380, `published ${Math.round(published.at - sentAt)} ms after the last change`);
    assert.deepEqual(client.publications(uri).map((p) => p.version), [1, 6], 'nothing for the intermediate versions');
  });
});

describe('a minimal client (no workspace/configuration, no versioned edits)', () => {
  it('takes initializationOptions.settings, then what didChangeConfiguration sends; gets plain edits', async () => {
    const client = await LspClient.start({
      configuration: false,
      documentChanges: false,
      initializationOptions: { settings: { enable: false, debounceMs: 0 } },
    });
    try {
      const doc = client.open('file:///no-config.txt', TYPO);
      assert.deepEqual((await client.diagnostics(doc.uri, 1)).diagnostics, []);
      const next = client.nextDiagnostics(doc.uri);
      client.changeSettings(client.settings, { copydesk: { enable: true, debounceMs: 0 } });
      const { diagnostics } = (await next).params;
      assert.deepEqual(codes(diagnostics), ['misspelling']);
      assert.deepEqual(client.configurationRequests, []);

      const [fix] = (await client.codeActions(doc.uri, diagnostics[0].range, diagnostics)).filter((a) => a.isPreferred);
      assert.equal(fix.edit?.documentChanges, undefined);
      assert.deepEqual(fix.edit?.changes, { [doc.uri]: [{ range: diagnostics[0].range, newText: 'internally' }] });
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});

describe('pull diagnostics', () => {
  let client: LspClient;
  const settings = new Map<string, unknown>();
  before(async () => {
    client = await LspClient.start({ pullDiagnostics: true, settings: (uri) => settings.get(uri ?? '') ?? { debounceMs: 0 } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  const full = (report: DocumentDiagnosticReport) => {
    assert.equal(report.kind, 'full');
    return report as DocumentDiagnosticReport & { kind: 'full'; items: Diagnostic[]; resultId?: string };
  };

  it('is advertised to a client that can pull, which then gets no pushed diagnostics', async () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'copydesk',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
    const doc = client.open('file:///pull/a.txt', TYPO);
    const report = full(await client.pull(doc.uri));
    assert.deepEqual(codes(report.items), ['misspelling']);
    const [typo] = report.items;
    assert.equal(typo.source, 'copydesk');
    assert.deepEqual(typo.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 16 } });
    assert.equal((typo.data as { version: number }).version, 1);
    await delay(300);
    assert.deepEqual(client.publications(doc.uri), [], 'no push as well (VS Code would show each finding twice)');
  });

  it('answers "unchanged" for the same version, and fresh items after a change', async () => {
    const doc = client.open('file:///pull/b.txt', TYPO);
    const first = full(await client.pull(doc.uri));
    assert.ok(first.resultId);
    assert.deepEqual(await client.pull(doc.uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });

    client.change(doc.uri, [{ text: 'It was reviewed by the the board.\n' }]);
    const second = full(await client.pull(doc.uri, first.resultId));
    assert.deepEqual(codes(second.items), ['repeated-word']);
    assert.notEqual(second.resultId, first.resultId);
    // Quick fixes work from pulled diagnostics too.
    const actions = await client.codeActions(doc.uri, second.items[0].range, second.items);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1);
  });

  it('asks the client to pull again when the configuration changes, and honours the new settings', async () => {
    const doc = client.open('file:///pull/c.txt', TYPO);
    const earlier = full(await client.pull(doc.uri));
    assert.equal(earlier.items.length, 1);
    settings.set(doc.uri, { enable: false });
    const refreshes = client.refreshRequests;
    client.changeSettings(client.settings);
    for (let i = 0; i < 100 && client.refreshRequests === refreshes; i++) await delay(10);
    assert.equal(client.refreshRequests, refreshes + 1, 'workspace/diagnostic/refresh');
    const later = full(await client.pull(doc.uri, earlier.resultId));
    assert.deepEqual(later.items, []);
  });

  it('waits out the quiet time after a change before answering', async () => {
    const uri = 'file:///pull/d.txt';
    settings.set(uri, { debounceMs: 250 });
    client.open(uri, 'Clean.\n');
    client.change(uri, [{ text: TYPO }]);
    const start = performance.now();
    const report = full(await client.pull(uri));
    assert.equal(report.items.length, 1);
    assert.ok(performance.now() - start >= 200, `answered after ${Math.round(performance.now() - start)} ms`);
  });

  it('can be turned off: diagnosticMode "push" makes the server push even to a client that can pull', async () => {
    const pusher = await LspClient.start({ pullDiagnostics: true, initializationOptions: { diagnosticMode: 'push' }, settings: () => ({ debounceMs: 0 }) });
    try {
      assert.equal(pusher.initializeResult.capabilities.diagnosticProvider, undefined);
      const doc = pusher.open('file:///push.txt', TYPO);
      assert.deepEqual(codes((await pusher.diagnostics(doc.uri, 1)).diagnostics), ['misspelling']);
    } finally {
      assert.equal(await pusher.stop(), 0);
    }
  });
});
