// An opening quotation mark is unbalanced until its closing mark is typed: the server holds
// that finding back while the reporter is typing on its lines (lsp/typing-guard.ts), shows it
// once they edit elsewhere or the delay passes, and shows everything else meanwhile. Push and
// pull, spoken to the built server over stdio.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { LspClient } from './support/lsp-client.js';

const DELAY_MS = 1500;
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
const at = (line: number, character: number) => ({ line, character });
const insert = (line: number, character: number, newText: string) => ({ range: { start: at(line, character), end: at(line, character) }, newText });

const TEXT = 'The council met on Monday.\n\nIt was interally agreed.\n';

describe('language server: an unbalanced quote waits while it is being typed', () => {
  describe('push', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: () => ({ debounceMs: 0, unclosedQuoteDelay: DELAY_MS }) });
    });
    after(async () => {
      await client.stop();
    });

    it('holds it while typing in its paragraph, shows it on an edit elsewhere, and after the delay', async () => {
      const uri = 'file:///drafts/typing.txt';
      const doc = client.open(uri, TEXT);
      assert.deepEqual(codes((await client.diagnostics(uri, doc.version)).diagnostics), ['misspelling@2']);

      // Typing a quote at the end of the first paragraph, keystroke by keystroke.
      let column = 'The council met on Monday.'.length;
      for (const key of [' He said "', 'we', ' will']) {
        client.edit(uri, [insert(0, column, key)]);
        column += key.length;
        const { diagnostics } = await client.diagnostics(uri, doc.version);
        assert.deepEqual(codes(diagnostics), ['misspelling@2'], `after typing ${JSON.stringify(key)}: everything else is shown`);
      }

      // An edit in the other paragraph: the quote is shown, from its mark to the paragraph's end.
      client.edit(uri, [insert(2, 0, 'So ')]);
      const shown = (await client.diagnostics(uri, doc.version)).diagnostics;
      assert.deepEqual(codes(shown), ['misspelling@2', 'unbalanced-quotes@0']);
      const quote = shown.find((d) => d.code === 'unbalanced-quotes')!;
      assert.deepEqual(quote.range, { start: at(0, 35), end: at(0, column) });

      // A new quote opened in the second paragraph waits there; the first stays shown. Past
      // the delay, with no edit at all, the held one comes in a publication of the same version.
      const version = doc.version + 1;
      const next = client.nextDiagnostics(uri, (p) => p.version === version && codes(p.diagnostics).length === 3);
      const startedAt = Date.now();
      client.edit(uri, [insert(2, 3, '"')]);
      assert.deepEqual(codes((await client.diagnostics(uri, doc.version)).diagnostics), ['misspelling@2', 'unbalanced-quotes@0']);
      const later = await next;
      assert.deepEqual(codes(later.params.diagnostics), ['misspelling@2', 'unbalanced-quotes@0', 'unbalanced-quotes@2']);
      assert.ok(Date.now() - startedAt >= DELAY_MS - 50, `shown after ${Date.now() - startedAt} ms, before the delay`);
    });

    it('an opened document is not being typed in: its quotes are shown at once', async () => {
      const uri = 'file:///drafts/opened.txt';
      const doc = client.open(uri, 'He said "we will win.\n');
      assert.deepEqual(codes((await client.diagnostics(uri, doc.version)).diagnostics), ['unbalanced-quotes@0']);
    });
  });

  describe('pull', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ pullDiagnostics: true, settings: () => ({ debounceMs: 0, unclosedQuoteDelay: DELAY_MS }) });
    });
    after(async () => {
      await client.stop();
    });

    it('leaves it out of the report while typing there, asks for a pull when it is due, then reports it', async () => {
      const uri = 'file:///drafts/typing-pull.txt';
      client.open(uri, TEXT);
      const first = await client.pull(uri);
      assert.equal(first.kind, 'full');
      const refreshes = client.refreshRequests;
      const startedAt = Date.now();
      client.edit(uri, [insert(0, 'The council met on Monday.'.length, ' He said "we')]);
      const typing = await client.pull(uri);
      assert.ok(typing.kind === 'full');
      assert.deepEqual(codes(typing.items), ['misspelling@2']);

      // The server asks the client to pull again once the hold ends; the report then has it,
      // as a new result (not "unchanged" against the held one).
      const deadline = Date.now() + 10_000;
      while (client.refreshRequests === refreshes && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(client.refreshRequests > refreshes, 'a diagnostic refresh was asked for');
      assert.ok(Date.now() - startedAt >= DELAY_MS - 50);
      const due = await client.pull(uri, typing.resultId);
      assert.ok(due.kind === 'full', 'a full report once the hold ends');
      assert.deepEqual(codes(due.items), ['misspelling@2', 'unbalanced-quotes@0']);

      // An edit in another paragraph shows it at once.
      client.edit(uri, [insert(0, 'The council met on Monday. He said "we'.length, ' will')]);
      assert.deepEqual(codes(((await client.pull(uri)) as { items: Diagnostic[] }).items), ['misspelling@2']);
      client.edit(uri, [insert(2, 0, 'So ')]);
      assert.deepEqual(codes(((await client.pull(uri)) as { items: Diagnostic[] }).items), ['misspelling@2', 'unbalanced-quotes@0']);
    });
  });
});
