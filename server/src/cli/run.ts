// The `copydesk` command from arguments to exit code: 0 when no finding at warning or above
// remains, 1 when one does, 2 on bad usage, an unreadable file or a file that could not be
// checked. Skipped files (binary, over the size limit) are reported on stderr only.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadResources } from '../resources.js';
import { HELP, parseCliArgs, UsageError } from './args.js';
import { checkFile, type FileReport, type Notice } from './check.js';
import { displayPath, resolveTargets } from './files.js';
import { FORMATTERS } from './formatters/index.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour by default). */
  stdoutIsTty: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) {
      io.stdout(HELP + '\n');
      return 0;
    }
    if (options.version) {
      io.stdout(packageVersion() + '\n');
      return 0;
    }
    const files = await resolveTargets(options.patterns, io.cwd);
    const resources = loadResources();
    const notices: Notice[] = [];
    const reports: FileReport[] = [];
    for (const file of files) {
      try {
        const report = checkFile(file, { fix: options.fix, maxFileSize: options.maxFileSize, resources }, notices);
        if (report) reports.push(report);
      } catch (err) {
        // A rule that throws must not hide the other files' results.
        notices.push({ path: file, text: `internal error: ${(err as Error).message ?? err}`, fatal: true });
      }
    }
    for (const n of notices) io.stderr(`copydesk: ${displayPath(io.cwd, n.path)}: ${n.text}\n`);

    const failing = reports.some((r) => r.messages.some((m) => m.severity === 'warning' || m.severity === 'error'));
    const shown = options.quiet
      ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'warning' || m.severity === 'error') }))
      : reports;
    // Colour on a terminal; NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR on.
    const forced = io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false' : undefined;
    const color = options.format === 'stylish' && !io.env.NO_COLOR && (forced ?? io.stdoutIsTty);
    io.stdout(FORMATTERS[options.format](shown, { cwd: io.cwd, color }));
    if (notices.some((n) => n.fatal)) return 2;
    return failing ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`copydesk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** The version in the package's own package.json (beside dist/ when installed). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'copydesk' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
