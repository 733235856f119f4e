// Rule pages and the rule-wide code actions over JSON-RPC with the built server: each finding
// links to its rule's page shipped beside the bundle (dist/docs/rules/<rule>.md, a file: URL any
// editor opens offline), or to the desk's own page when the style file gives the rule a `url`;
// the hover gives one line of why and that link; the quick-fix menu offers "Show documentation
// for <rule>" on every finding (a command the server answers with window/showDocument) and "Fix
// all <rule> problems in this file" where the rule has two fixes or more (one versioned edit of
// its non-overlapping fixes, refused for a stale diagnostic).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  ExecuteCommandRequest,
  type ShowDocumentParams,
  ShowDocumentRequest,
  TextDocumentEdit,
} from 'vscode-languageserver/node';
import { findRule } from '../server/src/engine/index.js';
import { firstSentence } from '../server/src/lsp/hover.js';
import { defaultCapabilities, LspClient, SERVER_PATH } from './support/lsp-client.js';
import { StyleWorkspace } from './support/style-workspace.js';

const COMMAND = 'copydesk.showRuleDoc';
const bundledPage = (id: string) => pathToFileURL(join(dirname(SERVER_PATH), 'docs', 'rules', `${id}.md`)).href;
const titles = (actions: CodeAction[]) => actions.map((a) => a.title);
const hrefOf = (diagnostics: Diagnostic[], rule: string) => diagnostics.find((d) => d.code === rule)?.codeDescription?.href;
const hoverText = (hover: { contents: unknown } | null) => (hover?.contents as { value: string }).value;

/** The client asks the server to show pages: record what it is asked. */
function recordShowDocument(client: LspClient): ShowDocumentParams[] {
  const shown: ShowDocumentParams[] = [];
  client.connection.onRequest(ShowDocumentRequest.type, (params) => {
    shown.push(params);
    return { success: true };
  });
  return shown;
}

describe('rule pages and rule-wide code actions', () => {
  let client: LspClient;
  let shown: ShowDocumentParams[];
  let n = 0;
  const newUri = () => `file:///drafts/rule-docs-${++n}.txt`;

  before(async () => {
    const capabilities = defaultCapabilities();
    capabilities.window = { ...capabilities.window, showDocument: { support: true } };
    client = await LspClient.start({ capabilities, settings: () => ({ debounceMs: 0 }) });
    shown = recordShowDocument(client);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  it('advertises the command that opens a rule page', () => {
    assert.deepEqual(client.initializeResult.capabilities.executeCommandProvider, { commands: [COMMAND] });
  });

  it("links every finding to its rule's page shipped beside the server, which exists and is that rule's", async () => {
    const text = 'Headline\n\n2 min read\n\nIt was interally reviewed by the the board.\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['copy-artifacts', 'misspelling', 'repeated-word']);
    for (const d of diagnostics) {
      const href = d.codeDescription?.href;
      assert.equal(href, bundledPage(String(d.code)));
      const page = readFileSync(fileURLToPath(href!), 'utf8');
      assert.ok(page.startsWith(`# ${d.code}\n`), `${href} is the page of ${d.code}`);
    }
  });

  it('ships a page for every rule whose page docs/ has', () => {
    for (const id of ['acronym-first-use', 'copy-artifacts', 'entity-naming', 'house-terms', 'misspelling', 'quote-attribution', 'repeated-word', 'unbalanced-quotes']) {
      assert.ok(findRule(id), id);
      assert.ok(existsSync(fileURLToPath(bundledPage(id))), `dist/docs/rules/${id}.md`);
    }
    // The pages' links to each other still work there.
    assert.ok(existsSync(join(dirname(SERVER_PATH), 'docs', 'style-file.md')));
  });

  it('hovers with one line of why and the link, one part per rule', async () => {
    // The "Follow us" line holds two findings of different rules.
    const text = 'Body 😀.\r\n\r\nFollow us on FacebookTwitter\r\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    const run = diagnostics.find((d) => d.code === 'run-together-words');
    assert.ok(run, JSON.stringify(diagnostics.map((d) => d.code)));
    const value = hoverText(await client.hover(doc.uri, { line: run.range.start.line, character: run.range.start.character + 2 }));
    const parts = value.split('\n\n---\n\n');
    assert.equal(parts.length, 2, value);
    for (const [part, id] of [
      [parts[0], 'copy-artifacts'],
      [parts[1], 'run-together-words'],
    ]) {
      const [why, link, ...rest] = part.split('\n\n');
      assert.deepEqual(rest, []);
      assert.equal(why.replace(/\\(.)/g, '$1'), firstSentence(findRule(id)!.meta.explanation));
      assert.equal(link, `Copydesk rule [\`${id}\`](${bundledPage(id)})`);
    }
    for (const d of diagnostics) assert.ok(!value.includes(String(d.message)), 'no message repeated');
  });

  it('offers "Show documentation for <rule>" on every finding, last, once per rule, and opens the page', async () => {
    const text = 'It was interally reviewed by the the board and the the council.\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    const actions = await client.codeActions(doc.uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, diagnostics);
    const docs = actions.filter((a) => a.title.startsWith('Show documentation'));
    assert.deepEqual(titles(docs), ['Show documentation for misspelling', 'Show documentation for repeated-word']);
    assert.deepEqual(titles(actions.slice(-2)), titles(docs), 'after every action that edits');
    for (const a of docs) {
      const id = a.title.slice('Show documentation for '.length);
      assert.equal(a.kind, CodeActionKind.QuickFix);
      assert.equal(a.edit, undefined);
      assert.deepEqual(a.command, { title: a.title, command: COMMAND, arguments: [id, bundledPage(id)] });
      assert.equal(a.diagnostics?.length, 1);
      assert.equal(a.diagnostics?.[0].code, id);
    }
    // Run as an editor runs a code action's command: the server shows the page in the editor.
    shown.length = 0;
    const [first] = docs;
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMMAND, arguments: first.command!.arguments }), null);
    assert.deepEqual(shown, [{ uri: bundledPage('misspelling'), external: false, takeFocus: true }]);
    // An unknown rule, or a page that is neither the rule's nor a web page: nothing, or the rule's own page.
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMMAND, arguments: ['no-such-rule'] });
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMMAND, arguments: ['misspelling', 'file:///etc/passwd'] });
    assert.deepEqual(shown.slice(1), [{ uri: bundledPage('misspelling'), external: false, takeFocus: true }]);
  });

  it('fixes every finding of one rule in one versioned edit, non-overlapping fixes only, where it has two or more', async () => {
    // Three copy-artifacts lines; "Share" and "Follow us" make one paragraph, whose fixes overlap.
    const text = 'Headline “here”\r\n\r\n2 min read\r\n\r\nIt was interally 😀 done.\r\n\r\nShare\r\nFollow us on Twitter\r\n\r\nEnd.\r\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    const furniture = diagnostics.filter((d) => d.code === 'copy-artifacts');
    assert.equal(furniture.length, 3);
    const typo = diagnostics.find((d) => d.code === 'misspelling')!;

    const actions = await client.codeActions(doc.uri, furniture[0].range, [furniture[0]]);
    assert.deepEqual(titles(actions), [
      'Delete the pasted "2 min read" line',
      'Fix all copy-artifacts problems in this file',
      'Ignore copy-artifacts in this paragraph',
      'Show documentation for copy-artifacts',
    ]);
    const fixAll = actions[1];
    assert.equal(fixAll.kind, CodeActionKind.QuickFix);
    assert.equal(fixAll.isPreferred, undefined);
    assert.deepEqual(fixAll.diagnostics, [furniture[0]]);
    const [change] = fixAll.edit?.documentChanges ?? [];
    assert.ok(change && TextDocumentEdit.is(change));
    assert.deepEqual(change.textDocument, { uri: doc.uri, version: 1 });
    assert.equal(change.edits.length, 2, 'the reading time and the first line of the furniture paragraph');

    // One misspelling: no fix-all of its rule (it would do what the quick fix does).
    assert.ok(!titles(await client.codeActions(doc.uri, typo.range, [typo])).some((t) => t.startsWith('Fix all')));

    client.applyWorkspaceEdit(fixAll.edit!);
    assert.equal(doc.getText(), 'Headline “here”\r\n\r\nIt was interally 😀 done.\r\n\r\nFollow us on Twitter\r\n\r\nEnd.\r\n');
    const v2 = (await client.diagnostics(doc.uri, 2)).diagnostics;
    assert.deepEqual(v2.map((d) => d.code).sort(), ['copy-artifacts', 'misspelling']);

    // A diagnostic of version 1 gets nothing now, fix-all and documentation included.
    assert.deepEqual(await client.codeActions(doc.uri, furniture[0].range, furniture), []);
  });

  it('a rule that repeats its fix everywhere: all of them at once', async () => {
    const text = 'The the council and the the board met; the the mayor spoke.\n';
    const doc = client.open(newUri(), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    assert.equal(diagnostics.length, 3);
    const actions = await client.codeActions(doc.uri, diagnostics[1].range, [diagnostics[1]]);
    const fixAll = actions.find((a) => a.title === 'Fix all repeated-word problems in this file');
    assert.ok(fixAll, titles(actions).join(' | '));
    client.applyWorkspaceEdit(fixAll.edit!);
    assert.equal(doc.getText(), 'The council and the board met; the mayor spoke.\n');
    assert.deepEqual((await client.diagnostics(doc.uri, 2)).diagnostics, []);
  });
});

describe("a style's url for a rule", () => {
  let ws: StyleWorkspace;
  let client: LspClient;
  let shown: ShowDocumentParams[];
  const DESK = 'https://desk.example/style#spelling';
  const SPORT = 'https://desk.example/sport#repeats';

  before(async () => {
    ws = new StyleWorkspace({
      '.copydesk.yaml': [
        'rules:',
        `  misspelling: [warning, { url: ${DESK} }]`,
        'overrides:',
        '  - files: ["sport/**"]',
        `    rules: { repeated-word: [information, { url: "${SPORT}" }] }`,
        '',
      ].join('\n'),
    });
    const capabilities = defaultCapabilities();
    capabilities.window = { ...capabilities.window, showDocument: { support: true } };
    client = await LspClient.start({ capabilities, workspaceFolders: [ws.uri], settings: () => ({ debounceMs: 0 }) });
    shown = recordShowDocument(client);
  });
  after(async () => {
    await client.stop();
    ws.remove();
  });

  it('sends the links of that rule to the desk page: codeDescription, hover and "Show documentation"', async () => {
    const text = 'It was interally reviewed by the the board.\n';
    const doc = client.open(ws.uriOf('news/story.txt'), text);
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    assert.equal(hrefOf(diagnostics, 'misspelling'), DESK);
    assert.equal(hrefOf(diagnostics, 'repeated-word'), bundledPage('repeated-word'), 'other rules keep their page');

    const typo = diagnostics.find((d) => d.code === 'misspelling')!;
    const hover = hoverText(await client.hover(doc.uri, { line: 0, character: typo.range.start.character + 1 }));
    assert.ok(hover.endsWith(`Copydesk rule \`misspelling\`: [the desk's style guide](${DESK})`), hover);

    const actions = await client.codeActions(doc.uri, typo.range, [typo]);
    const docs = actions.find((a) => a.title === 'Show documentation for misspelling');
    assert.deepEqual(docs?.command?.arguments, ['misspelling', DESK]);
    shown.length = 0;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMMAND, arguments: docs!.command!.arguments });
    assert.deepEqual(shown, [{ uri: DESK, external: true, takeFocus: true }], 'a web page opens in the browser');
  });

  it("follows the overrides: the sport folder's page for repeated-word", async () => {
    const doc = client.open(ws.uriOf('sport/match.txt'), 'It was the the final.\n');
    const { diagnostics } = await client.diagnostics(doc.uri, 1);
    assert.equal(hrefOf(diagnostics, 'repeated-word'), SPORT);
  });
});

describe('the one line of why', () => {
  it('is the first sentence: not cut inside quotes, brackets or code, nor before a lower-case word', () => {
    assert.equal(firstSentence('One. Two.'), 'One.');
    assert.equal(firstSentence('Say "Stop. Now." to them. Then go.'), 'Say "Stop. Now." to them.');
    assert.equal(firstSentence('Known ones (U.S. and U.N.) pass. Others not.'), 'Known ones (U.S. and U.N.) pass.');
    assert.equal(firstSentence('With `a. B` in code. Next.'), 'With `a. B` in code.');
    assert.equal(firstSentence('Values such as 2.5 or e.g. three stay. Next.'), 'Values such as 2.5 or e.g. three stay.');
    assert.equal(firstSentence('Only one sentence, no full stop'), 'Only one sentence, no full stop');
    assert.equal(firstSentence('Is it? “Yes.” Fine.'), 'Is it?');
  });

  it('a very long sentence is cut at its colon, where the list of cases begins', () => {
    const long = `Slips a checker cannot see: ${'one case, '.repeat(20)}and more. Next.`;
    assert.equal(firstSentence(long), 'Slips a checker cannot see.');
    assert.equal(firstSentence('Short: fine. Next.'), 'Short: fine.');
  });

  it('is plain text for a client that reads no Markdown', async () => {
    const capabilities = defaultCapabilities();
    capabilities.textDocument!.hover = { contentFormat: ['plaintext'] };
    const client = await LspClient.start({ capabilities, settings: () => ({ debounceMs: 0 }) });
    try {
      const doc = client.open('file:///drafts/plain.txt', 'It was interally done.\n');
      const [typo] = (await client.diagnostics(doc.uri, 1)).diagnostics;
      const hover = await client.hover(doc.uri, typo.range.start);
      assert.deepEqual(hover?.contents, {
        kind: 'plaintext',
        value: `${firstSentence(findRule('misspelling')!.meta.explanation)}\n\nCopydesk rule misspelling: ${bundledPage('misspelling')}`,
      });
    } finally {
      await client.stop();
    }
  });
});

describe('a client that cannot show documents', () => {
  it('is told the address in a message instead', async () => {
    const client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
    try {
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: COMMAND, arguments: ['repeated-word', bundledPage('repeated-word')] });
      // The message is a notification: it has arrived once a later request is answered.
      await client.hover('file:///nothing.txt', { line: 0, character: 0 });
      assert.deepEqual(
        client.messages.map((m) => m.message),
        [`Copydesk rule repeated-word: ${bundledPage('repeated-word')}`],
      );
    } finally {
      await client.stop();
    }
  });
});
