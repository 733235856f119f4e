// The extension-host integration suite inside code-server, reported test by test through
// node's test runner: one subtest per Mocha test, failing with the Mocha error.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runExtensionHostSuite } from './run-exthost-suite.js';

test('extension-host suite in code-server', { timeout: 360_000 }, async (t) => {
  const run = await runExtensionHostSuite();
  t.diagnostic(`extension-host suite: ${(run.durationMs / 1000).toFixed(1)} s wall time`);
  assert.ok(run.results.length > 0, `the suite ran no test (exit ${run.exitCode}):\n${run.output}`);
  for (const result of run.results) {
    await t.test(result.title, { skip: result.state === 'pending' && 'pending in Mocha' }, () => {
      if (result.state === 'failed') assert.fail(result.error);
    });
  }
  assert.equal(run.exitCode, 0, run.output);
});
