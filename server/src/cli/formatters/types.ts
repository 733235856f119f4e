// What every output format receives: the reports of the checked files (skipped files are not
// among them; their notices go to stderr) and how to print.

import type { FileReport, Notice } from '../check.js';

/** A problem in a style file, as the CLI passes it on (the style module's StyleProblem fits). */
export interface StyleFileProblem {
  /** Absolute path of the style file. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface FormatContext {
  /** The working directory; stylish and github print paths relative to it. */
  cwd: string;
  /** ANSI colours (stylish only): stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  /** What was also said on stderr about files (skipped, unreadable); SARIF records it. */
  notices?: readonly Notice[];
  /** Problems in the style files the checked files use; SARIF records them. */
  styleProblems?: readonly StyleFileProblem[];
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
