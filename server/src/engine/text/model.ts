// The text model every rule reads: the original text, a "prose" copy of the same length in
// which everything that is not prose is blanked, and lazily computed paragraphs, sentences
// and words. Keeping `prose` the same length as `text` means an offset found in one is the
// same offset in the other, so rules never translate positions.

import { maskMarkdown, type PlainTextPart } from './markdown.js';
import type { FrontMatterField } from './front-matter.js';
import { commentSpans, directiveSpans } from './directives.js';
import { blankSpans, findUrlsAndEmails } from './urls.js';
import { splitSentences } from './sentences.js';
import { plainParagraphs } from './plain-paragraphs.js';
import { type Span } from './span.js';
import { scanWordTable, type Word, type WordTable } from './word-scanner.js';

export type { Span } from './span.js';
export type { Word, WordTable } from './word-scanner.js';
export type { PlainTextPart } from './markdown.js';
export type { FrontMatterField } from './front-matter.js';
export { DEFAULT_FRONT_MATTER_PROSE } from './front-matter.js';

export type Paragraph = Span;

export interface TextModelOptions {
  /**
   * Markdown: the front matter keys whose values are copy and read as prose (the house
   * style's `frontMatter.prose`); DEFAULT_FRONT_MATTER_PROSE when not given.
   */
  frontMatterProse?: readonly string[];
}

export class TextModel {
  readonly text: string;
  /**
   * Same length as `text`; code, URLs, HTML, link targets and front matter are spaces, but for
   * the values of the front matter keys that are copy (`frontMatter`).
   */
  readonly prose: string;
  readonly languageId: string;
  private readonly markdownParagraphs: Paragraph[] | undefined;
  /**
   * Why parts of the text were read differently from its language, for a host to show: for
   * Markdown the parser is not used on a part nested too deep or too dense with syntax, which
   * is read as plain text instead (text/markdown.ts). Empty for nearly every draft.
   */
  readonly readingNotes: readonly string[] = [];
  /** The same as `readingNotes`, part by part: where each part read as plain text starts, and why. */
  readonly plainTextParts: readonly PlainTextPart[] = [];
  /**
   * Markdown: where a comment is a real comment (HTML the reading found, and the parts read as
   * plain text), so that directives need no second parse (text/directives.ts).
   */
  readonly markdownComments: readonly Span[] | undefined;
  /** Markdown: the front matter block, fences included, when the document opens with one. */
  readonly frontMatterSpan: Span | undefined;
  /**
   * Markdown: the front matter fields read as prose, in order, each a paragraph (or more) of
   * `paragraphs`. The `title` field is the headline; rules that treat the headline apart
   * (`frontMatterTitles`) should count it as one.
   */
  readonly frontMatter: readonly FrontMatterField[] = [];
  private cache = new Map<string, unknown>();

  constructor(text: string, languageId = 'plaintext', options: TextModelOptions = {}) {
    this.text = text;
    this.languageId = languageId;
    let prose = text;
    if (languageId === 'markdown') {
      const masked = maskMarkdown(text, options.frontMatterProse);
      prose = masked.prose;
      this.markdownParagraphs = masked.paragraphs;
      this.readingNotes = masked.notes;
      this.plainTextParts = masked.plainParts;
      this.markdownComments = commentSpans(masked);
      this.frontMatterSpan = masked.frontMatter;
      this.frontMatter = masked.frontMatterFields;
    }
    if (languageId === 'newsdraft') prose = blankSpans(prose, findEditorNotes(prose));
    // Copydesk directives ([[copydesk-…]], <!-- copydesk-… -->) are never copy (text/directives.ts).
    prose = blankSpans(prose, directiveSpans(text, languageId));
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

  /**
   * All words of the prose, in order, as objects. Built on first use from `wordTable`; a rule
   * that reads every word of a long story should read the table instead, which holds them in
   * a tenth of the memory (a 20 MB draft: 29 MB rather than 295).
   */
  get words(): readonly Word[] {
    return this.memo('words', () => this.wordTable.toWords());
  }

  /** All words of the prose, in order, as offsets and texts: `starts[i]`, `text(i)`, `end(i)`. */
  get wordTable(): WordTable {
    return this.memo('wordTable', () => scanWordTable(this.prose));
  }

  /** The words that lie inside `span`, by binary search over the word table. */
  wordsIn(span: Span): readonly Word[] {
    const table = this.wordTable;
    const from = table.firstFrom(span.start);
    let end = from;
    while (end < table.length && table.end(end) <= span.end) end++;
    return table.toWords(from, end);
  }

  /** Sentences of one paragraph. */
  sentences(paragraph: Paragraph): readonly Span[] {
    return this.memo(`sentences:${paragraph.start}:${paragraph.end}`, () =>
      splitSentences(this.prose, paragraph),
    );
  }

  /** Whether `offset` lies in the front matter block (a field read as prose, or not). */
  inFrontMatter(offset: number): boolean {
    const span = this.frontMatterSpan;
    return span !== undefined && offset >= span.start && offset < span.end;
  }

  /** The front matter's `title` values: the headline, where the document has one there. */
  get frontMatterTitles(): readonly Span[] {
    return this.frontMatter.filter((f) => f.key === 'title');
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
  // By indexOf rather than /\[\[[\s\S]*?\]\]/g, which searched to the end of the text again
  // from every "[[" once no "]]" was left. Same spans: each "[[" to the first "]]" after it.
  for (let open = text.indexOf('[['); open !== -1; ) {
    const close = text.indexOf(']]', open + 2);
    if (close === -1) break;
    spans.push({ start: open, end: close + 2 });
    open = text.indexOf('[[', close + 2);
  }
  return spans;
}
