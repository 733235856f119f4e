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
// Two passes over the word table: one to cut it into runs of name words, learning full names
// and collecting the bare and titled uses; one over the uses, each held against its surname's
// first full name.

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
 * The bare and titled uses of surnames, in order, as plain numbers (a long story has a great
 * many capitalised words, and an object per use would cost more than the word table itself).
 */
interface Uses {
  /** The surname's word index in the word table. */
  word: number[];
  /** Where the use starts: the surname, or the title before it ("Mr Smith"). */
  start: number[];
  /** The title's word index, or -1 for a bare surname. */
  title: number[];
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
    for (let u = 0; u < uses.word.length; u++) {
      const word = uses.word[u];
      const surname = baseOf(words.text(word));
      const person = people.get(surname);
      const start = uses.start[u];
      if (!person || start >= person.start || settled.has(surname)) continue;
      if (!surnameMayBeReported(ctx, surname, person, givenWords)) {
        settled.add(surname);
        continue;
      }
      headlines ??= headlineSpans(doc);
      if (insideAny(headlines, start) || insideAny(quotations(doc), start)) continue;
      // "Dr Nobles", "Mr Jordan": a title says a person is meant, whatever else the word may be.
      const reading = uses.title[u] !== -1 ? PERSON : readBareUse(ctx, words, word, surname, courtesy);
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

/** The kind of a word that does not start with a lower-case letter, its possessive ending left off. */
function kindOf(text: string): number {
  if (TITLES.has(text)) return TITLE;
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return OTHER;
  // "Vice-President", "Lieutenant-General".
  const hyphen = text.lastIndexOf('-');
  if (hyphen > 0 && TITLES.has(text.slice(hyphen + 1))) return TITLE;
  if (text.length === 1) return c >= 65 && c <= 90 ? INITIAL : OTHER;
  if (/^[A-Z]{2,5}$/.test(text)) return ACRONYM;
  return NAME_RE.test(text) && LOWER_RE.test(text) ? NAME : OTHER;
}

/** Set in a word's kind when it ends every run it is in: a possessive, "Jackson-style". */
const ENDS_RUN = 0x80;

/**
 * Cuts the words into runs of name words (joined by one space, or by ". " after an initial or
 * an abbreviated title) and reads each run: a full name, a titled surname, a bare surname, or
 * a longer name that is none of these.
 */
function readNames(ctx: RuleContext, words: WordTable) {
  const prose = ctx.doc.prose;
  const uses: Uses = { word: [], start: [], title: [] };
  const names = new Map<string, Names>();
  /** Words the story uses as first names: such a word is no surname to report. */
  const givenWords = new Set<string>();
  /** Surnames the story writes after a courtesy title ("Mr Ford"): a person, not the company. */
  const courtesy = new Set<string>();
  /** Each word's kind, with ENDS_RUN. */
  const kinds = new Uint8Array(words.length);
  const kind = (k: number) => kinds[k] & ~ENDS_RUN;
  const base = (k: number) => baseOf(words.text(k));
  const use = (k: number, start: number, title: number) => {
    uses.word.push(k);
    uses.start.push(start);
    uses.title.push(title);
  };

  const readRun = (from: number, to: number) => {
    // The surname is the last name word; an acronym after it ("John Smith MP") is left off, and
    // so is a sentence's first word after a lost full stop ("John Smith The …").
    let last = to;
    while (last > from && (kind(last) === ACRONYM || SENTENCE_STARTERS.has(base(last)))) last--;
    if (kind(last) !== NAME) return;
    if (last === from) return use(last, words.starts[last], -1);
    const surname = base(last);
    // What stands after the last title or acronym reads as the person's first names.
    let cut = last - 1;
    while (cut >= from && kind(cut) !== TITLE && kind(cut) !== ACRONYM) cut--;
    if (cut === last - 1) {
      const title = base(cut);
      if (kind(cut) !== TITLE || GIVEN_NAME_TITLES.has(title)) return;
      if (COURTESY_TITLES.has(title)) courtesy.add(surname);
      // The whole run is the title: "Prime Minister", "Health Secretary", "BBC Director General".
      return use(last, words.starts[from], cut);
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
        const reading = given === MAX_GIVEN ? NOT_GIVEN : readGivenName(ctx, base(k), vouched);
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
        use(last, words.starts[last], -1);
      }
      return;
    }
    // Particles belong between first name and surname, never at the start.
    while (kind(start) !== NAME) start++;
    if (cut >= from && cut === start - 1 && COURTESY_TITLES.has(base(cut))) courtesy.add(surname);
    // A body named after a person ("Paulsmeier Group", "Soros Foundation-Kazakhstan") is no one's name.
    if (NOT_SURNAMES.has(surname.split('-')[0]) || !SURNAME_RE.test(surname)) return;
    let entry = names.get(surname);
    if (!entry) {
      entry = { nearest: new Set(), doubtfulNearest: new Set(), doubtfulGiven: new Set(), shared: false };
      names.set(surname, entry);
    }
    const end = words.starts[last] + surname.length;
    const sure = !weak || vouched || personAfter(prose, end);
    const first = () => ({ start: words.starts[start], full: prose.slice(words.starts[start], end).replace(/\s+/g, ' ') });
    if (sure) entry.sure ??= first();
    else entry.doubtful ??= first();
    (sure ? entry.nearest : entry.doubtfulNearest).add(nearest);
    for (let k = start; k < last; k++) if (kind(k) === NAME) (sure ? givenWords : entry.doubtfulGiven).add(base(k));
    // "John and Mary Smith": a lone first name, "and", then this full name (not "Mary Jones and
    // Khalifa Haftar").
    const lone = from < 3 || kind(from - 3) === OTHER || !joined(prose, words, from - 2, kind(from - 3));
    if (start === from && from >= 2 && lone && kind(from - 2) === NAME) {
      const joiner = words.text(from - 1);
      const firstName = readGivenName(ctx, base(from - 2), false) !== NOT_GIVEN;
      if (firstName && (joiner === 'and' || joiner === '&') && /^\s+$/.test(prose.slice(words.end(from - 2), words.starts[from - 1]))) {
        entry.shared = true;
      }
    }
  };

  let runStart = -1;
  for (let i = 0; i < words.length; i++) {
    const text = words.text(i);
    const c = text.charCodeAt(0);
    let k: number;
    if (c >= 97 && c <= 122) {
      // Most words: lower case, so at most a particle ("van") or an "al-" name.
      k = NAME_PARTICLES.has(text) ? PARTICLE : text.includes('-') && NAME_RE.test(text) ? NAME : OTHER;
      kinds[i] = k;
    } else {
      const b = baseOf(text);
      k = b.length === 0 ? OTHER : kindOf(b);
      kinds[i] = b.length === text.length ? k : k | ENDS_RUN;
    }
    if (runStart !== -1 && (k === OTHER || kinds[i - 1] & ENDS_RUN || !joined(prose, words, i, kind(i - 1)))) {
      readRun(runStart, i - 1);
      runStart = -1;
    }
    if (k !== OTHER && runStart === -1) runStart = i;
  }
  if (runStart !== -1) readRun(runStart, words.length - 1);

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
  for (const p of doc.paragraphs) {
    const body = prose.slice(p.start, p.end);
    if (/[\r\n]/.test(body) || /[.!?:;,]["”’)]?$/.test(body)) continue;
    if (body.split(/\s+/).length <= 20) spans.push(p);
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

function isMarkdownHeading(text: string, p: Span): boolean {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(text.slice(lineStart, p.start + 1))) return true;
  const after = /^[^\S\r\n]*(?:\r\n|\r|\n) {0,3}(?:=+|-+)[^\S\r\n]*(?:\r\n|\r|\n|$)/;
  return after.test(text.slice(p.end, p.end + 200));
}
