// Entry of the extension-host integration suite: the module VS Code loads from
// `extensionTestsPath` and whose run() it awaits. Used by @vscode/test-electron
// (test/e2e/run-test-electron.ts) and inside code-server (test/e2e/run-exthost-suite.ts).
// It is compiled to CommonJS (out/client-test/index.js), as VS Code requires() it.
//
// Environment:
//   COPYDESK_TEST_REPORT  a folder: the reporter's lines go to output.log and a per-test
//                         summary to results.json (code-server's extension host has no
//                         terminal to print to).
//   COPYDESK_TEST_GREP    run only the tests whose full title matches this pattern.

import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.COPYDESK_TEST_GREP) mocha.grep(process.env.COPYDESK_TEST_GREP);

  const reportDir = process.env.COPYDESK_TEST_REPORT;
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    const log = join(reportDir, 'output.log');
    writeFileSync(log, '');
    // Every built-in reporter prints through Base.consoleLog: copy its lines to the file.
    const print = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      appendFileSync(log, format(...args) + '\n');
      print(...args);
    };
  }

  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }

  return new Promise((resolve, reject) => {
    const results: TestResult[] = [];
    const runner = mocha.run((failures) => {
      if (reportDir) writeFileSync(join(reportDir, 'results.json'), JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.length} extension-host tests failed`));
      else if (results.length === 0) reject(new Error('no extension-host test ran'));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (test, error: Error) =>
      results.push({
        title: test.fullTitle(),
        state: 'failed',
        durationMs: test.duration ?? 0,
        error: error.stack ?? String(error),
      }),
    );
  });
}
