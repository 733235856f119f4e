// Directives in the copy: notes to Copydesk that never reach print.
//
//   copydesk-disable-next-line [rule, …]   no finding of those rules on the next non-blank line
//   copydesk-disable [rule, …]             none from here …
//   copydesk-enable [rule, …]              … to here (or to the end of the document)
//   copydesk-ignore word word …            these words are accepted in this document
//
// No rule id means every rule. Ids (and words) are separated by commas and/or white space.
// In Markdown a directive is an HTML comment, `<!-- copydesk-disable-next-line quote-attribution -->`
// (a real one: not one shown inside code); in plain text and news drafts it is an editor's
// note, `[[copydesk-disable-next-line quote-attribution]]`. The text model blanks every
// directive out of its prose (`directiveSpans`), so no rule reads it as copy; lint.ts drops
// the findings a directive silences after the rules ran (`directivesOf(doc).suppresses`).
//
// "The next non-blank line": the first line after the directive's own line that holds
// something besides white space and other directives, so directives may be stacked.

import { maskMarkdown } from './markdown.js';
import type { Span } from './span.js';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'ignore';
export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable', 'enable', 'ignore'];

/** A rule id or a word written in a directive, with its place in the text. */
export interface DirectiveArgument {
  text: string;
  start: number;
  end: number;
}

export interface Directive {
  /** Undefined when the name after "copydesk-" is not a directive (`kindText` says what it was). */
  kind: DirectiveKind | undefined;
  /** What follows "copydesk-", as written: "disable-next-line". */
  kindText: string;
  kindStart: number;
  kindEnd: number;
  /** The whole comment or note, its delimiters included. */
  start: number;
  end: number;
  /** Rule ids (or, for `ignore`, words) in order. */
  args: DirectiveArgument[];
}

/** What the directives of one document mean. */
export interface DocumentDirectives {
  directives: readonly Directive[];
  /** The words of every `copydesk-ignore`, as written. */
  ignoredWords: readonly string[];
  /** Whether a directive silences `ruleId` at `offset`. */
  suppresses(ruleId: string, offset: number): boolean;
  /** False when nothing is silenced anywhere (lint.ts then skips the filter). */
  readonly silencesAnything: boolean;
}

/** The place a model keeps its directives (a TextModel; structural to avoid an import cycle). */
interface HasMemo {
  readonly text: string;
  readonly languageId: string;
  /** Markdown: where the text model's reading found real comments (see `commentSpans`). */
  readonly markdownComments?: readonly Span[];
  memo<T>(key: string, compute: () => T): T;
}

const MARKER = 'copydesk-';

/**
 * The spans of the directive comments or notes in `text` for the text model to blank. Cheap
 * (an indexOf) when the text holds no "copydesk-". In Markdown it does not parse: blanking a
 * comment shown inside code changes nothing, code being blank in the prose already.
 */
export function directiveSpans(text: string, languageId: string): Span[] {
  if (!text.includes(MARKER)) return [];
  return scan(text, languageId).map(({ start, end }) => ({ start, end }));
}

/** The directives of the model's document and what they silence, computed once per model. */
export function directivesOf(doc: HasMemo): DocumentDirectives {
  return doc.memo('directives', () => interpret(doc.text, parseDirectives(doc.text, doc.languageId, doc.markdownComments)));
}

/**
 * Every directive of `text`, in order. In Markdown, only real HTML comments count: those the
 * text model's reading found (`comments`, from `commentSpans`), or when not given, those of a
 * fresh reading of the text. Never a second parse by recursion: the reading is the chunked,
 * iterative one of markdown.ts, linear in the text and safe at any depth of nesting.
 */
export function parseDirectives(text: string, languageId: string, comments?: readonly Span[]): Directive[] {
  if (!text.includes(MARKER)) return [];
  const found = scan(text, languageId);
  if (languageId !== 'markdown' || found.length === 0) return found;
  const real = comments ?? commentSpans(maskMarkdown(text));
  // Both lists are in text order: one merge, not a search per directive.
  const kept: Directive[] = [];
  let h = 0;
  for (const d of found) {
    while (h < real.length && real[h].end < d.end) h++;
    // The first span ending at or after the directive's end is the only one that can hold it.
    if (h < real.length && real[h].start <= d.start) kept.push(d);
  }
  return kept;
}

/**
 * Where a Markdown document read by maskMarkdown may hold a directive: its HTML (block or
 * inline), and every part read as plain text, where the parser did not run and a comment
 * reads as what it says (as everything there does).
 */
export function commentSpans(masked: { html: readonly Span[]; plainParts: readonly Span[] }): Span[] {
  return [...masked.html, ...masked.plainParts.map(({ start, end }) => ({ start, end }))].sort((a, b) => a.start - b.start);
}

/**
 * A directive written in the syntax of a document's language, for an editor action to insert
 * on a line of its own (the caller adds the line break):
 *
 *   directiveText('markdown', 'disable-next-line', ['quote-attribution'])
 *     → '<!-- copydesk-disable-next-line quote-attribution -->'
 *   directiveText('plaintext', 'disable', ['quote-attribution', 'misspelling'])
 *     → '[[copydesk-disable quote-attribution, misspelling]]'
 *   directiveText('newsdraft', 'enable', [])            → '[[copydesk-enable]]'
 *   directiveText('plaintext', 'ignore', ['Hemedti', 'Dbeibah'])
 *     → '[[copydesk-ignore Hemedti Dbeibah]]'
 *
 * Rule ids are joined by ", ", ignored words by " ". Markdown uses an HTML comment; every other
 * language id (plaintext, newsdraft, anything unknown) an editor's note in double brackets.
 * Throws on an id or word that could not be read back (empty, or holding white space, a comma,
 * "]]" or "-->").
 */
export function directiveText(languageId: string, kind: DirectiveKind, ids: readonly string[] = []): string {
  if (!DIRECTIVE_KINDS.includes(kind)) throw new Error(`unknown directive kind "${String(kind)}"`);
  for (const id of ids) {
    if (typeof id !== 'string' || id === '' || /[\s,]|\]\]|-->/.test(id)) {
      throw new Error(`cannot write ${JSON.stringify(id)} in a copydesk directive`);
    }
  }
  const body = `${MARKER}${kind}${ids.length ? ' ' + ids.join(kind === 'ignore' ? ' ' : ', ') : ''}`;
  return languageId === 'markdown' ? `<!-- ${body} -->` : `[[${body}]]`;
}

/** Longest directive body read; a longer comment or note is not a directive. */
const MAX_BODY = 2000;

/** Candidate directives: `<!-- copydesk-… -->` in Markdown, `[[copydesk-…]]` elsewhere. */
function scan(text: string, languageId: string): Directive[] {
  const markdown = languageId === 'markdown';
  const open = markdown ? '<!--' : '[[';
  const close = markdown ? '-->' : ']]';
  const found: Directive[] = [];
  for (let at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + 1)) {
    // The opener, then only white space (no line break) before "copydesk-".
    let i = at - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    const start = i + 1 - open.length;
    if (start < 0 || text.slice(start, i + 1) !== open) continue;
    const closeAt = text.indexOf(close, at);
    if (closeAt < 0 || closeAt - at > MAX_BODY) continue;
    // A note holds no "[[" or "]" of its own; a comment no "--" before its end.
    const body = text.slice(at, closeAt);
    if (markdown ? body.includes('<!--') : /[[\]]/.test(body)) continue;
    const kindMatch = /^copydesk-([A-Za-z-]*)/.exec(body)!;
    const kindText = kindMatch[1].replace(/-+$/, '');
    const kindStart = at + MARKER.length;
    const kind = DIRECTIVE_KINDS.find((k) => k === kindText);
    const argsFrom = kindStart + kindText.length;
    found.push({
      kind,
      kindText,
      kindStart,
      kindEnd: argsFrom,
      start,
      end: closeAt + close.length,
      args: splitArguments(text, argsFrom, closeAt),
    });
    at = closeAt;
  }
  return found;
}

/** Ids or words between `from` and `to`, split at white space and commas. */
function splitArguments(text: string, from: number, to: number): DirectiveArgument[] {
  const args: DirectiveArgument[] = [];
  const re = /[^\s,]+/g;
  const body = text.slice(from, to);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    args.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return args;
}

/** A change of what `disable` / `enable` silence, from `offset` on. */
interface RangeState {
  offset: number;
  /** Every rule disabled … */
  all: boolean;
  /** … except these (enabled again by name). */
  except: ReadonlySet<string>;
  /** Rules disabled by name. */
  rules: ReadonlySet<string>;
}

interface LineRange {
  start: number;
  end: number;
  /** Undefined: every rule. */
  rules: ReadonlySet<string> | undefined;
}

function interpret(text: string, directives: readonly Directive[]): DocumentDirectives {
  const ignoredWords: string[] = [];
  const lines: LineRange[] = [];
  const states: RangeState[] = [];
  let state: RangeState = { offset: 0, all: false, except: new Set(), rules: new Set() };
  const blanked = directives.length ? blank(text, directives) : text;
  for (const d of directives) {
    const ids = d.args.map((a) => a.text);
    switch (d.kind) {
      case 'ignore':
        for (const word of ids) ignoredWords.push(word);
        break;
      case 'disable-next-line': {
        const line = nextNonBlankLine(blanked, d.end);
        if (line) lines.push({ ...line, rules: ids.length ? new Set(ids) : undefined });
        break;
      }
      case 'disable': {
        const except = new Set(state.except);
        const rules = new Set(state.rules);
        if (ids.length === 0) state = { offset: d.end, all: true, except: new Set(), rules };
        else {
          for (const id of ids) state.all ? except.delete(id) : rules.add(id);
          state = { offset: d.end, all: state.all, except, rules };
        }
        states.push(state);
        break;
      }
      case 'enable': {
        if (ids.length === 0) state = { offset: d.start, all: false, except: new Set(), rules: new Set() };
        else {
          const except = new Set(state.except);
          const rules = new Set(state.rules);
          for (const id of ids) {
            rules.delete(id);
            if (state.all) except.add(id);
          }
          state = { offset: d.start, all: state.all, except, rules };
        }
        states.push(state);
        break;
      }
      default:
        break; // an unknown directive silences nothing (the `directive` rule reports it)
    }
  }
  const silencesAnything = lines.length > 0 || states.some((s) => s.all || s.rules.size > 0);
  return {
    directives,
    ignoredWords,
    silencesAnything,
    suppresses(ruleId, offset) {
      // Lines are in text order; directives stacked above one line share it.
      const last = lastStartingBy(lines, offset);
      for (let i = last; i >= 0 && lines[i].start === lines[last].start; i--) {
        const l = lines[i];
        if (offset <= l.end && (!l.rules || l.rules.has(ruleId))) return true;
      }
      const s = stateAt(states, offset);
      if (!s) return false;
      return (s.all && !s.except.has(ruleId)) || s.rules.has(ruleId);
    },
  };
}

/** The last state that starts at or before `offset` (states are in text order). */
function stateAt(states: readonly RangeState[], offset: number): RangeState | undefined {
  let lo = 0;
  let hi = states.length - 1;
  let found: RangeState | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (states[mid].offset <= offset) {
      found = states[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last line starting at or before `offset`, or -1 (lines are in text order). */
function lastStartingBy(lines: readonly LineRange[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** `text` with the directives turned to spaces (line breaks kept). */
function blank(text: string, directives: readonly Directive[]): string {
  let out = '';
  let last = 0;
  for (const d of directives) {
    out += text.slice(last, d.start) + text.slice(d.start, d.end).replace(/[^\r\n]/g, ' ');
    last = d.end;
  }
  return out + text.slice(last);
}

/** The first line after the one holding `from` with anything but white space on it. */
function nextNonBlankLine(text: string, from: number): Span | undefined {
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = from;
  let m = lineBreak.exec(text);
  while (m) {
    const start = m.index + m[0].length;
    lineBreak.lastIndex = start;
    m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    if (/\S/.test(text.slice(start, end))) return { start, end };
    if (!m) break;
  }
  return undefined;
}
