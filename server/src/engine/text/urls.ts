// URLs, bare web addresses and e-mail addresses are never prose: they are blanked before any
// rule looks at the text, in every language.

import type { Span } from './span.js';

const URL_RE =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk|ac\.uk|gov\.uk)\b(?:\/[^\s<>"“”]*)?/giu;

export function findUrlsAndEmails(text: string): Span[] {
  const spans: Span[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    let end = m.index + m[0].length;
    // Sentence punctuation after an address belongs to the sentence.
    while (end > m.index && /[.,;:!?)\]'’]/.test(text[end - 1])) end--;
    spans.push({ start: m.index, end });
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
