// The "Copydesk" output channel says when the server is ready, and a restart reads as one. The
// channel cannot be read back through the API: the extension's exports keep its latest lines.

import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, copydesk, freshCopy, openInEditor, waitForDiagnostics } from './helpers';

interface Api {
  log(): string[];
}

function api(): Api {
  return copydesk().exports as Api;
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the log: ${JSON.stringify(api().log().slice(-12))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const version = () => (copydesk().packageJSON as { version: string }).version;
const ready = () => `info: Copydesk language server ready (version ${version()}).`;

describe('output channel', () => {
  after(closeAllEditors);

  it('says "ready" with the version once the server has started', async () => {
    await until(() => api().log().includes(ready()), 'the ready line');
    const lines = api().log();
    const starting = lines.findIndex((l) => l.startsWith('info: Starting the language server (extension activated)'));
    assert.ok(starting >= 0, `a starting line: ${JSON.stringify(lines)}`);
    assert.ok(lines.indexOf(ready()) > starting, 'ready comes after starting');
  });

  it('a restart logs "Restarting…" then "ready", and nothing that reads as a stop', async () => {
    const before = api().log().length;
    await vscode.commands.executeCommand('copydesk.restartServer');
    const since = () => api().log().slice(before);
    await until(() => since().includes(ready()), 'ready after the restart');
    // The old server's farewell comes when its process has exited: wait for it, at debug level.
    await until(() => since().some((l) => /exited/i.test(l)), 'the old server to exit', 10_000);
    const lines = since();
    const restarting = lines.findIndex((l) => /^info: Restarting the language server \(restart requested\) for: .*newsdraft/.test(l));
    assert.ok(restarting >= 0, `a restarting line: ${JSON.stringify(lines)}`);
    assert.ok(lines.indexOf(ready()) > restarting, `ready after restarting: ${JSON.stringify(lines)}`);
    const loud = lines.filter((l) => !l.startsWith('debug:') && !l.startsWith('trace:'));
    assert.deepEqual(
      loud.filter((l) => /stop|exit/i.test(l)),
      [],
      `info and above say nothing of a stop: ${JSON.stringify(lines)}`,
    );
    assert.ok(lines.includes('debug: Server process exited successfully'), `the farewell at debug level: ${JSON.stringify(lines)}`);

    // And the new server checks drafts.
    const uri = await freshCopy('examples/libya.draft');
    await openInEditor(uri);
    await waitForDiagnostics(uri, (ds) => ds.length > 0, 'findings from the restarted server');
  });
});
