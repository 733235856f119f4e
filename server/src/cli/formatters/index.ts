// The output formats by name (the values of --format).

import type { FormatName } from '../args.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};

export { formatAll } from './types.js';
export type { FormatContext, FormatStream, Formatter, RunSummary, StyleFileProblem } from './types.js';
