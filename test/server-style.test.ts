// The house style file in the language server, over JSON-RPC with the built server and a
// temporary folder as the workspace: a .copydesk.yaml open in the editor is checked as typed
// (each kind of problem at its exact place), the last good style stays in force while it is
// broken (and the client is told), style files on disk are watched and a change re-checks the
// open drafts, the nearest style file wins and extends chains are followed.

import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { type Diagnostic, DiagnosticSeverity, FileChangeType } from 'vscode-languageserver/node';
import { LineCounter, parseDocument } from 'yaml';
import { LspClient } from './support/lsp-client.js';
import { positionOfText, rangeOfText, StyleWorkspace } from './support/style-workspace.js';

const STATUS = 'copydesk/styleStatus';
interface StyleStatus {
  uri: string;
  broken: boolean;
  styleFile?: string;
  message?: string;
}

const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : String(d.message));
const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();

/** A draft with a repeated word (information by default) and a typo (warning by default). */
const DRAFT = 'The board met on Monday and the the vote was interally agreed.\n';

async function start(ws: StyleWorkspace, options: { pull?: boolean } = {}): Promise<LspClient> {
  return LspClient.start({
    workspaceFolders: [ws.uri],
    watchFiles: true,
    resourceOperations: true,
    pullDiagnostics: options.pull,
    settings: () => ({ debounceMs: 0 }),
  });
}

describe('style file diagnostics as typed', () => {
  let ws: StyleWorkspace;
  let client: LspClient;
  let n = 0;
  before(async () => {
    ws = new StyleWorkspace();
    client = await start(ws);
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  /** Opens a style file (under its own folder, so each test's file is the nearest of nothing else). */
  async function openStyle(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = ws.uriOf(`case-${++n}/.copydesk.yaml`);
    client.open(uri, text, 'yaml');
    return { uri, diagnostics: (await client.diagnostics(uri, 1)).diagnostics };
  }

  function only(diagnostics: Diagnostic[]): Diagnostic {
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map(messageOf)));
    const [d] = diagnostics;
    assert.equal(d.source, 'copydesk');
    assert.equal(d.code, 'style-file');
    assert.equal(d.severity, DiagnosticSeverity.Error);
    return d;
  }

  it('a valid style file has no diagnostics', async () => {
    const { diagnostics } = await openStyle('# house style\nextends: copydesk:recommended\nacronyms: [NHS]\nrules:\n  repeated-word: off\n');
    assert.deepEqual(diagnostics, []);
  });

  it('a YAML syntax error, where the YAML parser puts it', async () => {
    const text = 'acronyms: [NHS, FTSE\nwords: [Haftar]\n';
    const { diagnostics } = await openStyle(text);
    const lines = new LineCounter();
    const [error] = parseDocument(text, { lineCounter: lines, prettyErrors: false }).errors;
    const expected = lines.linePos(error.pos[0]);
    const d = diagnostics.find((x) => /YAML/.test(messageOf(x)));
    assert.ok(d, JSON.stringify(diagnostics.map(messageOf)));
    assert.deepEqual(d.range.start, { line: expected.line - 1, character: expected.col - 1 });
  });

  it('an unknown key, at the key, with "did you mean"', async () => {
    const text = 'acronyms: [NHS]\nentites:\n  - name: National Health Service\n';
    const d = only((await openStyle(text)).diagnostics);
    assert.deepEqual(d.range, rangeOfText(text, 'entites'));
    assert.match(messageOf(d), /entites/);
    assert.match(messageOf(d), /did you mean "entities"/);
  });

  it('a wrong type, at the value', async () => {
    const text = 'words: [Tobruk]\nacronyms: 42\n';
    const d = only((await openStyle(text)).diagnostics);
    assert.deepEqual(d.range.start, positionOfText(text, '42'));
  });

  it('an unknown rule id, at the id, with "did you mean"', async () => {
    const text = 'rules:\n  repeated-word: off\n  quote-atribution: warning\n';
    const d = only((await openStyle(text)).diagnostics);
    assert.deepEqual(d.range, rangeOfText(text, 'quote-atribution'));
    assert.match(messageOf(d), /did you mean "quote-attribution"/);
  });

  it('an unknown severity, at the severity', async () => {
    const text = 'rules:\n  repeated-word: loud\n';
    const d = only((await openStyle(text)).diagnostics);
    assert.deepEqual(d.range.start, positionOfText(text, 'loud'));
    assert.match(messageOf(d), /loud/);
  });

  it('an extends that cannot be found, at the entry', async () => {
    const text = '# desk style\nextends:\n  - copydesk:recommended\n  - ./no-such-style.yaml\n';
    const d = only((await openStyle(text)).diagnostics);
    assert.deepEqual(d.range.start, positionOfText(text, './no-such-style.yaml'));
    assert.match(messageOf(d), /no-such-style\.yaml/);
  });

  it('follows the typing: a fixed key clears its diagnostic, a new mistake brings one', async () => {
    const text = 'acronyms: [NHS]\nentites: []\n';
    const { uri, diagnostics } = await openStyle(text);
    assert.equal(diagnostics.length, 1);
    const at = rangeOfText(text, 'entites');
    client.edit(uri, [{ range: at, newText: 'entities' }]);
    assert.deepEqual((await client.diagnostics(uri, 2)).diagnostics, []);
    client.change(uri, [{ text: 'acronyms: [NHS]\nentities: []\nwrods: [Haftar]\n' }]);
    const [d] = (await client.diagnostics(uri, 3)).diagnostics;
    assert.equal(d.range.start.line, 2);
    assert.match(messageOf(d), /did you mean "words"/);
  });
});

describe('the style of the drafts', () => {
  let ws: StyleWorkspace;
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
    ws?.remove();
  });

  it('registers a watcher for **/.copydesk.yaml and for every file a style extends', async () => {
    ws = new StyleWorkspace({
      'desk/.copydesk.yaml': 'extends: ../shared/base.yaml\n',
      'shared/base.yaml': 'extends: ./core.yaml\nrules:\n  repeated-word: off\n',
      'shared/core.yaml': 'rules:\n  misspelling: off\n',
    });
    client = await start(ws);
    const doc = client.open(ws.uriOf('desk/story.txt'), DRAFT);
    assert.deepEqual((await client.diagnostics(doc.uri, 1)).diagnostics, [], 'both extended files are in force');
    const watchers = () =>
      client.registrations
        .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
        .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
    const deadline = Date.now() + 5000;
    while (watchers().length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const globs = watchers();
    assert.ok(globs.includes('**/.copydesk.yaml'), JSON.stringify(globs));
    for (const file of ['base.yaml', 'core.yaml']) {
      assert.ok(
        globs.some((g) => typeof g === 'object' && g !== null && (g as { pattern: string }).pattern === file && (g as { baseUri: string }).baseUri.endsWith('/shared/')),
        `${file} is watched: ${JSON.stringify(globs)}`,
      );
    }
  });

  it('the nearest style file wins in nested folders, and extends chains are followed', async () => {
    ws = new StyleWorkspace({
      '.copydesk.yaml': 'rules:\n  repeated-word: off\n',
      'sport/.copydesk.yaml': '# the sport desk\nextends: ../shared/sport-base.yaml\nrules:\n  repeated-word: error\n',
      'shared/sport-base.yaml': 'extends: ./core.yaml\n',
      'shared/core.yaml': 'rules:\n  misspelling: off\n',
    });
    client = await start(ws);
    const top = client.open(ws.uriOf('story.txt'), DRAFT);
    const news = client.open(ws.uriOf('news/politics/story.txt'), DRAFT);
    const sport = client.open(ws.uriOf('sport/football/story.txt'), DRAFT);
    assert.deepEqual(codes((await client.diagnostics(top.uri, 1)).diagnostics), ['misspelling'], 'the root style: repeated-word off');
    assert.deepEqual(codes((await client.diagnostics(news.uri, 1)).diagnostics), ['misspelling'], 'no style in news/: the root one');
    const inSport = (await client.diagnostics(sport.uri, 1)).diagnostics;
    assert.deepEqual(codes(inSport), ['repeated-word'], 'sport/: its own rules, and misspelling off through two extends');
    assert.equal(inSport[0].severity, DiagnosticSeverity.Error);
  });

  it('an untitled document takes the style at the top of the first workspace folder', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': 'rules:\n  misspelling: off\n' });
    client = await start(ws);
    const doc = client.open('untitled:Untitled-1', DRAFT);
    assert.deepEqual(codes((await client.diagnostics(doc.uri, 1)).diagnostics), ['repeated-word']);
  });

  it('a change on disk (workspace/didChangeWatchedFiles) re-checks an open draft', async () => {
    ws = new StyleWorkspace({ 'shared/core.yaml': 'rules:\n  misspelling: off\n', '.copydesk.yaml': 'extends: ./shared/core.yaml\n' });
    client = await start(ws);
    const doc = client.open(ws.uriOf('story.txt'), DRAFT);
    assert.deepEqual(codes((await client.diagnostics(doc.uri, 1)).diagnostics), ['repeated-word']);

    // The extended file, not the .copydesk.yaml, changes.
    const next = client.nextDiagnostics(doc.uri);
    ws.write('shared/core.yaml', 'rules:\n  misspelling: error\n  repeated-word: off\n');
    client.filesChanged([{ uri: ws.uriOf('shared/core.yaml'), type: FileChangeType.Changed }]);
    const { params } = await next;
    assert.equal(params.version, 1, 'the same version, checked again');
    assert.deepEqual(codes(params.diagnostics), ['misspelling']);
    assert.equal(params.diagnostics[0].severity, DiagnosticSeverity.Error);

    // A style file created nearer the draft takes over.
    const again = client.nextDiagnostics(doc.uri);
    ws.write('.copydesk.yaml', 'rules:\n  misspelling: off\n  repeated-word: off\n');
    client.filesChanged([{ uri: ws.uriOf('.copydesk.yaml'), type: FileChangeType.Changed }]);
    assert.deepEqual((await again).params.diagnostics, []);
  });

  it('pull mode: a style change asks the client to pull again (workspace/diagnostic/refresh)', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': 'rules:\n  misspelling: off\n' });
    client = await start(ws, { pull: true });
    const uri = ws.uriOf('story.txt');
    client.open(uri, DRAFT);
    const first = await client.pull(uri);
    assert.ok(first.kind === 'full');
    assert.deepEqual(codes(first.items), ['repeated-word']);
    const refreshes = client.refreshRequests;
    ws.write('.copydesk.yaml', 'rules:\n  repeated-word: off\n');
    client.filesChanged([{ uri: ws.uriOf('.copydesk.yaml'), type: FileChangeType.Changed }]);
    const deadline = Date.now() + 5000;
    while (client.refreshRequests === refreshes && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(client.refreshRequests > refreshes, 'a refresh was asked for');
    const second = await client.pull(uri, first.resultId);
    assert.ok(second.kind === 'full', 'the earlier result id no longer holds');
    assert.deepEqual(codes(second.items), ['misspelling']);
  });

  it('an edit to a style file open in the editor re-checks the drafts, before it is saved', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': '# desk\nrules:\n  misspelling: off\n' });
    client = await start(ws);
    const draft = client.open(ws.uriOf('news/story.txt'), DRAFT);
    assert.deepEqual(codes((await client.diagnostics(draft.uri, 1)).diagnostics), ['repeated-word']);
    const styleUri = ws.uriOf('.copydesk.yaml');
    const styleText = '# desk\nrules:\n  misspelling: off\n';
    client.open(styleUri, styleText, 'yaml');
    const next = client.nextDiagnostics(draft.uri, (p) => codes(p.diagnostics).join() === '');
    client.edit(styleUri, [{ range: rangeOfText(styleText, '  misspelling: off\n'), newText: '  misspelling: off\n  repeated-word: off\n' }]);
    await next;
    // Closed without saving: the file on disk is the style again.
    const reverted = client.nextDiagnostics(draft.uri, (p) => codes(p.diagnostics).join() === 'repeated-word');
    client.close(styleUri);
    await reverted;
  });

  it('while a style file is broken the last good style stays in force, and the client is told', async () => {
    const good = '# desk style\nrules:\n  repeated-word: off\n';
    ws = new StyleWorkspace({ '.copydesk.yaml': good });
    client = await start(ws);
    const draft = client.open(ws.uriOf('story.txt'), DRAFT);
    assert.deepEqual(codes((await client.diagnostics(draft.uri, 1)).diagnostics), ['misspelling']);

    const styleUri = ws.uriOf('.copydesk.yaml');
    client.open(styleUri, good, 'yaml');
    await client.diagnostics(styleUri, 1);
    const told = client.nextNotification<StyleStatus>(STATUS, (s) => s.uri === draft.uri && s.broken);
    // Broken: a YAML syntax error and an unknown severity.
    client.change(styleUri, [{ text: '# desk style\nrules:\n  repeated-word: [off\n  misspelling: loud\n' }]);
    const broken = (await client.diagnostics(styleUri, 2)).diagnostics;
    assert.ok(broken.length > 0);
    const status = await told;
    assert.equal(status.styleFile, styleUri);
    assert.match(status.message ?? '', /last good style/);
    // The draft is re-checked under the last good style: still no repeated-word, typo still found.
    await new Promise((r) => setTimeout(r, 500));
    const last = client.publications(draft.uri).at(-1)!;
    assert.deepEqual(codes(last.diagnostics), ['misspelling']);

    // Fixed differently: the new style is in force and the client hears it is well again.
    const healed = client.nextNotification<StyleStatus>(STATUS, (s) => s.uri === draft.uri && !s.broken);
    const rechecked = client.nextDiagnostics(draft.uri, (p) => codes(p.diagnostics).join() === 'misspelling,repeated-word');
    client.change(styleUri, [{ text: '# desk style\nrules:\n  repeated-word: warning\n' }]);
    assert.deepEqual((await client.diagnostics(styleUri, 3)).diagnostics, []);
    await healed;
    const { params } = await rechecked;
    assert.equal(params.diagnostics.find((d) => d.code === 'repeated-word')?.severity, DiagnosticSeverity.Warning);
  });
});
