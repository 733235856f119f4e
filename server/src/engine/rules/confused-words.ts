// confused-words: a word swapped for one that sounds or looks like it. "better then" (than),
// "on it's way" (its), "its a" (it's), "through out" (throughout), "should of" (have), "less
// people" (fewer), and two finite verbs in a row left over from an edit ("had has"). Each is a
// small table in data/confused-words.ts; a pattern is reported only where good copy never
// uses it, so each also looks at the words around it.
//
// One pass over the word table. While it walks, it keeps where the sentence and the clause
// began and whether the sentence is conditional ("if … higher then we …"), so no check reads
// back further than a few words.

import { ShapeFilter } from '../text/shape-filter.js';
import type { TextModel, WordTable } from '../text/model.js';
import type { Report, Rule } from '../types.js';
import { matchCase } from './misspelling.js';
import {
  ADVERB_WAY_BEFORE,
  AFTER_IT_IS,
  AFTER_TIME_COMPARATIVE,
  BE,
  CLAUSE_ENDING_MORE,
  COMPARATIVES,
  COMPARED,
  COMPOUND_HEADS,
  CONDITIONALS,
  COUNTS,
  COUNT_NOUNS,
  DETERMINERS,
  DO,
  HAVE,
  HAVE_MODALS,
  MODALS,
  NOT_PARTICIPLES,
  NOT_QUANTITY_BEFORE,
  NOUN_MODALS,
  PAIR_BLOCKERS,
  PARTICIPLES,
  PERSONAL_PRONOUNS,
  POSSESSED,
  PREPOSITIONS,
  PRONOUN_OTHER,
  SECOND_AFTER,
  SPLIT_COMPOUNDS,
  SUBJECTS,
  type SplitCompound,
  TIME_COMPARATIVES,
  WAY_VERBS,
  WOULD_RATHER,
} from './data/confused-words.js';

const MESSAGES = {
  thenThan: '"{phrase}": after a comparative the word is "than".',
  itsPossessive: '"{word}" is "it is"; the possessive is "its".',
  itIs: '"{word}" is the possessive; "it is" is written "{fixed}".',
  compound: '"{phrase}" is one word: "{joined}".',
  ofHave: '"{phrase}": the word after "{modal}" is "have", not "of".',
  lessFewer: '"{phrase}": things you count take "fewer".',
  twoVerbs: '"{phrase}": two verbs in a row; one is probably left over from an edit.',
};

export const confusedWords: Rule = {
  meta: {
    id: 'confused-words',
    family: 'slips',
    description: 'A word confused with one like it: "better then", "it\'s own", "should of", "less people".',
    explanation:
      'Slips a spell checker cannot see, because each word is spelt right: "then" for "than" after a ' +
      'comparative, "it\'s" (it is) for the possessive "its" and the reverse, a compound split in two ' +
      '("through out"), "should of" for "should have", "less" with a plural you count ("less people" → ' +
      '"fewer people"), and two verbs in a row left over from an edit ("had has"). Only patterns that ' +
      'edited copy never uses are reported; the fix is the intended word.',
    defaultSeverity: 'information',
    fixable: true,
    messages: MESSAGES,
  },
  check({ doc, report }) {
    new Walk(doc, report).run();
  },
};

/** What stands between two words, as flags. */
const SPACE = 1; // only spaces or tabs (or nothing)
const LINE = 2; // one line break, otherwise spaces
const CLAUSE = 4; // a mark that starts a clause: , ; : ( " “ ” — –
const STOP = 8; // . ! ? (an abbreviation's full stop included)
const OTHER = 16; // anything else: £, %, &, /, a URL

class Walk {
  private readonly words: WordTable;
  private readonly starts: Int32Array;
  /**
   * The original text, not the prose: gaps are read in it, so that a blanked URL or code span
   * between two words keeps them apart.
   */
  private readonly text: string;
  private readonly prose: string;
  private curly: boolean | undefined;
  /** Index of the first word of the current sentence, and of the current clause. */
  private sentenceStart = 0;
  private clauseStart = 0;
  /** Whether the clause began after a mark (a comma), rather than at the sentence start. */
  private clauseAfterMark = false;
  private conditional = false;

  constructor(
    doc: TextModel,
    private readonly report: (r: Report) => void,
  ) {
    // The word table, not doc.words: no Word object per word of a long story.
    this.words = doc.wordTable;
    this.starts = this.words.starts;
    this.text = doc.text;
    this.prose = doc.prose;
  }

  run(): void {
    const { words, starts, text } = this;
    const n = words.length;
    let end = 0;
    for (let i = 0; i < n; i++) {
      const word = words.text(i);
      const start = starts[i];
      // Nearly every gap is one space: the sentence and clause marks stay where they are.
      if (i > 0 && !(start - end === 1 && text.charCodeAt(start - 1) === 32)) this.follow(i);
      end = start + word.length;
      // Most words are settled by their first and last letters and length, without a key.
      if (!TRIGGER_SHAPES.mayHold(word)) continue;
      const key = this.key(i);
      const trigger = key === undefined ? undefined : TRIGGERS.get(key);
      if (trigger === undefined) continue;
      const kinds = trigger.kinds;
      if (kinds & THEN) this.thenThan(i);
      if (kinds & ITS) this.itIs(i);
      if (kinds & IT_IS) this.itsPossessive(i);
      if (kinds & OF) this.ofHave(i);
      if (kinds & LESS) this.lessFewer(i);
      if (kinds & COMPOUND) this.compound(i, trigger.compounds);
      if (kinds & VERB) this.twoVerbs(i, key!, verbKind(kinds));
      if (kinds & CONDITIONAL) this.conditional = true;
    }
  }

  /** Moves the sentence and clause marks on to word i, after a gap other than one space. */
  private follow(i: number): void {
    const gap = this.gap(i);
    const lower = isLower(this.words.text(i));
    // A lower-case word after a full stop follows an abbreviation ("e.g. the"): a new clause.
    const newSentence = (gap & (STOP | LINE)) !== 0 && !lower;
    if (newSentence) {
      this.sentenceStart = this.clauseStart = i;
      this.clauseAfterMark = false;
      this.conditional = false;
    } else if (gap & (CLAUSE | STOP | OTHER)) {
      this.clauseStart = i;
      this.clauseAfterMark = true;
    }
  }

  // then → than --------------------------------------------------------------------------

  private thenThan(i: number): void {
    if (this.words.text(i) !== 'then' || i === 0 || !this.joined(i)) return;
    const next = this.comparedAfter(i);
    if (next === undefined) return;
    const prev = this.key(i - 1);
    if (prev === undefined || isAllCaps(this.words.text(i - 1))) return;
    let from = i - 1;
    if (TIME_COMPARATIVES.has(prev)) {
      if (!AFTER_TIME_COMPARATIVE.has(next)) return;
    } else if (COMPARATIVES.has(prev)) {
      if (!this.comparativeBefore(i - 1, prev, next)) return;
    } else if (
      // "more expensive then", "less likely then", "more often then not"
      i >= 2 &&
      /^\p{Ll}+$/u.test(this.words.text(i - 1)) &&
      !NOT_BETWEEN.has(prev) &&
      this.joined(i - 1) &&
      (this.key(i - 2) === 'more' || this.key(i - 2) === 'less') &&
      this.comparativeBefore(i - 2, this.key(i - 2)!, next)
    ) {
      from = i - 2;
    } else return;
    this.report({
      messageId: 'thenThan',
      data: { phrase: this.slice(from, i) },
      start: this.starts[from],
      end: this.end(i),
      fix: { title: 'Change to "than"', edits: [{ start: this.starts[i], end: this.end(i), newText: 'than' }] },
    });
  }

  /** Whether comparative `key` at word c, before "then" and `next`, reads as a comparison. */
  private comparativeBefore(c: number, key: string, next: string): boolean {
    const before = c > this.clauseStart ? this.key(c - 1) : undefined;
    if (key === 'other' && before !== undefined && PRONOUN_OTHER.has(before)) return false;
    if ((key === 'more' || key === 'longer') && before !== undefined && CLAUSE_ENDING_MORE.has(before)) return false;
    // "two more then a third": "more" counts, and "then" starts the next item.
    if ((key === 'more' || key === 'less') && before !== undefined && (isNumber(before) || COUNTS.has(before))) return false;
    if (key === 'rather' && before !== undefined && WOULD_RATHER.has(before)) return false;
    if (this.conditional && !isNumber(next)) return false;
    if (key === 'rather') return !SUBJECTS.has(next);
    return isNumber(next) || COMPARED.has(next);
  }

  /**
   * The word after "then" when it may be the thing compared: a lower-case word, or a number
   * (after a currency sign too, as in "less then £5").
   */
  private comparedAfter(i: number): string | undefined {
    if (i + 1 >= this.words.length) return undefined;
    const next = this.words.text(i + 1);
    if (this.joined(i + 1)) return isLower(next) || isNumber(next) ? next : undefined;
    const between = this.text.slice(this.end(i), this.starts[i + 1]);
    return /^[ \t]+[£$€¥]$/.test(between) && isNumber(next) ? next : undefined;
  }

  // its / it's ---------------------------------------------------------------------------

  /** "its a", "its not", "its been", "its going to" → "it's". */
  private itIs(i: number): void {
    const word = this.words.text(i);
    if (word !== 'its' && word !== 'Its') return;
    const next = this.nextText(i);
    if (next === undefined) return;
    const going = next === 'going' && this.nextText(i + 1) === 'to';
    if (!AFTER_IT_IS.has(next) && !going) return;
    const fixed = word[0] + 't' + this.apostrophe() + 's';
    this.report({
      messageId: 'itIs',
      data: { word, fixed },
      start: this.starts[i],
      end: this.end(i + 1),
      fix: { title: `Change to "${fixed}"`, edits: [{ start: this.starts[i], end: this.end(i), newText: fixed }] },
    });
  }

  /** "it's own", "on it's way", "made it's way", "of it's members" → "its". */
  private itsPossessive(i: number): void {
    const word = this.words.text(i);
    if (isAllCaps(word)) return;
    const next = this.nextText(i);
    if (next === undefined) return;
    let possessive = next === 'own';
    if (!possessive && i > this.clauseStart && this.joined(i)) {
      const prev = this.key(i - 1);
      if (next === 'way') {
        const after = this.nextText(i + 1);
        const adverb = after !== undefined && (ADVERB_WAY_BEFORE.has(after) || /er$/.test(after));
        possessive = !adverb && prev !== undefined && (PREPOSITIONS.has(prev) || WAY_VERBS.has(prev));
      } else if (prev !== undefined && PREPOSITIONS.has(prev) && POSSESSED.has(next)) {
        // "it's kind of": the hedge, not a kind.
        possessive = !(next === 'kind' && this.nextText(i + 1) === 'of');
      }
    }
    if (!possessive) return;
    const fixed = word[0] + 'ts';
    this.report({
      messageId: 'itsPossessive',
      data: { word },
      start: this.starts[i],
      end: this.end(i + 1),
      fix: { title: `Change to "${fixed}"`, edits: [{ start: this.starts[i], end: this.end(i), newText: fixed }] },
    });
  }

  // through out → throughout -------------------------------------------------------------

  private compound(i: number, candidates: readonly SplitCompound[]): void {
    for (const c of candidates) {
      const last = i + c.words.length - 1;
      if (last >= this.words.length) continue;
      let match = true;
      for (let k = 1; k < c.words.length && match; k++) {
        match = this.words.text(i + k) === c.words[k] && this.joined(i + k);
      }
      if (!match) continue;
      const after = this.nextText(last);
      if (after !== undefined && c.notBefore?.includes(after)) continue;
      const first = this.words.text(i);
      if (isAllCaps(first) && first.length > 1) continue;
      const joined = matchCase(first, c.joined);
      this.report({
        messageId: 'compound',
        data: { phrase: this.slice(i, last), joined },
        start: this.starts[i],
        end: this.end(last),
        fix: { title: `Change to "${joined}"`, edits: [{ start: this.starts[i], end: this.end(last), newText: joined }] },
      });
      return;
    }
  }

  // should of → should have --------------------------------------------------------------

  private ofHave(i: number): void {
    const word = this.words.text(i);
    if ((word !== 'of' && word !== 'Of') || i === 0) return;
    // The modal first: "of" is common, a modal before it rare.
    const modal = this.key(i - 1);
    if (modal === undefined || !HAVE_MODALS.has(modal) || !this.joined(i) || isAllCaps(this.words.text(i - 1))) return;
    const next = this.nextText(i);
    if (next === undefined) return;
    // "the might of larger companies": "might" and "must" are nouns too; only a participle
    // that no adjective spells ("been", "known") makes them verbs.
    const participle = PARTICIPLES.has(next) ||
      (!NOUN_MODALS.has(modal) && /^\p{Ll}{2,}(?:ed|en)$/u.test(next) && !NOT_PARTICIPLES.has(next));
    if (!participle) return;
    const fixed = matchCase(word, 'have');
    this.report({
      messageId: 'ofHave',
      data: { phrase: this.slice(i - 1, i + 1), modal: this.words.text(i - 1) },
      start: this.starts[i - 1],
      end: this.end(i),
      fix: { title: `Change to "${fixed}"`, edits: [{ start: this.starts[i], end: this.end(i), newText: fixed }] },
    });
  }

  // less people → fewer people -----------------------------------------------------------

  private lessFewer(i: number): void {
    const word = this.words.text(i);
    if (word !== 'less' && word !== 'Less') return;
    const noun = this.nextText(i);
    if (noun === undefined || !COUNT_NOUNS.has(noun)) return;
    if (i > this.clauseStart && this.joined(i)) {
      const before = this.key(i - 1);
      if (before !== undefined && NOT_QUANTITY_BEFORE.has(before)) return;
      // "more or less", "less and less people"
      if ((before === 'or' || before === 'and') && i >= 2 && (this.key(i - 2) === 'more' || this.key(i - 2) === 'less')) return;
    }
    // "less workers' pay", "less jobs growth": the plural only qualifies the noun after it.
    const end = this.end(i + 1);
    const mark = this.text[end];
    if (mark === "'" || mark === '’') return;
    const head = this.nextText(i + 1);
    if (head !== undefined && COMPOUND_HEADS.has(head)) return;
    const fixed = matchCase(word, 'fewer');
    this.report({
      messageId: 'lessFewer',
      data: { phrase: this.slice(i, i + 1) },
      start: this.starts[i],
      end,
      fix: { title: `Change to "${fixed}"`, edits: [{ start: this.starts[i], end: this.end(i), newText: fixed }] },
    });
  }

  // had has → had / has ------------------------------------------------------------------

  private twoVerbs(i: number, first: string, kind: VerbKind): void {
    if (this.words.text(i) !== first) return; // lower case only: "Will", "May" are names
    // The second word first (a set look-up), then what stands between (a read of the gap).
    if (i + 1 >= this.words.length) return;
    const second = this.words.text(i + 1);
    if (!SECOND_AFTER[kind].has(second) || !this.joined(i + 1)) return;
    if (second === first) return; // "is is" belongs to repeated-word
    if (!this.simpleSubjectBefore(i, kind === 'modal')) return;
    // "The key is are they ready": a subject after the pair makes the second verb start a question.
    const after = this.nextText(i + 1);
    if (after !== undefined && (/^\p{Lu}/u.test(after) || SUBJECT_AFTER.has(after))) return;
    this.report({
      messageId: 'twoVerbs',
      data: { phrase: this.slice(i, i + 1) },
      start: this.starts[i],
      end: this.end(i + 1),
      suggestions: [
        { title: `Delete "${first}"`, edits: [{ start: this.starts[i], end: this.starts[i + 1], newText: '' }] },
        { title: `Delete "${second}"`, edits: [{ start: this.end(i), end: this.end(i + 1), newText: '' }] },
      ],
    });
  }

  /**
   * Whether the words from the clause's start to the verb at i are a subject too simple to end
   * in a relative or a cleft: a pronoun ("He has have"), a name or a noun ("AOL had has"), a
   * determiner and a noun ("The firm has have"), or nothing after a comma. Longer subjects may
   * hide a relative: "The damage Skulls does was …", "The level … they have has been …".
   */
  private simpleSubjectBefore(i: number, modal: boolean): boolean {
    const from = this.clauseStart;
    const count = i - from;
    if (count > 2) return false;
    for (let k = from; k < i; k++) {
      const key = this.key(k);
      if (key === undefined || PAIR_BLOCKERS.has(key)) return false;
    }
    const first = count > 0 ? this.key(from)! : '';
    if (modal) return count === 1 && PERSONAL_PRONOUNS.has(first);
    if (count === 0) return this.clauseAfterMark;
    if (count === 1) return !DETERMINERS.has(first);
    if (count === 2) {
      const second = this.key(from + 1)!;
      if (PERSONAL_PRONOUNS.has(second) || DETERMINERS.has(second)) return false;
      return DETERMINERS.has(first) || (/^\p{Lu}/u.test(this.words.text(from)) && /^\p{Lu}/u.test(this.words.text(from + 1)));
    }
    return false;
  }

  // helpers ------------------------------------------------------------------------------

  /** The apostrophe for a fix that adds one: the story's own, curly or straight. */
  private apostrophe(): string {
    this.curly ??= /\p{L}’\p{L}/u.test(this.prose);
    return this.curly ? '’' : "'";
  }

  /** The word in lower case with a straight apostrophe; undefined for a word in ALL CAPS. */
  private key(i: number): string | undefined {
    const text = this.words.text(i);
    const c = text.charCodeAt(0);
    let key = text;
    if ((c >= 65 && c <= 90) || c > 127) {
      if (text.length > 1 && isAllCaps(text)) return undefined;
      key = text.toLowerCase();
    }
    return key.includes('’') ? key.replace(/’/g, "'") : key;
  }

  /** The next word as written, when only spaces (or one line break) stand before it. */
  private nextText(i: number): string | undefined {
    return i + 1 < this.words.length && this.joined(i + 1) ? this.words.text(i + 1) : undefined;
  }

  /** Whether only spaces, or one line break, stand between word i-1 and word i. */
  private joined(i: number): boolean {
    const gap = this.gap(i);
    return gap === SPACE || gap === LINE;
  }

  private end(i: number): number {
    return this.words.end(i);
  }

  private slice(from: number, to: number): string {
    return this.text.slice(this.starts[from], this.end(to));
  }

  /** What stands between word i-1 and word i. */
  private gap(i: number): number {
    const text = this.text;
    const to = this.starts[i];
    let flags = 0;
    let lines = 0;
    for (let k = this.end(i - 1); k < to; k++) {
      const ch = text[k];
      if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
      if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[k + 1] === '\n') k++;
        lines++;
      } else if (ch === '.' || ch === '!' || ch === '?' || ch === '…') flags |= STOP;
      else if (CLAUSE_MARKS.has(ch)) flags |= CLAUSE;
      else flags |= OTHER;
    }
    if (lines > 1) return flags | LINE | STOP;
    if (lines === 1) return flags | LINE;
    return flags === 0 ? SPACE : flags;
  }
}

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘', '’', "'", '—', '–', '-', '*', '_']);

/** Words that, after "is are", begin the subject of a question: "the key is are they ready". */
const SUBJECT_AFTER: ReadonlySet<string> = new Set([...PERSONAL_PRONOUNS, ...DETERMINERS, 'there']);

/** Words between "more" and "then" that are not the thing made comparative ("more or less then"). */
const NOT_BETWEEN = new Set(['or', 'and', 'than', 'then', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'for', 'by']);

/** What a word may start, as flags: one look-up per word of the story. */
const THEN = 1;
const ITS = 2;
const IT_IS = 4;
const OF = 8;
const LESS = 16;
const COMPOUND = 32;
const CONDITIONAL = 64;
/** The first of two verbs, by kind (the sets are disjoint; a word in two would take the first). */
const VERB_BE = 128;
const VERB_HAVE = 256;
const VERB_DO = 512;
const VERB_MODAL = 1024;
const VERB = VERB_BE | VERB_HAVE | VERB_DO | VERB_MODAL;

type VerbKind = 'be' | 'have' | 'do' | 'modal';

function verbKind(kinds: number): VerbKind {
  return kinds & VERB_BE ? 'be' : kinds & VERB_HAVE ? 'have' : kinds & VERB_DO ? 'do' : 'modal';
}

interface Trigger {
  kinds: number;
  /** COMPOUND: the split compounds that start with the word. */
  compounds: readonly SplitCompound[];
}

const TRIGGERS: ReadonlyMap<string, Trigger> = (() => {
  const map = new Map<string, { kinds: number; compounds: SplitCompound[] }>();
  const add = (word: string, kind: number) => {
    let trigger = map.get(word);
    if (!trigger) map.set(word, (trigger = { kinds: 0, compounds: [] }));
    trigger.kinds |= kind;
    return trigger;
  };
  add('then', THEN);
  add('its', ITS);
  add("it's", IT_IS);
  add('of', OF);
  add('less', LESS);
  for (const c of SPLIT_COMPOUNDS) add(c.words[0], COMPOUND).compounds.push(c);
  for (const [set, kind] of [[BE, VERB_BE], [HAVE, VERB_HAVE], [DO, VERB_DO], [MODALS, VERB_MODAL]] as const) {
    for (const w of set) add(w, kind);
  }
  for (const w of CONDITIONALS) add(w, CONDITIONAL);
  return map;
})();

/**
 * The triggers at a glance. A key is the word in lower case with straight apostrophes, of its
 * length (the triggers are ASCII, and only "İ", whose lower case is not, lower-cases to more
 * letters), so a word the filter turns away has no trigger for a key.
 */
const TRIGGER_SHAPES = new ShapeFilter(TRIGGERS.keys());

function isLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122 ? true : c > 127 && text[0] !== text[0].toUpperCase();
}

function isNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isAllCaps(text: string): boolean {
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false; // the common case, "The", without a copy
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}
