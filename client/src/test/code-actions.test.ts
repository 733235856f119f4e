// The quick fix for "interally" comes from vscode.executeCodeActionProvider, applies with
// workspace.applyEdit, and the finding clears while the others stay.

import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, freshCopy, openInEditor, ruleOf, waitForDiagnostics, waitForFinding } from './helpers';

describe('code actions', () => {
  after(closeAllEditors);

  it('offers the preferred fix for "interally", applies it, and the diagnostic clears', async () => {
    const uri = await freshCopy('examples/libya.draft');
    const { document } = await openInEditor(uri);
    const typo = await waitForFinding(document, 'misspelling', 'interally');
    const othersBefore = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk' && d !== typo).length;

    // itemResolveCount: let the client resolve each action's edit if the server resolves lazily.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      typo.range,
      vscode.CodeActionKind.QuickFix.value,
      100,
    );
    const fix = actions.find((a) => a.edit?.get(uri).some((e) => e.newText === 'internally'));
    assert.ok(fix, `a quick fix writes "internally"; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    assert.equal(fix.isPreferred, true);
    const edits = fix.edit!.get(uri);
    assert.equal(edits.length, 1);
    assert.ok(edits[0].range.isEqual(typo.range), 'the edit replaces exactly the misspelt word');

    const before = document.getText();
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    assert.equal(document.getText(), before.replace('interally', 'internally'));

    const after = await waitForDiagnostics(
      uri,
      (ds) => !ds.some((d) => ruleOf(d) === 'misspelling') && ds.length === othersBefore,
      'the misspelling to clear and the other findings to stay',
    );
    assert.ok(after.every((d) => document.getText(d.range) !== 'internally'));
  });
});
