// The text model every rule reads: the original text, a "prose" copy of the same length in
// which everything that is not prose is blanked, and lazily computed paragraphs, sentences
// and words. Keeping `prose` the same length as `text` means an offset found in one is the
// same offset in the other, so rules never translate positions.

import { maskMarkdown } from './markdown.js';
import { blankSpans, findUrlsAndEmails } from './urls.js';
import { splitSentences } from './sentences.js';
import { trimSpan, type Span } from './span.js';
import { scanWords, type Word } from './word-scanner.js';

export type { Span } from './span.js';
export type { Word } from './word-scanner.js';

export type Paragraph = Span;

export class TextModel {
  readonly text: string;
  /** Same length as `text`; code, URLs, HTML, front matter and link targets are spaces. */
  readonly prose: string;
  readonly languageId: string;
  private readonly markdownParagraphs: Paragraph[] | undefined;
  private cache = new Map<string, unknown>();

  constructor(text: string, languageId = 'plaintext') {
    this.text = text;
    this.languageId = languageId;
    let prose = text;
    if (languageId === 'markdown') {
      const masked = maskMarkdown(text);
      prose = masked.prose;
      this.markdownParagraphs = masked.paragraphs;
    }
    if (languageId === 'newsdraft') prose = blankSpans(prose, findEditorNotes(prose));
    this.prose = blankSpans(prose, findUrlsAndEmails(prose));
  }

  /** Computes a value once per model; rules share derived data (quotes, definitions) this way. */
  memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  /** Paragraphs in document order, trimmed of surrounding white space. */
  get paragraphs(): readonly Paragraph[] {
    return this.memo('paragraphs', () => this.markdownParagraphs ?? plainParagraphs(this.prose));
  }

  /** Lines as spans without their line break. */
  get lines(): readonly Span[] {
    return this.memo('lines', () => {
      const lines: Span[] = [];
      const re = /\r\n|\r|\n/g;
      let start = 0;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
        lines.push({ start, end: m.index });
        start = m.index + m[0].length;
      }
      lines.push({ start, end: this.text.length });
      return lines;
    });
  }

  /** All words of the prose, in order. */
  get words(): readonly Word[] {
    return this.memo('words', () => scanWords(this.prose));
  }

  /** The words that lie inside `span`, by binary search over `words`. */
  wordsIn(span: Span): readonly Word[] {
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid].start < span.start) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < words.length && words[end].end <= span.end) end++;
    return words.slice(lo, end);
  }

  /** Sentences of one paragraph. */
  sentences(paragraph: Paragraph): readonly Span[] {
    return this.memo(`sentences:${paragraph.start}:${paragraph.end}`, () =>
      splitSentences(this.prose, paragraph),
    );
  }

  /** The paragraph holding `offset`, if any. */
  paragraphAt(offset: number): Paragraph | undefined {
    const ps = this.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].end < offset) lo = mid + 1;
      else if (ps[mid].start > offset) hi = mid - 1;
      else return ps[mid];
    }
    return undefined;
  }
}

/** `[[editor's notes]]` in a news draft: the grammar shows them as comments, so rules skip them. */
function findEditorNotes(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('[[')) return spans;
  for (const m of text.matchAll(/\[\[[\s\S]*?\]\]/g)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}

/**
 * Plain-text paragraphs. A blank line always ends one. Inside a block, each line is its own
 * paragraph (news copy is usually one paragraph a line, and pasted web pages put headline,
 * standfirst and caption on lines of their own) unless the block looks hard-wrapped: every
 * line but the last of similar width and most of them not ending a sentence.
 */
function plainParagraphs(prose: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blockRe = /[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n)?(?:[^\r\n]*\S[^\r\n]*(?:\r\n|\r|\n)?)*/g;
  for (let m = blockRe.exec(prose); m; m = blockRe.exec(prose)) {
    if (m[0].length === 0) {
      blockRe.lastIndex++;
      continue;
    }
    const lines: Span[] = [];
    const lineRe = /[^\r\n]+/g;
    for (let l = lineRe.exec(m[0]); l; l = lineRe.exec(m[0])) {
      lines.push(trimSpan(prose, { start: m.index + l.index, end: m.index + l.index + l[0].length }));
    }
    if (isHardWrapped(prose, lines)) {
      paragraphs.push({ start: lines[0].start, end: lines[lines.length - 1].end });
    } else {
      for (const line of lines) if (line.end > line.start) paragraphs.push(line);
    }
  }
  return paragraphs;
}

function isHardWrapped(prose: string, lines: Span[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  if (!body.every((l) => l.end - l.start >= 40 && l.end - l.start <= 100)) return false;
  const open = body.filter((l) => !/[.!?:"”’)]$/.test(prose.slice(l.end - 1, l.end))).length;
  return open * 2 >= body.length;
}
