// The values of a Markdown document's front matter that are published copy: the headline
// (`title`), the standfirst (`description`, `summary`, `subtitle`), or whatever keys the house
// style names in `frontMatter.prose`. markdown.ts keeps them as prose and blanks the rest of
// the front matter (keys, colons, quotes, other fields).
//
// Read line by line, not by a YAML parser: only top-level `key: value` lines (YAML, between
// `---` fences) and `key = "value"` lines (TOML, between `+++`, before any [table]) are looked
// at, and a value counts when it is a scalar:
// - plain (`title: Council approves budget`), to a ` #` comment, with any more-indented
//   lines that continue it;
// - quoted (`"…"` or `'…'`, over lines too), the marks left out; an escape's backslash and
//   the first mark of a doubled `''` are blanked, so offsets stay those of the file;
// - a block scalar (`|` or `>`): its indented lines, which may hold several paragraphs;
// - TOML basic and literal strings, single-line or `"""`/`'''` multi-line.
// Anything else (a list, a mapping, an anchor, alias or tag) is not read as prose.

import { trimSpan, type Span } from './span.js';

/** The front matter keys read as prose when the house style says nothing. */
export const DEFAULT_FRONT_MATTER_PROSE: readonly string[] = Object.freeze(['title', 'description', 'summary', 'subtitle']);

export interface FrontMatterField {
  /** The key in lower case, as matched against the style's list. */
  key: string;
  /** From the value's first character of copy to its last. */
  start: number;
  end: number;
}

export interface FrontMatterProse {
  /** The stretches of the text to keep as prose, in order. */
  keep: Span[];
  /** The paragraphs of the values: runs of non-blank lines, trimmed. */
  paragraphs: Span[];
  fields: FrontMatterField[];
}

interface Line {
  start: number;
  /** Without the line break. */
  end: number;
  indent: number;
}

const YAML_KEY = /^(?:([A-Za-z0-9_][\w.-]*)|"([^"\\\r\n]*)"|'([^'\r\n]*)')[ \t]*:(?=[ \t]|$)/;
const TOML_KEY = /^(?:([A-Za-z0-9_-]+)|"([^"\\\r\n]*)"|'([^'\r\n]*)')[ \t]*=[ \t]*/;
/** A block scalar's header: `|`, `>-`, `|2+`, maybe with a comment. */
const BLOCK_HEADER = /^[|>](?:[1-9]?[-+]?|[-+][1-9]?)[ \t]*(?:#.*)?$/;
/** What a line under an empty value starts when it opens a list or a mapping, not text. */
const NESTED = /^(?:-(?:[ \t]|$)|[?:](?:[ \t]|$)|[^\s#][^#]*?:(?:[ \t]|$))/;
/** A line break, a line of nothing but spaces, and its line break. */
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/;
const BLANK_LINES = new RegExp(BLANK_LINE.source, 'g');

/**
 * The prose of the front matter in `text[block.start, block.end)` (fences included), read as
 * YAML or TOML. `keys`: the keys to read, compared in lower case.
 */
export function frontMatterProse(text: string, block: Span, kind: 'yaml' | 'toml', keys: readonly string[]): FrontMatterProse {
  const out: FrontMatterProse = { keep: [], paragraphs: [], fields: [] };
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  if (wanted.size === 0) return out;
  const lines = splitLines(text, block);
  // The first line is the opening fence; the closing one is the last line with the same fence.
  const fence = kind === 'yaml' ? '---' : '+++';
  let last = lines.length;
  while (last > 1 && text.slice(lines[last - 1].start, lines[last - 1].end).trim() !== fence) last--;
  const body = lines.slice(1, last - 1 >= 1 ? last - 1 : lines.length);
  const read = kind === 'yaml' ? readYaml : readToml;
  read(text, body, wanted, out);
  return out;
}

function splitLines(text: string, block: Span): Line[] {
  const lines: Line[] = [];
  let start = block.start;
  while (start < block.end) {
    let end = start;
    while (end < block.end && text[end] !== '\n' && text[end] !== '\r') end++;
    let indent = 0;
    while (start + indent < end && text[start + indent] === ' ') indent++;
    lines.push({ start, end, indent });
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}

const isBlank = (text: string, l: Line) => !/\S/.test(text.slice(l.start, l.end));

function readYaml(text: string, lines: Line[], wanted: Set<string>, out: FrontMatterProse): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.indent > 0 || isBlank(text, line)) continue;
    const m = YAML_KEY.exec(text.slice(line.start, line.end));
    const key = m && (m[1] ?? m[2] ?? m[3]).toLowerCase();
    if (!m || !key || !wanted.has(key)) continue;
    let at = line.start + m[0].length;
    while (at < line.end && (text[at] === ' ' || text[at] === '\t')) at++;
    // The lines after the key's that belong to its value: blank or indented.
    let next = i + 1;
    while (next < lines.length && (lines[next].indent > 0 || isBlank(text, lines[next]))) next++;
    const rest = lines.slice(i + 1, next);
    i = next - 1;
    const keep: Span[] = [];
    const c = text[at];
    if (at >= line.end || c === '#') {
      // The value starts on the next line: a plain scalar, unless the lines open a list or mapping.
      const first = rest.find((l) => !isBlank(text, l));
      if (!first || NESTED.test(text.slice(first.start + first.indent, first.end))) continue;
      plainLines(text, rest, keep);
    } else if (c === '"' || c === "'") {
      quoted(text, at, c, rest.length ? rest[rest.length - 1].end : line.end, keep);
    } else if (c === '|' || c === '>') {
      if (!BLOCK_HEADER.test(text.slice(at, line.end))) continue;
      for (const l of rest) if (!isBlank(text, l)) keep.push(trimSpan(text, { start: l.start, end: l.end }));
    } else if (/[[{&*!%@`]/.test(c)) {
      continue;
    } else {
      plainLines(text, [{ start: at, end: line.end, indent: 0 }, ...rest], keep);
    }
    add(text, key, keep, out);
  }
}

/** A plain scalar's lines, each to a comment (" #"), trimmed; a blank line ends its paragraph. */
function plainLines(text: string, lines: readonly Line[], keep: Span[]): void {
  for (const l of lines) {
    const s = text.slice(l.start, l.end);
    const comment = /(?:^|[ \t])#/.exec(s);
    const span = trimSpan(text, { start: l.start, end: comment ? l.start + comment.index : l.end });
    if (span.end > span.start) keep.push(span);
  }
}

/**
 * A quoted scalar opening at `open`, up to its closing mark (not past `limit`): the text
 * between the marks, without escapes ("…") or the first mark of a doubled '' ('…').
 * Unclosed: nothing (the file is not valid YAML, and what is copy is anyone's guess).
 */
function quoted(text: string, open: number, mark: string, limit: number, keep: Span[]): boolean {
  const spans: Span[] = [];
  let from = open + 1;
  for (let i = open + 1; i < limit; i++) {
    const c = text[i];
    if (mark === '"' && c === '\\') {
      if (keepsBackslash(text[i + 1])) {
        i++;
        continue;
      }
      spans.push({ start: from, end: i });
      from = afterEscape(text, i);
      i = from - 1;
    } else if (c === mark) {
      spans.push({ start: from, end: i });
      if (mark === "'" && text[i + 1] === "'") {
        from = ++i;
        continue;
      }
      keep.push(...spans);
      return true;
    }
  }
  return false;
}

/**
 * `\"`, `\\` and `\/` stay as typed: blanking the backslash would put a space before the
 * mark (`approves "` for `approves\"`), which reads as an opening mark, and a backslash is
 * no word and no mark to any rule.
 */
const keepsBackslash = (c: string | undefined) => c === '"' || c === '\\' || c === '/';

/** Where the copy resumes after the escape at `i` (`\n`, `\u00e9`), which is blanked. */
function afterEscape(text: string, i: number): number {
  const c = text[i + 1];
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  return i + 2 + hex;
}

function readToml(text: string, lines: Line[], wanted: Set<string>, out: FrontMatterProse): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const content = text.slice(line.start + line.indent, line.end);
    // Keys after a [table] header belong to the table.
    if (/^\[/.test(content)) return;
    const m = TOML_KEY.exec(content);
    if (!m) continue;
    const key = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const at = line.start + line.indent + m[0].length;
    const triple = text.slice(at, at + 3);
    const blockEnd = lines[lines.length - 1].end;
    if (triple === '"""' || triple === "'''") {
      // A multi-line string: to the next triple mark (a line break right after the opening is not copy).
      const close = text.indexOf(triple, at + 3);
      if (close < 0 || close > blockEnd) return;
      while (i + 1 < lines.length && lines[i + 1].start <= close) i++;
      if (!wanted.has(key)) continue;
      const keep: Span[] = [];
      if (triple === "'''") keep.push({ start: at + 3, end: close });
      else escapedBody(text, at + 3, close, keep);
      add(text, key, keep, out);
      continue;
    }
    if (!wanted.has(key)) continue;
    const c = text[at];
    if (c !== '"' && c !== "'") continue;
    const keep: Span[] = [];
    if (c === "'") {
      const close = text.indexOf("'", at + 1);
      if (close < 0 || close > line.end) continue;
      keep.push({ start: at + 1, end: close });
    } else if (!quoted(text, at, '"', line.end, keep)) {
      continue;
    }
    add(text, key, keep, out);
  }
}

/** A TOML basic string's text from `from` to `to`, without its escapes. */
function escapedBody(text: string, from: number, to: number, keep: Span[]): void {
  for (let i = from; i < to; i++) {
    if (text[i] !== '\\') continue;
    if (keepsBackslash(text[i + 1])) {
      i++;
      continue;
    }
    keep.push({ start: from, end: i });
    from = Math.min(to, afterEscape(text, i));
    i = from - 1;
  }
  keep.push({ start: from, end: to });
}

/** Records a field's kept stretches, trimmed, and its paragraphs (runs of non-blank lines). */
function add(text: string, key: string, raw: Span[], out: FrontMatterProse): void {
  const keep = raw.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
  if (keep.length === 0) return;
  out.keep.push(...keep);
  out.fields.push({ key, start: keep[0].start, end: keep[keep.length - 1].end });
  // A blank line inside a stretch (a quoted or TOML string over lines) or between two ends a paragraph.
  const pieces: Span[] = [];
  for (const s of keep) {
    let from = s.start;
    for (const m of text.slice(s.start, s.end).matchAll(BLANK_LINES)) {
      pieces.push({ start: from, end: s.start + m.index });
      from = s.start + m.index + m[0].length;
    }
    pieces.push({ start: from, end: s.end });
  }
  let paragraph: Span | undefined;
  for (const piece of pieces.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start)) {
    if (paragraph && !BLANK_LINE.test(text.slice(paragraph.end, piece.start))) paragraph.end = piece.end;
    else {
      if (paragraph) out.paragraphs.push(paragraph);
      paragraph = { ...piece };
    }
  }
  if (paragraph) out.paragraphs.push(paragraph);
}

