// punctuation-spacing: slips of spacing around punctuation. A space before , . ; : ? !
// ("the minister said ."), no space after the full stop that ends a sentence ("said.The"), and a doubled
// or two-dot mark ("later..", ",,"). Ellipses, decimals, times, abbreviations, addresses,
// file names, emoticons and French spacing are left alone.
//
// One pass over the runs of marks in the prose; every look around a run is bounded or reads
// only the white space next to it, so the rule stays linear on any input.

import type { TextModel } from '../text/model.js';
import { quotationsOf } from '../text/quotes.js';
import { isAbbreviation } from '../text/sentences.js';
import type { Fix, Report, Rule, SpellingDictionary } from '../types.js';
import { DOTTED_ENDINGS, SENTENCE_OPENERS } from './data/punctuation-spacing.js';

/** Spaces on a line (no line breaks). */
const LINE_SPACE_RE = /[^\S\r\n]/;
/** No-break and thin spaces: before ; : ! ? they are French typography, on purpose. */
const FRENCH_SPACE_RE = /[\u00a0\u202f\u2009]/;
/** What a mark may follow when a space stands between: a word, a number, a closing mark. */
const BEFORE_SPACE_RE = /[\p{L}\p{M}\p{N})\]"”’'»%]/u;
/** What a doubled mark may follow: the same, without quotation marks ("''," is rare and odd). */
const BEFORE_DOUBLE_RE = /[\p{L}\p{M}\p{N})\]"”’%]/u;
const CLOSING_QUOTE_RE = /["”’']/;
const LETTER_RE = /\p{L}/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
/** Before a word glued to a full stop, these make it part of an address, a path or a handle. */
const ADDRESS_CHAR_RE = /[.@/\\_:#~=&+\p{N}]/u;
/** An HTML character reference before a semicolon: "&#233", "&#xE9", "&amp". */
const ENTITY_END_RE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31})$/i;
const MAX_ENTITY = 34;
/** The longest word read on either side of a mark; longer runs of letters are not words. */
const MAX_WORD = 40;
/** Short abbreviations the sentence splitter does not know, which take ".," in lists. */
const MORE_ABBREVIATIONS = new Set(['incl', 'excl', 'ibid', 'viz', 'cont', 'misc', 'ed', 'eds', 'vol', 'pp']);

export const punctuationSpacing: Rule = {
  meta: {
    id: 'punctuation-spacing',
    family: 'slips',
    description: 'A space before a punctuation mark, no space after a full stop, or a doubled mark ("later..").',
    explanation:
      'Spacing slips around punctuation: a space before a comma, full stop, semicolon, colon, question ' +
      'or exclamation mark ("the minister said ."), a new sentence glued to the full stop before it ("said.The"), and a ' +
      'mark typed twice ("later..", ",,"). The fix removes or adds the space, or the extra mark. Ellipses, ' +
      'decimals, times, abbreviations, web addresses, file names and emoticons are left alone.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      spaceBefore: 'Space before "{mark}".',
      strayMark: 'A stray "{mark}" after "{previous}".',
      noSpaceAfter: 'No space after "{mark}" before "{word}".',
      twoDots: 'Two full stops: a full stop or an ellipsis?',
      doubled: '"{mark}" is doubled.',
      mixed: '"{marks}": two marks where one is meant.',
    },
  },
  check({ doc, resources, report }) {
    const scan = new Scan(doc, resources.dictionary, report);
    const { text, prose } = doc;
    const marks = new MarkFinder(prose);
    for (let at = marks.first(0); at !== -1; ) {
      let start = at;
      let end = at + 1;
      while (end < prose.length && isMark(prose.charCodeAt(end))) end++;
      at = marks.first(end);
      // "caf&#233;.", "&amp;,": the semicolon ends a character reference, it is no mark.
      if (prose.charCodeAt(start) === 59 && ENTITY_END_RE.test(prose.slice(Math.max(0, start - MAX_ENTITY), start))) start++;
      if (start === end) continue;
      // Most runs follow a word and are followed by a space: the first test of spaceBefore and
      // of noSpaceAfter, made here without the calls.
      if (start > 0 && isLineSpace(text, start - 1) && scan.spaceBefore(start, end)) continue;
      if (end - start === 2 && scan.doubled(start, end)) continue;
      const after = prose.charCodeAt(end);
      if (after === 32 || after === 10 || after === 13 || end === prose.length) continue;
      scan.noSpaceAfter(start, end);
    }
  },
};

/** The marks a run is made of. */
const MARKS = ['.', ',', ';', ':', '!', '?'];

/**
 * The runs of marks, found with indexOf per mark rather than a regex scan: it walks the
 * prose far faster, and allocates no match per run (a story has one every few words). Each
 * mark's next place is kept until the search passes it.
 */
class MarkFinder {
  /** Per mark, its first place at or after the last search's start; -1 when none is left. */
  private readonly next: number[];

  constructor(private readonly prose: string) {
    this.next = MARKS.map((m) => prose.indexOf(m));
  }

  /** The first mark at or after `from`, or -1. `from` never goes back. */
  first(from: number): number {
    const { next, prose } = this;
    let first = -1;
    for (let k = 0; k < MARKS.length; k++) {
      let at = next[k];
      if (at !== -1 && at < from) next[k] = at = prose.indexOf(MARKS[k], from);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }
}

/** One of MARKS, by its UTF-16 code. */
function isMark(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** LINE_SPACE_RE for one UTF-16 unit (NaN, past either end: no), the regex only past ASCII. */
function isLineSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || c === 9 || c === 11 || c === 12;
  return c === c && LINE_SPACE_RE.test(text[i]);
}

/** UPPER_RE for the unit at `i` (none past the end), the regex only past ASCII. */
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && UPPER_RE.test(s[i]);
}

/** One of " “ ” ‘ ’ ) ], which may stand between a full stop and the next word. */
function isQuoteOrBracket(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 41 || c === 93;
}

/** /^[?!]{1,3}$/ for s[start, end). */
function isQuestionOrBangRun(s: string, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 63 && c !== 33) return false;
  }
  return true;
}

class Scan {
  private readonly text: string;
  private readonly prose: string;
  private quoteEnds: { opens: Set<number>; closes: Set<number> } | undefined;
  private readonly frenchParagraphs = new Map<number, boolean>();

  constructor(
    private readonly doc: TextModel,
    private readonly dictionary: SpellingDictionary | undefined,
    private readonly report: (r: Report) => void,
  ) {
    this.text = doc.text;
    this.prose = doc.prose;
  }

  /** "he said ." → "he said."; true when the run had spaces before it (reported or not). */
  spaceBefore(start: number, end: number): boolean {
    const { text, prose } = this;
    let gap = start;
    // The original text: a blanked address or code before the spaces is not white space.
    while (gap > 0 && isLineSpace(text, gap - 1)) gap--;
    if (gap === start) return false;
    // At the start of a line: indentation, or a list; not a space typed before a mark.
    if (gap === 0 || text[gap - 1] === '\n' || text[gap - 1] === '\r') return true;
    const previous = text[gap - 1];
    if (prose[gap - 1] !== previous) return true;
    const run = prose.slice(start, end);
    const mark = run[0];
    // " ..", " ...": an ellipsis, spaced on purpose.
    if (run.startsWith('..')) return true;
    const after = text[end];
    const afterOk =
      after === undefined ||
      /\s/.test(after) ||
      CLOSING_QUOTE_RE.test(after) ||
      ((after === ')' || after === ']') && mark !== ':' && mark !== ';');
    // ".5", ".com", ",000", ":-)", ";)": the mark begins a number, a name or an emoticon.
    if (!afterOk) return true;
    if (mark === '.' && run.length === 1) {
      // ". . .": a spaced ellipsis.
      if (text[end] === ' ' && text[end + 1] === '.') return true;
      if (previous === '.' && start - gap === 1 && text[gap - 2] === ' ' && text[gap - 3] === '.') return true;
    }
    if (':;!?'.includes(mark) && (FRENCH_SPACE_RE.test(text.slice(gap, start)) || this.frenchQuotes(start))) return true;
    // "2 : 1": a score or a ratio.
    if (mark === ':' && /\p{N}/u.test(previous) && text[end] === ' ' && /\p{N}/u.test(text[end + 1] ?? '')) return true;

    if ('.,;:!?'.includes(previous)) {
      // "? !", "! ?": emphasis, not a slip.
      if ('?!'.includes(previous) && '?!'.includes(mark)) return true;
      const remove: Fix = { title: `Delete the stray "${run}"`, edits: [{ start: gap, end, newText: '' }] };
      const same = run === previous;
      this.report({
        messageId: 'strayMark',
        data: { mark: run, previous },
        start: gap - 1,
        end,
        ...(same
          ? { fix: remove }
          : {
              suggestions: [
                remove,
                { title: `Delete the "${previous}"`, edits: [{ start: gap - 1, end: start, newText: '' }] },
              ],
            }),
      });
      return true;
    }
    if (!BEFORE_SPACE_RE.test(previous)) return true;
    this.report({
      messageId: 'spaceBefore',
      data: { mark: run },
      start: gap,
      end,
      fix: { title: `Delete the space before "${run}"`, edits: [{ start: gap, end: start, newText: '' }] },
    });
    return true;
  }

  /** "later.." and ",,"; ".," and ",." get suggestions only. True when the run was this case. */
  doubled(start: number, end: number): boolean {
    const { text, prose } = this;
    const run = prose.slice(start, end);
    const [a, b] = run;
    if (start === 0 || prose[start - 1] !== text[start - 1] || !BEFORE_DOUBLE_RE.test(text[start - 1])) return false;
    const after = text[end];
    // "1..10", "../docs", "..5": a range or a path.
    if (after !== undefined && /[\p{N}/\\_-]/u.test(after)) return false;
    if (a === '.' && b === '.') {
      this.twoDots(start, end);
      return true;
    }
    const endsClause = after === undefined || /\s/.test(after) || CLOSING_QUOTE_RE.test(after) || after === ')';
    if (a === b) {
      if (a !== ',' && a !== ';' && a !== ':') return false;
      // "::" between words is code ("std::vector"); only a colon typed twice before a space.
      if (a === ':' && (!endsClause || !LETTER_RE.test(text[start - 1]))) return false;
      if (a !== ':' && after !== undefined && !endsClause && !LETTER_RE.test(after)) return false;
      this.report({
        messageId: 'doubled',
        data: { mark: a },
        start,
        end,
        fix: { title: `Delete the second "${a}"`, edits: [{ start: start + 1, end, newText: '' }] },
      });
      return true;
    }
    if (!'.,;:'.includes(a) || !'.,;:'.includes(b) || !endsClause) return false;
    // "Inc.,", "U.S.,", "LLC.,": an abbreviation's full stop before a comma is right.
    if (a === '.' && this.abbreviationBefore(start)) return false;
    this.report({
      messageId: 'mixed',
      data: { marks: run },
      start,
      end,
      suggestions: [
        { title: `Keep only "${a}"`, edits: [{ start: start + 1, end, newText: '' }] },
        { title: `Keep only "${b}"`, edits: [{ start, end: start + 1, newText: '' }] },
      ],
    });
    return true;
  }

  /** "later.." → "later." when a new sentence follows; before a lower-case word it may be an ellipsis. */
  private twoDots(start: number, end: number): void {
    const { text } = this;
    let next = end;
    while (next < text.length && isLineSpace(text, next)) next++;
    const c = text[next];
    const sentenceEnds =
      next === end ? c === undefined || c === '\n' || c === '\r' || CLOSING_QUOTE_RE.test(c) || c === ')' :
      c === undefined || c === '\n' || c === '\r' || UPPER_RE.test(c) || '"“‘(['.includes(c);
    const ellipsis = this.doc.memo('punctuation-spacing:ellipsis', () => (text.includes('…') ? '…' : '...'));
    const stop: Fix = { title: 'Make it one full stop', edits: [{ start: start + 1, end, newText: '' }] };
    const dots: Fix = { title: `Make it an ellipsis ("${ellipsis}")`, edits: [{ start, end, newText: ellipsis }] };
    this.report({
      messageId: 'twoDots',
      start,
      end,
      ...(sentenceEnds ? { fix: stop, suggestions: [dots] } : { suggestions: [dots, stop] }),
    });
  }

  /** "said.He" → "said. He", "why?He" → "why? He", "said.”He" → "said.” He". */
  noSpaceAfter(start: number, end: number): void {
    const { prose } = this;
    // Cheap tests first: most full stops are followed by a space, ruled out by rightWord's first test.
    const stop = end - start === 1 && prose.charCodeAt(start) === 46;
    if (!stop && !isQuestionOrBangRun(prose, start, end)) return;
    // The quotation mark or bracket between the mark and the next word, if any.
    let word = end;
    if (isQuoteOrBracket(prose.charCodeAt(end))) word++;
    const right = this.rightWord(word);
    if (right === undefined) return;
    const between = prose[end];
    const left = this.leftWord(start);
    if (left === undefined) return;
    if (stop && (isAbbreviation(prose, start) || MORE_ABBREVIATIONS.has(left.toLowerCase()))) return;
    const key = right.toLowerCase();
    const opener = SENTENCE_OPENERS.has(key);
    if (!opener) {
      // "One.Tel", "Yahoo!Mail": after a capitalised word, a name or a brand.
      if (UPPER_RE.test(left[0])) return;
      // "Bungie.Org", "report.Pdf": an address or a file name.
      if (DOTTED_ENDINGS.has(key)) return;
      // "fs.Dirent", "np.Array": a short module name before a member is code.
      if (left.length <= 2) return;
      // "obj.Method": with a dictionary at hand, the word before must be a word.
      if (this.dictionary && !this.dictionary.has(left)) return;
    }
    let at = end;
    if (word > end) {
      const role = this.quoteRole(between, end);
      if (role === undefined) return;
      if (role === 'close') at = word;
    }
    const wordEnd = word + right.length;
    this.report({
      messageId: 'noSpaceAfter',
      data: { mark: prose.slice(start, word), word: right },
      start: start - left.length,
      end: wordEnd,
      fix: { title: `Add a space after "${prose.slice(start, at)}"`, edits: [{ start: at, end: at, newText: ' ' }] },
    });
  }

  /** The word glued to the left of a mark: at least two letters, the last two lower case. */
  private leftWord(mark: number): string | undefined {
    const { prose } = this;
    let i = mark;
    const stop = Math.max(0, mark - MAX_WORD);
    while (i > stop && LETTER_RE.test(prose[i - 1])) i--;
    if (i === stop && i > 0 && LETTER_RE.test(prose[i - 1])) return undefined;
    if (mark - i < 2 || !LOWER_RE.test(prose[mark - 1]) || !LOWER_RE.test(prose[mark - 2])) return undefined;
    if (i > 0 && (ADDRESS_CHAR_RE.test(prose[i - 1]) || prose[i - 1] === '-' && ADDRESS_CHAR_RE.test(prose[i - 2] ?? ''))) return undefined;
    return prose.slice(i, mark);
  }

  /**
   * The capitalised word glued to the right of a mark ("He", "Those"), or "I" and "A" as
   * words. Not when it goes on as a dotted name ("Halo.Bungie.Org") or in capitals ("TheBBC").
   */
  private rightWord(start: number): string | undefined {
    const { prose } = this;
    if (!isUpperAt(prose, start)) return undefined;
    let i = start + 1;
    while (i < prose.length && i - start <= MAX_WORD && LOWER_RE.test(prose[i])) i++;
    const next = prose[i];
    if (next !== undefined && WORD_CHAR_RE.test(next)) return undefined;
    if (next === '.' && WORD_CHAR_RE.test(prose[i + 1] ?? '')) return undefined;
    const word = prose.slice(start, i);
    if (word.length === 1) {
      const ok = (word === 'I' && (next === ' ' || next === "'" || next === '’')) || (word === 'A' && next === ' ');
      if (!ok) return undefined;
    }
    return word;
  }

  /** Whether the quotation mark at `at`, between a full stop and a word, opens or closes a quotation. */
  private quoteRole(mark: string, at: number): 'open' | 'close' | undefined {
    if (mark === '”' || mark === '’' || mark === ')' || mark === ']') return 'close';
    if (mark === '“' || mark === '‘') return 'open';
    // A straight mark: as the story's quotations read it.
    if (!this.quoteEnds) {
      const opens = new Set<number>();
      const closes = new Set<number>();
      for (const q of quotationsOf(this.doc).quotations) {
        opens.add(q.start);
        if (q.closed) closes.add(q.end - 1);
      }
      this.quoteEnds = { opens, closes };
    }
    if (this.quoteEnds.opens.has(at)) return 'open';
    if (this.quoteEnds.closes.has(at)) return 'close';
    return undefined;
  }

  /** Whether the full stop at `dot` ends an abbreviation, an initial or a word in capitals. */
  private abbreviationBefore(dot: number): boolean {
    const { prose } = this;
    if (isAbbreviation(prose, dot)) return true;
    let i = dot;
    const stop = Math.max(0, dot - MAX_WORD);
    while (i > stop && LETTER_RE.test(prose[i - 1])) i--;
    const word = prose.slice(i, dot);
    return word.length <= 3 || !LOWER_RE.test(word) || UPPER_RE.test(word[0]) || MORE_ABBREVIATIONS.has(word.toLowerCase());
  }

  /** French quotation marks in the paragraph: its ; : ! ? may be spaced in the French way. */
  private frenchQuotes(offset: number): boolean {
    if (!this.doc.memo('punctuation-spacing:guillemets', () => /[«»]/.test(this.text))) return false;
    const p = this.doc.paragraphAt(offset);
    if (!p) return false;
    // Once per paragraph: a long paragraph of spaced marks would be read again at each.
    let french = this.frenchParagraphs.get(p.start);
    if (french === undefined) {
      const body = this.text.slice(p.start, p.end);
      this.frenchParagraphs.set(p.start, (french = body.includes('«') || body.includes('»')));
    }
    return french;
  }
}
