// Spelling over JSON-RPC with the built server: the diagnostics carry no suggestions (they are
// computed when the quick-fix menu asks), the code-action request brings them, ranked, with the
// clear best as the preferred fix; a stale diagnostic gets none; and "Add "X" to the house
// style" on an unknown word clears it in every open draft under that style.

import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { type Diagnostic, FileChangeType } from 'vscode-languageserver/node';
import { LspClient } from './support/lsp-client.js';
import { StyleWorkspace } from './support/style-workspace.js';

const titles = (actions: { title: string }[]) => actions.map((a) => a.title);

describe('spelling in the language server', () => {
  let ws: StyleWorkspace;
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
    ws?.remove();
  });

  async function spellingFinding(uri: string, text: string, word: string, version = 1): Promise<Diagnostic> {
    const { diagnostics } = await client.diagnostics(uri, version);
    const finding = diagnostics.find((d) => d.code === 'spelling' && text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character) === word);
    assert.ok(finding, `a spelling finding on "${word}" among ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
    return finding;
  }

  it('sends suggestions on the code-action request, not with the diagnostic', async () => {
    ws = new StyleWorkspace({});
    client = await LspClient.start({ workspaceFolders: [ws.uri], settings: () => ({ debounceMs: 0 }) });
    const uri = ws.uriOf('story.txt');
    const text = 'Ministers met on Monday.\n\nThe new pwnsion rules start in April, officials said.\n';
    client.open(uri, text);
    const finding = await spellingFinding(uri, text, 'pwnsion');
    const data = finding.data as Record<string, unknown>;
    assert.equal(data.fix, undefined, 'no fix computed with the diagnostic');
    assert.equal(data.suggestions, undefined, 'no suggestions computed with the diagnostic');

    const actions = await client.codeActions(uri, finding.range, [finding]);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(titles(preferred), ['Change to "pension"'], titles(actions).join(' | '));
    const edited = client.applyWorkspaceEdit(preferred[0].edit!);
    assert.equal(edited.getText(), text.replace('pwnsion', 'pension'));
  });

  it('offers nothing for a diagnostic of an earlier version', async () => {
    ws = new StyleWorkspace({});
    client = await LspClient.start({ workspaceFolders: [ws.uri], settings: () => ({ debounceMs: 0 }) });
    const uri = ws.uriOf('story.txt');
    const text = 'The nucear plant was closed on Monday.\n';
    client.open(uri, text);
    const finding = await spellingFinding(uri, text, 'nucear');
    client.change(uri, [{ text: `Update: ${text}` }]);
    await client.diagnostics(uri, 2);
    assert.deepEqual(await client.codeActions(uri, finding.range, [finding]), []);
  });

  it('"Add to the house style" clears the word in every open draft', async () => {
    ws = new StyleWorkspace({ '.copydesk.yaml': 'locale: en-GB\nwords: [Haftar]\n' });
    client = await LspClient.start({ workspaceFolders: [ws.uri], watchFiles: true, settings: () => ({ debounceMs: 0 }) });
    const first = ws.uriOf('desk/one.txt');
    const second = ws.uriOf('desk/two.txt');
    const one = 'Officials said the zorbleflux project was cancelled.\n';
    const two = 'The zorbleflux team was disbanded, a spokesman said.\n';
    client.open(first, one);
    client.open(second, two);
    const finding = await spellingFinding(first, one, 'zorbleflux');
    await spellingFinding(second, two, 'zorbleflux');

    const actions = await client.codeActions(first, finding.range, [finding]);
    const add = actions.find((a) => a.title === 'Add "zorbleflux" to the house style');
    assert.ok(add, titles(actions).join(' | '));
    const clearedOne = client.nextDiagnostics(first, (p) => !p.diagnostics.some((d) => d.code === 'spelling'));
    const clearedTwo = client.nextDiagnostics(second, (p) => !p.diagnostics.some((d) => d.code === 'spelling'));
    client.applyWorkspaceEditOnDisk(add.edit!);
    client.filesChanged([{ uri: ws.uriOf('.copydesk.yaml'), type: FileChangeType.Changed }]);
    await Promise.all([clearedOne, clearedTwo]);
  });
});
