// The live check of a style file open in the editor: its own problems, extends not followed.

import { parseStyleText } from './parse.js';
import type { StyleProblem } from './problem.js';

/** Parses + validates one style file's text, WITHOUT following extends (for live editor diagnostics). */
export function checkStyleText(file: string, text: string): StyleProblem[] {
  return parseStyleText(file, text).problems;
}
