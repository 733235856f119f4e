// The newsdraft language is registered for .draft files and VS Code loads its TextMate
// grammar. (Which scope each piece of a fixture gets is checked against the real workbench in
// test/e2e/ui.e2e.ts, and by test/grammar.test.ts with vscode-textmate.)

import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, copydesk, openInEditor, workspaceRoot } from './helpers';

describe('newsdraft language', () => {
  after(closeAllEditors);

  it('is registered for .draft files', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('newsdraft'));
    const contributed = copydesk().packageJSON.contributes.languages as { id: string; extensions?: string[] }[];
    assert.ok(contributed.some((l) => l.id === 'newsdraft' && l.extensions?.includes('.draft')));
    const { document } = await openInEditor(vscode.Uri.joinPath(workspaceRoot(), 'grammar/wire-story.draft'));
    assert.equal(document.languageId, 'newsdraft');
  });

  it('contributes a TextMate grammar for newsdraft', async () => {
    const grammars = copydesk().packageJSON.contributes.grammars as { language?: string; scopeName: string; path: string }[];
    const grammar = grammars.find((g) => g.language === 'newsdraft');
    assert.ok(grammar, 'a grammar is contributed for newsdraft');
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(copydesk().extensionUri, grammar.path));
    assert.equal(JSON.parse(new TextDecoder().decode(raw)).scopeName, grammar.scopeName);
  });

  it('has its grammar loaded and run by VS Code', async function () {
    // _workbench.colorizeTextMateTokens (VS Code 1.9x+, internal) tokenizes a whole file with
    // the grammar VS Code resolved for its language, and throws when there is none (as for
    // plain text). Older versions lack it: the test is then reported as pending.
    const command = '_workbench.colorizeTextMateTokens';
    if (!(await vscode.commands.getCommands(false)).includes(command)) this.skip();

    const fixture = vscode.Uri.joinPath(workspaceRoot(), 'grammar/wire-story.draft');
    const result = await vscode.commands.executeCommand<{ tokenizeTime: number }>(command, fixture);
    assert.equal(typeof result.tokenizeTime, 'number');

    const plain = vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'plain.txt');
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode('No grammar here.\n'));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand(command, plain)), /tokenizer/);
  });
});
