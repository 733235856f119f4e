// The words of a story that no word list knows, names spared: what `spelling` reports and, for
// those that are two words run together ("thelast"), what `run-together-words` splits. Both
// rules read one list, worked out once per check, so a word goes to one rule or the other.
//
// A word is known when the dictionary has it (either locale: which locale's spelling a story
// should use is the dialect rule's question), in its own case or, for a lowercase word,
// capitalised ("european") or, if short, in capitals ("tv"); or the company list, the style or
// the draft accepts it. Then, word by word:
// - not checked: words with digits (10km, 1960s, 3rd), in capitals (BBC, NATO), with a capital
//   inside (iPhone, McDonald), of one letter, not in Latin script, on the misspelling list
//   (that rule's), Roman numerals and unit abbreviations (km, mph, bn), letters drawn out on
//   purpose (pleeease);
// - possessives are checked by their stem (BBC's, Haftar’s), contractions and elisions by their
//   parts (we'll, rock'n'roll, o'clock); curly apostrophes read as straight ones; accented
//   words are also tried without their accents (naïve, café);
// - hyphenated compounds part by part (well-known, anti-vaccine, mid-2004), common prefixes
//   (re-, co-, non-, self-, …) accepted as parts, capitalised parts inside one taken for names
//   (pro-Haftar), and a short particle before a name too (al-Sisi, bin-Laden); closed
//   compounds of known words when no word in use is a keystroke away (text/run-together.ts);
// - a capitalised word is a name in mid-sentence, never reported; at the start of a sentence
//   its lower case is tried, and it is a name if the story writes it capitalised elsewhere.
//
// What the word lists say of a word is remembered across checks (WordChecker); what the style
// and the draft accept is applied per check.

import { acceptedWord } from '../style-index.js';
import type { Resources, Style, SpellingDictionary } from '../types.js';
import type { TextModel, WordTable } from './model.js';
import { startsSentence } from './names.js';
import { hasWordOneEditAway, ProbeBudget, readsAsCompound, sensibleSplit } from './run-together.js';

export interface UnknownWord {
  start: number;
  end: number;
  /** The word, or the part of a compound, as written. */
  text: string;
  /** Its reading as two words run together, cased as written ("In the"), if it has one. */
  split?: string;
}

interface Context {
  doc: TextModel;
  resources: Resources;
  style: Style;
}

/** The unknown words of the document, in order; empty without a dictionary. */
export function unknownWords(ctx: Context): readonly UnknownWord[] {
  const { doc, resources, style } = ctx;
  const dictionary = resources.dictionary;
  if (!dictionary) return [];
  const memo = doc.memo('spelling:unknown', () => ({ resources, style, words: [] as UnknownWord[], done: false }));
  if (memo.done && memo.resources === resources && memo.style === style) return memo.words;
  const words = find(ctx, dictionary);
  Object.assign(memo, { resources, style, words, done: true });
  return words;
}

/** When an unknown part is reported. */
const enum When {
  /** A lowercase word: always. */
  Always,
  /**
   * A capitalised word: only at the start of a sentence, if the story never uses it as a name,
   * no capitalised word follows it (a first name: "Kamal Nath") and its lower case is one
   * keystroke from a word ("Nonethless"); a capitalised word no word is near is a name.
   */
  Capital,
  /** A lowercase part after a capitalised one ("Ji-chang", "Anti-vacine"): only at a sentence start. */
  AfterCapital,
}

interface Part {
  /** Where the part starts in the word. */
  offset: number;
  text: string;
  when: When;
  /** When.Capital: a typo (true), a name (false), not yet known (undefined); settled at the first use at a sentence start. */
  typo?: boolean;
  split?: string;
}

/** Nothing to report in the word. */
const KNOWN: readonly Part[] = [];

function find(ctx: Context, dictionary: SpellingDictionary): UnknownWord[] {
  const { doc } = ctx;
  const table = doc.wordTable;
  const prose = doc.prose;
  const checker = checkerFor(ctx.resources, dictionary);
  checker.budget = new ProbeBudget();
  // The verdicts with the style and the draft's copydesk-ignore words applied, per distinct
  // word. Known words are asked of the dictionary each time: its hash index answers faster
  // than a Map of the story's words.
  const verdicts = new Map<string, readonly Part[]>();
  const found: UnknownWord[] = [];
  // Capitalised words at a sentence start, settled once every name of the story is known.
  const capitals: { at: number; part: Part; whole: string }[] = [];
  // The capitalised unknown words written in mid-sentence: names (instead of usedAsName's
  // index of every word, which costs a sentence test per word of the story).
  const names = new Set<string>();
  const inDictionary = dictionaryVerdicts(table, dictionary);
  for (let i = 0; i < table.length; i++) {
    // The dictionary's answer by the text's id: once per distinct word of the process's
    // vocabulary, not once per word of every check (see dictionaryVerdicts).
    const id = table.id(i);
    let listed = inDictionary[id];
    if (listed === UNASKED) inDictionary[id] = listed = dictionary.has(table.text(i)) ? LISTED : UNLISTED;
    if (listed === LISTED) continue;
    const text = table.text(i);
    let parts = verdicts.get(text);
    if (parts === undefined) verdicts.set(text, (parts = accepted(ctx, text, checker.check(text))));
    if (parts === KNOWN) continue;
    const start = table.starts[i];
    const end = start + text.length;
    if (outsideCopy(prose, start, end, text, dictionary)) continue;
    let atStart: boolean | undefined;
    for (const part of parts) {
      if (part.when !== When.Always) {
        atStart ??= startsSentence(prose, start);
        if (!atStart) {
          if (part.when === When.Capital) names.add(text);
          continue;
        }
        if (part.when === When.Capital) {
          if (capitalFollows(prose, end)) continue;
          capitals.push({ at: found.length, part, whole: text });
        }
      }
      const at = start + part.offset;
      found.push({ start: at, end: at + part.text.length, text: part.text, ...(part.split ? { split: part.split } : {}) });
    }
  }
  if (capitals.length === 0) return found;
  const dropped = new Set<number>();
  for (const { at, part, whole } of capitals) {
    if (!isName(names, whole)) {
      if (part.typo === undefined) checker.settleCapital(part);
      if (part.split) found[at].split = part.split;
      if (part.typo || part.split) continue;
    }
    dropped.add(at);
  }
  return found.filter((_, i) => !dropped.has(i));
}

const UNASKED = 0;
const LISTED = 1;
const UNLISTED = 2;

/**
 * Whether the dictionary has each text of the table's vocabulary, as asked so far (UNASKED,
 * LISTED, UNLISTED by id). The process's vocabulary is shared by every short text checked, so
 * a common word is looked up once per process: that look-up, per word of every check, was a
 * tenth of a check.
 */
function dictionaryVerdicts(table: WordTable, dictionary: SpellingDictionary): Uint8Array {
  return table.vocabulary.bytes(dictionary, table.vocabularySize);
}

/** The unknown parts of a word that the style and the draft do not accept either. */
function accepted(ctx: Context, word: string, parts: readonly Part[]): readonly Part[] {
  if (parts === KNOWN) return KNOWN;
  if (acceptedWord(ctx, word)) return KNOWN;
  const left = parts.filter((p) => p.text === word || !acceptedWord(ctx, p.text));
  return left.length ? left : KNOWN;
}

/** One checker per resources (loaded once per process), its verdicts kept across checks. */
const checkers = new WeakMap<Resources, WordChecker>();

function checkerFor(resources: Resources, dictionary: SpellingDictionary): WordChecker {
  let checker = checkers.get(resources);
  if (!checker || checker.dictionary !== dictionary) checkers.set(resources, (checker = new WordChecker(resources, dictionary)));
  return checker;
}

/** Written capitalised in mid-sentence somewhere in the story, as is or as a possessive. */
function isName(names: ReadonlySet<string>, text: string): boolean {
  if (names.size === 0) return false;
  const stem = withoutPossessive(text);
  return names.has(text) || names.has(stem) || names.has(`${stem}'s`) || names.has(`${stem}’s`);
}

/** A capitalised word right after `end`, on the same line: "Kamal Nath", "Linkin Park". */
function capitalFollows(prose: string, end: number): boolean {
  let i = end;
  while (prose[i] === ' ' || prose[i] === '\u00a0') i++;
  return i > end && i < prose.length && /\p{Lu}/u.test(prose[i]);
}

/**
 * Spoken forms and fragments of other things: ’em, ’til, 'orrible, goin' (a dropped g), #hashtags,
 * @handles, &amp; and caf&#233;, .png and .uk.
 */
function outsideCopy(prose: string, start: number, end: number, text: string, dictionary: SpellingDictionary): boolean {
  const before = prose[start - 1];
  const after = prose[end];
  if (before === '#' || before === '@' || before === '&' || after === '&') return true;
  if (before === '.' && !/[\p{L}\p{N}]/u.test(prose[start - 2] ?? ' ')) return true;
  if ((after === "'" || after === '’') && dictionary.has(`${text.toLowerCase()}g`)) return true;
  if (before === "'" || before === '’') {
    // A dropped h or first syllable: 'orrible, 'ello, 'em, 'til.
    const lower = text.toLowerCase();
    if (ELIDED.has(lower) || dictionary.has(`h${lower}`)) return true;
  }
  return false;
}

/** Words with their first letters dropped: 'em, 'til, 'cause, 'bout, 'n'. */
const ELIDED = new Set(['em', 'til', 'tis', 'twas', 'cause', 'bout', 'round', 'n']);

/** Prefixes written with a hyphen, accepted as parts of a compound (not its last). */
const PREFIXES = new Set(
  (
    're pre co non anti pro ex post mid well self semi multi sub over under inter cross half ultra mega ' +
    'un de dis mis super hyper tele eco bio cyber neo quasi pseudo micro macro mini bi tri counter vice e'
  ).split(' '),
);

/** Suffixes written with a hyphen, accepted as parts of a compound (not its first): X-ers, Blair-ite. */
const SUFFIXES = new Set('ers er ish esque ism isms ist ists ite ites'.split(' '));

/** Abbreviations written in lower case: units after a number (10 km, 5 bn, 20 mph), ie, eg. */
const ABBREVIATIONS = new Set(
  ('km kg mph kph bn mn ft cm mm mg ml kw kwh mw gw ghz mhz khz mb gb tb kb mbps kbps gbps sq lb lbs oz ' +
    'hrs mins secs yrs pm am bpd mpg rpm dpi fps ppm ie eg cf vs etc approx aka').split(' '),
);

/** Contractions whose stem is not a word on its own. */
const IRREGULAR = new Set(["can't", "won't", "shan't", "ain't", "y'all", "ma'am"]);

const ROMAN_RE = /^(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;
const LATIN_RE = /^[\p{Script=Latin}\p{M}'‐-]+$/u;
const DIGIT_RE = /\p{N}/u;
const CONTRACTION_RE = /^(.+?)(n't|'ll|'re|'ve|'d|'m|'s)$/;
/** A letter three times or more in a row: "pleeease", "hmmmm" (or a doubled letter doubled: "seeem"). */
const TRIPLE_RE = /(\p{L})\1\1+/gu;
const HAS_TRIPLE_RE = /(\p{L})\1\1/u;

/** The company list in lower case, for "Ebay" and "Itunes" at a sentence start (once per list). */
const lowerCompanies = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Verdicts kept per checker; a long story of distinct typos clears them now and then. */
const VERDICT_LIMIT = 50_000;

/**
 * What the word lists say of a word: its unknown parts, or KNOWN. The style and the draft's
 * own words come after (`accepted`), so the verdicts hold for every check with these resources.
 */
class WordChecker {
  private readonly misspellings: Resources['misspellings'];
  private readonly companies: ReadonlySet<string>;
  private companiesLower: Set<string> | undefined;
  private readonly verdicts = new Map<string, readonly Part[]>();

  constructor(
    resources: Resources,
    readonly dictionary: SpellingDictionary,
  ) {
    this.misspellings = resources.misspellings;
    this.companies = resources.companies ?? new Set();
  }

  /** This check's budget of costly searches (see ProbeBudget). */
  budget = new ProbeBudget();

  check(word: string): readonly Part[] {
    let parts = this.verdicts.get(word);
    if (parts === undefined) {
      const refused = this.budget.refused;
      parts = this.judge(word);
      // A verdict the budget cut short holds for this check only.
      if (this.budget.refused !== refused) return parts;
      if (this.verdicts.size >= VERDICT_LIMIT) this.verdicts.clear();
      this.verdicts.set(word, parts);
    }
    return parts;
  }

  private judge(word: string): readonly Part[] {
    if (DIGIT_RE.test(word)) return KNOWN;
    // A capitalised word in lower case first: most are "The", "But" at a sentence start.
    const lower = word.toLowerCase();
    if (lower !== word && lower.slice(1) === word.slice(1) && this.dictionary.has(lower)) return KNOWN;
    const text = word.includes('’') ? word.replace(/’/g, "'") : word;
    if (!LATIN_RE.test(text)) return KNOWN;
    const stem = withoutPossessive(text);
    if (stem.length <= 1 || isCapitals(stem)) return KNOWN;
    if (this.known(stem)) return KNOWN;
    // A word on the misspelling list is that rule's.
    if (this.misspellings?.has(lower)) return KNOWN;
    if (!/[-‐]/.test(stem)) {
      const part = this.checkPart(stem, 0, true, undefined, undefined, true);
      return part ? [part] : KNOWN;
    }
    // A compound: as a whole in title case (Hi-Fi), without its hyphens (docu-drama, e-mail),
    // or the plural of one (hi-fis, so-and-sos).
    if (this.knownCompound(stem) || (/[^s]s$/.test(stem) && this.knownCompound(stem.slice(0, -1)))) return KNOWN;
    const parts: Part[] = [];
    const pieces = stem.split(/[-‐]/);
    const first = pieces[0].length > 1 ? caseShape(pieces[0]) : 'lower';
    let offset = 0;
    for (let p = 0; p < pieces.length; p++) {
      const part = this.checkPart(pieces[p], offset, p === pieces.length - 1, pieces[p + 1], p > 0 ? first : undefined);
      if (part) parts.push(part);
      offset += pieces[p].length + 1;
    }
    return parts.length ? parts : KNOWN;
  }

  /**
   * The part as unknown, or undefined when it is fine. `first`: the case of a compound's first
   * part; `whole`: the part is the whole word, already looked up.
   */
  private checkPart(part: string, offset: number, last: boolean, next: string | undefined, first: string | undefined, whole = false): Part | undefined {
    if (part.length <= 1 || DIGIT_RE.test(part) || isCapitals(part)) return undefined;
    const lower = part.toLowerCase();
    if (!last && PREFIXES.has(lower)) return undefined;
    if (offset > 0 && SUFFIXES.has(lower)) return undefined;
    // (`whole`: the part is the word, which judge() has looked up already.)
    if (!whole && (this.known(part) || this.knownAsWord(part, true))) return undefined;
    const shape = caseShape(part);
    if (shape === 'mixed') return undefined;
    if (shape === 'capital') {
      // A name: inside a compound (pro-Haftar), or before another capitalised part (Jean-Pierre).
      if (offset > 0 || (next !== undefined && caseShape(next) === 'capital')) return undefined;
      // (A closed compound, "Gameshow", is near no word, so settleCapital takes it for a name.)
      if (this.isCompanyInAnyCase(part) || this.expressive(lower)) return undefined;
      return { offset, text: part, when: When.Capital };
    }
    // A particle before a name: al-Sisi, el-Sisi, bin-Laden, ibn-Saud, abu-Bakr.
    if (next !== undefined && lower.length <= 3 && caseShape(next) === 'capital') return undefined;
    if (ABBREVIATIONS.has(part) || ROMAN_RE.test(part) || this.expressive(part)) return undefined;
    const split = sensibleSplit(part, this.dictionary, this.budget);
    if (!split && readsAsCompound(part, this.dictionary, this.budget)) return undefined;
    return { offset, text: part, when: first === 'capital' ? When.AfterCapital : When.Always, ...(split ? { split } : {}) };
  }

  /** Whether a capitalised part at a sentence start is a typo or a lost space ("Inthe"). */
  settleCapital(part: Part): void {
    const lower = part.text.toLowerCase();
    const refused = this.budget.refused;
    const split = sensibleSplit(lower, this.dictionary, this.budget);
    const typo = hasWordOneEditAway(lower, this.dictionary, this.budget);
    // Cut short by the budget: a name for this check, asked again at the next.
    if (this.budget.refused !== refused) return;
    if (split) part.split = part.text[0] + split.slice(1);
    part.typo = typo;
  }

  /** A letter drawn out on purpose ("pleeease", "hmmmm"): not when one letter less makes a word ("seeem"). */
  private expressive(word: string): boolean {
    if (!HAS_TRIPLE_RE.test(word)) return false;
    return !this.dictionary.has(word.replace(TRIPLE_RE, '$1$1'));
  }

  private isCompanyInAnyCase(word: string): boolean {
    let lower = this.companiesLower;
    if (!lower) {
      lower = lowerCompanies.get(this.companies);
      if (!lower) lowerCompanies.set(this.companies, (lower = new Set([...this.companies].map((c) => c.toLowerCase()))));
      this.companiesLower = lower;
    }
    return lower.has(word.toLowerCase());
  }

  private knownCompound(compound: string): boolean {
    const titled = compound.replace(/(^|[-‐])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    return this.dictionary.has(titled) || this.known(compound) || this.known(compound.replace(/[-‐]/g, ''));
  }

  /** Whether a word list knows `word` (a whole word or a part). */
  private known(word: string): boolean {
    if (this.knownAsWord(word)) return true;
    if (!word.includes("'")) return false;
    // Contractions and elisions: we'll, could've, rock'n'roll, o'clock.
    const lower = word.toLowerCase();
    if (IRREGULAR.has(lower)) return true;
    const contraction = CONTRACTION_RE.exec(word);
    if (contraction && !contraction[1].includes("'") && this.knownAsWord(contraction[1])) return true;
    return word.split("'").every((piece) => piece.length <= 1 || this.knownAsWord(piece));
  }

  /**
   * The dictionary or the company list, in the word's case or a capitalised one: a capitalised
   * word in lower case too; a lowercase one capitalised or in capitals ("european", "tv": a
   * matter of capitals, not of spelling); accented words composed and without accents.
   * `inCompound`: a part of a hyphenated word.
   */
  private knownAsWord(word: string, inCompound = false): boolean {
    const d = this.dictionary;
    if (d.has(word) || this.companies.has(word)) return true;
    const shape = caseShape(word);
    if (shape === 'mixed') return false;
    const lower = shape === 'capital' ? word.toLowerCase() : word;
    const capitalised = shape === 'capital' ? word : word[0].toUpperCase() + word.slice(1);
    if (d.has(shape === 'capital' ? lower : capitalised)) return true;
    // In capitals: "Nasa" (NASA) and "tv" (TV); a longer lowercase word only inside a compound
    // ("wi-fi"), as "bst" and "dea" are more often "best" and "deal" mistyped than BST and DEA.
    if ((shape === 'capital' || word.length <= 2 || inCompound) && d.has(word.toUpperCase())) return true;
    // "Ipod", "Ebay" at a sentence start: iPod, eBay.
    if (shape === 'capital' && word.length > 2 && (word[0] === 'I' || word[0] === 'E')) {
      const inner = word[0].toLowerCase() + word[1].toUpperCase() + word.slice(2);
      if (d.has(inner) || this.companies.has(inner)) return true;
    }
    if (/[^\x00-\x7f]/.test(word)) {
      const composed = word.normalize('NFC');
      if (composed !== word && (d.has(composed) || d.has(composed.toLowerCase()))) return true;
      const folded = fold(lower);
      if (folded !== lower && (d.has(folded) || d.has(fold(capitalised)))) return true;
    }
    return false;
  }
}

/** Without accents: "naïve" → "naive", "café" → "cafe". */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** lower: "word"; capital: "Word"; mixed: "iPhone", "McDonald"; ALL CAPS words never get here. */
function caseShape(word: string): 'lower' | 'capital' | 'mixed' {
  const rest = word.slice(1);
  if (rest !== rest.toLowerCase()) return 'mixed';
  const first = word[0];
  if (first !== first.toLowerCase()) return 'capital';
  return 'lower';
}

/** Two letters or more, all capitals: BBC, NATO, US-UK. */
function isCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function withoutPossessive(word: string): string {
  return /.['’]s$/.test(word) ? word.slice(0, -2) : word;
}
