// The language server as a process, spoken to over stdio with JSON-RPC: diagnostics after open
// and after changes (full and incremental), exact UTF-16 ranges with CRLF and astral
// characters, versioned quick fixes and the refusal of stale ones, fix-all in one edit, hover,
// and the `copydesk-language-server` bin. Runs against the built bundle (npm run build).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CodeActionKind, type Diagnostic, DiagnosticSeverity, TextDocumentEdit } from 'vscode-languageserver/node';
import { findRule } from '../server/src/engine/index.js';
import { firstSentence } from '../server/src/lsp/hover.js';
import { LspClient, rangeOf, SERVER_PATH } from './support/lsp-client.js';

/** The rule's page shipped beside the server bundle (dist/docs/rules/). */
const ruleDoc = (id: string) => pathToFileURL(join(dirname(SERVER_PATH), 'docs', 'rules', `${id}.md`)).href;

/** The diagnostic of `ruleId` covering exactly `word` (its first occurrence at or after `from`). */
function expectDiagnostic(diagnostics: Diagnostic[], text: string, ruleId: string, word: string, from = 0): Diagnostic {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, `"${word}" is in the text`);
  const found = diagnostics.find((d) => d.code === ruleId);
  assert.ok(found, `a ${ruleId} diagnostic among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  assert.deepEqual(found.range, rangeOf(text, start, start + word.length), `${ruleId} covers "${word}" exactly`);
  return found;
}

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();
const messageText = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);

describe('language server over stdio', () => {
  let client: LspClient;
  let n = 0;
  const newUri = (ext = 'txt') => `file:///drafts/story-${++n}.${ext}`;

  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown + exit');
  });

  it('advertises incremental sync, quick fixes, fix-all and hover, and pushes to a client that cannot pull', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.copydesk'] });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.diagnosticProvider, undefined);
  });

  it('publishes diagnostics after open: source, rule id, rule page, severity and exact range', async () => {
    const text = 'The report was interally reviewed by the the board.\n';
    const doc = client.open(newUri(), text);
    const { diagnostics, version } = await client.diagnostics(doc.uri, doc.version);
    assert.equal(version, 1);
    assert.deepEqual(codes(diagnostics), ['misspelling', 'repeated-word']);
    const typo = expectDiagnostic(diagnostics, text, 'misspelling', 'interally');
    assert.equal(typo.source, 'copydesk');
    assert.deepEqual(typo.codeDescription, { href: ruleDoc('misspelling') });
    assert.equal(typo.severity, DiagnosticSeverity.Warning);
    assert.match(messageText(typo), /internally/);
    const repeat = expectDiagnostic(diagnostics, text, 'repeated-word', 'the the');
    assert.equal(repeat.severity, DiagnosticSeverity.Information);
    assert.deepEqual(repeat.codeDescription, { href: ruleDoc('repeated-word') });
  });

  it('round trip: quick fix → apply the edit → the next version no longer holds the finding', async () => {
    const text = 'The report was interally reviewed.\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    const typo = expectDiagnostic(diagnostics, text, 'misspelling', 'interally');

    const actions = await client.codeActions(doc.uri, typo.range, [typo]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'exactly one preferred fix');
    const [fix] = preferred;
    assert.equal(fix.kind, CodeActionKind.QuickFix);
    assert.equal(fix.title, 'Correct the spelling to "internally"');
    assert.deepEqual(fix.diagnostics, [typo]);
    const suggestion = actions.find((a) => !a.isPreferred && a.kind === CodeActionKind.QuickFix);
    assert.equal(suggestion?.title, 'Correct the spelling to "integrally"', 'the other correction is offered as a suggestion');
    const change = fix.edit?.documentChanges?.[0];
    assert.ok(change && TextDocumentEdit.is(change), 'a versioned TextDocumentEdit');
    assert.deepEqual(change.textDocument, { uri: doc.uri, version: 1 });

    client.applyWorkspaceEdit(fix.edit!);
    assert.equal(doc.getText(), 'The report was internally reviewed.\n');
    assert.equal(doc.version, 2);
    const fixed = await client.diagnostics(doc.uri, 2);
    assert.deepEqual(fixed.diagnostics, []);
  });

  it('follows incremental changes (several range edits in one notification)', async () => {
    const doc = client.open(newUri(), 'It was reviewed by board.\nNothing else.\n');
    assert.deepEqual((await client.diagnostics(doc.uri, 1)).diagnostics, []);

    // Insert "the the " before "board".
    const at = doc.getText().indexOf('board');
    client.change(doc.uri, [{ range: rangeOf(doc.getText(), at, at), text: 'the the ' }]);
    assert.equal(doc.getText(), 'It was reviewed by the the board.\nNothing else.\n');
    const v2 = await client.diagnostics(doc.uri, 2);
    assert.deepEqual(codes(v2.diagnostics), ['repeated-word']);
    expectDiagnostic(v2.diagnostics, doc.getText(), 'repeated-word', 'the the');

    // One notification, two edits: delete the second "the ", then (on the shorter text) turn
    // "Nothing" into "Nothing interally".
    const second = doc.getText().indexOf('the board');
    const t2 = doc.getText();
    client.change(doc.uri, [
      { range: rangeOf(t2, second, second + 4), text: '' },
      { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, text: ' interally' },
    ]);
    assert.equal(doc.getText(), 'It was reviewed by the board.\nNothing interally else.\n');
    const v3 = await client.diagnostics(doc.uri, 3);
    assert.deepEqual(codes(v3.diagnostics), ['misspelling']);
    expectDiagnostic(v3.diagnostics, doc.getText(), 'misspelling', 'interally');

    // A whole-text change is accepted too.
    client.change(doc.uri, [{ text: 'Clean copy.\n' }]);
    assert.deepEqual((await client.diagnostics(doc.uri, 4)).diagnostics, []);
  });

  it('gives exact UTF-16 ranges with CRLF line endings and emoji before a finding on the same line', async () => {
    const text = 'Headline\r\n\r\n😀 It was interally reviewed.\r\nThe 😀😀 vote was the the end.\r\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    assert.deepEqual(codes(diagnostics), ['misspelling', 'repeated-word']);
    const typo = expectDiagnostic(diagnostics, text, 'misspelling', 'interally');
    // Spelled out, in case rangeOf and the server were wrong the same way: "😀" is two UTF-16 units.
    assert.deepEqual(typo.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 19 } });
    const repeat = expectDiagnostic(diagnostics, text, 'repeated-word', 'the the');
    assert.deepEqual(repeat.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 25 } });

    // An incremental edit on a CRLF line: one more emoji before the typo shifts it by two units.
    client.change(doc.uri, [{ range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, text: '😀' }]);
    const v2 = await client.diagnostics(doc.uri, 2);
    const moved = expectDiagnostic(v2.diagnostics, doc.getText(), 'misspelling', 'interally');
    assert.deepEqual(moved.range, { start: { line: 2, character: 12 }, end: { line: 2, character: 21 } });

    // The quick fix lands exactly on the word and keeps the CRLFs.
    const [fix] = (await client.codeActions(doc.uri, moved.range, [moved])).filter((a) => a.isPreferred);
    client.applyWorkspaceEdit(fix.edit!);
    assert.equal(doc.getText(), 'Headline\r\n\r\n😀😀 It was internally reviewed.\r\nThe 😀😀 vote was the the end.\r\n');
    assert.deepEqual(codes((await client.diagnostics(doc.uri, 3)).diagnostics), ['repeated-word']);
  });

  it('refuses a quick fix for a diagnostic of an older version', async () => {
    const doc = client.open(newUri(), 'It was interally reviewed.\n');
    const v1 = (await client.diagnostics(doc.uri, 1)).diagnostics;
    // Edit before the typo, so the old offsets would now land on the wrong text.
    client.change(doc.uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Yes. ' }]);
    const v2 = (await client.diagnostics(doc.uri, 2)).diagnostics;

    const stale = await client.codeActions(doc.uri, v1[0].range, v1);
    assert.deepEqual(stale, [], 'no action from a version-1 diagnostic once the document is at version 2');
    const fresh = await client.codeActions(doc.uri, v2[0].range, v2);
    assert.equal(fresh.filter((a) => a.isPreferred).length, 1, 'the version-2 diagnostic still gets its fix');

    // A diagnostic with forged or missing data is refused as well.
    const forged = { ...v2[0], data: { version: 2, fix: { title: 'x', edits: [{ start: -1, end: 3, newText: 'x' }] } } };
    assert.deepEqual(await client.codeActions(doc.uri, v2[0].range, [forged]), []);
    assert.deepEqual(await client.codeActions(doc.uri, v2[0].range, [{ ...v2[0], data: undefined }]), []);
  });

  it('source.fixAll.copydesk applies every fix, repeated until stable, as one versioned edit', async () => {
    // "teh the" only becomes a repeated word once "teh" is fixed: a second pass is needed.
    const text = 'It was interally reviewed by the the board.\r\nWe read teh the report 😀 and recieve it.\n';
    const doc = client.open(newUri(), text);
    await client.diagnostics(doc.uri, 1);
    const range = rangeOf(text, 0, 0);

    const actions = await client.codeActions(doc.uri, range, [], ['source.fixAll.copydesk']);
    assert.equal(actions.length, 1);
    const [fixAll] = actions;
    assert.equal(fixAll.kind, 'source.fixAll.copydesk');
    const changes = fixAll.edit?.documentChanges ?? [];
    assert.equal(changes.length, 1);
    const [change] = changes;
    assert.ok(TextDocumentEdit.is(change));
    assert.deepEqual(change.textDocument, { uri: doc.uri, version: 1 });
    assert.equal(change.edits.length, 1, 'one edit');

    client.applyWorkspaceEdit(fixAll.edit!);
    assert.equal(doc.getText(), 'It was internally reviewed by the board.\r\nWe read the report 😀 and receive it.\n');
    const fixed = await client.diagnostics(doc.uri, 2);
    assert.deepEqual(fixed.diagnostics.filter((d) => (d.data as { fix?: unknown }).fix), [], 'nothing fixable is left');

    // Asked for as any fix-all (editor.codeActionsOnSave "source.fixAll") or any source action.
    client.change(doc.uri, [{ text }]);
    for (const only of [['source.fixAll'], ['source']]) {
      assert.equal((await client.codeActions(doc.uri, range, [], only)).length, 1, `only ${only}`);
    }
    // Not computed for quick-fix or light-bulb requests, nor when nothing is fixable.
    assert.deepEqual(await client.codeActions(doc.uri, range, [], ['quickfix']), []);
    assert.deepEqual(await client.codeActions(doc.uri, range, []), []);
    client.change(doc.uri, [{ text: 'Nothing to fix here.\n' }]);
    assert.deepEqual(await client.codeActions(doc.uri, range, [], ['source.fixAll.copydesk']), []);
  });

  it('says why on hover over a finding (not the message again), with the rule link, and is silent elsewhere', async () => {
    const text = 'Headline\r\n😀 It was interally reviewed.\n';
    const doc = client.open(newUri(), text);
    const [typo] = (await client.diagnostics(doc.uri, 1)).diagnostics;
    const inside = { line: typo.range.start.line, character: typo.range.start.character + 3 };

    const hover = await client.hover(doc.uri, inside);
    assert.ok(hover, 'a hover over the finding');
    assert.deepEqual(hover.range, typo.range);
    const contents = hover.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    const shown = contents.value.replace(/\\(.)/g, '$1');
    assert.ok(!shown.includes(messageText(typo)), 'not the message: the editor shows it with the diagnostic');
    const why = firstSentence(findRule('misspelling')!.meta.explanation);
    assert.ok(why.length < findRule('misspelling')!.meta.explanation.length, 'one sentence of the explanation');
    assert.equal(shown, `${why}\n\nCopydesk rule [\`misspelling\`](${ruleDoc('misspelling')})`);

    assert.equal(await client.hover(doc.uri, { line: 0, character: 2 }), null);
    assert.equal(await client.hover(doc.uri, typo.range.end), null, 'the end of a range is outside it');
  });

  it('clears a closed document', async () => {
    const doc = client.open(newUri(), 'It was interally reviewed.\n');
    assert.equal((await client.diagnostics(doc.uri, 1)).diagnostics.length, 1);
    const cleared = client.nextDiagnostics(doc.uri);
    client.close(doc.uri);
    assert.deepEqual((await cleared).params.diagnostics, []);
  });
});

describe('copydesk-language-server (the bin)', () => {
  const bin = join(__dirname, '..', 'bin', 'copydesk-language-server.js');

  it('runs the server over stdio', async () => {
    const client = await LspClient.start({ serverPath: bin, settings: () => ({ debounceMs: 0 }) });
    const doc = client.open('file:///bin-check.txt', 'It was interally reviewed.\n');
    assert.deepEqual(codes((await client.diagnostics(doc.uri, 1)).diagnostics), ['misspelling']);
    assert.equal(await client.stop(), 0);
  });

  it('exits 2 with its usage when no transport is given, 0 with --help', () => {
    const none = spawnSync(process.execPath, [bin], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /Usage: copydesk-language-server --stdio/);
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio/);
  });
});
