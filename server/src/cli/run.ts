// The `copydesk` command from arguments to exit code: 0 when no finding at warning or above
// remains, 1 when one does, 2 on bad usage, an unreadable file, a file that could not be
// checked or a problem in a style file a checked file uses (printed as file:line:column:
// message; the files under that style are not checked, the others are and are reported).
// A file stopped by the time limit (time-limit.ts) counts as not checked. Skipped files (binary,
// over the size limit, devices, FIFOs, sockets) are reported on stderr only. Each file's
// findings are written to stdout as soon as it is checked (formatters/types.ts: FormatStream),
// the summary after the last file.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadResources } from '../resources.js';
import { HELP, parseCliArgs, UsageError } from './args.js';
import { type FileReport, type Notice } from './check.js';
import { FileChecker } from './check-worker.js';
import { displayPath, resolveTargets } from './files.js';
import { FORMATTERS } from './formatters/index.js';
import { packageInfo } from './package-info.js';
import { CliStyles } from './styles.js';

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
      io.stdout(packageInfo().version + '\n');
      return 0;
    }
    const styles = new CliStyles(io.cwd, options.config);
    if (options.printConfig !== undefined) {
      // The style as the engine receives it: merged along extends, overrides for this file applied.
      const target = resolve(io.cwd, options.printConfig);
      // The style depends on the file's folder and, through overrides, its name: a folder is neither.
      if (isDirectory(target)) throw new UsageError(`--print-config wants a file (which need not exist), not the folder "${options.printConfig}"`);
      const { style, problems } = styles.styleFor(target);
      if (problems.length) {
        io.stderr(styles.formatProblems());
        return 2;
      }
      io.stdout(JSON.stringify(style, null, 2) + '\n');
      return 0;
    }
    const files = await resolveTargets(options.patterns, io.cwd);
    const resources = loadResources();
    const checker = new FileChecker();
    const notices: Notice[] = [];
    // Colour on a terminal; NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR on.
    const forced = io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false' : undefined;
    const color = options.format === 'stylish' && !io.env.NO_COLOR && (forced ?? io.stdoutIsTty);
    // Each file's findings are written as soon as it is checked, and then let go.
    const output = FORMATTERS[options.format]({ cwd: io.cwd, color });
    let failing = false;
    let unstyled = 0;
    for (const file of files) {
      let report: FileReport | undefined;
      try {
        const { style, problems } = styles.styleFor(file);
        if (problems.length) {
          unstyled++;
          continue;
        }
        const checkOptions = { fix: options.fix, maxFileSize: options.maxFileSize, resources, style, editPositions: options.format === 'sarif' };
        report = await checker.check(file, checkOptions, notices);
      } catch (err) {
        // A rule that throws must not hide the other files' results.
        notices.push({ path: file, text: `internal error: ${(err as Error).message ?? err}`, fatal: true });
      }
      if (!report) continue;
      failing ||= report.messages.some(atWarningOrAbove);
      const shown = options.quiet ? { ...report, messages: report.messages.filter(atWarningOrAbove) } : report;
      for (const piece of output.file(shown)) io.stdout(piece);
    }
    io.stderr(styles.formatProblems());
    if (unstyled) {
      io.stderr(`copydesk: ${unstyled} ${unstyled === 1 ? 'file was' : 'files were'} not checked: fix the style problems above\n`);
    }
    for (const n of notices) io.stderr(`copydesk: ${displayPath(io.cwd, n.path)}: ${n.text}\n`);
    io.stdout(output.end({ notices, styleProblems: styles.problems }));
    if (notices.some((n) => n.fatal) || styles.problems.length) return 2;
    return failing ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`copydesk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

function atWarningOrAbove(m: { severity: string }): boolean {
  return m.severity === 'warning' || m.severity === 'error';
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
