// Checking one file: read it, optionally fix it in place, lint what remains, and turn the
// engine's offsets into the line/column messages every formatter prints.

import { applyEdits, fixAll, lintWithNotes, resolvePending, type PlainTextPart } from '../engine/index.js';
import type { Finding, LintOptions, ResolveContext, Resources, Severity, Style, TextEdit } from '../engine/types.js';
import { languageIdFor } from './files.js';
import { LineIndex } from './positions.js';
import { describeFsError, readDraft, writeDraft, type Encoding, type ReadResult } from './read.js';
import { withTimeLimit } from './time-limit.js';
import { memoryMode } from '../memory-mode.js';

/** A fix as ESLint reports it: one replacement of source[range[0], range[1]). */
export interface RangeFix {
  range: [number, number];
  text: string;
}

/** One edit of a fix in 1-based lines and UTF-16 columns (end exclusive), for SARIF's replacements. */
export interface PositionedEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

export interface CliMessage {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: RangeFix;
  /** The same fix as its separate edits, with the fix's title (SARIF keeps the edits apart). */
  fixEdits?: { description: string; edits: PositionedEdit[] };
  suggestions?: { desc: string; fix: RangeFix }[];
}

export interface FileReport {
  path: string;
  messages: CliMessage[];
  /** Fixes written by --fix, over all passes. */
  fixed: number;
  /**
   * Why the file was not checked (binary, over the size limit, not a regular file). Every
   * format shows it as a warning about the whole file, and it counts as one for the exit code.
   */
  skipped?: string;
  /** Standard input under --fix: the text with its fixes (ESLint's `output`), when it has any. */
  output?: string;
}

/** What every format says about a skipped file, as a warning: "File not checked: binary file (…)". */
export function skippedMessage(reason: string): string {
  return `File not checked: ${reason}.`;
}

/** Something to say on stderr about a file, or about the run when `path` is absent; `fatal` ones make the exit code 2. */
export interface Notice {
  path?: string;
  text: string;
  fatal: boolean;
}

export interface CheckOptions {
  fix: boolean;
  maxFileSize: number;
  resources: Resources;
  /** The house style that applies to the file (the built-in style when undefined). */
  style?: Style;
  /** Give each fix's edits in lines and columns too (`fixEdits`, which only SARIF prints). */
  editPositions?: boolean;
}

export function checkFile(path: string, options: CheckOptions, notices: Notice[]): FileReport | undefined {
  const read = readDraft(path, options.maxFileSize);
  return checkRead(path, read, options, notices, (output, encoding) => writeDraft(path, output, encoding));
}

/**
 * Text that is not a file on disk (standard input), named `path`: checked as a file would be,
 * but --fix writes nothing; the fixed text is the report's `output`.
 */
export function checkSource(path: string, read: ReadResult, options: CheckOptions, notices: Notice[]): FileReport | undefined {
  return checkRead(path, read, options, notices);
}

function checkRead(
  path: string,
  read: ReadResult,
  options: CheckOptions,
  notices: Notice[],
  write?: (output: string, encoding: Encoding) => void,
): FileReport | undefined {
  if (read.kind === 'skipped') {
    notices.push({ path, text: `skipped: ${read.reason}`, fatal: false });
    return { path, messages: [], fixed: 0, skipped: read.reason };
  }
  if (read.kind === 'error') {
    notices.push({ path, text: `cannot read: ${read.reason}`, fatal: true });
    return undefined;
  }
  const lintOptions: LintOptions = { languageId: languageIdFor(path), resources: options.resources, style: options.style };
  let text = read.text;
  let fixed = 0;
  if (read.invalidUtf8) {
    notices.push({
      path,
      text: `not valid UTF-8; invalid bytes were read as U+FFFD${options.fix ? ' and the file was not fixed' : ''}`,
      fatal: false,
    });
  } else if (options.fix) {
    // Each engine call has the server's time limit (time-limit.ts); writing the file has none.
    const result = withTimeLimit(text.length, () => memoryMode.run(text.length, () => fixAll(text, lintOptions)));
    if (result.output !== text) {
      const output = keepLineEndings(text, result.output);
      try {
        write?.(output, read.encoding);
        text = output;
        fixed = result.fixed;
      } catch (err) {
        notices.push({ path, text: `cannot write fixes: ${describeFsError(err)}`, fatal: true });
      }
    }
  }
  const { findings, plainTextParts } = withTimeLimit(text.length, () => {
    const result = memoryMode.run(text.length, () => lintWithNotes(text, lintOptions));
    const ctx = { text, resources: options.resources, style: options.style ?? {} };
    return { ...result, findings: resolvePending(result.findings, ctx, MAX_RESOLVED_PER_FILE) };
  });
  if (plainTextParts.length > 0) notices.push({ path, text: plainTextNotice(plainTextParts), fatal: false });
  const report: FileReport = { path, messages: toMessages(text, findings, options.editPositions === true), fixed };
  if (!write && fixed > 0) report.output = text;
  return report;
}

/**
 * How many findings of a file get their on-demand fixes (spelling suggestions, some
 * milliseconds each) computed for the report: every finding of a real draft, while a file of
 * random letters does not spend its time limit on suggestions nobody reads. The rest are
 * reported without them.
 */
export const MAX_RESOLVED_PER_FILE = 200;

/**
 * One line for a Markdown file read in part as plain text (the exit code is unchanged): where
 * the first such part starts, why, and how many more there are.
 */
export function plainTextNotice(parts: readonly PlainTextPart[]): string {
  const [first] = parts;
  const reason = first.reason[0].toLowerCase() + first.reason.slice(1);
  const more = parts.length - 1;
  return `read as plain text from line ${first.line}: ${reason}${more ? ` (and ${more} more part${more === 1 ? '' : 's'} further on)` : ''}`;
}

/**
 * The findings as messages. Consumes `findings`: each is let go once converted, so a file with
 * a great many findings does not hold them and their messages at once.
 */
function toMessages(text: string, findings: (Finding | undefined)[], editPositions: boolean): CliMessage[] {
  if (findings.length === 0) return [];
  const lines = new LineIndex(text);
  const messages: CliMessage[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    messages[i] = toMessage(text, lines, findings[i]!, editPositions);
    findings[i] = undefined;
  }
  return messages;
}

function toMessage(text: string, lines: LineIndex, f: Finding, editPositions: boolean): CliMessage {
  const start = lines.position(f.start);
  const end = lines.position(f.end);
  const message: CliMessage = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (f.fix) message.fix = mergeEdits(text, f.fix.edits);
  if (f.fix && editPositions) {
    message.fixEdits = {
      description: f.fix.title,
      edits: f.fix.edits.map((e) => {
        const from = lines.position(e.start);
        const to = lines.position(e.end);
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, newText: e.newText };
      }),
    };
  }
  if (f.suggestions) message.suggestions = f.suggestions.map((s) => ({ desc: s.title, fix: mergeEdits(text, s.edits) }));
  return message;
}

/** ESLint's fix is a single replacement: one covering range, with the edits applied inside it. */
function mergeEdits(text: string, edits: readonly TextEdit[]): RangeFix {
  // One edit (nearly every fix) is its own covering range.
  if (edits.length === 1) return { range: [edits[0].start, edits[0].end], text: edits[0].newText };
  const start = Math.min(...edits.map((e) => e.start));
  const end = Math.max(...edits.map((e) => e.end));
  const shifted = edits.map((e) => ({ start: e.start - start, end: e.end - start, newText: e.newText }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted) };
}

/**
 * A fix that deletes or inserts a line may bring a bare "\n"; in a file that used only CRLF,
 * make the new breaks CRLF too, so --fix never mixes line endings.
 */
export function keepLineEndings(original: string, output: string): string {
  if (!original.includes('\r\n') || /(?<!\r)\n/.test(original)) return output;
  return output.replace(/\r?\n/g, '\r\n');
}
