// copydesk.enable and copydesk.languages take effect at once, without a reload.

import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, copydesk, freshCopy, openInEditor, waitForDiagnostics, withSettings } from './helpers';

function contributedDefault(key: string): unknown {
  const properties = copydesk().packageJSON.contributes?.configuration?.properties ?? {};
  assert.ok(key in properties, `package.json contributes the setting ${key}`);
  return properties[key].default;
}

describe('settings', () => {
  after(closeAllEditors);

  it('copydesk.enable: false clears the findings, true brings them back', async () => {
    const uri = await freshCopy('examples/libya.draft');
    await openInEditor(uri);
    const before = await waitForDiagnostics(uri, (ds) => ds.length > 0, 'the first diagnostics');

    await withSettings({ 'copydesk.enable': false }, async () => {
      await waitForDiagnostics(uri, (ds) => ds.length === 0, 'the findings to clear after copydesk.enable = false');
    });
    const again = await waitForDiagnostics(uri, (ds) => ds.length === before.length, 'the findings to return');
    assert.equal(again.length, before.length);
  });

  it('copydesk.languages without markdown stops checking Markdown but not drafts', async () => {
    const languages = contributedDefault('copydesk.languages');
    assert.ok(Array.isArray(languages) && languages.includes('markdown'), `default languages: ${JSON.stringify(languages)}`);

    const markdown = await freshCopy('examples/council-budget.md');
    const draft = await freshCopy('examples/flood-relief.draft');
    await openInEditor(draft);
    await openInEditor(markdown);
    const draftBefore = await waitForDiagnostics(draft, (ds) => ds.length > 0, 'the draft findings');
    const markdownBefore = await waitForDiagnostics(markdown, (ds) => ds.length > 0, 'the Markdown findings');

    await withSettings({ 'copydesk.languages': languages.filter((l) => l !== 'markdown') }, async () => {
      await waitForDiagnostics(markdown, (ds) => ds.length === 0, 'the Markdown findings to clear');
      // A change to the draft is still checked while Markdown is off.
      const editor = await openInEditor(draft);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'The the '));
      await waitForDiagnostics(draft, (ds) => ds.length === draftBefore.length + 1, 'the draft to be checked after an edit');
    });
    const markdownAgain = await waitForDiagnostics(markdown, (ds) => ds.length === markdownBefore.length, 'the Markdown findings to return');
    assert.equal(markdownAgain.length, markdownBefore.length);
  });
});
