// What every output format receives: the reports of the checked files (skipped files are not
// among them; their notices go to stderr) and how to print.

import type { FileReport } from '../check.js';

export interface FormatContext {
  /** The working directory; stylish and github print paths relative to it. */
  cwd: string;
  /** ANSI colours (stylish only): stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
