// A half-open range [start, end) of UTF-16 offsets, and helpers on it.

export interface Span {
  start: number;
  end: number;
}

/** The span without white space at either end. */
export function trimSpan(s: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(s[start])) start++;
  while (end > start && /\s/.test(s[end - 1])) end--;
  return { start, end };
}
