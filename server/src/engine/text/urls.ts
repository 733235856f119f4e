// URLs, bare web addresses and e-mail addresses are never prose: they are blanked before any
// rule looks at the text, in every language.

import type { Span } from './span.js';

// Three patterns, each run only when a cheap test finds its tell-tale characters: the full
// alternation, tried at every position of every text, cost more than all the rules together.
//
// The repeats before the part that must follow (the scheme before "://", the labels before
// ".com") are bounded: unbounded, the pattern read to the end of a long run of "a.b.c.…" from
// every word in it, quadratic. Schemes are short, and a host name has at most 63 characters a
// label; more than 12 labels before the top-level domain is not an address anyone types.
const PATTERNS: { tell: RegExp; re: RegExp }[] = [
  { tell: /:\/\/|www\./i, re: /\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"“”]+/gi },
  {
    tell: /\.(?:com|org|net|gov|edu|info|io|uk)\b/i,
    re: /\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,12}\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk|ac\.uk|gov\.uk)\b(?:\/[^\s<>"“”]*)?/gi,
  },
];

export function findUrlsAndEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const { tell, re } of PATTERNS) {
    if (!tell.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let end = m.index + m[0].length;
      // Sentence punctuation after an address belongs to the sentence.
      while (end > m.index && /[.,;:!?)\]'’]/.test(text[end - 1])) end--;
      spans.push({ start: m.index, end });
    }
  }
  spans.push(...findEmails(text));
  // Sorted and without overlaps (a URL's host can also match the bare-domain pattern).
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of spans) if (kept.length === 0 || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

const EMAIL_LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN_RE = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;

/**
 * E-mail addresses, found from each "@" outwards: a pattern that starts with the local part
 * would be tried, and fail, at every word of a long text that holds a single "@".
 */
function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1])) start--;
    if (start === at) continue;
    EMAIL_DOMAIN_RE.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN_RE.exec(text);
    if (!domain) continue;
    let end = at + 1 + domain[0].length;
    while (end > at && /[.,;:!?)\]'’]/.test(text[end - 1])) end--;
    spans.push({ start, end });
  }
  return spans;
}

/** Replaces every character of the spans except line breaks by a space. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const { start, end } of spans) {
    if (start < last) continue;
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    last = end;
  }
  return out + text.slice(last);
}
