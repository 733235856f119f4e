// The house style file in a real editor: a .copydesk.yaml is checked as it is typed (an
// unknown key shows a diagnostic there, fixing it clears it), an open draft is re-checked
// under the style as it is edited (a house term appears when it is added, before saving), and
// while the style file is broken the status bar says the last good style is in force.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, copydesk, copydeskDiagnostics, describeDiagnostic, ruleOf, waitForDiagnostics, workspaceRoot } from './helpers';

const BROKEN_STYLE_TEXT = '$(warning) Copydesk: style file has errors — using the last good style';

/** A fresh folder under scratch/ holding these files. */
async function scratchFolder(files: Record<string, string>): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `desk-${randomUUID().slice(0, 8)}`);
  for (const [name, text] of Object.entries(files)) {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
  }
  return folder;
}

async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  assert.ok(await editor.edit((b) => b.replace(whole, text)));
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('house style file', () => {
  after(closeAllEditors);

  it('typing an unknown key into .copydesk.yaml shows a diagnostic there; fixing it clears it', async () => {
    const folder = await scratchFolder({ '.copydesk.yaml': '# desk style\nacronyms: [NHS]\n' });
    const styleUri = vscode.Uri.joinPath(folder, '.copydesk.yaml');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(styleUri));
    await waitForDiagnostics(styleUri, (ds) => ds.length === 0, 'a clean style file');

    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'entites: []\n')));
    const [problem] = await waitForDiagnostics(styleUri, (ds) => ds.some((d) => ruleOf(d) === 'style-file'), 'a style-file diagnostic');
    assert.equal(problem.range.start.line, 2, describeDiagnostic(problem));
    assert.equal(problem.range.start.character, 0);
    assert.equal(editor.document.getText(problem.range), 'entites');
    assert.match(problem.message, /did you mean "entities"/);
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);

    assert.ok(await editor.edit((b) => b.replace(problem.range, 'entities')));
    await waitForDiagnostics(styleUri, (ds) => ds.length === 0, 'the diagnostic to clear');
    await editor.document.save();
  });

  it('re-checks an open draft as the style file is edited: a house term appears when it is added', async () => {
    const draftText = 'Officials in Kiev said the the talks would resume.\n';
    const folder = await scratchFolder({ '.copydesk.yaml': '# desk style\nwords: [Tobruk]\n', 'story.txt': draftText });
    const draftUri = vscode.Uri.joinPath(folder, 'story.txt');
    const styleUri = vscode.Uri.joinPath(folder, '.copydesk.yaml');
    const draft = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(draft);
    await waitForDiagnostics(draftUri, (ds) => ds.some((d) => ruleOf(d) === 'repeated-word'), 'the repeated word');
    assert.ok(!copydeskDiagnostics(draftUri).some((d) => ruleOf(d) === 'house-terms'));

    const styleEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(styleUri), vscode.ViewColumn.Beside);
    await replaceAll(styleEditor, '# desk style\nwords: [Tobruk]\nterms:\n  - { use: Kyiv, avoid: [Kiev] }\nrules:\n  repeated-word: off\n');
    const after = await waitForDiagnostics(
      draftUri,
      (ds) => ds.some((d) => ruleOf(d) === 'house-terms') && !ds.some((d) => ruleOf(d) === 'repeated-word'),
      'the house term to appear and repeated-word to go, unsaved',
    );
    const term = after.find((d) => ruleOf(d) === 'house-terms')!;
    assert.equal(draft.getText(term.range), 'Kiev');
    await styleEditor.document.save();
  });

  it('while the style file is broken, the status bar says the last good style is in force', async () => {
    const folder = await scratchFolder({ '.copydesk.yaml': 'rules:\n  repeated-word: off\n', 'story.txt': 'It was the the end.\n' });
    const draftUri = vscode.Uri.joinPath(folder, 'story.txt');
    const styleUri = vscode.Uri.joinPath(folder, '.copydesk.yaml');
    const api = copydesk().exports as { statusBarText(): string };
    const draft = await vscode.workspace.openTextDocument(draftUri);
    await vscode.window.showTextDocument(draft);
    await waitForDiagnostics(draftUri, (ds) => ds.length === 0, 'no findings under the style');

    const styleEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(styleUri), vscode.ViewColumn.Beside);
    await replaceAll(styleEditor, 'rules:\n  repeated-word: [off\n');
    await waitForDiagnostics(styleUri, (ds) => ds.length > 0, 'the syntax error');
    await vscode.window.showTextDocument(draft, vscode.ViewColumn.One);
    await until(() => api.statusBarText() === BROKEN_STYLE_TEXT, `the broken-style status (now "${api.statusBarText()}")`);
    assert.ok(!copydeskDiagnostics(draftUri).some((d) => ruleOf(d) === 'repeated-word'), 'the last good style still silences it');

    await replaceAll(styleEditor, 'rules:\n  repeated-word: warning\n');
    await waitForDiagnostics(draftUri, (ds) => ds.some((d) => ruleOf(d) === 'repeated-word'), 'the new style in force');
    await vscode.window.showTextDocument(draft, vscode.ViewColumn.One);
    await until(() => api.statusBarText() !== BROKEN_STYLE_TEXT, 'the status bar to recover');
    await styleEditor.document.save();
  });
});
