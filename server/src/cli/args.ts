// Command-line arguments of `copydesk`, parsed with node's own util.parseArgs (strict: an
// unknown flag is a usage error). Everything that makes the command unusable becomes a
// UsageError, which the entry point prints as one line and turns into exit code 2.

import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

/** The lowest severity that makes the exit code 1 (--fail-on); hints never do. */
export type FailOn = 'error' | 'warning' | 'information';
const FAIL_ON_NAMES: Record<string, FailOn> = { error: 'error', warning: 'warning', info: 'information', information: 'information' };

/** Same default as the server's `copydesk.maxFileSize` setting. */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  maxFileSize: number;
  quiet: boolean;
  /** --fail-on: findings at this severity or above make the exit code 1 (default warning). */
  failOn: FailOn;
  /** --max-warnings: warnings (skipped files among them) fail the run only beyond this many. */
  maxWarnings?: number;
  /** --stdin: check the text on standard input instead of files. */
  stdin: boolean;
  /** --stdin-filename: the name the piped text goes by (language, style, reports). */
  stdinFilename?: string;
  /** --config: this style file for every file, instead of each file's nearest one. */
  config?: string;
  /** --print-config: print the style that applies to this file, check nothing. */
  printConfig?: string;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: copydesk [files, folders or globs…] [options]
       copydesk --stdin [--stdin-filename <name>] [options] < story.md
       copydesk --print-config <file> [--config <style file>]

Checks news drafts against the newsroom style guide.
Folders are searched for .txt, .md, .markdown and .draft files (node_modules and
dot-folders skipped); files named on the command line or matched by a glob are
always checked. Quote globs so the shell does not expand them: 'drafts/**/*.md'.

The house style: each file uses the nearest .copydesk.yaml in its own folder or a
folder above it (up to the file-system root, or a style file with root: true), or
the built-in style when there is none.

Options:
  -f, --format <name>      stylish (default), json (ESLint's JSON shape), github
                           (GitHub Actions annotations) or sarif (SARIF 2.1.0)
      --fix                write every safe fix to the files, then report what remains
  -c, --config <file>      use this style file for every file instead of the nearest
                           .copydesk.yaml (its extends and overrides still apply)
      --print-config <file>
                           print the merged style that applies to <file> as JSON
      --max-file-size <n>  skip files whose text is over n bytes in UTF-8 (default
                           ${DEFAULT_MAX_FILE_SIZE}, as the editor's copydesk.maxFileSize)
      --fail-on <level>    error, warning (default) or info: a finding at that level
                           or above makes the exit code 1 (hints never do)
      --max-warnings <n>   allow up to n warnings (skipped files count as warnings):
                           more make the exit code 1, fewer do not, whatever --fail-on
  -q, --quiet              report only the findings at the --fail-on level or above
  -h, --help               show this help
  -v, --version            show the version

Standard input (for a CMS or an editor): --stdin checks the text piped in.
      --stdin              read the text from standard input instead of files
      --stdin-filename <name>
                           the name the text goes by: .md/.markdown is Markdown,
                           .draft a news draft, anything else plain text; the style
                           is found from that path as for a file (which need not exist)
  With --fix, standard output is the whole text with its fixes and nothing else; the
  report of what remains goes to standard error. Text that is not fixed (invalid UTF-8,
  stopped by the time limit) comes back unchanged; binary or over-size input is not
  checked, prints nothing and exits 2.

Exit codes: 0 nothing fails the run. 1 a finding at the --fail-on level or above
(warning by default), or more warnings than --max-warnings. 2 bad usage, a path
that does not exist, an unreadable file, a broken style file, a file stopped by
the time limit, or no file checked at all. A path that gives no file is reported
and the other files are still checked. A problem in a style file is printed as
file:line:column: message; the files that use that style are not checked, the
others are.

Skipped files: binary and over-size files, devices, FIFOs and sockets are not
checked. Each is a line on stderr and a warning in every format, which counts for
the exit code like any warning: exit 0 means every file was checked.

Time limit: as in the editor, a file's check stops after 10 s plus 5 s per million
characters, with a notice ("stopped after … (time limit); not checked"), and the
run goes on. COPYDESK_TIME_LIMIT_MS=<n> in the environment sets it to n ms.`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'max-file-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'fail-on': { type: 'string' },
        'max-warnings': { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(parseArgsMessage(err));
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) {
    return { ...defaults(), help: !!values.help, version: !!values.version && !values.help };
  }
  if (values.config !== undefined && values.config.trim() === '') throw new UsageError('--config needs a file name');
  const printConfig = values['print-config'];
  if (printConfig !== undefined) {
    if (printConfig.trim() === '') throw new UsageError('--print-config needs a file name');
    if (positionals.length > 0) throw new UsageError('--print-config takes one file and checks nothing; give no other files');
    return { ...defaults(), config: values.config, printConfig };
  }
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  }
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseCount('--max-file-size', values['max-file-size'], 'bytes');
  const maxWarnings = values['max-warnings'] === undefined ? undefined : parseCount('--max-warnings', values['max-warnings'], 'warnings');
  const failOnName = values['fail-on'] ?? 'warning';
  const failOn = FAIL_ON_NAMES[failOnName];
  if (!failOn) throw new UsageError(`unknown --fail-on level "${failOnName}" (use error, warning or info; hints never fail)`);
  const stdin = !!values.stdin;
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined) {
    if (!stdin) throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin');
    if (stdinFilename.trim() === '') throw new UsageError('--stdin-filename needs a file name');
  }
  if (stdin && positionals.length > 0) throw new UsageError('--stdin checks the text on standard input; give no files as well');
  if (!stdin && positionals.length === 0) throw new UsageError('no files given (try: copydesk drafts/ or copydesk story.md; --help for more)');
  return {
    patterns: positionals,
    format: format as FormatName,
    fix: !!values.fix,
    maxFileSize,
    quiet: !!values.quiet,
    failOn,
    maxWarnings,
    stdin,
    stdinFilename,
    config: values.config,
    help: false,
    version: false,
  };
}

function defaults(): CliOptions {
  return {
    patterns: [],
    format: 'stylish',
    fix: false,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    quiet: false,
    failOn: 'warning',
    stdin: false,
    help: false,
    version: false,
  };
}

function parseCount(flag: string, raw: string, unit: string): number {
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`${flag} wants a whole number of ${unit}, got "${raw}"`);
  return Number(raw.trim());
}

/** util.parseArgs messages are long and mention its own options object; keep the gist. */
function parseArgsMessage(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  const flag = /--?[\w-]+/.exec(message.replace(/^.*?'-\w, /, "'"))?.[0] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag}`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(message) ? `option ${flag} takes no value` : `option ${flag} needs a value`;
  }
  return message.split('\n')[0];
}
