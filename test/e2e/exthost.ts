// Runs a Mocha suite (a CommonJS module exporting run(), the same one @vscode/test-electron
// takes) inside code-server's real extension host.
//
// code-server's command line rejects --extensionDevelopmentPath, but the workbench URL takes
// the same options in its `payload` parameter. When the suite ends, the workbench calls
// window.codeAutomationExit(code), which we expose from Playwright to learn the result. A page
// must be open because the extension host starts only once a browser connects.

import { makeCodeServerDirs, startCodeServer } from './code-server.js';
import { launchChromium } from './chromium.js';

export interface ExtensionHostRun {
  /** Whatever the suite passed to codeAutomationExit: 0 when every test passed. */
  exitCode: number;
  /** Console lines the extension host forwarded to the page (the Mocha reporter's output). */
  output: string[];
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
  /** Called with each line of the suite's output as it arrives. */
  onOutput?: (line: string) => void;
}

export async function runInExtensionHost(options: ExtensionHostOptions): Promise<ExtensionHostRun> {
  const started = Date.now();
  const output: string[] = [];
  const server = await startCodeServer({ folder: options.workspace, dirs: makeCodeServerDirs(options.env) });
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
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
    page.on('console', (message) => {
      const text = extensionHostLine(message.text());
      if (text === undefined) return;
      output.push(text);
      options.onOutput?.(text);
    });
    page.on('pageerror', (error) => output.push(`[page error] ${error.message}`));

    const url = `${server.url}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    const timeoutMs = options.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the extension-host suite did not finish within ${timeoutMs} ms\n${output.join('\n')}\n--- code-server log ---\n${server.log()}`)),
        timeoutMs,
      );
    });
    try {
      const exitCode = await Promise.race([exited, timedOut]);
      return { exitCode, output, durationMs: Date.now() - started };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/**
 * The extension host's console reaches the page as "%c[Extension Host] %c<text> %c(at …)"
 * with CSS arguments; keep just the text. Returns undefined for the workbench's own messages.
 */
function extensionHostLine(raw: string): string | undefined {
  if (process.env.RAW) console.log("RAW", JSON.stringify(raw));
  if (!raw.includes('[Extension Host]')) return undefined;
  return raw
    .replace(/^.*?\[Extension Host\]\s*/, '')
    .replace(/%c/g, '')
    .replace(/\s*color:\s*[^;]*;?\s*$/g, '')
    .replace(/\s*\(at .*\)\s*$/s, '')
    .trimEnd();
}
