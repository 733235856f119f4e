// Command-line arguments of `copydesk`, parsed with node's own util.parseArgs (strict: an
// unknown flag is a usage error). Everything that makes the command unusable becomes a
// UsageError, which the entry point prints as one line and turns into exit code 2.

import { parseArgs } from 'node:util';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Same default as the server's `copydesk.maxFileSize` setting. */
export const DEFAULT_MAX_FILE_SIZE = 2_000_000;

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  fix: boolean;
  maxFileSize: number;
  quiet: boolean;
  /** --config: this style file for every file, instead of each file's nearest one. */
  config?: string;
  /** --print-config: print the style that applies to this file, check nothing. */
  printConfig?: string;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: copydesk [files, folders or globs…] [options]
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
  -q, --quiet              report only findings at warning or above
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no finding at warning or above, 1 at least one, 2 bad usage, an
unreadable file or a broken style file, or a file stopped by the time limit. A
problem in a style file is printed as file:line:column: message; the files that
use that style are not checked, the others are. Binary and over-size files, and
devices, FIFOs and sockets, are skipped with a notice on stderr and do not change
the exit code.

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
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values['max-file-size']);
  if (positionals.length === 0) throw new UsageError('no files given (try: copydesk examples/)');
  return {
    patterns: positionals,
    format: format as FormatName,
    fix: !!values.fix,
    maxFileSize,
    quiet: !!values.quiet,
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
    help: false,
    version: false,
  };
}

function parseSize(raw: string): number {
  if (!/^\d+$/.test(raw.trim())) throw new UsageError(`--max-file-size wants a whole number of bytes, got "${raw}"`);
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
