// person-first-reference: a surname alone ("Smith said", "Mr Smith") before the story gives
// the person's full name ("John Smith, the minister"). News style names a person in full at
// the first reference; only the reporter knows the name, so there is no fix.
//
// The story's people are learned from the story: a run of capitalised words whose last word is
// a surname and whose words before it read as first names ("John Smith", "Abdul Hamid
// Dbeibah", "Prime Minister Tony Blair"). Precision comes first, so the rule is quiet wherever
// the bare word may be something else: a well-known single name (Obama, Madonna), a word of
// the style's `words`, a place ("Jordan", "in Lincoln"), a company, a film or a band by the
// words around it ("oil firm Exel", "biopic Kinsey"), part of a longer name ("Adam Smith
// Institute", "Smith & Nephew"), a surname two people of the story share ("John and Mary
// Smith"), a quotation, and headlines, captions and crossheads, where surnames alone are the
// convention. A surname that is also a word or a company's name ("Brown", "Glazer", "Ford")
// is reported only where the story shows a person: "Mr Ford" somewhere, "Ford said he", "Ford,
// 61,", "chairman Ford". No word list is needed; with the dictionary and the company list
// (resources) the rule is quieter still.
//
// Two passes: one over the word table to cut it into runs of name words, learning full names
// and collecting the bare and titled uses that may yet come before a full name; one over those
// uses, each held against its surname's first full name. The first pass is the rule's cost, so
// it works out a word's kind once per distinct word (kept by id in the vocabulary), by char
// codes where it can and without regular expressions, asks the dictionary of a first name once,
// and keeps the uses in a typed array reused by each check.

import { ShapeFilter } from '../text/shape-filter.js';
import { acceptedWord } from '../style-index.js';
import { insideAny, quotations } from '../text/definitions.js';
import type { Span, TextModel, WordTable } from '../text/model.js';
import { startsSentence } from '../text/names.js';
import type { Rule, RuleContext } from '../types.js';
import {
  ABBREVIATED_TITLES,
  CALENDAR,
  COURTESY_TITLES,
  DEMONYMS,
  GIVEN_NAMES,
  GIVEN_NAME_TITLES,
  NAME_PARTICLES,
  NOT_GIVEN_NAMES,
  NOT_PERSON_BEFORE,
  PLACES,
  NOT_SURNAMES,
  PERSON_ROLES,
  SENTENCE_STARTERS,
  TITLES,
  WELL_KNOWN_NAMES,
} from './data/well-known-names.js';

/** What a word may be inside a name. */
const OTHER = 0;
const NAME = 1; // a capitalised word: "Smith", "O'Neill", "al-Sisi"
const TITLE = 2; // "Mr", "President"
const INITIAL = 3; // "W" in "George W Bush"
const PARTICLE = 4; // "van", "de", "bin"
const ACRONYM = 5; // "MP", "US": ends what stands before the name, as a title does

/** Most first names a full name holds before its surname ("Abdul Hamid", "Andrew Lloyd"). */
const MAX_GIVEN = 3;

const NAME_RE = /^(?:\p{Lu}|(?:al|el|ad|as|ash|at|az|ul|ur|bin|ibn|abu|abd)-\p{Lu})[\p{L}\p{M}'’-]*$/u;
const LOWER_RE = /\p{Ll}/u;
/**
 * A surname's shape: a capital and a small letter ("Smith"), or a prefix and a capital
 * ("McGuire", "DeGroot", "O'Neill", "al-Sisi"); not "DVDs" or "iPod".
 */
const SURNAME_RE = /^(?:\p{Lu}\p{Ll}|(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}|O['’]\p{Lu}|(?:al|el|ad|as|ash|at|az|ul|ur|bin|ibn|abu|abd)-\p{Lu})/u;
/**
 * A first name's shape: a capital and a small letter, and a hyphen only between such parts
 * ("Jean-Paul", "DeShawn"; not "Madrid-based", "US-China" or "I'm").
 */
const GIVEN_RE = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]*)?(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)*$/u;
const ACRONYM_RE = /^[A-Z]{2,5}$/;
const POSSESSIVE_RE = /['’]s$/;
/** A lower-case ending after a hyphen: "-style", "-led", "-era". */
const LOWER_SUFFIX_RE = /(?<=\p{Ll})-\p{Ll}[\p{Ll}-]*$/u;

/** Words before a bare surname that make it a place: "in Lincoln", "near Washington". */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'around']);
/** Words after a bare surname that make it a family's or a group's name: "the Smith family". */
const GROUP_AFTER = new Set([
  'family', 'families', 'brothers', 'sisters', 'twins', 'household', 'clan', 'dynasty', 'couple',
  'children', 'sons', 'daughters', 'administration', 'government', 'era', 'camp', 'estate',
]);

/**
 * Words after a bare name that make it a work, a company or an eponym: "Kinsey starring Liam
 * Neeson", "Exel shares", "Parkinson's disease".
 */
const NOT_PERSON_AFTER = new Set([
  'starring', 'featuring', 'shares', 'plc', 'stock', 'subscribers', 'customers', 'users', 'spokesman',
  'spokeswoman', 'spokesperson', 'boss', 'bosses', 'executives', 'staff', 'workers', 'employees',
  'stores', 'shops', 'products', 'website', 'disease', 'syndrome', 'law', 'prize', 'award', 'medal',
  'effect', 'theory', 'principle', 'test', 'scale', 'report', 'review', 'inquiry', 'trophy', 'cup',
]);

/** Verbs next to a bare name that make it a person: "Glazer said", "said Glazer". */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'added', 'argued', 'insisted', 'warned', 'explained', 'admitted', 'claimed',
  'believes', 'thinks', 'wrote', 'writes', 'asked', 'replied', 'urged', 'announced', 'stressed',
  'noted', 'suggested', 'described', 'confirmed', 'denied', 'hinted', 'revealed',
]);

/**
 * The bare and titled uses of surnames, in order, as pairs of word indexes in one typed array
 * grown by doubling (a long story has a great many capitalised words, and an object or a
 * number[] entry per use would cost more than the word table itself): the surname's word, and
 * the word the use starts at, the surname itself for a bare use or the first word of the
 * title before it ("Mr Smith", "Prime Minister Blair"), whose last word is right before the
 * surname.
 */
class Uses {
  private pairs = new Int32Array(64);
  length = 0;

  push(word: number, startWord: number): void {
    if (2 * this.length === this.pairs.length) {
      const grown = new Int32Array(2 * this.pairs.length);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[2 * this.length] = word;
    this.pairs[2 * this.length + 1] = startWord;
    this.length++;
  }

  /** The surname's word index. */
  word(u: number): number {
    return this.pairs[2 * u];
  }

  /** The index of the word the use starts at. */
  startWord(u: number): number {
    return this.pairs[2 * u + 1];
  }

  /**
   * Empties it for another check: one Uses serves every check (storyUses), read only until
   * the check returns, so that a check makes no typed array for it (a long story's is let go).
   */
  reset(): this {
    this.length = 0;
    if (this.pairs.length > 1 << 16) this.pairs = new Int32Array(64);
    return this;
  }
}

const storyUses = new Uses();

/**
 * readGivenName's answers for one check: a story repeats its first names, and each answer
 * costs several look-ups in the dictionary. A word's two answers (unvouched, vouched for) are
 * packed in one number, each plus one in two bits (0: not asked yet), so that a look-up reads
 * no object. (Kept across checks they saved no time that could be measured, and a word sliced
 * from a story would keep the whole story in memory.)
 */
class GivenNameReader {
  private readonly readings = new Map<string, number>();

  constructor(private readonly ctx: RuleContext) {}

  read(word: string, vouched: boolean): number {
    const shift = vouched ? 2 : 0;
    const known = this.readings.get(word);
    const kept = known === undefined ? 0 : (known >> shift) & 3;
    if (kept !== 0) return kept - 1;
    const reading = readGivenName(this.ctx, word, vouched);
    this.readings.set(word, (known ?? 0) | ((reading + 1) << shift));
    return reading;
  }
}

/**
 * The full names of one surname, as the story writes them ("Abdul Hamid Dbeibah"): the first
 * that surely names a person, and the first whose first name may be a company's instead
 * ("Khalifa", "Louis", "Microsoft") with nothing around it to show a person, which counts
 * only if the story also writes "Mr …".
 */
interface Names {
  sure?: { start: number; full: string };
  doubtful?: { start: number; full: string };
  /** The first name right before the surname in each sure full name ("Hamid"). */
  nearest: Set<string>;
  doubtfulNearest: Set<string>;
  /** The first names of the doubtful full names, which count as first names if those do. */
  doubtfulGiven: Set<string>;
  /** Preceded by "John and": two people of that name. */
  shared: boolean;
}

/** What the story says of one surname. */
interface Person {
  /** Where its first full name starts, and that name as written. */
  start: number;
  full: string;
  /** The first name right before the surname in each full name ("Hamid" of "Abdul Hamid Dbeibah"). */
  given: Set<string>;
  /** "John and Mary Smith": two people share it. */
  shared: boolean;
}

export const personFirstReference: Rule = {
  meta: {
    id: 'person-first-reference',
    family: 'naming',
    description: "A surname alone before the person's full name appears.",
    explanation:
      'News style names a person in full at the first reference ("John Smith, the foreign ' +
      'minister") and by surname or title after that ("Smith", "Mr Smith"). Here the surname comes ' +
      'first and the full name only later, so the reader meets someone the story has not yet ' +
      'introduced. Give the full name at this first mention (there is no automatic fix: only you ' +
      'know how the story should introduce the person). Well-known single names (Obama, Madonna), ' +
      "the style's `words`, headlines and quotations are never reported.",
    defaultSeverity: 'information',
    fixable: false,
    messages: {
      beforeFullName: '"{use}" comes before the full name, "{full}": name the person in full at the first mention.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const words = doc.wordTable;
    if (words.length < 3) return;
    const { people, uses, givenWords, courtesy } = readNames(ctx, words);
    if (people.size === 0) return;
    let headlines: Span[] | undefined;
    const settled = new Set<string>();
    for (let u = 0; u < uses.length; u++) {
      const word = uses.word(u);
      const surname = baseOf(words.text(word));
      const person = people.get(surname);
      const titled = uses.startWord(u) !== word;
      const start = words.starts[uses.startWord(u)];
      if (!person || start >= person.start || settled.has(surname)) continue;
      if (!surnameMayBeReported(ctx, surname, person, givenWords)) {
        settled.add(surname);
        continue;
      }
      headlines ??= headlineSpans(doc);
      if (insideAny(headlines, start) || insideAny(quotations(doc), start)) continue;
      // "Dr Nobles", "Mr Jordan": a title says a person is meant, whatever else the word may be.
      const reading = titled ? PERSON : readBareUse(ctx, words, word, surname, courtesy);
      if (reading === THING) settled.add(surname);
      if (reading !== PERSON) continue;
      settled.add(surname);
      const end = words.starts[word] + surname.length;
      ctx.report({ messageId: 'beforeFullName', data: { use: doc.text.slice(start, end), full: person.full }, start, end });
    }
  },
};

/** A word without its possessive ending ("Smith's") or a lower-case ending ("Jackson-style", "Blair-led"). */
function baseOf(text: string): string {
  const n = text.length;
  if (n > 2 && text.charCodeAt(n - 1) === 115 && (text[n - 2] === "'" || text[n - 2] === '’')) return text.slice(0, -2);
  return text.includes('-') ? text.replace(LOWER_SUFFIX_RE, '') : text;
}

const PARTICLE_SHAPES = new ShapeFilter(NAME_PARTICLES);
const TITLE_SHAPES = new ShapeFilter(TITLES);

/** The kind of a word that does not start with a lower-case letter, its possessive ending left off. */
function kindOf(text: string): number {
  if (TITLE_SHAPES.mayHold(text) && TITLES.has(text)) return TITLE;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return OTHER;
  // "Vice-President", "Lieutenant-General".
  const hyphen = text.lastIndexOf('-');
  if (hyphen > 0 && TITLE_SHAPES.mayHold(text, hyphen + 1) && TITLES.has(text.slice(hyphen + 1))) return TITLE;
  if (text.length === 1) return c >= 65 && c <= 90 ? INITIAL : OTHER;
  const ascii = asciiKind(text);
  if (ascii !== -1) return ascii;
  if (ACRONYM_RE.test(text)) return ACRONYM;
  return NAME_RE.test(text) && LOWER_RE.test(text) ? NAME : OTHER;
}

/**
 * kindOf's last tests (ACRONYM_RE, then NAME_RE and LOWER_RE) by char codes, for a word of
 * two or more ASCII characters that starts with a capital; -1 for any other word. Regular
 * expressions cost more than the rest of kindOf together.
 */
function asciiKind(text: string): number {
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return -1;
  const n = text.length;
  let upper = 0;
  let lower = 0;
  let other = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 128) return -1;
    // What else NAME_RE allows of ASCII: an apostrophe and a hyphen.
    else if (c !== 39 && c !== 45) other = true;
  }
  if (upper === n && n <= 5) return ACRONYM;
  return !other && lower > 0 ? NAME : OTHER;
}

/** Set in a word's kind when it ends every run it is in: a possessive, "Jackson-style". */
const ENDS_RUN = 0x80;

/**
 * Whether a word that starts with a lower-case ASCII letter may be part of a name: a particle
 * ("van"), or an "al-" name, whose hyphen comes third or fourth ("al-Sisi", "abu-Bakr"). Nearly
 * every word of a story is ruled out here by a few char codes.
 */
function mayBeLowerNameWord(text: string): boolean {
  // The length first: past a word's end charCodeAt gives NaN.
  if (text.length > 3 && (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45)) return true;
  return PARTICLE_SHAPES.mayHold(text);
}

/**
 * Whether a word is of ASCII letters and digits alone, and so its own base: no possessive or
 * lower-case ending to take off (baseOf), and nothing for kindOf's regular expressions.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** The kind of a word of the story, with ENDS_RUN; `base` is baseOf(text). */
function kindOfWord(text: string, base: string): number {
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    // Lower case: at most a particle ("van") or an "al-" name, whatever its ending.
    return NAME_PARTICLES.has(text) ? PARTICLE : text.includes('-') && NAME_RE.test(text) ? NAME : OTHER;
  }
  const kind = base.length === 0 ? OTHER : kindOf(base);
  return base.length === text.length ? kind : kind | ENDS_RUN;
}

/** The owner of the kinds kept per word id in the vocabulary (Vocabulary.bytes). */
const KINDS = {};
/** Set in a kept kind: worked out (a kind may be OTHER, 0). */
const KNOWN = 0x40;
/** Set in a kept kind: the word's base is not the word itself (baseOf). */
const BASE_DIFFERS = 0x20;
const STORED_OTHER = KNOWN;

/** A word's kind with ENDS_RUN, KNOWN and BASE_DIFFERS, as kept by id. */
function storedKind(text: string): number {
  const c = text.charCodeAt(0);
  const lower = c >= 97 && c <= 122;
  // Most words are told by char codes alone: lower case and no particle or "al-" name, or
  // capitalised and of plain letters and digits, the word its own base.
  if (lower && !mayBeLowerNameWord(text)) return STORED_OTHER;
  if (!lower && isPlain(text)) return kindOf(text) | KNOWN;
  const base = baseOf(text);
  const kind = kindOfWord(text, base);
  return (kind & ~ENDS_RUN) === OTHER ? STORED_OTHER : kind | KNOWN | (base !== text ? BASE_DIFFERS : 0);
}

/** Whether a word may end a full name. */
function surnameShape(surname: string): boolean {
  // A body named after a person ("Paulsmeier Group", "Soros Foundation-Kazakhstan") is no one's name.
  const hyphen = surname.indexOf('-');
  return !NOT_SURNAMES.has(hyphen === -1 ? surname : surname.slice(0, hyphen)) && SURNAME_RE.test(surname);
}

/**
 * Cuts the words into runs of name words (joined by one space, or by ". " after an initial or
 * an abbreviated title) and reads each run: a full name, a titled surname, a bare surname, or
 * a longer name that is none of these.
 */
function readNames(ctx: RuleContext, words: WordTable) {
  const prose = ctx.doc.prose;
  const reader = new GivenNameReader(ctx);
  /**
   * The uses that may come before their surname's first full name: none after a full name
   * that surely names a person, which comes first then whatever else the story holds (a
   * doubtful one counts only if earlier still).
   */
  const uses = storyUses.reset();
  const names = new Map<string, Names>();
  /** Words the story uses as first names: such a word is no surname to report. */
  const givenWords = new Set<string>();
  /** Surnames the story writes after a courtesy title ("Mr Ford"): a person, not the company. */
  const courtesy = new Set<string>();
  /**
   * The kinds (with ENDS_RUN) and bases of the words of the run being cut, from word runFrom
   * on: read once for each word as the run grows, and asked again and again as it is read.
   */
  const runKinds: number[] = [];
  const runBases: string[] = [];
  let runFrom = -1;
  /** The run's length (the arrays are reused, not emptied: setting `length` cost more than the rest). */
  let runLength = 0;
  const kind = (k: number) => runKinds[k - runFrom] & ~ENDS_RUN;
  const base = (k: number) => runBases[k - runFrom];
  /** The kind of a word before the run. */
  const kindBefore = (k: number) => {
    const text = words.text(k);
    return kindOfWord(text, baseOf(text)) & ~ENDS_RUN;
  };
  const use = (k: number, startWord: number) => {
    if (names.get(base(k))?.sure === undefined) uses.push(k, startWord);
  };

  const readRun = (from: number, to: number) => {
    // The surname is the last name word; an acronym after it ("John Smith MP") is left off, and
    // so is a sentence's first word after a lost full stop ("John Smith The …").
    let last = to;
    while (last > from && (kind(last) === ACRONYM || SENTENCE_STARTERS.has(base(last)))) last--;
    if (kind(last) !== NAME) return;
    if (last === from) return use(last, last);
    const surname = base(last);
    // What stands after the last title or acronym reads as the person's first names.
    let cut = last - 1;
    while (cut >= from && kind(cut) !== TITLE && kind(cut) !== ACRONYM) cut--;
    if (cut === last - 1) {
      const title = base(cut);
      if (kind(cut) !== TITLE || GIVEN_NAME_TITLES.has(title)) return;
      if (COURTESY_TITLES.has(title)) courtesy.add(surname);
      // The whole run is the title: "Prime Minister", "Health Secretary", "BBC Director General".
      return use(last, from);
    }
    // A title or a noun for a person before the name vouches for its first names, even for one
    // that is also a word ("Mr Dieter Kosslick", "festival director Dieter Kosslick").
    const vouched = cut >= from ? kind(cut) === TITLE : roleBefore(ctx, words, from);
    // The longest stretch before the surname whose name words all read as first names.
    let start = last;
    let given = 0;
    let weak = false;
    let nearest = '';
    for (let k = last - 1; k > cut; k--) {
      if (kind(k) === NAME) {
        const reading = given === MAX_GIVEN ? NOT_GIVEN : reader.read(base(k), vouched);
        if (reading === NOT_GIVEN) break;
        if (reading === WEAK_GIVEN) weak = true;
        given++;
        if (!nearest) nearest = base(k);
      } else if (kind(k) !== INITIAL && kind(k) !== PARTICLE) break;
      start = k;
    }
    if (given === 0) {
      // "Meanwhile Smith said", "Director Kashyap said": a common word that starts the
      // sentence, then a bare surname.
      if (cut < from && last === from + 1 && startsSentence(prose, words.starts[from]) && isCommonWord(ctx, base(from))) {
        use(last, last);
      }
      return;
    }
    // Particles belong between first name and surname, never at the start.
    while (kind(start) !== NAME) start++;
    if (cut >= from && cut === start - 1 && COURTESY_TITLES.has(base(cut))) courtesy.add(surname);
    if (!surnameShape(surname)) return;
    let entry = names.get(surname);
    if (!entry) {
      entry = { nearest: new Set(), doubtfulNearest: new Set(), doubtfulGiven: new Set(), shared: false };
      names.set(surname, entry);
    }
    const end = words.starts[last] + surname.length;
    const sure = !weak || vouched || personAfter(prose, end);
    if (sure) entry.sure ??= fullName(prose, words.starts[start], end);
    else entry.doubtful ??= fullName(prose, words.starts[start], end);
    (sure ? entry.nearest : entry.doubtfulNearest).add(nearest);
    for (let k = start; k < last; k++) if (kind(k) === NAME) (sure ? givenWords : entry.doubtfulGiven).add(base(k));
    // "John and Mary Smith": a lone first name, "and", then this full name (not "Mary Jones and
    // Khalifa Haftar").
    if (start === from && from >= 2 && kindBefore(from - 2) === NAME) {
      const lone = from < 3 || kindBefore(from - 3) === OTHER || !joined(prose, words, from - 2, kindBefore(from - 3));
      const joiner = words.text(from - 1);
      if (lone && (joiner === 'and' || joiner === '&') && reader.read(baseOf(words.text(from - 2)), false) !== NOT_GIVEN) {
        if (/^\s+$/.test(prose.slice(words.end(from - 2), words.starts[from - 1]))) entry.shared = true;
      }
    }
  };

  const known = words.vocabulary.bytes(KINDS, words.vocabularySize);
  for (let i = 0; i < words.length; i++) {
    // A word's kind is worked out once per distinct word, and kept by id (known).
    const id = words.id(i);
    let stored = known[id];
    if (stored === 0) known[id] = stored = storedKind(words.text(i));
    if (stored === STORED_OTHER) {
      if (runFrom !== -1) {
        readRun(runFrom, i - 1);
        runFrom = -1;
        runLength = 0;
      }
      continue;
    }
    const kindAndEnd = stored & ~(KNOWN | BASE_DIFFERS);
    const text = words.text(i);
    const b = stored & BASE_DIFFERS ? baseOf(text) : text;
    const k = kindAndEnd & ~ENDS_RUN;
    if (runFrom !== -1) {
      const previous = runKinds[runLength - 1];
      if (k === OTHER || previous & ENDS_RUN || !joined(prose, words, i, previous & ~ENDS_RUN)) {
        readRun(runFrom, i - 1);
        runFrom = -1;
        runLength = 0;
      }
    }
    if (k === OTHER) continue;
    if (runFrom === -1) runFrom = i;
    runKinds[runLength] = kindAndEnd;
    runBases[runLength] = b;
    runLength++;
  }
  if (runFrom !== -1) readRun(runFrom, words.length - 1);

  // The people: each surname's first full name, a doubtful one only with "Mr …" in the story.
  const people = new Map<string, Person>();
  for (const [surname, entry] of names) {
    let first = entry.sure;
    const nearest = entry.nearest;
    if (entry.doubtful && courtesy.has(surname)) {
      if (!first || entry.doubtful.start < first.start) first = entry.doubtful;
      for (const g of entry.doubtfulNearest) nearest.add(g);
      for (const g of entry.doubtfulGiven) givenWords.add(g);
    }
    if (first) people.set(surname, { start: first.start, full: first.full, given: nearest, shared: entry.shared });
  }
  return { people, uses, givenWords, courtesy };
}

/** A full name where it starts, as written with its white space runs collapsed to one space. */
function fullName(prose: string, start: number, end: number): { start: number; full: string } {
  return { start, full: prose.slice(start, end).replace(/\s+/g, ' ') };
}

/** Whether word i continues the run of the word before it: one space between them, or ". " after "Mr" or an initial. */
function joined(prose: string, words: WordTable, i: number, previousKind: number): boolean {
  const from = words.end(i - 1);
  const gap = words.starts[i] - from;
  const c = prose.charCodeAt(from);
  if (gap === 1) return c === 32 || c === 0xa0;
  if (gap !== 2 || c !== 46) return false;
  const d = prose.charCodeAt(from + 1);
  return (d === 32 || d === 0xa0) && (previousKind === INITIAL || ABBREVIATED_TITLES.has(words.text(i - 1)));
}

/** How a capitalised word before a surname reads. */
const GIVEN = 0;
/** A first name that is also a company's name ("Louis", "Philip"), or a company ("Microsoft"). */
const WEAK_GIVEN = 1;
const NOT_GIVEN = 2;

/**
 * Whether a capitalised word before a surname reads as a first name: not the first word of a
 * place or a body ("North", "New"), not a word that starts sentences ("Meanwhile"), and not a
 * common word the dictionary has only in lower case ("Great Britain", "Silicon Valley"), unless
 * a title or a noun for a person vouches for it.
 */
function readGivenName(ctx: RuleContext, word: string, vouched: boolean): number {
  if (GIVEN_NAMES.has(word)) return GIVEN;
  if (NOT_GIVEN_NAMES.has(word) || PLACES.has(word) || DEMONYMS.has(word) || !GIVEN_RE.test(word)) return NOT_GIVEN;
  const { companies, dictionary } = ctx.resources;
  if (!vouched && dictionary && dictionary.has(word.toLowerCase()) && !dictionary.has(word)) return NOT_GIVEN;
  return companies?.has(word) ? WEAK_GIVEN : GIVEN;
}

/** Whether the word before word k is a noun for a person ("director", "singer"), on the same line. */
function roleBefore(ctx: RuleContext, words: WordTable, k: number): boolean {
  if (k === 0) return false;
  const prose = ctx.doc.prose;
  return PERSON_ROLES.has(words.text(k - 1)) && /^[^\S\r\n]+$/.test(prose.slice(words.end(k - 1), words.starts[k]));
}

/** A word of the language rather than a name: a sentence starter, or a word the dictionary has only in lower case. */
function isCommonWord(ctx: RuleContext, word: string): boolean {
  if (SENTENCE_STARTERS.has(word)) return true;
  const dictionary = ctx.resources.dictionary;
  return dictionary !== undefined && !GIVEN_NAMES.has(word) && dictionary.has(word.toLowerCase()) && !dictionary.has(word);
}

/** The checks that hold for every use of a surname, asked once per surname. */
function surnameMayBeReported(ctx: RuleContext, surname: string, person: Person, givenWords: ReadonlySet<string>): boolean {
  if (WELL_KNOWN_NAMES.has(surname) || NOT_SURNAMES.has(surname) || DEMONYMS.has(surname)) return false;
  if (SENTENCE_STARTERS.has(surname) || CALENDAR.has(surname)) return false;
  // Two people share it ("John Smith" and "Mary Smith"), or it is someone's first name too.
  if (person.shared || person.given.size > 1 || givenWords.has(surname)) return false;
  return !acceptedWord(ctx, surname);
}

/** How a bare surname reads where it stands. */
const PERSON = 0;
/** A place, a company, a work: the story's word for something else, never to be reported. */
const THING = 1;
/** A place, a family, a common word at a sentence start: not this use, but perhaps a later one. */
const UNSURE = 2;

/** Whether a bare surname reads as the person here, or as a place, a company, a work, a family. */
function readBareUse(ctx: RuleContext, words: WordTable, i: number, surname: string, courtesy: ReadonlySet<string>): number {
  const prose = ctx.doc.prose;
  const start = words.starts[i];
  const end = start + surname.length;
  const sameLine = (from: number, to: number) => /^[^\S\r\n]+$/.test(prose.slice(from, to));
  const previous = i > 0 && sameLine(words.end(i - 1), start) ? words.text(i - 1) : '';
  const next = i + 1 < words.length && sameLine(words.end(i), words.starts[i + 1]) ? words.text(i + 1) : '';
  /** Whether word k is capitalised and stands on the same line as the word after it. */
  const capitalBefore = (k: number) => k >= 0 && /^\p{Lu}/u.test(words.text(k)) && sameLine(words.end(k), words.starts[k + 1]);
  const possessive = POSSESSIVE_RE.test(words.text(i));
  // A place, here at least; "Mr Jordan" may still come before "Eddie Jordan".
  if (PLACES.has(surname) || (PLACE_BEFORE.has(previous) && !possessive)) return UNSURE;
  if (NOT_PERSON_BEFORE.has(previous.toLowerCase()) || NOT_PERSON_AFTER.has(next)) return THING;
  // "(Voip)": a short form in brackets after what it stands for.
  if (prose[start - 1] === '(' && prose[end] === ')') return THING;
  // "Smith & Nephew", "Marks & Spencer"; "Chambers of Commerce", "Bank of England".
  if (/^\s*&\s*\p{Lu}/u.test(prose.slice(end, end + 4))) return THING;
  if (/\p{L}\s*&\s*$/u.test(prose.slice(Math.max(0, start - 4), start))) return THING;
  if (previous === 'of' && capitalBefore(i - 2)) return THING;
  // "Foster's, Strongbow and …", "at Sainsbury's.": a possessive with no noun is a shop or a brand.
  if (possessive && !/^[^\S\r\n]+\p{Ll}/u.test(prose.slice(end + 2, end + 4))) return THING;
  // "Apollo 13", "Formula 1": a title or a product.
  if (/^\p{N}/u.test(next)) return THING;
  if (GROUP_AFTER.has(next)) return UNSURE;
  const { companies, dictionary } = ctx.resources;
  const company = companies?.has(surname) === true || companies?.has(`${surname}'s`) === true;
  const word = dictionary?.has(surname.toLowerCase()) === true;
  // "Brown and Williamson": a lone name and another joined by "and" may be a firm; "Commerce and
  // Industry Minister", "Jacob's Creek": a word that is also a name's may be part of another.
  if ((previous === 'and' || previous === '&') && capitalBefore(i - 2) && !capitalBefore(i - 3)) return UNSURE;
  if (company || word) {
    if ((next === 'and' || next === '&') && i + 2 < words.length && /^\p{Lu}/u.test(words.text(i + 2))) return UNSURE;
    if (/^\p{Lu}/u.test(previous) && POSSESSIVE_RE.test(previous)) return UNSURE;
  }
  // A surname that is also a company's name ("Smith", "Ford"), only a word to the dictionary
  // ("Glazer", "Five"), or a word at a sentence start, where the capital says nothing ("Brown
  // rice"), is a person here only if the story shows one: "Mr Ford" somewhere, "minister
  // Smith", "Smith, 45,", "Smith said he …"; for a word, "Glazer said" will do.
  const common = word && !dictionary!.has(surname);
  if (!company && !common && !(word && startsSentence(prose, start))) return PERSON;
  if (courtesy.has(surname) || PERSON_ROLES.has(previous) || personAfter(prose, end, company)) return PERSON;
  return !company && SPEECH_VERBS.has(previous) ? PERSON : UNSURE;
}

/** An apposition for a person after a name: "…, 45,", "…, who". */
const APPOSITION_RE = /^(?:['’]s)?,\s+(?:\d{1,3},|who\b|whose\b)/;
/** "he" or "she" within a few words after a name: "Smith said he", "Smith told reporters she". */
const PRONOUN_RE = /^(?:['’]s)?,?\s+(?:\p{Ll}+\s+){0,2}(?:he|she)\b/u;
const SAID_RE = new RegExp(`^[^\\S\\r\\n]+(?:${[...SPEECH_VERBS].join('|')})\\b`);

/**
 * Whether the words after a name show a person: an apposition such as ", 45," or ", who", or
 * "he" or "she" a few words on; a verb of speech ("… said") too, unless `pronounNeeded` (a
 * company also "said").
 */
function personAfter(prose: string, end: number, pronounNeeded = false): boolean {
  const after = prose.slice(end, end + 80);
  return APPOSITION_RE.test(after) || PRONOUN_RE.test(after) || (!pronounNeeded && SAID_RE.test(after));
}

/**
 * Headlines, crossheads and captions, where a surname alone is the convention: in Markdown
 * every heading; in plain text the first line, and any line standing as a paragraph of its own
 * with no closing punctuation and at most 20 words.
 */
function headlineSpans(doc: TextModel): Span[] {
  const text = doc.text;
  // In Markdown the front matter's title is the headline too.
  if (doc.languageId === 'markdown') return [...doc.frontMatterTitles, ...doc.paragraphs.filter((p) => isMarkdownHeading(text, p))].sort((a, b) => a.start - b.start);
  const prose = doc.prose;
  const spans: Span[] = [];
  const first = /\S[^\r\n]*/.exec(prose);
  if (first) spans.push({ start: first.index, end: first.index + first[0].trimEnd().length });
  for (const p of doc.paragraphs) if (standsAsHeadline(prose, p.start, p.end)) spans.push(p);
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** Closing punctuation: a paragraph that ends with one, alone or before a closing quote or bracket, is no headline. */
const CLOSING = new Set(['.', '!', '?', ':', ';', ','].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set(['"', '”', '’', ')'].map((c) => c.charCodeAt(0)));

/**
 * Whether prose from start to end is a line with no closing punctuation and at most 20 words,
 * counted as the pieces /\s+/ cuts it into: read in place, not sliced and split (a string and
 * an array for every paragraph of a long draft).
 */
function standsAsHeadline(prose: string, start: number, end: number): boolean {
  if (end > start) {
    const last = prose.charCodeAt(end - 1);
    if (CLOSING.has(last) || (CLOSERS.has(last) && end - 2 >= start && CLOSING.has(prose.charCodeAt(end - 2)))) return false;
  }
  // Runs of white space: one fewer than the pieces.
  let runs = 0;
  let inRun = false;
  for (let i = start; i < end; i++) {
    const c = prose.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (!isSpace(c)) inRun = false;
    else if (!inRun) {
      inRun = true;
      if (++runs === 20) return false;
    }
  }
  return true;
}

/** Whether each UTF-16 unit is white space to /\s/: 1 yes, 2 no, 0 not asked yet. */
const SPACE = new Uint8Array(0x10000);

function isSpace(c: number): boolean {
  if (SPACE[c] === 0) SPACE[c] = /\s/.test(String.fromCharCode(c)) ? 1 : 2;
  return SPACE[c] === 1;
}

function isMarkdownHeading(text: string, p: Span): boolean {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(text.slice(lineStart, p.start + 1))) return true;
  const after = /^[^\S\r\n]*(?:\r\n|\r|\n) {0,3}(?:=+|-+)[^\S\r\n]*(?:\r\n|\r|\n|$)/;
  return after.test(text.slice(p.end, p.end + 200));
}
