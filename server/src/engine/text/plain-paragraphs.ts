// Paragraphs of plain text (and of Markdown read as plain text when the parser is not used).
// A blank line always ends one. Inside a block, each line is its own paragraph (news copy is
// usually one paragraph a line, and pasted web pages put headline, standfirst and caption on
// lines of their own) unless the block looks hard-wrapped: every line but the last of similar
// width and most of them not ending a sentence.
//
// Read line by line in one pass. (A pattern for "a block of lines holding something other than
// white space" was tried again from every position of a line of nothing but spaces: quadratic.)

import { trimSpan, type Span } from './span.js';

/** Paragraphs of `prose` between `from` and `to` (the whole text by default), trimmed. */
export function plainParagraphs(prose: string, from = 0, to = prose.length): Span[] {
  const paragraphs: Span[] = [];
  let block: Span[] = [];
  const endBlock = () => {
    if (block.length === 0) return;
    if (isHardWrapped(prose, block)) paragraphs.push({ start: block[0].start, end: block[block.length - 1].end });
    else for (const line of block) paragraphs.push(line);
    block = [];
  };
  let start = from;
  while (start <= to) {
    let end = start;
    while (end < to && prose[end] !== '\n' && prose[end] !== '\r') end++;
    const line = trimSpan(prose, { start, end });
    if (line.end > line.start) block.push(line);
    else endBlock();
    if (end >= to) break;
    start = end + (prose[end] === '\r' && prose[end + 1] === '\n' && end + 1 < to ? 2 : 1);
  }
  endBlock();
  return paragraphs;
}

function isHardWrapped(prose: string, lines: Span[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  if (!body.every((l) => l.end - l.start >= 40 && l.end - l.start <= 100)) return false;
  const open = body.filter((l) => !/[.!?:"”’)]$/.test(prose.slice(l.end - 1, l.end))).length;
  return open * 2 >= body.length;
}
