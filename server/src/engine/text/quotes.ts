// Quotations per paragraph, found once per document and shared by the quote rules through
// `doc.memo('quotes', …)`.
//
// Marks: straight and curly double quotes (" “ ”) and single quotes used as quotation marks
// (' ‘ ’). A straight mark is an opener or a closer by the characters around it: an opener
// has white space (or an opening bracket or dash) before it and text after; a closer has text
// before and white space or punctuation after; when the sides do not tell, whether a quotation
// is open decides. A curly mark is what its shape says unless the sides plainly say otherwise
// (a ” typed at the start of a quotation). Single marks are apostrophes far more often
// than quotation marks, so a single mark between letters (don't, Egypt's), a leading
// elision ('90s, 'n', ’em) and a trailing one with no single quotation open (Jaynes' lawyer)
// are apostrophes.
//
// News convention for a quote that runs over several paragraphs: each paragraph re-opens
// with a quotation mark and only the last one closes. In copy where paragraphs were joined
// onto one line, the same convention shows as an opening mark right after the end of a
// sentence while a quotation is still open (`"First para. "Second para," he said.`); that is
// read as a continuation too, not as an error.

import type { Paragraph, Span, TextModel } from './model.js';

export type QuoteKind = 'double' | 'single';

export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Just after the closing mark; for a quotation left open, the end of its text. */
  end: number;
  /** The quoted text, without the marks. */
  contentStart: number;
  contentEnd: number;
  kind: QuoteKind;
  openMark: string;
  /** Undefined when the quotation is not closed. */
  closeMark: string | undefined;
  closed: boolean;
  /** Continues a quotation left open in the previous paragraph or earlier on the same line. */
  continuesFrom: boolean;
  /** Left open because the next paragraph (or a new sentence on the same line) re-opens it. */
  continuesInto: boolean;
  /** Left open when another opening mark of its kind came in the middle of a sentence. */
  interrupted: boolean;
  /** 0 for a quotation in the prose itself, 1 for one quoted inside another. */
  depth: number;
  /** Words between the marks. */
  words: number;
  /** The quoted text ends with punctuation of its own inside the closing mark: `…," she said`. */
  endsWithPunctuation: boolean;
  /** The quotation starts a sentence (or the paragraph) rather than sitting inside one. */
  standalone: boolean;
  /** A colon comes right before the opening mark ("He added: …", "Mr Smith: …"). */
  afterColon: boolean;
  /** Index into the document's paragraphs. */
  paragraph: number;
  /** Index (into `quotations`) of the first segment of its multi-paragraph chain; its own index otherwise. */
  chainHead: number;
}

/** A closing double mark with no quotation open before it. */
export interface StrayClose {
  offset: number;
  mark: string;
  paragraph: number;
}

export interface QuoteAnalysis {
  /** In document order. */
  quotations: Quotation[];
  strayCloses: StrayClose[];
}

/** The quotations of a document, computed once and shared by every rule. */
export function quotationsOf(doc: TextModel): QuoteAnalysis {
  return doc.memo('quotes', () => findQuotations(doc.prose, doc.paragraphs));
}

/**
 * The segments of the chain that starts at `head` (itself first), in order. Segments are
 * consecutive among the top-level quotations: a continuation always follows the one it continues.
 */
export function chainOf(analysis: QuoteAnalysis, head: number): Quotation[] {
  const chain = [analysis.quotations[head]];
  for (let i = head + 1; i < analysis.quotations.length; i++) {
    const q = analysis.quotations[i];
    if (q.depth > 0) continue;
    if (q.chainHead !== head) break;
    chain.push(q);
  }
  return chain;
}

const MARK_RE = /["“”'‘’]/g;
const DOUBLE = new Set(['"', '“', '”']);
/** Characters after which a mark with text after it opens a quotation. */
const OPEN_CONTEXT = new Set(['(', '[', '{', '<', '—', '–', '-', '/', '"', '“', "'", '‘']);
/** Characters before which a mark with text before it closes a quotation. */
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '…', '—', '–', '-', '/', '"', '”', "'", '’']);
const OWN_PUNCTUATION = new Set(['.', ',', '!', '?', '…', ';', ':', '—', '–', '-']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS_AFTER_TERMINATOR = new Set([')', ']', '"', '”', "'", '’']);
/**
 * What follows a leading apostrophe in an elision: '90s, '03, rock 'n' roll, 'em, 'til,
 * 'tis, 'twas, 'cause, 'bout, 'bot nets, and a clitic whose word was blanked (a web
 * address's 's). Tested on the text right after the mark.
 */
const ELISION_RE = /^(?:\d|[sdmt]\b|ll\b|re\b|ve\b|n['’\s]|em\b|til\b|tis\b|twas\b|cause\b|cos\b|bout\b|bots?\b|nuff\b|neath\b|fraid\b|kay\b|cept\b|gainst\b|ello\b)/i;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

type Role = 'open' | 'close' | 'either' | 'closeIfOpen' | 'none';

interface Open {
  q: Quotation;
  /** The quotation this one cut off in the middle of a sentence, if any. */
  interruptedPrev: Quotation | undefined;
}

/** Pure form of `quotationsOf`: `prose` is the blanked text, `paragraphs` its paragraphs. */
export function findQuotations(prose: string, paragraphs: readonly Paragraph[]): QuoteAnalysis {
  const quotations: Quotation[] = [];
  const strayCloses: StrayClose[] = [];
  /** Top-level quotation still open at each paragraph's end, if any. */
  const openAtEnd: (Quotation | undefined)[] = [];
  /** Top-level quotation whose opening mark starts each paragraph, if any. */
  const firstAtStart: (Quotation | undefined)[] = [];

  MARK_RE.lastIndex = 0;
  let m = MARK_RE.exec(prose);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    // Marks between paragraphs (none in trimmed plain text) are skipped.
    while (m && m.index < p.start) m = MARK_RE.exec(prose);
    const scan = new ParagraphScan(prose, p, pi, strayCloses);
    for (; m && m.index < p.end; m = MARK_RE.exec(prose)) scan.mark(m.index);
    openAtEnd.push(scan.finish());
    const first = scan.found.find((q) => q.depth === 0);
    firstAtStart.push(first && startsParagraph(prose, p, first.start) ? first : undefined);
    // `found` is in order of the opening marks, so the document stays in order.
    for (const q of scan.found) quotations.push(q);
  }

  // An open quotation continues when the next paragraph re-opens with the same kind of mark.
  for (let pi = 0; pi + 1 < paragraphs.length; pi++) {
    const open = openAtEnd[pi];
    const next = firstAtStart[pi + 1];
    if (!open || !next || next.kind !== open.kind) continue;
    open.continuesInto = true;
    next.continuesFrom = true;
  }
  // Chains: a continuing segment always follows the segment it continues among the top-level
  // quotations, on the same line or at the start of the next paragraph.
  let lastTop: Quotation | undefined;
  quotations.forEach((q, i) => {
    q.chainHead = i;
    if (q.depth > 0) return;
    if (q.continuesFrom && lastTop?.continuesInto) q.chainHead = lastTop.chainHead;
    lastTop = q;
  });
  return { quotations, strayCloses };
}

/** The marks of one paragraph, read left to right with a stack of open quotations. */
class ParagraphScan {
  readonly found: Quotation[] = [];
  private readonly stack: Open[] = [];
  /** The last quotation that cut another off mid-sentence and then closed, with its victim. */
  private lastInterrupt: { prev: Quotation; q: Quotation } | undefined;

  constructor(
    private readonly s: string,
    private readonly p: Span,
    private readonly pi: number,
    private readonly strays: StrayClose[],
  ) {}

  mark(i: number): void {
    const { s, p, stack } = this;
    const mark = s[i];
    const kind: QuoteKind = DOUBLE.has(mark) ? 'double' : 'single';
    let at = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].q.kind === kind) {
        at = k;
        break;
      }
    }
    let role = classify(s, p, i, kind, at >= 0);
    if (role === 'none') return;
    if (role === 'either') role = at >= 0 ? 'close' : 'open';
    if (role === 'closeIfOpen') {
      if (at < 0) return;
      role = 'close';
    }
    if (role === 'close') {
      if (at >= 0) this.close(at, i);
      else this.stray(kind, i);
    } else if (at < 0) {
      if (stack.length === 0) this.lastInterrupt = undefined;
      this.open(i, kind, undefined);
    } else {
      this.reopen(at, i, kind);
    }
  }

  private open(i: number, kind: QuoteKind, interruptedPrev: Quotation | undefined): Quotation {
    const q = newQuotation(this.s, this.p, this.pi, i, kind, this.stack.length);
    this.stack.push({ q, interruptedPrev });
    this.found.push(q);
    return q;
  }

  private close(at: number, i: number): void {
    this.dropAbove(at);
    const { q, interruptedPrev } = this.stack.pop()!;
    closeAt(this.s, q, i);
    if (interruptedPrev) this.lastInterrupt = { prev: interruptedPrev, q };
  }

  /** An opening mark while the same kind is open: a re-opened paragraph on a joined line, or an error. */
  private reopen(at: number, i: number, kind: QuoteKind): void {
    this.dropAbove(at);
    const prev = this.stack.pop()!.q;
    const continues = afterSentenceEnd(this.s, this.p, i);
    endOpenAt(this.s, prev, i);
    const q = this.open(i, kind, continues ? undefined : prev);
    if (continues) {
      prev.continuesInto = true;
      q.continuesFrom = true;
    } else {
      prev.interrupted = true;
    }
  }

  /**
   * A closing mark with nothing of its kind open. After `"You lie … "had stuff to do" …,"` the
   * middle pair was quoted inside the outer quotation, and this mark closes the outer one.
   */
  private stray(kind: QuoteKind, i: number): void {
    const { s, p } = this;
    const last = this.lastInterrupt;
    if (kind === 'double' && last && last.prev.interrupted && this.stack.length === 0) {
      const { prev, q } = last;
      prev.interrupted = false;
      closeAt(s, prev, i);
      // `found` is in order of the opening marks, so the quotations from q on are its tail:
      // walking back from the end touches only them (a walk from the front was quadratic).
      for (let k = this.found.length - 1; k >= 0 && this.found[k].start >= q.start; k--) {
        if (this.found[k].start < i) this.found[k].depth++;
      }
      this.lastInterrupt = undefined;
      return;
    }
    // Only a double mark that plainly closes (text before, space or punctuation after) is stray.
    if (kind === 'double' && isRightFlanking(s, p, i) && !isDigit(s[i - 1])) {
      this.strays.push({ offset: i, mark: s[i], paragraph: this.pi });
    }
  }

  /** Drops quotations opened inside the one at `at` and never closed (mostly apostrophes). */
  private dropAbove(at: number): void {
    while (this.stack.length > at + 1) {
      const { q } = this.stack.pop()!;
      // Searched from the end: a quotation dropped here opened recently.
      const k = this.found.lastIndexOf(q);
      if (k >= 0) this.found.splice(k, 1);
    }
  }

  /**
   * At the paragraph's end: inner quotations still open are dropped; an outer one opened by a
   * mark that cut off another mid-sentence was really that one's closing mark set the wrong
   * way round (`"Hello, "he said`). Returns the top-level quotation left open, if any.
   */
  finish(): Quotation | undefined {
    if (this.stack.length === 0) return undefined;
    this.dropAbove(0);
    const { q, interruptedPrev } = this.stack[0];
    endOpenAt(this.s, q, this.p.end);
    if (interruptedPrev) {
      interruptedPrev.interrupted = false;
      closeAt(this.s, interruptedPrev, q.start);
      this.found.splice(this.found.indexOf(q), 1);
      return undefined;
    }
    return q;
  }
}

/** Decides what a mark can be from the characters around it. */
function classify(s: string, p: Span, i: number, kind: QuoteKind, open: boolean): Role {
  const mark = s[i];
  const prev = i > p.start ? s[i - 1] : undefined;
  const next = i + 1 < p.end ? s[i + 1] : undefined;
  // A single mark inside a word first, the commonest mark of all: nothing else is asked of it.
  if (kind === 'single' && isWordChar(prev) && isWordChar(next)) return 'none'; // don't, Egypt's, rock'n'roll
  const left = isLeftFlanking(s, p, i);
  const right = isRightFlanking(s, p, i);
  if (kind === 'double') {
    // 12" single, 5' 11": after a digit, with nothing open, a straight mark is a unit.
    if (mark === '"' && !open && isDigit(prev) && !left) return 'none';
    if (mark === '“') return right && !left && open ? 'close' : 'open';
    if (mark === '”') return left && !right && !open ? 'open' : 'close';
    if (left && !right) return 'open';
    if (right && !left) return 'close';
    return 'either';
  }
  // Other single marks.
  if (left && !right) {
    if (ELISION_RE.test(s.slice(i + 1, Math.min(p.end, i + 8)))) return 'none';
    return mark === '’' && !isLetterOrDigit(next) ? 'none' : 'open';
  }
  if (right && !left) return 'closeIfOpen'; // Jaynes' lawyer when nothing is open
  if (prev === undefined || next === undefined || /\s/.test(prev) || /\s/.test(next) || isDigit(prev)) return 'none';
  return 'closeIfOpen';
}

function isLeftFlanking(s: string, p: Span, i: number): boolean {
  const prev = i > p.start ? s[i - 1] : undefined;
  const next = i + 1 < p.end ? s[i + 1] : undefined;
  return next !== undefined && !/\s/.test(next) && (prev === undefined || /\s/.test(prev) || OPEN_CONTEXT.has(prev));
}

function isRightFlanking(s: string, p: Span, i: number): boolean {
  const prev = i > p.start ? s[i - 1] : undefined;
  const next = i + 1 < p.end ? s[i + 1] : undefined;
  return prev !== undefined && !/\s/.test(prev) && (next === undefined || /\s/.test(next) || CLOSE_CONTEXT.has(next));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // ASCII letters and digits by code, the rest by the expression.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR_RE.test(c);
}

function isLetterOrDigit(c: string | undefined): boolean {
  return isWordChar(c);
}

function newQuotation(s: string, p: Span, pi: number, i: number, kind: QuoteKind, depth: number): Quotation {
  const before = lastNonSpaceBefore(s, p, i);
  return {
    start: i,
    end: p.end,
    contentStart: i + 1,
    contentEnd: p.end,
    kind,
    openMark: s[i],
    closeMark: undefined,
    closed: false,
    continuesFrom: false,
    continuesInto: false,
    interrupted: false,
    depth,
    words: 0,
    endsWithPunctuation: false,
    standalone: before < 0 || startsParagraph(s, p, i) || afterSentenceEnd(s, p, i),
    afterColon: before >= 0 && s[before] === ':',
    paragraph: pi,
    chainHead: -1,
  };
}

/** Closes `q` with the mark at offset `i`. */
function closeAt(s: string, q: Quotation, i: number): void {
  q.closed = true;
  q.closeMark = s[i];
  q.contentEnd = i;
  q.end = i + 1;
  q.words = countWords(s, q.contentStart, i);
  let j = i - 1;
  while (j > q.contentStart && /\s/.test(s[j])) j--;
  q.endsWithPunctuation = j >= q.contentStart && OWN_PUNCTUATION.has(s[j]);
}

/** Ends an open quotation just before offset `i`, trimming white space. */
function endOpenAt(s: string, q: Quotation, i: number): void {
  let end = i;
  while (end > q.contentStart && /\s/.test(s[end - 1])) end--;
  q.contentEnd = end;
  q.end = end;
  q.words = countWords(s, q.contentStart, end);
}

function lastNonSpaceBefore(s: string, p: Span, i: number): number {
  let j = i - 1;
  while (j >= p.start && /\s/.test(s[j])) j--;
  return j >= p.start ? j : -1;
}

/** Only white space or a list bullet between the paragraph's start and `i`. */
function startsParagraph(s: string, p: Span, i: number): boolean {
  return i - p.start <= 4 && /^[\s\-*•–—]*$/.test(s.slice(p.start, i));
}

/** The most closing marks and brackets read between a terminator and a mark: `.")' "`. */
const MAX_CLOSERS = 8;

/** The mark at `i` follows the end of a sentence: `. "`, `?" "`, `.) "`. */
function afterSentenceEnd(s: string, p: Span, i: number): boolean {
  let j = lastNonSpaceBefore(s, p, i);
  if (j < 0) return false;
  // Bounded: in a run of thousands of marks an unbounded walk back made each mark cost the run.
  const stop = Math.max(p.start, j - MAX_CLOSERS);
  while (j > stop && CLOSERS_AFTER_TERMINATOR.has(s[j])) j--;
  return TERMINATORS.has(s[j]);
}

/** Words in s[start, end): runs of letters and digits, an apostrophe inside one (don't) included. */
function countWords(s: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c, s, i)) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 0x27 || c === 0x2019) && i + 1 < end && isWordCode(s.charCodeAt(i + 1), s, i + 1)) {
      // stays in the word
    } else {
      inWord = false;
    }
  }
  return n;
}

function isWordCode(c: number, s: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD_CHAR_RE.test(s[i]);
}
