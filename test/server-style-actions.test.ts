// The code actions that change what is checked, over JSON-RPC with the built server and a
// temporary workspace: "Add "X" to the house style" (one edit of the changed span of the
// nearest style file, comments and layout byte for byte; or a new .copydesk.yaml at the
// workspace root), after which the finding clears; "Ignore <rule> in this paragraph" (the
// directive in the document's syntax and line endings) silences exactly that paragraph; both
// are refused for a stale version.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { CreateFile, type Diagnostic, FileChangeType, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { LspClient } from './support/lsp-client.js';
import { StyleWorkspace } from './support/style-workspace.js';

/** Two uses of an acronym the story never spells out: acronym-first-use. */
const ACRONYM_DRAFT = 'The QXV met on Monday.\n\nLater the QXV said it would meet again.\n';

const COMMENTED_STYLE = `# The desk's house style. Keep entries sorted.
extends: copydesk:recommended   # the built-in defaults beneath ours

locale: en-GB

acronyms:
  - NHS    # never spelled out
  - FTSE

# Names we spell our way
words: [Haftar, Tobruk]
rules:
  quote-attribution: warning
`;

async function start(ws: StyleWorkspace, resourceOperations = true): Promise<LspClient> {
  return LspClient.start({ workspaceFolders: [ws.uri], watchFiles: true, resourceOperations, settings: () => ({ debounceMs: 0 }) });
}

const titles = (actions: { title: string }[]) => actions.map((a) => a.title);

describe('Add to the house style', () => {
  let ws: StyleWorkspace;
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
    ws?.remove();
  });

  async function acronymFinding(uri: string, text: string): Promise<Diagnostic> {
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri, 1);
    const finding = diagnostics.find((d) => d.code === 'acronym-first-use');
    assert.ok(finding, `an acronym-first-use finding among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    return finding;
  }

  it('writes into the nearest style file as one edit of the new entry only, and the finding clears', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': 'acronyms: [ZZZ]\n', 'news/.copydesk.yaml': COMMENTED_STYLE });
    client = await start(ws);
    const uri = ws.uriOf('news/story.txt');
    const finding = await acronymFinding(uri, ACRONYM_DRAFT);

    const actions = await client.codeActions(uri, finding.range, [finding]);
    const add = actions.find((a) => a.title === 'Add "QXV" to the house style');
    assert.ok(add, titles(actions).join(' | '));
    const [change] = add.edit!.documentChanges!;
    assert.ok(TextDocumentEdit.is(change));
    assert.equal(change.textDocument.uri, ws.uriOf('news/.copydesk.yaml'), 'the nearest style file, not the root one');
    assert.equal(change.textDocument.version, null, 'the style file is not open');
    assert.equal(change.edits.length, 1);

    const next = client.nextDiagnostics(uri);
    const [path] = client.applyWorkspaceEditOnDisk(add.edit!);
    const after = readFileSync(path, 'utf8');
    // Byte for byte outside the inserted entry: one insertion, of the entry and nothing else.
    const edit = change.edits[0] as TextEdit;
    assert.deepEqual(edit.range.start, edit.range.end, 'a pure insertion');
    assert.equal(edit.newText.replace(/[\s,-]/g, ''), 'QXV', `only the entry is inserted: ${JSON.stringify(edit.newText)}`);
    const lines = COMMENTED_STYLE.split('\n');
    const offset = lines.slice(0, edit.range.start.line).reduce((n, l) => n + l.length + 1, 0) + edit.range.start.character;
    assert.equal(after, COMMENTED_STYLE.slice(0, offset) + edit.newText + COMMENTED_STYLE.slice(offset));
    assert.match(after, /acronyms:\n {2}- NHS {4}# never spelled out\n {2}- FTSE\n {2}- QXV\n/, after);
    assert.ok(after.includes('# never spelled out') && after.includes('# the built-in defaults beneath ours'));

    client.filesChanged([{ uri: ws.uriOf('news/.copydesk.yaml'), type: FileChangeType.Changed }]);
    const { params } = await next;
    assert.ok(!params.diagnostics.some((d) => d.code === 'acronym-first-use'), 'the finding cleared');
  });

  it('edits the style file open in the editor, versioned, and the finding clears as the editor applies it', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': COMMENTED_STYLE });
    client = await start(ws);
    const styleUri = ws.uriOf('.copydesk.yaml');
    // Open and edited, not saved: the action works on the buffer, not the file on disk.
    client.open(styleUri, COMMENTED_STYLE, 'yaml');
    client.change(styleUri, [{ text: COMMENTED_STYLE.replace('  - FTSE\n', '  - FTSE\n  - BBC\n') }]);
    const uri = ws.uriOf('story.txt');
    const finding = await acronymFinding(uri, ACRONYM_DRAFT);
    const add = (await client.codeActions(uri, finding.range, [finding])).find((a) => /QXV/.test(a.title));
    assert.ok(add);
    const [change] = add.edit!.documentChanges!;
    assert.ok(TextDocumentEdit.is(change));
    assert.equal(change.textDocument.version, 2, "the open style document's version");
    const cleared = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'acronym-first-use'));
    const edited = client.applyWorkspaceEdit(add.edit!);
    assert.match(edited.getText(), /- BBC\n/);
    assert.match(edited.getText(), /QXV/);
    await cleared;
  });

  it('creates .copydesk.yaml at the workspace root when there is no style file', async () => {
    ws = new StyleWorkspace({});
    client = await start(ws);
    const uri = ws.uriOf('desk/story.txt');
    const finding = await acronymFinding(uri, ACRONYM_DRAFT);
    const add = (await client.codeActions(uri, finding.range, [finding])).find((a) => /QXV/.test(a.title));
    assert.ok(add);
    const changes = add.edit!.documentChanges!;
    assert.ok(CreateFile.is(changes[0]));
    assert.equal(changes[0].uri, ws.uriOf('.copydesk.yaml'));
    const next = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'acronym-first-use'));
    client.applyWorkspaceEditOnDisk(add.edit!);
    assert.match(readFileSync(ws.path('.copydesk.yaml'), 'utf8'), /QXV/);
    client.filesChanged([{ uri: ws.uriOf('.copydesk.yaml'), type: FileChangeType.Created }]);
    await next;
  });

  it('is not offered to a client that cannot create files when there is none to write into', async () => {
    ws = new StyleWorkspace({});
    client = await start(ws, false);
    const uri = ws.uriOf('story.txt');
    const finding = await acronymFinding(uri, ACRONYM_DRAFT);
    const actions = await client.codeActions(uri, finding.range, [finding]);
    assert.ok(!actions.some((a) => /house style/.test(a.title)), titles(actions).join(' | '));
  });

  it('is refused for a stale version, and for a forged word', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': COMMENTED_STYLE });
    client = await start(ws);
    const uri = ws.uriOf('story.txt');
    const finding = await acronymFinding(uri, ACRONYM_DRAFT);
    const forged = { ...finding, data: { ...(finding.data as object), addToStyle: { list: 'acronyms', value: 'EVIL' } } };
    assert.ok(!(await client.codeActions(uri, finding.range, [forged])).some((a) => /house style/.test(a.title)));
    client.change(uri, [{ text: `${ACRONYM_DRAFT}More.\n` }]);
    await client.diagnostics(uri, 2);
    assert.deepEqual(await client.codeActions(uri, finding.range, [finding]), [], 'nothing from a version-1 diagnostic');
  });
});

describe('Ignore <rule> in this paragraph', () => {
  let ws: StyleWorkspace;
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
    ws?.remove();
  });

  async function ignoreAction(uri: string, text: string, languageId: string, rule: string, occurrence = 0) {
    client.open(uri, text, languageId);
    const { diagnostics } = await client.diagnostics(uri, 1);
    const found = diagnostics.filter((d) => d.code === rule);
    assert.ok(found.length > occurrence, `${rule} #${occurrence} among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    const diagnostic = found[occurrence];
    const actions = await client.codeActions(uri, diagnostic.range, [diagnostic]);
    const action = actions.find((a) => a.title === `Ignore ${rule} in this paragraph`);
    assert.ok(action, titles(actions).join(' | '));
    return { action, diagnostic };
  }

  function apply(edit: WorkspaceEdit) {
    return client.applyWorkspaceEdit(edit);
  }

  it('a one-line paragraph in plain text: a [[…]] disable-next-line note above it; the next paragraph is still checked', async () => {
    ws = new StyleWorkspace({});
    client = await start(ws);
    const uri = ws.uriOf('story.txt');
    const text = 'First the the paragraph.\n\nSecond the the paragraph.\n';
    const { action } = await ignoreAction(uri, text, 'plaintext', 'repeated-word');
    const doc = apply(action.edit!);
    assert.equal(doc.getText(), '[[copydesk-disable-next-line repeated-word]]\nFirst the the paragraph.\n\nSecond the the paragraph.\n');
    const { diagnostics } = await client.diagnostics(uri, 2);
    const repeats = diagnostics.filter((d) => d.code === 'repeated-word');
    assert.equal(repeats.length, 1, 'only the second paragraph is reported');
    assert.equal(repeats[0].range.start.line, 3);
  });

  it('a multi-line paragraph with CRLF and indentation: a disable … enable pair around it', async () => {
    ws = new StyleWorkspace({});
    client = await start(ws);
    const uri = ws.uriOf('story.draft');
    const text = 'Intro line.\r\n\r\n  He said the the\r\n  vote was close.\r\n\r\n  Then the the end.';
    const { action } = await ignoreAction(uri, text, 'newsdraft', 'repeated-word');
    const doc = apply(action.edit!);
    assert.equal(
      doc.getText(),
      'Intro line.\r\n\r\n  [[copydesk-disable repeated-word]]\r\n  He said the the\r\n  vote was close.\r\n  [[copydesk-enable repeated-word]]\r\n\r\n  Then the the end.',
    );
    const { diagnostics } = await client.diagnostics(uri, 2);
    const repeats = diagnostics.filter((d) => d.code === 'repeated-word');
    assert.equal(repeats.length, 1, JSON.stringify(diagnostics));
    assert.equal(repeats[0].range.start.line, 7, 'the last paragraph is still checked');
  });

  it('the last paragraph of a file with no final line break gets its enable after it', async () => {
    ws = new StyleWorkspace({});
    client = await start(ws);
    const uri = ws.uriOf('notes.md');
    const text = '# Notes\n\nIt was the the\nbest of times.';
    const { action } = await ignoreAction(uri, text, 'markdown', 'repeated-word');
    const doc = apply(action.edit!);
    assert.equal(doc.getText(), '# Notes\n\n<!-- copydesk-disable repeated-word -->\nIt was the the\nbest of times.\n<!-- copydesk-enable repeated-word -->');
    const { diagnostics } = await client.diagnostics(uri, 2);
    assert.ok(!diagnostics.some((d) => d.code === 'repeated-word'), JSON.stringify(diagnostics));
  });

  it('is refused for a stale version', async () => {
    ws = new StyleWorkspace({});
    client = await start(ws);
    const uri = ws.uriOf('story.txt');
    const { diagnostic } = await ignoreAction(uri, 'A the the b.\n', 'plaintext', 'repeated-word');
    client.change(uri, [{ text: 'A the the b.\n\nC.\n' }]);
    await client.diagnostics(uri, 2);
    assert.deepEqual(await client.codeActions(uri, diagnostic.range, [diagnostic]), []);
  });
});
