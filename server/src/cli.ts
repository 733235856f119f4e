// Entry point of dist/cli.js, the `copydesk` command (bin/copydesk.js requires it).

import { isatty } from 'node:tty';
import { isCheckWorker, runCheckWorker } from './cli/check-worker.js';
import { runCli } from './cli/run.js';

// `copydesk … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// The same bundle runs the workers that check files after a time-limit stop (cli/check-worker.ts).
if (isCheckWorker()) runCheckWorker();
else runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stderrIsTty: process.stderr.isTTY === true,
  // Only --stdin touches process.stdin: opening it costs a handle every other run can do without.
  stdinIsTty: isatty(0),
  stdin: () => process.stdin,
  stdout: (text) => {
    if (text.length) process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`copydesk: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
