// Runs a Mocha suite (a CommonJS module exporting run(), the same one @vscode/test-electron
// takes) inside code-server's real extension host.
//
// code-server's command line rejects --extensionDevelopmentPath, but the workbench URL takes
// the same options in its `payload` parameter. When the suite ends, the workbench calls
// window.codeAutomationExit(code), which we expose from Playwright to learn the result. A page
// must be open because the extension host starts only once a browser connects.

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, type Chromium } from './chromium.js';
import { makeCodeServerDirs, startCodeServer } from './code-server.js';
import { scratchDir } from './paths.js';

export interface SuiteTestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface ExtensionHostRun {
  /** What the workbench passed to codeAutomationExit: 0 when every test passed. */
  exitCode: number;
  /** The Mocha reporter's output (written by the suite to COPYDESK_TEST_REPORT/output.log). */
  output: string;
  /** One entry per test (COPYDESK_TEST_REPORT/results.json); empty if the suite never ran. */
  results: SuiteTestResult[];
  durationMs: number;
}

export interface ExtensionHostOptions {
  /** Absolute path of the extension folder (the one holding package.json). */
  extensionDevelopmentPath: string;
  /** Absolute path of the compiled suite entry (a CommonJS file exporting run()). */
  extensionTestsPath: string;
  /** Absolute path of the folder to open as the workspace. */
  workspace: string;
  /** Extra environment for code-server and so for the extension host. */
  env?: NodeJS.ProcessEnv;
  /** Gives up after this long (default 5 minutes). */
  timeoutMs?: number;
}

export async function runInExtensionHost(options: ExtensionHostOptions): Promise<ExtensionHostRun> {
  const started = Date.now();
  const reportDir = scratchDir('report');
  const read = (name: string) => (existsSync(join(reportDir, name)) ? readFileSync(join(reportDir, name), 'utf8') : '');
  const pageErrors: string[] = [];
  const server = await startCodeServer({
    folder: options.workspace,
    dirs: makeCodeServerDirs({ ...options.env, COPYDESK_TEST_REPORT: reportDir }),
  });
  let browser: Chromium | undefined;
  try {
    browser = await launchChromium();
    const { page } = browser;
    const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(options.extensionTestsPath)],
    ];
    let settle!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(Number(code)));
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const url = `${server.url}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    const timeoutMs = options.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const details = [read('output.log'), ...pageErrors.map((e) => `[page error] ${e}`), '--- code-server log ---', server.log()];
        reject(new Error(`the extension-host suite did not finish within ${timeoutMs} ms\n${details.join('\n')}`));
      }, timeoutMs);
    });
    try {
      const exitCode = await Promise.race([exited, timedOut]);
      const results = read('results.json');
      return {
        exitCode,
        output: read('output.log') || `(the suite wrote no output)\n--- code-server log ---\n${server.log()}`,
        results: results ? (JSON.parse(results) as SuiteTestResult[]) : [],
        durationMs: Date.now() - started,
      };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser?.close();
    await server.stop();
    rmSync(reportDir, { recursive: true, force: true });
  }
}
