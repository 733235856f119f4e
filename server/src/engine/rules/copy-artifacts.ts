// copy-artifacts: web-page furniture pasted in with a story ("2 min read", "Read more: …",
// "Follow us on …", share and advert labels) and the headline pasted twice. Each is a whole
// line; the fix deletes the line with its line break, or with the blank lines around it when
// it stands alone (see Layout), so that the copy left has no double blank line.
//
// Also the invisible characters pasted copy brings, which break a CMS's search, spelling and
// line breaks: zero-width spaces, joiners and non-joiners, word joiners, soft hyphens, a
// byte-order mark inside the text, stray bidi controls, and a no-break space inside a word
// ("pol ice"). Each is left alone where it belongs (see `belongs`): a joiner in an emoji
// sequence or between Persian or Indic letters, a zero-width space in Thai, a bidi mark on a
// line with right-to-left text, a no-break space between words ("Mr Smith", "10 km").

import type { TextModel } from '../text/model.js';
import { trimSpan, type Span } from '../text/span.js';
import type { Report, Resources, Rule, TextEdit } from '../types.js';
import { SHORT_WORDS } from './data/short-words.js';

/** Lines that are page furniture, matched against the whole trimmed line. */
const FURNITURE: { re: RegExp; what: string }[] = [
  { re: /^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i, what: 'a reading-time label' },
  { re: /^(?:read more|related|see also|also read|more on this story|recommended|related articles?|related stories|most read|you may also like)\s*[:|»›>-]/i, what: 'a related-links line' },
  { re: /^(?:read more|related stories|more on this story|most read|you may also like)$/i, what: 'a related-links line' },
  { re: /^follow us on\b/i, what: 'a "follow us" line' },
  { re: /^(?:share|share this(?: article| story| page)?|share on (?:facebook|twitter|x|whatsapp|linkedin))$/i, what: 'a share button' },
  { re: /^(?:advertisement|advertisment|sponsored(?: content)?|skip advert(?:isement)?|continue reading(?: below)?|story continues below(?: advertisement)?)$/i, what: 'an advert label' },
  { re: /^(?:sign up|subscribe)\b.*\b(?:newsletter|updates|inbox)\b.*$/i, what: 'a newsletter sign-up' },
  { re: /^click here to\b/i, what: 'a "click here" link' },
  { re: /^(?:listen to|watch):?\s*(?:this|the) (?:article|story)\b/i, what: 'a media player label' },
];

/**
 * The characters a match of `re` may start with, in lower case, read from its source: `^\d…`,
 * `^word…` or `^(?:word|word…)…`. Undefined for a source of any other shape, with the `u` or
 * `v` flag (whose case folding matches "ſ" for "s") or the `m` flag (a line may hold a
 * U+2028): that pattern is tried on every line. Without them a pattern matches no character
 * past ASCII for an ASCII letter or digit.
 */
export function firstCharacters(re: RegExp): string | undefined {
  const src = re.source;
  if (/[uvm]/.test(re.flags)) return undefined;
  const quantified = (i: number) => /[?*{]/.test(src[i] ?? '');
  if (src.startsWith('^\\d')) return quantified(3) ? undefined : '0123456789';
  const letterAt = (i: number) => /[a-z]/i.test(src[i] ?? '') && !quantified(i + 1);
  if (letterAt(1)) return src[1].toLowerCase();
  if (!src.startsWith('^(?:')) return undefined;
  let chars = '';
  let depth = 0;
  for (let i = 4, alternative = true; i < src.length; i++) {
    if (alternative) {
      if (!letterAt(i)) return undefined;
      chars += src[i].toLowerCase();
      alternative = false;
    }
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      // A class: its | and ) are characters.
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) return chars;
    else if (ch === '|' && depth === 0) alternative = true;
  }
  return undefined;
}

/**
 * The patterns worth trying on a line, by its first character (ASCII, capitals folded to
 * small letters), in FURNITURE's order; and those that may start past ASCII.
 */
const FURNITURE_BY_FIRST: (typeof FURNITURE)[] = [];
const FURNITURE_ANY_FIRST = FURNITURE.filter((f) => firstCharacters(f.re) === undefined);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  FURNITURE_BY_FIRST.push(FURNITURE.filter((f) => firstCharacters(f.re)?.includes(ch) ?? true));
}

export const copyArtifacts: Rule = {
  meta: {
    id: 'copy-artifacts',
    family: 'hygiene',
    description: 'Pasted web furniture ("2 min read", "Read more:", "Follow us on …", a duplicated headline) and invisible characters.',
    explanation:
      'Copy taken from a web page brings what does not belong in the story: the page\'s furniture, and ' +
      'invisible characters that break the CMS\'s search and spelling. Furniture is reading-time labels, ' +
      '"Read more" links, "Follow us" lines, share and advert labels, or the headline a second time; the ' +
      'fix deletes the line. Invisible characters are zero-width spaces, soft hyphens, stray joiners and ' +
      'bidi marks, and no-break spaces inside words ("pol ice"); the fix removes them.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      furniture: 'This line looks like pasted web furniture ({what}).',
      duplicateHeadline: 'The headline is repeated here.',
      invisible: 'An invisible {what} was pasted in here.',
      invisibles: '{count} invisible characters were pasted in here: {what}.',
      nbspInWord: 'A no-break space splits "{word}".',
    },
  },
  check({ doc, resources, report }) {
    reportInvisibles(doc, resources, report);
    const found = findFurniture(doc);
    if (found.length === 0) return;
    // The lines as objects only now: most stories have no furniture to delete.
    const all = doc.lines;
    const layout = new Layout(doc.text, all, new Set(found.map((f) => f.index)));
    for (const { index, messageId, what } of found) {
      const line = trimSpan(doc.text, all[index]);
      report({
        messageId,
        data: { what },
        start: line.start,
        end: line.end,
        fix: { title: fixTitle(messageId, doc.prose.slice(line.start, line.end)), edits: [layout.deletion(index)] },
      });
    }
  },
};

interface Found {
  /** The line's index in doc.lines. */
  index: number;
  messageId: string;
  what: string;
}

/**
 * The furniture lines and repeated headlines, by index in doc.lines. Matched on the prose
 * (Markdown syntax and link targets blanked), each line trimmed; the front matter's fields
 * are not lines of the page (its title is often the body's heading too), nor are blank lines.
 * The lines are walked by offsets, with no object or copy per line: a line is copied only
 * when its first character can start a furniture pattern.
 */
function findFurniture(doc: TextModel): Found[] {
  const { text, prose } = doc;
  const found: Found[] = [];
  let headline: string | undefined;
  let index = 0;
  forEachLine(text, (lineStart, lineEnd) => {
    const i = index++;
    if (doc.inFrontMatter(lineStart)) return;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(prose.charCodeAt(start))) start++;
    while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
    if (start === end) return;
    const furniture = furnitureAt(prose, start, end);
    if (furniture) found.push({ index: i, messageId: 'furniture', what: furniture.what });
    else if (headline === undefined) headline = prose.slice(start, end);
    else if (end - start === headline.length && headline.length >= 15 && prose.startsWith(headline, start)) {
      found.push({ index: i, messageId: 'duplicateHeadline', what: '' });
    }
  });
  return found;
}

/** The furniture pattern the line s[start, end) matches, trying only those that can start with its first character. */
function furnitureAt(s: string, start: number, end: number): { what: string } | undefined {
  const c = s.charCodeAt(start);
  const candidates = c < 128 ? FURNITURE_BY_FIRST[c >= 65 && c <= 90 ? c + 32 : c] : FURNITURE_ANY_FIRST;
  if (candidates.length === 0) return undefined;
  const line = s.slice(start, end);
  return candidates.find((f) => f.re.test(line));
}

/**
 * Calls `visit` with the start and end (before its line break) of each line, as doc.lines
 * cuts them: at \r\n, \r or \n, with a last line after the last break.
 */
function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  // Nearly every story breaks lines with \n alone: indexOf finds them.
  if (text.indexOf('\r') === -1) {
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      visit(start, end);
      start = end + 1;
    }
    visit(start, n);
    return;
  }
  let start = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x0a && c !== 0x0d) continue;
    visit(start, k);
    if (c === 0x0d && text.charCodeAt(k + 1) === 0x0a) k++;
    start = k + 1;
  }
  visit(start, n);
}

/** What /\s/ matches: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Says which line goes and why: 'Delete the pasted "Follow us on…" line', 'Delete the repeated headline'. */
function fixTitle(messageId: string, line: string): string {
  return messageId === 'duplicateHeadline' ? 'Delete the repeated headline' : `Delete the pasted "${opening(line)}" line`;
}

/** The first words of a line, up to 20 characters: "Follow us on…", "2 min read". */
function opening(line: string): string {
  const words = line.trim().split(/\s+/);
  if (words[0].length > 20) return `${[...words[0]].slice(0, 20).join('')}…`;
  let out = words[0];
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > 20) return `${out}…`;
    out += ` ${word}`;
  }
  return out;
}

/**
 * Where a deleted line takes its line breaks from, so that what is left reads as clean copy:
 * - A line on its own between blank lines ("Story.", "", "Read more: …", "", "End.") goes with
 *   the blank lines on one side, the longer run (after it, when they are alike), so the
 *   paragraphs around it keep one separation and no double blank line is left. Last in the
 *   text, it goes with the blank lines before it and any after it.
 * - A line inside a paragraph of other text goes with its own line break (the one before it
 *   when it is the last line of the text).
 * - A paragraph made only of furniture lines (a "Share" line over a "Follow us" line): the
 *   first line goes with the break after it, every other with the break before it. Each fix
 *   alone still deletes one line cleanly, and the fixes of neighbouring lines overlap, so that
 *   fix-all (which takes non-overlapping fixes, pass after pass) removes the paragraph over a
 *   few passes until its last line stands alone and takes the blank lines with it.
 */
class Layout {
  /** Per line: whether it is blank, and the first and last line of its paragraph (one pass each way). */
  private readonly blank: Uint8Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** Per line: whether every line of its paragraph is flagged. */
  private readonly furnitureOnly: Uint8Array;

  constructor(
    private readonly text: string,
    private readonly lines: readonly Span[],
    flagged: ReadonlySet<number>,
  ) {
    const n = lines.length;
    this.blank = new Uint8Array(n);
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.furnitureOnly = new Uint8Array(n);
    for (let j = 0; j < n; j++) this.blank[j] = /\S/.test(text.slice(lines[j].start, lines[j].end)) ? 0 : 1;
    for (let j = 0; j < n; j++) this.first[j] = j > 0 && !this.blank[j - 1] && !this.blank[j] ? this.first[j - 1] : j;
    for (let j = n - 1; j >= 0; j--) this.last[j] = j < n - 1 && !this.blank[j + 1] && !this.blank[j] ? this.last[j + 1] : j;
    // A paragraph is furniture only when it has as many flagged lines as lines.
    const flaggedIn = new Map<number, number>();
    for (const j of flagged) flaggedIn.set(this.first[j], (flaggedIn.get(this.first[j]) ?? 0) + 1);
    for (const [first, count] of flaggedIn) {
      if (count === this.last[first] - first + 1) this.furnitureOnly.fill(1, first, this.last[first] + 1);
    }
  }

  deletion(i: number): TextEdit {
    const { lines } = this;
    const first = this.first[i];
    const last = this.last[i];
    if (first < last) {
      if (!this.furnitureOnly[i]) return this.withOwnBreak(i);
      return i === first ? edit(lines[i].start, lines[i + 1].start) : edit(lines[i - 1].end, lines[i].end);
    }
    // Alone between blank lines (or the text's ends): p and n, the nearest lines with text.
    let p = i - 1;
    while (p >= 0 && this.blank[p]) p--;
    let n = i + 1;
    while (n < lines.length && this.blank[n]) n++;
    const hasNext = n < lines.length;
    if (p >= 0 && hasNext) {
      const before = i - p - 1;
      const after = n - i - 1;
      return before > after ? edit(lines[p + 1].start, lines[i + 1].start) : edit(lines[i].start, lines[n].start);
    }
    if (hasNext) return edit(lines[i].start, lines[n].start);
    if (p >= 0) return edit(lines[p + 1].start, this.text.length);
    return this.withOwnBreak(i);
  }

  /** The line and one line break: the one after it, or before it at the end of the text. */
  private withOwnBreak(i: number): TextEdit {
    const { lines } = this;
    if (i + 1 < lines.length) return edit(lines[i].start, lines[i + 1].start);
    return edit(i > 0 ? lines[i - 1].end : lines[i].start, lines[i].end);
  }
}

function edit(start: number, end: number): TextEdit {
  return { start, end, newText: '' };
}

/** The invisible characters reported, with their names. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\u00ad': 'soft hyphen',
  '\ufeff': 'byte-order mark',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u061c': 'Arabic letter mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};
/** The invisible characters above, and no-break spaces (plain and narrow). */
const SUSPECT_RE = /[\u00a0\u202f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** A character past U+009F, where SUSPECT_RE's characters all lie. */
const PAST_C1_RE = /[^\x00-\x9f]/;
const NO_BREAK_SPACES = '\u00a0\u202f';
/** Scripts written without spaces, in which a zero-width space marks where a line may break. */
const UNSPACED_SCRIPT_RE = /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Javanese}\p{scx=Balinese}]/u;
/** Scripts whose spelling takes joiners and non-joiners between letters: Persian, Indic, Arabic. */
const JOINING_SCRIPT_RE = /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Thaana}\p{scx=Devanagari}\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Tibetan}\p{scx=Myanmar}\p{scx=Khmer}]/u;
/** Right-to-left letters: a line with one of them may need bidi marks. */
const RTL_SCRIPT_RE = /[\p{scx=Arabic}\p{scx=Hebrew}\p{scx=Syriac}\p{scx=Thaana}\p{scx=Nko}\p{scx=Samaritan}\p{scx=Mandaic}\p{scx=Adlam}]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
/** What a finding on an invisible character reaches over: the word it sits in, and other invisibles. */
const WORD_PART_RE = /[\p{L}\p{M}\p{N}'\u2019\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff-]/u;
const LOWER_RE = /\p{Ll}/u;
/** What may come before a joiner inside an emoji sequence: an emoji, a skin tone, the emoji selector. */
const BEFORE_EMOJI_JOINER_RE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]/u;
const EMOJI_RE = /\p{Extended_Pictographic}/u;
/** How far a finding reaches into the word around an invisible character, each side. */
const MAX_CONTEXT = 40;

type ReportFn = (r: Report) => void;

/** Reports the invisible characters of the prose (code and addresses are blanked there). */
function reportInvisibles(doc: TextModel, resources: Resources, report: ReportFn): void {
  const prose = doc.prose;
  // Every character reported is past U+009F: the search starts at the first such, in most
  // stories none (a test far cheaper than SUSPECT_RE's over the whole text).
  const from = prose.search(PAST_C1_RE);
  if (from === -1) return;
  const re = new RegExp(SUSPECT_RE.source, 'g');
  re.lastIndex = from;
  // The reported characters of one word, and the first offset past them that is no part of
  // a word (scanned once, left to right): one finding per word.
  let word: number[] = [];
  let wordStop = 0;
  const flush = () => {
    if (word.length > 0) reportWord(prose, word, report);
    word = [];
  };
  // Whether the line of offset i has right-to-left letters, worked out once per line.
  let lineEnd = -1;
  let rtlLine = false;
  const onRtlLine = (i: number) => {
    if (i >= lineEnd) {
      const next = prose.indexOf('\n', i);
      lineEnd = next < 0 ? prose.length : next;
      rtlLine = RTL_SCRIPT_RE.test(prose.slice(prose.lastIndexOf('\n', i) + 1, lineEnd));
    }
    return rtlLine;
  };
  let splits: SplitWords | undefined;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const i = m.index;
    const ch = m[0];
    if (NO_BREAK_SPACES.includes(ch)) {
      if (resources.dictionary) (splits ??= new SplitWords(doc, resources)).check(i, report);
      continue;
    }
    if (belongs(prose, i, ch, onRtlLine)) continue;
    // A "word" that runs on past twice the context is no word: a new finding starts.
    if (i > wordStop || i - word[0] > 2 * MAX_CONTEXT) flush();
    word.push(i);
    if (wordStop <= i) {
      wordStop = i + 1;
      while (wordStop < prose.length && WORD_PART_RE.test(prose[wordStop])) wordStop++;
    }
  }
  flush();
}

/** Where an invisible character does its job and is left alone. */
function belongs(prose: string, i: number, ch: string, onRtlLine: (i: number) => boolean): boolean {
  const before = charBefore(prose, i);
  const after = charAt(prose, i + 1);
  const joiningLetters = () => isLetterOf(before, JOINING_SCRIPT_RE) && isLetterOf(after, JOINING_SCRIPT_RE);
  switch (ch) {
    case '\u200b':
      return UNSPACED_SCRIPT_RE.test(before) || UNSPACED_SCRIPT_RE.test(after);
    case '\u200d':
      return (BEFORE_EMOJI_JOINER_RE.test(before) && EMOJI_RE.test(after)) || joiningLetters();
    case '\u200c':
      return joiningLetters();
    case '\ufeff':
      return i === 0;
    case '\u2060':
    case '\u00ad':
      return false;
    default:
      return onRtlLine(i);
  }
}

/** One finding for the invisible characters at `at` (offsets, in order), over the word they sit in. */
function reportWord(prose: string, at: readonly number[], report: ReportFn): void {
  const chars = at.map((i) => prose[i]).join('');
  const kinds = [...new Set(chars)].map((c) => `${INVISIBLE_NAMES[c]} (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`);
  let start = at[0];
  while (start > 0 && at[0] - start < MAX_CONTEXT && WORD_PART_RE.test(prose[start - 1])) start--;
  const end = endOfWord(prose, at[at.length - 1] + 1);
  const cuts: Span[] = [];
  for (const i of at) {
    const last = cuts[cuts.length - 1];
    if (last && last.end === i) last.end++;
    else cuts.push({ start: i, end: i + 1 });
  }
  // Alone between spaces ("said \u200b that"), it goes with one of them: no double space is left.
  if (cuts.length === 1 && start === cuts[0].start && end === cuts[0].end) {
    if (/[^\S\r\n]/.test(prose[start - 1] ?? '')) cuts[0].start--;
    else if (/[^\S\r\n]/.test(prose[end] ?? '')) cuts[0].end++;
  }
  const many = chars.length > 1;
  report({
    messageId: many ? 'invisibles' : 'invisible',
    data: { what: kinds.join(', '), count: chars.length },
    start,
    end,
    fix: {
      title: many ? `Remove the ${chars.length} invisible characters` : `Remove the ${INVISIBLE_NAMES[chars]}`,
      edits: cuts.map((c) => edit(c.start, c.end)),
    },
  });
}

/** Where the word that goes on at `from` ends (at most MAX_CONTEXT further). */
function endOfWord(prose: string, from: number): number {
  let end = from;
  while (end < prose.length && end - from < MAX_CONTEXT && WORD_PART_RE.test(prose[end])) end++;
  return end;
}

/**
 * A no-break space between letters, found inside a word ("pol\u00a0ice") rather than between
 * two: the letters joined make a word the dictionary knows, and one side of the space is no
 * word of its own. A side stands alone when it is a common short word ("a way", "in to"), a
 * known word of four letters or more ("some thing"), or a word the story uses elsewhere. The
 * space before a capital is always left ("Mr\u00a0Smith"), and digits are no letters ("10\u00a0km").
 */
class SplitWords {
  private uses: Map<string, number> | undefined;

  constructor(
    private readonly doc: TextModel,
    private readonly resources: Resources,
  ) {}

  check(i: number, report: ReportFn): void {
    const prose = this.doc.prose;
    if (!LOWER_RE.test(prose[i + 1] ?? '')) return;
    let start = i;
    while (start > 0 && i - start < MAX_CONTEXT && LETTER_RE.test(prose[start - 1])) start--;
    let end = i + 1;
    while (end < prose.length && end - i <= MAX_CONTEXT && LETTER_RE.test(prose[end])) end++;
    if (start === i || !wordStartsAt(prose, start) || !wordEndsAt(prose, end)) return;
    const left = prose.slice(start, i);
    // A capital letter alone is an initial or a letter's name: "J\u00a0smith", "T\u00a0in the Park".
    if (/^\p{Lu}$/u.test(left)) return;
    const right = prose.slice(i + 1, end);
    const word = left + right;
    if (!this.known(word) || (this.standsAlone(left) && this.standsAlone(right))) return;
    report({
      messageId: 'nbspInWord',
      data: { word },
      start,
      end,
      fix: { title: `Join "${word}"`, edits: [edit(i, i + 1)] },
      suggestions: [{ title: 'Replace with a space', edits: [{ start: i, end: i + 1, newText: ' ' }] }],
    });
  }

  private known(word: string): boolean {
    const dictionary = this.resources.dictionary!;
    if (dictionary.has(word)) return true;
    return /^\p{Lu}\p{Ll}+$/u.test(word) && dictionary.has(word.toLowerCase());
  }

  private standsAlone(part: string): boolean {
    const lower = part.toLowerCase();
    if (SHORT_WORDS.has(lower) || (part.length >= 4 && this.known(part))) return true;
    return (this.usesElsewhere().get(lower) ?? 0) > 0;
  }

  /** The story's words, lower case, counted where no no-break space touches them. */
  private usesElsewhere(): Map<string, number> {
    if (this.uses) return this.uses;
    // Counted by text first, so that each distinct text is lower-cased once, not each use.
    const byText = new Map<string, number>();
    const { prose, wordTable: table } = this.doc;
    for (let w = 0; w < table.length; w++) {
      const start = table.starts[w];
      const text = table.text(w);
      if (isNoBreakSpace(prose.charCodeAt(start - 1)) || isNoBreakSpace(prose.charCodeAt(start + text.length))) continue;
      byText.set(text, (byText.get(text) ?? 0) + 1);
    }
    const uses = new Map<string, number>();
    for (const [text, count] of byText) {
      const lower = text.toLowerCase();
      uses.set(lower, (uses.get(lower) ?? 0) + count);
    }
    return (this.uses = uses);
  }
}

/** Whether c is one of NO_BREAK_SPACES (false for NaN, off either end of the text). */
function isNoBreakSpace(c: number): boolean {
  return c === 0xa0 || c === 0x202f;
}

/**
 * Whether a word starts at `i`, not a part after an apostrophe, a hyphen, a digit or a dot
 * ("company's\u00a0not", "we're\u00a0building", "4th\u00a0in").
 */
function wordStartsAt(s: string, i: number): boolean {
  const before = s[i - 1] ?? ' ';
  if (/['\u2019]/.test(before)) return !/[\p{L}\p{N}]/u.test(s[i - 2] ?? ' ');
  return !/[\p{N}\-\u2010\u2011./@&_]/u.test(before);
}

/** Whether a word ends at `i`, not a part before a hyphen, a digit or an abbreviation's dot ("an\u00a0e-mail", "for\u00a0e.g."). */
function wordEndsAt(s: string, i: number): boolean {
  const after = s[i] ?? ' ';
  if (after === '.') return !/\p{L}/u.test(s[i + 1] ?? ' ');
  return !/[\p{N}\-\u2010\u2011/@&_]/u.test(after);
}

function charBefore(s: string, i: number): string {
  return isLowSurrogate(s, i - 1) && i >= 2 ? s.slice(i - 2, i) : (s[i - 1] ?? '');
}

function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isLetterOf(ch: string, script: RegExp): boolean {
  return ch !== '' && LETTER_RE.test(ch) && script.test(ch);
}

/** Whether s[i] is the second half of a surrogate pair (so i is no place to cut). */
function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}
