// Markdown goes through a real CommonMark parser (micromark, via mdast). Only the text of
// text nodes is kept as prose; everything else (syntax characters, code, HTML, front matter,
// link and image targets, definitions) is blanked, keeping line breaks so offsets and lines
// still match the original.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import type { Paragraph } from './model.js';
import { trimSpan, type Span } from './span.js';

interface MdNode {
  type: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

/** Block nodes whose text reads as one paragraph. */
const PARAGRAPH_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

export function maskMarkdown(text: string): { prose: string; paragraphs: Paragraph[] } {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
  }) as MdNode;
  const keep: Span[] = [];
  const paragraphs: Paragraph[] = [];
  const walk = (node: MdNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') {
      keep.push({ start, end });
      return;
    }
    if (PARAGRAPH_TYPES.has(node.type)) paragraphs.push({ start, end });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);

  const chars: string[] = [];
  let last = 0;
  const blank = (from: number, to: number) => {
    chars.push(text.slice(from, to).replace(/[^\r\n]/g, ' '));
  };
  for (const span of keep) {
    if (span.start < last) continue;
    blank(last, span.start);
    chars.push(text.slice(span.start, span.end));
    last = span.end;
  }
  blank(last, text.length);
  const prose = chars.join('');
  return { prose, paragraphs: paragraphs.map((p) => trimSpan(prose, p)).filter((p) => p.end > p.start) };
}
