// A problem in a style file, with the place it is at, and the helpers that turn offsets in the
// file's text into those 1-based line/column places.

import type { LineCounter } from 'yaml';

export interface StyleProblem {
  /** Absolute path of the style file the problem is in. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** 1-based; the end column is exclusive. */
  endLine: number;
  endColumn: number;
  /** Written for the desk editor: 'unknown key "entites" (did you mean "entities"?)'. */
  message: string;
  severity: 'error' | 'warning';
}

export const STYLE_FILE_NAME = '.copydesk.yaml';

/** A stretch of the style file's text, as UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The start of the file: where problems with the file as a whole are reported. */
export const FILE_START: Span = { start: 0, end: 0 };

export function problemAt(file: string, lines: LineCounter | undefined, span: Span, message: string): StyleProblem {
  const start = lines ? lines.linePos(span.start) : { line: 1, col: 1 };
  const end = lines ? lines.linePos(Math.max(span.start, span.end)) : start;
  return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, message, severity: 'error' };
}

/** Whole-file problems (unreadable, too large, not UTF-8) sit at line 1, column 1. */
export function fileProblem(file: string, message: string): StyleProblem {
  return problemAt(file, undefined, FILE_START, message);
}

export function sortProblems(problems: StyleProblem[]): StyleProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
