// URLs, bare web addresses and e-mail addresses are never prose: they are blanked before any
// rule looks at the text, in every language.

import type { Span } from './span.js';

// Two patterns, each run only near its tell-tale characters (`hit`), which every match holds
// no more than `back` units after its start: the full alternation, tried at every position of
// every text, cost more than all the rules together, and even one pattern, tried at every
// word of a long text that holds a single ".com", was a twentieth of its check.
//
// The repeats before the part that must follow (the scheme before "://", the labels before
// ".com") are bounded: unbounded, the pattern read to the end of a long run of "a.b.c.…" from
// every word in it, quadratic. Schemes are short, and a host name has at most 63 characters a
// label; more than 12 labels before the top-level domain is not an address anyone types.
export const URL_PATTERNS: { hit: RegExp; back: number; re: RegExp }[] = [
  // "://" ends a scheme of at most 32 characters; "www." starts the match.
  { hit: /:\/\/|www\./gi, back: 32, re: /\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"“”]+/gi },
  {
    // The dot before the top-level domain follows at most 13 labels and 12 dots.
    hit: /\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk|ac\.uk|gov\.uk)\b/gi,
    back: 13 * 63 + 12,
    re: /\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,12}\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk|ac\.uk|gov\.uk)\b(?:\/[^\s<>"“”]*)?/gi,
  },
];

export function findUrlsAndEmails(text: string): Span[] {
  const spans: Span[] = [];
  for (const { hit, back, re } of URL_PATTERNS) {
    for (const m of matchesNear(text, re, hit, back)) {
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

/**
 * The matches of the global `re` over `text`, the same as a scan from the start finds, given
 * that each holds a match of `hit` starting at most `back` units after its own start. The scan
 * starts `back` units before each hit past the last match: a match starting earlier would hold
 * an earlier hit. Text the scan has read is never read again, so it costs at most what the
 * whole scan did, and usually reads a few hundred units a hit.
 */
export function matchesNear(text: string, re: RegExp, hit: RegExp, back: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0; // where the next match may start: the end of the last
  hit.lastIndex = 0;
  for (let h = hit.exec(text); h; h = hit.exec(text)) {
    if (h.index < from) continue;
    re.lastIndex = Math.max(from, h.index - back);
    const m = re.exec(text);
    if (!m) break;
    found.push(m);
    from = Math.max(m.index + m[0].length, m.index + 1);
    if (hit.lastIndex < from) hit.lastIndex = from;
  }
  return found;
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
