// A check the server's time limit stops must not look like a clean draft: the last completed
// findings stay, and one diagnostic at the top of the document says the check was stopped.
// The limit is set low through COPYDESK_TIME_LIMIT_MS (read by the server's lint service, as
// by the CLI), and a draft of several megabytes runs over it.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { LspClient } from './support/lsp-client.js';

process.env.COPYDESK_TIME_LIMIT_MS = '700';

const PARAGRAPH = 'The council said the plan was interally agreed before the vote on Tuesday, officials said.\n\n';

describe('language server: a check stopped by the time limit', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: () => ({ debounceMs: 0, maxFileSize: 100_000_000 }), timeoutMs: 30_000 });
    await sleep(500); // the first worker loads its word lists
  });
  after(async () => {
    await client.stop();
  });

  it('keeps the last completed findings and says at the top that the check stopped', async () => {
    const uri = 'file:///drafts/huge.txt';
    const doc = client.open(uri, PARAGRAPH);
    const first = await client.diagnostics(uri, doc.version);
    assert.deepEqual(first.diagnostics.map((d) => d.code), ['misspelling']);

    client.change(uri, [{ text: PARAGRAPH.repeat(80_000) }]); // 7.4 MB: seconds of work
    const stopped = await client.diagnostics(uri, doc.version);
    const codes = stopped.diagnostics.map((d) => d.code);
    assert.deepEqual(codes, ['check-stopped', 'misspelling'], 'the notice first, then the last completed finding');
    const notice = stopped.diagnostics[0];
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(String(notice.message), /stopped checking this draft: it took longer than its time limit/);
    assert.match(String(notice.message), /last check that finished/);
    // The kept finding was made for the older version: its fix is not offered for this one.
    const kept = stopped.diagnostics[1];
    const actions = await client.codeActions(uri, kept.range, [kept], ['quickfix']);
    assert.deepEqual(actions.filter((a) => a.isPreferred), []);

    // Back to a short text: checked in full again, no notice.
    client.change(uri, [{ text: PARAGRAPH + 'It was the the end.\n' }]);
    const again = await client.diagnostics(uri, doc.version);
    assert.deepEqual(again.diagnostics.map((d) => d.code).sort(), ['misspelling', 'repeated-word']);
    assert.ok(client.running, 'the server is still running');
  });
});
