// Rule pages in the real editor: the rule link of a diagnostic (Problems panel, hover) and
// "Show documentation for <rule>" open the page shipped with the extension in a Markdown
// preview; a style's own page for a rule stays a web link.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, copydesk, copydeskDiagnostics, freshCopy, openInEditor, waitForDiagnostics, waitForFinding, workspaceRoot } from './helpers';

const COMMAND = 'copydesk.showRuleDoc';

/** The tabs showing a Markdown preview, by label ("Preview misspelling.md"). */
function previewTabs(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType))
    .map((t) => t.label);
}

async function waitForPreview(label: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!previewTabs().some((l) => l.includes(label))) {
    if (Date.now() > deadline) throw new Error(`no Markdown preview of ${label}; preview tabs: ${JSON.stringify(previewTabs())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens a command: URI the way the workbench does for a link: its command with the JSON arguments. */
async function openCommandUri(target: vscode.Uri): Promise<void> {
  assert.equal(target.scheme, 'command');
  const args = JSON.parse(target.query) as unknown[];
  await vscode.commands.executeCommand(target.path, ...args);
}

describe('rule pages', () => {
  afterEach(closeAllEditors);

  it("the diagnostic's rule link opens the bundled page of its rule in a Markdown preview", async () => {
    const { document } = await openInEditor(await freshCopy('examples/libya.draft'));
    const typo = await waitForFinding(document, 'misspelling', 'interally');
    const code = typo.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'misspelling');
    assert.equal(code.target.toString(true), `command:${COMMAND}?["misspelling"]`);
    const page = vscode.Uri.joinPath(copydesk().extensionUri, 'dist', 'docs', 'rules', 'misspelling.md');
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(page)), /^# misspelling\n/);

    await openCommandUri(code.target);
    await waitForPreview('misspelling.md');
  });

  it("the hover's link is the same command, trusted for that command only", async () => {
    const { document } = await openInEditor(await freshCopy('examples/libya.draft'));
    const typo = await waitForFinding(document, 'misspelling', 'interally');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, typo.range.start.translate(0, 2));
    const ours = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString && c.value.includes('Copydesk rule'));
    assert.equal(ours.length, 1, JSON.stringify(hovers.map((h) => h.contents)));
    const link = /\]\((command:[^)]+)\)/.exec(ours[0].value)?.[1];
    assert.ok(link, ours[0].value);
    assert.ok(!ours[0].value.includes('file:'), 'no file link left');
    assert.ok(!ours[0].value.includes(typo.message), 'not the message again');
    await openCommandUri(vscode.Uri.parse(link));
    await waitForPreview('misspelling.md');
  });

  it('"Show documentation for <rule>" in the quick-fix menu opens the page in a Markdown preview', async () => {
    const { document } = await openInEditor(await freshCopy('examples/libya.draft'));
    const artifact = await waitForDiagnostics(
      document.uri,
      (ds) => ds.some((d) => String((d.code as { value: string }).value) === 'copy-artifacts'),
      'a copy-artifacts finding',
    ).then((ds) => ds.find((d) => String((d.code as { value: string }).value) === 'copy-artifacts')!);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      artifact.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Fix all copy-artifacts problems in this file'), titles.join(' | '));
    const show = actions.find((a) => a.title === 'Show documentation for copy-artifacts');
    assert.ok(show?.command, titles.join(' | '));
    assert.equal(show.command.command, COMMAND);
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    await waitForPreview('copy-artifacts.md');
  });

  it("a rule page is not checked: reading it adds nothing to the Problems panel", async () => {
    // quote-attribution's page quotes unattributed quotes: it would have findings of its own.
    const page = vscode.Uri.joinPath(copydesk().extensionUri, 'dist', 'docs', 'rules', 'quote-attribution.md');
    await vscode.commands.executeCommand(COMMAND, 'quote-attribution');
    await waitForPreview('quote-attribution.md');
    await vscode.workspace.openTextDocument(page);
    // A draft opened after it is checked, and so would the page have been by now.
    const { document } = await openInEditor(await freshCopy('examples/libya.draft'));
    await waitForFinding(document, 'misspelling', 'interally');
    assert.deepEqual(copydeskDiagnostics(page), []);
  });

  it("a style's url for a rule stays a web link", async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `desk-${randomUUID().slice(0, 8)}`);
    const url = 'https://desk.example/style#spelling';
    const write = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    await write('.copydesk.yaml', `rules:\n  misspelling: [warning, { url: ${url} }]\n`);
    await write('story.draft', 'It was interally reviewed by the the board.\n');
    const { document } = await openInEditor(vscode.Uri.joinPath(folder, 'story.draft'));
    const typo = await waitForFinding(document, 'misspelling', 'interally');
    assert.equal((typo.code as { target: vscode.Uri }).target.toString(true), url);
    const repeat = await waitForFinding(document, 'repeated-word', 'the the');
    assert.equal((repeat.code as { target: vscode.Uri }).target.scheme, 'command', 'other rules keep their page');
  });
});
