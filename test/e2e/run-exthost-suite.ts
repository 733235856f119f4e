// Runs the extension-host integration suite (client/src/test/) inside code-server's real
// extension host, with the repository as the extension under development and a scratch copy
// of examples/ as the workspace. Used by exthost-suite.e2e.ts; run it alone with
//   node --import tsx test/e2e/run-exthost-suite.ts     (COPYDESK_TEST_GREP=<pattern> to filter)
// Needs `npm run build` (dist/) and `bash scripts/install-e2e-deps.sh`.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInExtensionHost, type ExtensionHostRun } from './exthost.js';
import { REPO_ROOT } from './paths.js';
import { buildSuite } from './suite-build.js';
import { makeSuiteWorkspace } from './suite-workspace.js';

export async function runExtensionHostSuite(): Promise<ExtensionHostRun> {
  for (const bundle of ['dist/client.js', 'dist/server.js', 'dist/lint-worker.js', 'dist/cli.js']) {
    if (!existsSync(join(REPO_ROOT, bundle))) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  }
  const entry = await buildSuite();
  const workspace = makeSuiteWorkspace();
  try {
    const env: NodeJS.ProcessEnv = {};
    if (process.env.COPYDESK_TEST_GREP) env.COPYDESK_TEST_GREP = process.env.COPYDESK_TEST_GREP;
    return await runInExtensionHost({ extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: entry, workspace: workspace.folder, env });
  } finally {
    workspace.remove();
  }
}

if (require.main === module) {
  runExtensionHostSuite().then(
    (run) => {
      process.stdout.write(run.output);
      console.log(`extension-host suite: exit ${run.exitCode} in ${(run.durationMs / 1000).toFixed(1)} s`);
      process.exitCode = run.exitCode;
    },
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exitCode = 1;
    },
  );
}
