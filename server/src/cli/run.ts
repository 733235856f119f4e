// The `copydesk` command from arguments to exit code:
// - 0 when nothing fails the run; 1 when a finding is at the --fail-on level or above (warning
//   by default), or there are more warnings than --max-warnings. A skipped file (binary, over
//   the size limit, a device, FIFO or socket) is a warning about the whole file in every
//   format, so it fails the run as a warning does: exit 0 means every file was checked.
// - 2 on bad usage, a path that gives no file (the others are still checked), an unreadable
//   file, a file stopped by the time limit (time-limit.ts), a problem in a style file a checked
//   file uses (printed as file:line:column: message; the files under that style are not
//   checked, the others are), or a run that checked no file at all.
// Each file's findings are written as soon as it is checked (formatters/types.ts: FormatStream),
// the summary after the last file. --stdin checks the text piped in, under --stdin-filename's
// name; with --fix, stdout is that text with its fixes and nothing else, and the report goes to
// stderr.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from '../engine/types.js';
import { loadResources } from '../resources.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { type FileReport, type Notice } from './check.js';
import { FileChecker } from './check-worker.js';
import { displayPath, resolveTargets } from './files.js';
import { FORMATTERS } from './formatters/index.js';
import { packageInfo } from './package-info.js';
import { encode, readStream, type ReadResult } from './read.js';
import { CliStyles } from './styles.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour by default). */
  stdoutIsTty: boolean;
  /** Whether stderr is a terminal (colour for a report written there, under --stdin --fix). */
  stderrIsTty?: boolean;
  /** Text for stdout; bytes only for the fixed text of --stdin --fix, in the encoding it came in. */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Standard input, read by --stdin. */
  stdin?: () => AsyncIterable<Buffer | string>;
  stdinIsTty?: boolean;
}

/** How the piped text is named when --stdin-filename gives no name (ESLint says "<text>"). */
export const STDIN_NAME = '<stdin>';

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
    if (options.stdin && io.stdinIsTty) {
      throw new UsageError('--stdin reads text piped in (copydesk --stdin < story.md), but standard input is a terminal');
    }
    const notices: Notice[] = [];
    let files: string[] = [];
    let piped: { path: string; read: ReadResult; bytes?: Buffer } | undefined;
    if (options.stdin) {
      // The name picks the language and, as a file's path would, the style; the file need not exist.
      const path = options.stdinFilename === undefined ? STDIN_NAME : resolve(io.cwd, options.stdinFilename);
      piped = { path, ...(await readStream(io.stdin?.() ?? emptyStream(), options.maxFileSize)) };
    } else {
      const targets = await resolveTargets(options.patterns, io.cwd);
      files = targets.files;
      for (const text of targets.problems) notices.push({ text, fatal: true });
    }
    const resources = loadResources();
    const checker = new FileChecker();
    // With --stdin --fix, stdout carries the text; the report goes to stderr.
    const textOnStdout = options.stdin && options.fix;
    const reportOut = textOnStdout ? io.stderr : io.stdout;
    // Colour on a terminal; NO_COLOR (https://no-color.org) turns it off, FORCE_COLOR on.
    const forced = io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false' : undefined;
    const tty = textOnStdout ? io.stderrIsTty === true : io.stdoutIsTty;
    const color = options.format === 'stylish' && !io.env.NO_COLOR && (forced ?? tty);
    // Each file's findings are written as soon as it is checked, and then let go.
    const output = FORMATTERS[options.format]({ cwd: io.cwd, color });
    const tally = new Tally();
    const shownAt = failingLevels(options);
    let unstyled = 0;
    let pipedReport: FileReport | undefined;
    const sources: string[] = piped ? [piped.path] : files;
    for (const file of sources) {
      let report: FileReport | undefined;
      try {
        const { style, problems } = styles.styleFor(piped ? resolve(io.cwd, file) : file);
        if (problems.length) {
          unstyled++;
          continue;
        }
        const checkOptions = { fix: options.fix, maxFileSize: options.maxFileSize, resources, style, editPositions: options.format === 'sarif' };
        report = piped ? checker.checkSource(file, piped.read, checkOptions, notices) : await checker.check(file, checkOptions, notices);
      } catch (err) {
        // A rule that throws must not hide the other files' results.
        notices.push({ path: file, text: `internal error: ${(err as Error).message ?? err}`, fatal: true });
      }
      if (!report) continue;
      if (piped) pipedReport = report;
      tally.add(report);
      const shown = options.quiet ? { ...report, messages: report.messages.filter((m) => shownAt.has(m.severity)) } : report;
      for (const piece of output.file(shown)) reportOut(piece);
    }
    checker.dispose();
    const end = output.end({ notices, styleProblems: styles.problems });
    // A report on stderr (--stdin --fix) is kept in one piece, ahead of the notices.
    if (reportOut === io.stderr) reportOut(end);
    io.stderr(styles.formatProblems());
    if (unstyled) {
      io.stderr(`copydesk: ${unstyled} ${unstyled === 1 ? 'file was' : 'files were'} not checked: fix the style problems above\n`);
    }
    for (const n of notices) io.stderr(`copydesk: ${n.path === undefined ? '' : `${displayPath(io.cwd, n.path)}: `}${n.text}\n`);
    if (reportOut !== io.stderr) reportOut(end);
    if (textOnStdout && piped?.read.kind === 'text') {
      // The whole text, fixed where it could be; as it came when it could not be (invalid UTF-8,
      // stopped by the time limit), so that a pipe never loses the story.
      const { output: fixed } = pipedReport ?? {};
      io.stdout(fixed !== undefined ? encode(fixed, piped.read.encoding) : (piped.bytes ?? Buffer.alloc(0)));
    }
    if (tally.checked === 0) {
      io.stderr('copydesk: no file was checked\n');
      return 2;
    }
    const tooMany = options.maxWarnings !== undefined && tally.warnings > options.maxWarnings;
    if (tooMany) io.stderr(`copydesk: too many warnings (${tally.warnings}; --max-warnings is ${options.maxWarnings})\n`);
    if (notices.some((n) => n.fatal) || styles.problems.length) return 2;
    return tooMany || tally.fails(options) ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`copydesk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** What the run found, for the exit code. */
class Tally {
  /** Files checked (skipped ones are not). */
  checked = 0;
  errors = 0;
  /** Warnings, skipped files among them. */
  warnings = 0;
  information = 0;

  add(report: FileReport): void {
    if (report.skipped !== undefined) {
      this.warnings++;
      return;
    }
    this.checked++;
    for (const m of report.messages) {
      if (m.severity === 'error') this.errors++;
      else if (m.severity === 'warning') this.warnings++;
      else if (m.severity === 'information') this.information++;
    }
  }

  /**
   * Whether the findings fail the run: errors always; warnings by --fail-on, or when
   * --max-warnings is given only beyond it (checked by the caller); information with
   * --fail-on info; hints never.
   */
  fails(options: CliOptions): boolean {
    if (this.errors > 0) return true;
    if (options.maxWarnings === undefined && options.failOn !== 'error' && this.warnings > 0) return true;
    return options.failOn === 'information' && this.information > 0;
  }
}

/** The severities --quiet shows: those at the --fail-on level or above. */
function failingLevels(options: CliOptions): ReadonlySet<Severity> {
  const order: Severity[] = ['error', 'warning', 'information'];
  return new Set(order.slice(0, order.indexOf(options.failOn) + 1));
}

async function* emptyStream(): AsyncGenerator<Buffer> {}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
