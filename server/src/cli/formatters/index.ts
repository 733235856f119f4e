// The output formats by name (the values of --format).

import type { FormatName } from '../args.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
};

export type { FormatContext, Formatter } from './types.js';
