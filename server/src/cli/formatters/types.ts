// What every output format receives: the reports of the files one by one (a skipped file's
// report has no messages and says why in `skipped`, which every format shows as a warning), how
// to print, and at the end what the run said about files and styles.

import type { StyleProblem } from '../../style/index.js';
import type { FileReport, Notice } from '../check.js';

/** A problem in a style file, as the CLI passes it on (its severity is always fatal here). */
export type StyleFileProblem = Omit<StyleProblem, 'severity'>;

export interface FormatContext {
  /** The working directory; stylish and github print paths relative to it. */
  cwd: string;
  /** ANSI colours (stylish only): stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
}

/** What is known once every file has been checked, for the end of the output. */
export interface RunSummary {
  /** What was also said on stderr about files (skipped, unreadable); SARIF records it. */
  notices?: readonly Notice[];
  /** Problems in the style files the checked files use; SARIF records them. */
  styleProblems?: readonly StyleFileProblem[];
}

/**
 * A format written as the run goes (run.ts): each file's text as soon as the file is checked,
 * in pieces of a bounded size, then the end. Nothing joins the whole output into one string,
 * and a file's report can be let go once written: 145,000 findings in one file printed in
 * pieces of a thousand rather than as one string of 40 MB.
 */
export interface FormatStream {
  /** The text for one checked file, in order (possibly nothing). */
  file(report: FileReport): Iterable<string>;
  /** What follows the last file: a summary, closing brackets, what SARIF records of the run. */
  end(summary: RunSummary): string;
}

export type Formatter = (context: FormatContext) => FormatStream;

/** Findings written per piece of a file's output. */
export const CHUNK = 1000;

/** The whole output at once (tests, small runs): every piece joined. */
export function formatAll(formatter: Formatter, reports: readonly FileReport[], context: FormatContext & RunSummary): string {
  const stream = formatter(context);
  let out = '';
  for (const report of reports) for (const piece of stream.file(report)) out += piece;
  return out + stream.end(context);
}
