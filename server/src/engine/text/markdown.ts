// Markdown goes through a real CommonMark parser (micromark, via mdast). Only the text of
// text nodes is kept as prose; everything else (syntax characters, code, HTML, front matter,
// link and image targets, definitions) is blanked, keeping line breaks so offsets and lines
// still match the original. In the front matter, the values of the keys that are copy (the
// headline and standfirst: `title`, `description`, …) are prose too (text/front-matter.ts).
//
// Hostile input (issue 10). The parser costs time and memory per token, and some inputs are
// worse than linear in it (deep nesting, long runs of brackets or emphasis marks in one
// paragraph), so the text is not handed over whole:
// - it is cut into parts at safe places (a blank line, then a line starting in the first
//   column outside code, HTML blocks and front matter: there every container has ended), each
//   parsed on its own, so memory stays that of one part;
// - runs of more than two blank lines are left out of what the parser reads (more blank lines
//   mean nothing more to CommonMark; what they could sit in, code or HTML, is blanked anyway);
// - a part nested deeper than any document needs, with a paragraph dense with syntax marks, or
//   too long to cut, is read as plain text instead, and `notes` says so.
// The tree is walked with an explicit stack, never by recursion, so no depth overflows it.

import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { DEFAULT_FRONT_MATTER_PROSE, frontMatterProse, type FrontMatterField } from './front-matter.js';
import { plainParagraphs } from './plain-paragraphs.js';
import { trimSpan, type Span } from './span.js';

interface MdNode {
  type: string;
  value?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

export interface MaskedMarkdown {
  prose: string;
  paragraphs: Span[];
  /** Why parts were read as plain text, one line each; empty for ordinary Markdown. */
  notes: string[];
  /** Every part read as plain text, where it starts and why (`notes` says the same in words). */
  plainParts: PlainTextPart[];
  /** The HTML (block and inline) the parser found, in order: where a comment is a comment. */
  html: Span[];
  /** The front matter, fences included, when the document opens with one. */
  frontMatter?: Span;
  /** Its fields read as prose, in order. */
  frontMatterFields: FrontMatterField[];
}

/** A part of a Markdown document read as plain text. */
export interface PlainTextPart {
  /** 1-based line and offset where the part starts. */
  line: number;
  start: number;
  end: number;
  /** Why, as a sentence without its full stop: "Containers nested 900 deep on one line (more than 64)". */
  reason: string;
}

/** Block nodes whose text reads as one paragraph. */
const PARAGRAPH_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * A part is cut at the first safe place after this many characters or lines opening a
 * container (a list item, a blockquote). micromark copies its list of events each time a
 * container closes, so its time grows with containers × events of what it parses at once.
 */
const PART_TARGET = 16 * 1024;
const PART_CONTAINERS = 48;
/** A part longer than this with no safe place to cut is read as plain text. */
export const MAX_PART = 256 * 1024;
/** Containers (">" and list markers) opened on one line; real documents use a handful. */
export const MAX_NESTING = 64;
/** Syntax marks in one paragraph (a run of non-blank lines) beyond which it is not parsed. */
export const MAX_PARAGRAPH_MARKS = 2000;
/** Share of a part's characters that may be line breaks and syntax marks, for parts of 8 KB and more. */
const MAX_DENSITY = 0.35;
const DENSITY_MIN_LENGTH = 8 * 1024;
/** Notes kept for one document; past this, one more line counts the rest. */
const MAX_NOTES = 5;
/** Blank lines in a row kept for the parser. */
const KEEP_BLANK_LINES = 2;

/** A stretch of the original text handed to the parser, and where it starts in the parser's text. */
interface Piece {
  start: number;
  end: number;
  at: number;
}

interface Part {
  start: number;
  end: number;
  pieces: Piece[];
  /** Longest container nesting on one line, most marks in one paragraph, line count. */
  nesting: number;
  paragraphMarks: number;
  lines: number;
  /** Lines that open or continue a container. */
  containers: number;
  /** 1-based line number of its first line. */
  line: number;
}

/** `frontMatterKeys`: the front matter keys whose values are copy (the house style's `frontMatter.prose`). */
export function maskMarkdown(text: string, frontMatterKeys: readonly string[] = DEFAULT_FRONT_MATTER_PROSE): MaskedMarkdown {
  const parts = splitParts(text);
  const definitions = parts.length > 1 ? referenceDefinitions(text) : '';
  const keep: Span[] = [];
  const paragraphs: Span[] = [];
  const plainParts: PlainTextPart[] = [];
  const html: Span[] = [];
  const front: FrontMatterOut = { keys: frontMatterKeys, fields: [] };
  const notes: string[] = [];
  let skippedNotes = 0;
  parts.forEach((part, index) => {
    const reason = plainReason(part);
    if (reason) {
      if (notes.length < MAX_NOTES) notes.push(`${reason}: the Markdown from line ${part.line} was read as plain text.`);
      else skippedNotes++;
      keepPlain(text, part, keep);
      plainParts.push({ line: part.line, start: part.start, end: part.end, reason });
      return;
    }
    parsePart(text, part, index === 0 ? front : undefined, definitions, keep, paragraphs, html);
  });

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
  if (skippedNotes > 0) notes.push(`… and ${skippedNotes} more part${skippedNotes === 1 ? '' : 's'} read as plain text.`);
  for (const p of plainParts) paragraphs.push(...plainParagraphs(prose, p.start, p.end));
  if (plainParts.length > 0) paragraphs.sort((a, b) => a.start - b.start);
  return {
    prose,
    paragraphs: paragraphs.map((p) => trimSpan(prose, p)).filter((p) => p.end > p.start),
    notes,
    plainParts,
    html,
    ...(front.span ? { frontMatter: front.span } : {}),
    frontMatterFields: front.fields,
  };
}

/** What the first part reads of the front matter: the keys asked for, and what was found. */
interface FrontMatterOut {
  keys: readonly string[];
  span?: Span;
  fields: FrontMatterField[];
}

/** Why a part is not given to the parser, or undefined when it is. */
function plainReason(part: Part): string | undefined {
  const length = part.end - part.start;
  if (part.nesting > MAX_NESTING) return `Containers nested ${part.nesting} deep on one line (more than ${MAX_NESTING})`;
  if (part.paragraphMarks > MAX_PARAGRAPH_MARKS) {
    return `A paragraph with ${part.paragraphMarks} Markdown marks (more than ${MAX_PARAGRAPH_MARKS})`;
  }
  if (length > MAX_PART) return `${Math.round(length / 1024)} KB with no blank line to divide it (more than ${MAX_PART / 1024} KB)`;
  const marks = part.lines + part.paragraphMarks;
  if (length >= DENSITY_MIN_LENGTH && marks > length * MAX_DENSITY) {
    return `Line breaks and syntax marks make up ${Math.round((100 * marks) / length)}% of the text (more than ${MAX_DENSITY * 100}%)`;
  }
  return undefined;
}

/**
 * A part read as plain text keeps every line but its container marks (the ">" and list
 * markers opening it), which the parser would not have kept either.
 */
function keepPlain(text: string, part: Part, keep: Span[]): void {
  let start = part.start;
  while (start < part.end) {
    let end = start;
    while (end < part.end && text[end] !== '\n' && text[end] !== '\r') end++;
    const from = start + containerPrefix(text.slice(start, end));
    if (end > from) keep.push({ start: from, end });
    start = end + 1;
  }
}

/** Parses one part and adds its text nodes and paragraphs, in original offsets; `front` for the first part. */
function parsePart(
  text: string,
  part: Part,
  front: FrontMatterOut | undefined,
  definitions: string,
  keep: Span[],
  paragraphs: Span[],
  html: Span[],
): void {
  let source = part.pieces.map((p) => text.slice(p.start, p.end)).join('');
  const length = source.length;
  // Reference definitions elsewhere in the document still make links here.
  if (definitions) source += `\n\n${definitions}`;
  const tree = fromMarkdown(
    source,
    // Front matter only opens a document.
    front ? { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] } : {},
  ) as MdNode;
  const map = (offset: number, isEnd: boolean) => toOriginal(part.pieces, offset, isEnd);
  // Depth-first, in document order, with an explicit stack.
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start >= length) continue;
    if (node.type === 'text') {
      keep.push({ start: map(start, false), end: map(Math.min(end, length), true) });
      continue;
    }
    if (node.type === 'html') {
      html.push({ start: map(start, false), end: map(Math.min(end, length), true) });
      continue;
    }
    if (front && (node.type === 'yaml' || node.type === 'toml')) {
      // Read in the original text, which holds every blank line the parser may have been spared.
      front.span = { start: map(start, false), end: map(Math.min(end, length), true) };
      const copy = frontMatterProse(text, front.span, node.type, front.keys);
      keep.push(...copy.keep);
      paragraphs.push(...copy.paragraphs);
      front.fields = copy.fields;
      continue;
    }
    if (PARAGRAPH_TYPES.has(node.type)) paragraphs.push({ start: map(start, false), end: map(Math.min(end, length), true) });
    const children = node.children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The original offset of an offset in the parser's text; an end maps to the end of its piece. */
function toOriginal(pieces: readonly Piece[], offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const at = pieces[mid].at;
    if (at < offset || (at === offset && !isEnd)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  return piece.start + (offset - piece.at);
}

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK_RE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** HTML blocks that run on over blank lines (CommonMark kinds 1–5), with what ends each. */
const HTML_BLOCKS: { open: RegExp; close: RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^ {0,3}<!--/, close: /-->/ },
  { open: /^ {0,3}<\?/, close: /\?>/ },
  { open: /^ {0,3}<![A-Za-z]/, close: />/ },
  { open: /^ {0,3}<!\[CDATA\[/, close: /\]\]>/ },
];
const FRONT_MATTER_RE = /^(?:---|\+\+\+)[ \t]*$/;
/** Characters that open or close Markdown syntax inside a paragraph. */
const MARKS = new Set(['[', ']', '(', ')', '<', '>', '*', '_', '`', '!', '\\', '&', '|', '~', '#']);

/**
 * The parts of the text, in order and covering it, with what the checks need to know of each.
 * One pass over the lines.
 */
function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  let part = newPart(0, 1);
  let lineNumber = 1;
  let pieceStart = 0;
  let blankRun = 0;
  let previousBlank = false;
  let paragraphMarks = 0;
  /** What ends the construct the line is in: a closing fence, an HTML end, the front matter's fence. */
  let fence: { char: string; length: number } | undefined;
  let html: RegExp | undefined;
  let frontMatter: string | undefined;

  const endPiece = (at: number) => {
    if (at > pieceStart) {
      const last = part.pieces[part.pieces.length - 1];
      const offset = last ? last.at + (last.end - last.start) : 0;
      part.pieces.push({ start: pieceStart, end: at, at: offset });
    }
  };

  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = end >= text.length ? text.length + 1 : end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    const line = text.slice(start, end);
    const blank = /^[ \t]*$/.test(line);

    if (start === 0 && FRONT_MATTER_RE.test(line)) frontMatter = line.trim();
    else if (frontMatter !== undefined && line.trim() === frontMatter) frontMatter = undefined;
    const locked = frontMatter !== undefined || fence !== undefined || html !== undefined;

    // A safe place to cut: a new top-level block after a blank line, outside anything open.
    const full = start - part.start >= PART_TARGET || part.containers >= PART_CONTAINERS;
    if (!blank && previousBlank && !locked && full && line[0] !== ' ' && line[0] !== '\t') {
      if (blankRun <= KEEP_BLANK_LINES) endPiece(start);
      part.end = start;
      parts.push(part);
      part = newPart(start, lineNumber);
      pieceStart = start;
    }

    if (blank) {
      blankRun++;
      paragraphMarks = 0;
      // Past the second blank line in a row, the line is left out of what the parser reads.
      if (blankRun === KEEP_BLANK_LINES + 1) endPiece(start);
    } else {
      if (blankRun > KEEP_BLANK_LINES) pieceStart = start;
      blankRun = 0;
      const nesting = nestingOf(line);
      part.nesting = Math.max(part.nesting, nesting);
      if (nesting > 0) part.containers++;
      // A list item, heading or table row starts inline content of its own.
      if (startsBlock(line)) paragraphMarks = 0;
      for (let i = 0; i < line.length; i++) if (MARKS.has(line[i])) paragraphMarks++;
      part.paragraphMarks = Math.max(part.paragraphMarks, paragraphMarks);
    }
    if (!blank || blankRun <= KEEP_BLANK_LINES) part.lines++;
    previousBlank = blank;
    lineNumber++;

    if (frontMatter === undefined && !(start === 0 && FRONT_MATTER_RE.test(line))) {
      if (fence) {
        const m = FENCE_RE.exec(line);
        if (m && m[1][0] === fence.char && m[1].length >= fence.length && /^[ \t]*$/.test(line.slice(m[0].length))) fence = undefined;
      } else if (html) {
        if (html.test(line)) html = undefined;
      } else {
        const m = FENCE_RE.exec(line);
        if (m) fence = { char: m[1][0], length: m[1].length };
        else {
          const block = HTML_BLOCKS.find((b) => b.open.test(line));
          if (block && !block.close.test(line.replace(block.open, ''))) html = block.close;
        }
      }
    }
    if (next > text.length) break;
    start = next;
  }
  if (blankRun <= KEEP_BLANK_LINES) endPiece(text.length);
  part.end = text.length;
  if (part.pieces.length === 0) part.pieces.push({ start: part.start, end: part.start, at: 0 });
  parts.push(part);
  return parts;
}

function newPart(start: number, line: number): Part {
  return { start, end: start, pieces: [], nesting: 0, paragraphMarks: 0, lines: 0, containers: 0, line };
}

/** After any ">" marks: a list marker, a heading's "#" or a table's "|". */
function startsBlock(line: string): boolean {
  return /^[ \t>]*(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#|\|)/.test(line);
}

/** Length of the ">" marks and list markers (with the white space between) opening a line. */
function containerPrefix(line: string): number {
  if (THEMATIC_BREAK_RE.test(line)) return 0;
  let i = 0;
  let end = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const c = line[i];
    if (c === '>') {
      end = ++i;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      end = ++i;
      continue;
    }
    let j = i;
    while (j < line.length && j - i < 9 && line[j] >= '0' && line[j] <= '9') j++;
    if (j > i && (line[j] === '.' || line[j] === ')') && (j + 1 >= line.length || line[j + 1] === ' ' || line[j + 1] === '\t')) {
      end = i = j + 1;
      continue;
    }
    return end;
  }
}

/**
 * Blockquote marks and list markers opening a line ("> > - 1. text" is 4), plus a level for
 * each two columns of indentation before the first (a list nested by indentation).
 */
function nestingOf(line: string): number {
  if (THEMATIC_BREAK_RE.test(line)) return 0;
  let n = 0;
  let i = 0;
  let columns = 0;
  for (; line[i] === ' ' || line[i] === '\t'; i++) columns += line[i] === '\t' ? 4 : 1;
  const indent = columns >> 1;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const c = line[i];
    if (c === '>') {
      n++;
      i++;
      continue;
    }
    if ((c === '-' || c === '*' || c === '+') && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      n++;
      i++;
      continue;
    }
    let j = i;
    while (j < line.length && j - i < 9 && line[j] >= '0' && line[j] <= '9') j++;
    if (j > i && (line[j] === '.' || line[j] === ')') && (j + 1 >= line.length || line[j + 1] === ' ' || line[j + 1] === '\t')) {
      n++;
      i = j + 1;
      continue;
    }
    return n > 0 ? n + indent : 0;
  }
}

/** Lines that may be link reference definitions ("[id]: url"), joined, for parsing with each part. */
function referenceDefinitions(text: string): string {
  const found: string[] = [];
  let total = 0;
  for (const m of text.matchAll(/^ {0,3}\[[^\]\r\n]{1,999}\]:[^\r\n]*/gm)) {
    total += m[0].length + 2;
    // Past this, the definitions would cost more than the parts they serve.
    if (total > 16 * 1024) break;
    found.push(m[0]);
  }
  return found.join('\n\n');
}
