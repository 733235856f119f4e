// With editor.codeActionsOnSave {"source.fixAll.copydesk": "explicit"}, an explicit save
// applies every fixable finding and changes nothing else: the saved file equals what
// `copydesk --fix` writes for the same text, and no fixable finding is left.

import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { cliFindings, closeAllEditors, freshCopy, openInEditor, runCli, waitForDiagnostics, withSettings } from './helpers';

const decoder = new TextDecoder();

describe('fix all on save', () => {
  after(closeAllEditors);

  it('fixes every fixable finding on save and nothing else', async () => {
    const uri = await freshCopy('examples/flood-relief.draft');
    const editor = await openInEditor(uri);
    const { document } = editor;
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first diagnostics');

    // Type one more sentence with a fixable typo, so the save is of a changed document.
    const typed = '\nThey will recieve the the next convoy on Friday.\n';
    await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, typed));
    assert.equal(document.isDirty, true);
    const unsaved = document.getText();

    // The reference: the CLI's --fix on the same text in another file.
    const reference = await freshCopy('examples/flood-relief.draft');
    await vscode.workspace.fs.writeFile(reference, new TextEncoder().encode(unsaved));
    const fixed = await runCli(['--fix', reference.fsPath]);
    assert.ok(fixed.code === 0 || fixed.code === 1, `copydesk --fix exited ${fixed.code}: ${fixed.stderr}`);
    const expected = decoder.decode(await vscode.workspace.fs.readFile(reference));
    assert.notEqual(expected, unsaved, 'the draft has fixable findings');

    await withSettings({ 'editor.codeActionsOnSave': { 'source.fixAll.copydesk': 'explicit' } }, async () => {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.save');
    });

    const onDisk = decoder.decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(document.isDirty, false);
    assert.equal(onDisk, expected);
    assert.equal(document.getText(), expected);
    const left = await cliFindings(uri);
    assert.deepEqual(left.filter((m) => m.fix !== undefined), [], 'no fixable finding is left');
    assert.ok(left.length > 0, 'findings without a fix (e.g. quote attribution) stay');
  });

  it('leaves the file alone on save when the setting is off', async () => {
    const uri = await freshCopy('examples/flood-relief.draft');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first diagnostics');
    await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\nThe the end.\n'));
    const unsaved = editor.document.getText();
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.equal(decoder.decode(await vscode.workspace.fs.readFile(uri)), unsaved);
  });
});
