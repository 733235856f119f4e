// A document closed and opened again under the same URI starts its version numbers afresh, so
// a version number alone does not say which text a result was made for. A client that keeps a
// diagnostic (or a pull result id) across the close must not get the earlier text's fix applied
// to the new text, nor an "unchanged" answer about the earlier text. Spoken to the built server
// over stdio, as a client would.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocumentEdit } from 'vscode-languageserver/node';
import { LspClient } from './support/lsp-client.js';

describe('language server: a document reopened under the same URI', () => {
  describe('push', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
    });
    after(async () => {
      await client.stop();
    });

    it('offers no fix from a diagnostic of the earlier open, even at the same version number', async () => {
      const uri = 'file:///drafts/reopened.txt';
      const first = client.open(uri, 'It was interally agreed.\n');
      const { diagnostics: old } = await client.diagnostics(uri, first.version);
      const typo = old.find((d) => d.code === 'misspelling');
      assert.ok(typo, 'the first text has a misspelling');
      client.close(uri);
      await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);

      const second = client.open(uri, 'Update: it was agreed.\n');
      assert.equal(second.version, first.version, 'the version number recurs');
      await client.diagnostics(uri, second.version);
      const actions = await client.codeActions(uri, typo.range, [typo]);
      assert.deepEqual(
        actions.map((a) => a.title),
        [],
        'the earlier diagnostic gets no quick fix for the new text',
      );

      // The new open's own diagnostics still get their fixes.
      const changed = client.change(uri, [{ text: 'It was interally agreed again.\n' }]);
      assert.equal(changed.version, 2);
      const { diagnostics: fresh } = await client.diagnostics(uri, changed.version);
      const newTypo = fresh.find((d) => d.code === 'misspelling');
      assert.ok(newTypo);
      const ok = await client.codeActions(uri, newTypo.range, [newTypo]);
      const fix = ok.find((a) => a.isPreferred);
      assert.ok(fix, `the fix is offered among ${JSON.stringify(ok.map((a) => a.title))}`);
      const change = fix.edit?.documentChanges?.[0];
      assert.ok(change && TextDocumentEdit.is(change));
      assert.equal(change.textDocument.version, changed.version);
    });
  });

  describe('pull', () => {
    let client: LspClient;
    before(async () => {
      client = await LspClient.start({ pullDiagnostics: true, settings: () => ({ debounceMs: 0 }) });
    });
    after(async () => {
      await client.stop();
    });

    it('answers a result id from the earlier open with a full report', async () => {
      const uri = 'file:///drafts/reopened-pull.txt';
      client.open(uri, 'It was interally agreed.\n');
      const first = await client.pull(uri);
      assert.equal(first.kind, 'full');
      assert.ok(first.resultId);
      // The same document asked again: unchanged, as before.
      const again = await client.pull(uri, first.resultId);
      assert.equal(again.kind, 'unchanged');

      client.close(uri);
      client.open(uri, 'Update: it was agreed.\n');
      const reopened = await client.pull(uri, first.resultId);
      assert.equal(reopened.kind, 'full', 'a reopened document gets a full report');
      assert.ok(reopened.kind === 'full');
      assert.deepEqual(reopened.items, []);
      assert.notEqual(reopened.resultId, first.resultId);
    });
  });
});
