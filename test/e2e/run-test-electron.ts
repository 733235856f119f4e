// `npm run test:vscode`: the extension-host suite (client/src/test/) through
// @vscode/test-electron, for machines that can download VS Code (a laptop, a public CI). It
// downloads the VS Code named by COPYDESK_VSCODE_VERSION (default: the oldest version
// package.json's engines.vscode allows, e.g. 1.91.0; "stable" and "insiders" work too) into
// .vscode-test/, and runs the same suite that test/e2e/run-exthost-suite.ts runs inside
// code-server. On Linux without a display, run it under `xvfb-run -a`.
// (On this project's CI machines VS Code cannot be downloaded: `npm run test:e2e` runs the
// suite in code-server instead.)

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT, scratchDir } from './paths.js';
import { buildSuite } from './suite-build.js';
import { makeSuiteWorkspace } from './suite-workspace.js';
import { QUIET_SETTINGS } from './workbench-settings.js';

function oldestSupportedVersion(): string {
  const range = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).engines.vscode as string;
  const match = /(\d+\.\d+\.\d+)/.exec(range);
  if (!match) throw new Error(`cannot read a version from engines.vscode "${range}"`);
  return match[1];
}

async function main(): Promise<number> {
  const version = process.env.COPYDESK_VSCODE_VERSION ?? oldestSupportedVersion();
  const entry = await buildSuite();
  const workspace = makeSuiteWorkspace();
  const profile = scratchDir('vscode-profile');
  const userData = join(profile, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  const started = Date.now();
  try {
    await runTests({
      version,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: entry,
      // The Mocha reporter prints to this terminal; COPYDESK_TEST_GREP filters as in code-server.
      extensionTestsEnv: process.env.COPYDESK_TEST_GREP ? { COPYDESK_TEST_GREP: process.env.COPYDESK_TEST_GREP } : {},
      launchArgs: [
        workspace.folder,
        '--disable-extensions', // other extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', userData,
        '--extensions-dir', join(profile, 'extensions'),
      ],
    });
    console.log(`extension-host suite in VS Code ${version}: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`extension-host suite in VS Code ${version} failed: ${(error as Error).message}`);
    return 1;
  } finally {
    workspace.remove();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
