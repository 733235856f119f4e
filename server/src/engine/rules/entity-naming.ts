// entity-naming: the full name again after the story gave its short form, and the names the
// house style avoids.
//
// 1. Once a story has written "Government of National Accord (GNA)", later mentions should say
//    "GNA": a later "Government of National Accord" (or a second "Government of National Accord
//    (GNA)", which is what spelling out an earlier bare "GNA" leaves behind) is reported, with
//    the short form as the fix.
// 2. A style entity's `avoid` forms ("National Accord Government") are reported as whole words,
//    as written or capitalised at a sentence start, with the entity's name as the fix, or its
//    short form once the story has defined it ("Name (SHORT)" or "SHORT (Name)" earlier in the
//    story). Having merely used the name earlier does not count: the reader has not been told
//    what the short form stands for. The entity's name, short form and `aliases` are accepted
//    forms and are never reported, even where an avoided form lies inside one.
// Neither looks inside quotations: a speaker's words are quoted as spoken.

import { definedBefore, insideAny, quotations, storyDefinitions, type Definition } from '../text/definitions.js';
import { styleIndex } from '../style-index.js';
import type { TextModel } from '../text/model.js';
import type { Report, Rule, Style } from '../types.js';

export const entityNaming: Rule = {
  meta: {
    id: 'entity-naming',
    family: 'naming',
    description: 'The full name again after its short form was given, or a name the house style avoids.',
    explanation:
      'Once a story has spelled out a name with its short form, as in "Government of National Accord ' +
      '(GNA)", later references use the short form: "the GNA". Repeating the full name, or spelling ' +
      'it out a second time, makes the reader wonder whether a different body is meant. The fix ' +
      'puts the short form in its place. The style file\'s `entities` may also list forms to avoid ' +
      '("avoid"); those are fixed to the entity\'s name, or to its short form once the story has defined it.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      fullNameAgain: '"{full}" was already introduced as "{short}"; use "{short}".',
      definedAgain: '"{full}" is spelled out again; it was introduced as "{short}" earlier.',
      avoided: '"{found}" is not how the house style names "{name}"; use "{use}".',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    avoidedForms(doc, ctx.style, ctx.report);
    const prose = doc.prose;
    // The first definition of each name with two words or more (a one-word name, "EverQuest
    // (EQ)", is often kept on purpose).
    const pending: Pending[] = [];
    const seen = new Set<string>();
    for (const def of storyDefinitions(doc).definitions) {
      const key = `${def.full}\u0000${def.base}`;
      if (seen.has(key) || !def.full.includes(' ')) continue;
      seen.add(key);
      pending.push({ def, next: def.end });
    }
    if (pending.length === 0) return;
    for (const { at, length, wait } of occurrences(doc, pending)) {
      if (at < wait.next) continue;
      // A speaker's words are quoted as spoken.
      if (insideAny(quotations(doc), at)) continue;
      const { def } = wait;
      const span = withShortForm(prose, def, at, at + length);
      wait.next = span.end;
      ctx.report({
        messageId: span.definedAgain ? 'definedAgain' : 'fullNameAgain',
        data: { full: def.full, short: def.short },
        start: span.start,
        end: span.end,
        fix: {
          title: span.definedAgain ? `Use "${def.short}": it is spelled out earlier` : `Use "${def.short}", as introduced earlier`,
          edits: [{ start: span.start, end: span.end, newText: def.short }],
        },
      });
    }
  },
};

/**
 * The style entities' avoided forms outside quotations. The phrase index returns the longest
 * form at each place and never overlapping forms, so where an accepted form ("National Accord
 * Government" as an alias) holds an avoided one ("National Accord"), the accepted one is found.
 */
function avoidedForms(doc: TextModel, style: Style, report: (r: Report) => void): void {
  const { entityForms } = styleIndex(style);
  if (entityForms.size === 0) return;
  for (const m of entityForms.find(doc)) {
    if (m.value.kind !== 'avoid') continue;
    if (insideAny(quotations(doc), m.start)) continue;
    const { entity } = m.value;
    const useShort = entity.base !== undefined && definedBefore(doc, entity.base, m.start);
    let use = useShort ? entity.short! : entity.name;
    if (m.capitalised) use = use[0].toUpperCase() + use.slice(1);
    const found = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ');
    report({
      messageId: 'avoided',
      data: { found, name: entity.name, use },
      start: m.start,
      end: m.end,
      fix: { title: `Use "${use}", as the house style names it`, edits: [{ start: m.start, end: m.end, newText: use }] },
    });
  }
}

/** A definition waiting for its full name to come back, and where it may next be found. */
interface Pending {
  def: Definition;
  next: number;
}

/**
 * Every place after its definition where a full name is written, in text order. A few names
 * are each looked for with their own pattern; many (a long document) are found in one pass
 * over the text model's words (shared with other rules), a name starting only where its
 * first word does, so the cost stays linear.
 */
function occurrences(doc: TextModel, pending: readonly Pending[]): { at: number; length: number; wait: Pending }[] {
  const prose = doc.prose;
  const found: { at: number; length: number; wait: Pending }[] = [];
  if (pending.length <= 8) {
    for (const wait of pending) {
      const re = fullNamePattern(wait.def.full, 'g');
      re.lastIndex = wait.def.end;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        if (wholeName(prose, m.index, m.index + m[0].length)) found.push({ at: m.index, length: m[0].length, wait });
        else re.lastIndex = m.index + 1;
      }
    }
    return found.sort((a, b) => a.at - b.at);
  }
  // Keyed by the first word as written and with its first letter in the other case; the
  // second word is compared before the pattern (compiled only when needed) is tried.
  const byFirstWord = new Map<string, { wait: Pending; second: string; pattern?: RegExp }[]>();
  // The first letter and length of every key, as one number: nearly every word of the text
  // is ruled out by these before the Map has to hash it.
  const shapes = new Set<number>();
  for (const wait of pending) {
    const [first, second] = wait.def.full.split(' ');
    const entry = { wait, second };
    for (const key of new Set([first, otherCaseFirst(first)])) {
      shapes.add(shapeOf(key));
      const list = byFirstWord.get(key);
      if (list) list.push(entry);
      else byFirstWord.set(key, [entry]);
    }
  }
  // The word table, not word objects: a long story's words as objects cost ~60 bytes each.
  // Read only here: a story with a few names never needs it (other rules may).
  const words = doc.wordTable;
  // Whether a word may start a name, by its id (0: not asked yet, 1: no, 2: yes): a long story
  // writes each of its words many times.
  const starters = new Uint8Array(words.vocabularySize);
  for (let k = 0; k < words.length; k++) {
    const id = words.id(k);
    if (starters[id] === 1) continue;
    const text = words.text(k);
    if (starters[id] === 0) {
      starters[id] = shapes.has(shapeOf(text)) && byFirstWord.has(text) ? 2 : 1;
      if (starters[id] === 1) continue;
    }
    const entries = byFirstWord.get(text)!;
    const start = words.starts[k];
    for (const entry of entries) {
      if (start < entry.wait.def.end) continue;
      // The model's words hold "&" nowhere and a possessive inside: compare only a prefix.
      const next = k + 1 < words.length ? words.text(k + 1) : '';
      if (/^[\p{L}\p{N}]/u.test(entry.second) && !next.startsWith(entry.second)) continue;
      entry.pattern ??= fullNamePattern(entry.wait.def.full, 'y');
      entry.pattern.lastIndex = start;
      const hit = entry.pattern.exec(prose);
      if (hit && wholeName(prose, start, start + hit[0].length)) {
        found.push({ at: start, length: hit[0].length, wait: entry.wait });
      }
    }
  }
  return found;
}

/** A word's first UTF-16 unit and its length in one number. */
function shapeOf(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.length;
}

/** "Government" → "government", and back: a sentence may start with the name. */
function otherCaseFirst(word: string): string {
  const first = word[0];
  return (first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase()) + word.slice(1);
}

/**
 * fullNameRegex, compiled once per name: a server checks the same story again at each pause
 * in typing, and building the pattern cost more than the search. Every use sets lastIndex.
 */
function fullNamePattern(full: string, flags: 'g' | 'y'): RegExp {
  const key = flags + full;
  let pattern = fullNamePatterns.get(key);
  if (!pattern) {
    // The bound only keeps a server fed odd input from growing.
    if (fullNamePatterns.size >= 1000) fullNamePatterns.clear();
    fullNamePatterns.set(key, (pattern = fullNameRegex(full, flags)));
  }
  return pattern;
}
const fullNamePatterns = new Map<string, RegExp>();

/**
 * The full name as a pattern: its words with any white space between them (a hard-wrapped
 * line may break it), the first letter in either case (a sentence may start with it). No
 * Unicode classes, so it compiles fast when a long document has hundreds of names; whole
 * words are checked by `wholeName`.
 */
function fullNameRegex(full: string, flags: 'g' | 'y'): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = full[0];
  const head = first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escape(first);
  const body = full
    .slice(1)
    .split(' ')
    .map(escape)
    .join('\\s+');
  return new RegExp(head + body, flags);
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether prose[start, end) stands as whole words: not inside a longer word or a hyphenated
 * one ("pro-Government …", "… Accord-style"); a possessive after it is fine.
 */
function wholeName(prose: string, start: number, end: number): boolean {
  const before = prose[start - 1] ?? ' ';
  if (LETTER_OR_DIGIT.test(before) || /[&'’-]/.test(before)) return false;
  const after = prose[end] ?? ' ';
  if (LETTER_OR_DIGIT.test(after) || after === '&') return false;
  return !(after === '-' && LETTER_OR_DIGIT.test(prose[end + 1] ?? ' '));
}

/** The two patterns of withShortForm for one short form, compiled once per short form. */
const shortFormPatterns = new Map<string, { after: RegExp; before: RegExp }>();

function patternsFor(shortForm: string): { after: RegExp; before: RegExp } {
  let patterns = shortFormPatterns.get(shortForm);
  if (!patterns) {
    const short = shortForm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns = {
      after: new RegExp(`^\\s*\\(\\s*${short}\\s*\\)`),
      before: new RegExp(`(?<![\\p{L}\\p{N}&])${short}\\s*\\(\\s*(?:the\\s+)?$`, 'u'),
    };
    // Short forms are few and short; the bound only keeps a server fed odd input from growing.
    if (shortFormPatterns.size >= 1000) shortFormPatterns.clear();
    shortFormPatterns.set(shortForm, patterns);
  }
  return patterns;
}

/** Widens a later full name to a whole second definition: "F (S)" or "S (F)". */
function withShortForm(prose: string, def: Definition, start: number, end: number): { start: number; end: number; definedAgain: boolean } {
  // Compiled once per short form: compiling them per occurrence showed in profiles of long documents.
  const patterns = patternsFor(def.short);
  const after = patterns.after.exec(prose.slice(end, end + def.short.length + 12));
  if (after) return { start, end: end + after[0].length, definedAgain: true };
  const before = patterns.before.exec(prose.slice(Math.max(0, start - def.short.length - 12), start));
  const close = /^\s*\)/.exec(prose.slice(end, end + 8));
  if (before && close) return { start: start - before[0].length, end: end + close[0].length, definedAgain: true };
  return { start, end, definedAgain: false };
}
