// What the rules need from a house style, derived once per Style object (a WeakMap keyed by
// the object the host passes in), so a newsroom's 10,000 terms cost one build when the style
// is loaded and only Map look-ups on every keystroke after that:
//
// - `terms`: the avoid forms of `terms`, as a phrase group (text/phrases.ts) → house-terms;
// - `entityForms`: every form of the style's entities, avoided or accepted → entity-naming;
//   both groups of one phrase index, so one pass over a document's words finds both, once;
// - `entityByShort`: the entities by their short form (plural s dropped) → acronym-first-use;
// - `acronyms`: the style's acronyms that need no spelling out;
// - `isAcceptedWord` / `isAcceptedAnyCase`: the style's words and every word of its entities'
//   names, short forms and aliases and of its terms' `use` forms → misspelling, and the
//   spelling rules to come. `acceptedWord(ctx, word)` adds the draft's `copydesk-ignore` words.
//
// The engine trusts the style module to validate, but a style passed in by another host may be
// anything: entries of the wrong type are skipped, never a crash.

import { lengthBit } from './text/shape-filter.js';
import { directivesOf } from './text/directives.js';
import { PhraseIndex, type PhraseGroup } from './text/phrases.js';
import { scanWords } from './text/word-scanner.js';
import { stripPlural } from './text/definitions.js';
import type { TextModel } from './text/model.js';
import type { Style, StyleEntity } from './types.js';

/** A style entity with its forms tidied: white space runs collapsed. */
export interface EntityInfo {
  name: string;
  short: string | undefined;
  /** The short form without a plural s: "GNA". */
  base: string | undefined;
  entity: StyleEntity;
}

/** What an avoided form of a term is replaced by (one object per term, shared by its forms). */
export interface TermForm {
  use: string;
}

/** A form of a style entity (one object per entity and kind, shared by its forms). */
export interface EntityForm {
  /** avoid: flagged by entity-naming; accept: the name, the short form or an alias, never flagged. */
  kind: 'avoid' | 'accept';
  entity: EntityInfo;
}

export interface StyleIndex {
  terms: PhraseGroup<TermForm>;
  entityForms: PhraseGroup<EntityForm>;
  /** The first entity with each short form (base), in style order. */
  entityByShort: ReadonlyMap<string, EntityInfo>;
  /** The short forms (bases) that are not all-capital tokens ("Opec"), found word by word. */
  entityShortsNotCapitals: ReadonlySet<string>;
  /**
   * False when `word` cannot be one of `entityShortsNotCapitals`, as written or with a plural
   * s or a possessive ("Opec", "Opecs", "Opec's"): a test of its first letter and length.
   */
  mayBeShortNotCapitals(word: string): boolean;
  acronyms: ReadonlySet<string>;
  /** Whether the style accepts `word` as printed (see WordList). */
  isAcceptedWord(word: string): boolean;
  /** Whether the style lists `word` in any case. */
  isAcceptedAnyCase(word: string): boolean;
}

/**
 * Accepted words with the style file's rule for case: a word written in lower case is
 * accepted in any case ("teh", "Teh", "TEH"); a word with a capital as written or in capitals
 * ("Haftar", "HAFTAR", not "haftar"). A possessive ending is ignored: "Haftar's".
 */
export class WordList {
  /** Each word in lower case → its forms as listed (the lower-case form itself: any case accepted). */
  private readonly forms = new Map<string, string | string[]>();

  constructor(words: Iterable<unknown> = []) {
    for (const w of words) if (typeof w === 'string') this.add(w);
  }

  get size(): number {
    return this.forms.size;
  }

  add(word: string): void {
    const trimmed = word.trim();
    if (trimmed !== '') this.addWord(trimmed);
  }

  /** Adds a word known to be trimmed and not empty (one the word scanner cut). */
  addWord(word: string): void {
    const lower = word.toLowerCase();
    const listed = this.forms.get(lower);
    if (listed === undefined) this.forms.set(lower, word);
    else if (typeof listed === 'string') {
      if (listed !== word) this.forms.set(lower, [listed, word]);
    } else if (!listed.includes(word)) listed.push(word);
  }

  has(word: string): boolean {
    if (this.forms.size === 0) return false;
    const stem = withoutPossessive(word);
    const lower = stem.toLowerCase();
    const listed = this.forms.get(lower);
    if (listed === undefined) return false;
    // As written, or listed in lower case (any case), or in capitals (of any listed form).
    if (typeof listed === 'string' ? listed === stem || listed === lower : listed.includes(stem) || listed.includes(lower)) return true;
    return stem === stem.toUpperCase() && stem !== lower;
  }

  hasAnyCase(word: string): boolean {
    return this.forms.size > 0 && this.forms.has(withoutPossessive(word).toLowerCase());
  }
}

const EMPTY: Style = {};
/** An acronym as acronym-first-use finds them in the prose: two capitals or more, digits, & and hyphens. */
const CAPITALS_TOKEN_RE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9&]*[A-Z0-9])*$/;
const cache = new WeakMap<Style, StyleIndex>();

/** The derived indexes of `style`, built on first use and kept as long as the object lives. */
export function styleIndex(style: Style | undefined): StyleIndex {
  const key = style && typeof style === 'object' ? style : EMPTY;
  let index = cache.get(key);
  if (!index) cache.set(key, (index = buildIndex(key)));
  return index;
}

/**
 * Whether `word` is accepted in this document: by the style (as printed) or by a
 * `copydesk-ignore` directive in the document. `anyCase` compares without regard to case.
 */
export function acceptedWord(ctx: { doc: TextModel; style: Style }, word: string, anyCase = false): boolean {
  const index = styleIndex(ctx.style);
  if (anyCase ? index.isAcceptedAnyCase(word) : index.isAcceptedWord(word)) return true;
  const ignored = ignoredWords(ctx.doc);
  return ignored.size > 0 && (anyCase ? ignored.hasAnyCase(word) : ignored.has(word));
}

/** The words of the document's `copydesk-ignore` directives. */
export function ignoredWords(doc: TextModel): WordList {
  return doc.memo('directives:ignored', () => new WordList(directivesOf(doc).ignoredWords));
}

/** The groups of the style's phrase index. */
const TERMS = 0;
const ENTITY_FORMS = 1;

function buildIndex(style: Style): StyleIndex {
  const phrases = new PhraseIndex<TermForm | EntityForm>();
  const entityByShort = new Map<string, EntityInfo>();
  const entityShortsNotCapitals = new Set<string>();
  const acronyms = new Set(list(style.acronyms).map((a) => a.trim()).filter(Boolean));
  // The use forms and the entities' accepted forms, whose words the style accepts: cut into
  // words only when a rule first asks (most documents never do).
  const acceptedPhrases: string[] = [];

  const terms = style.terms;
  if (Array.isArray(terms)) {
    for (let t = 0; t < terms.length; t++) {
      const term: unknown = terms[t];
      if (!isObject(term)) continue;
      const use = collapse((term as StyleTerm).use);
      if (use === '') continue;
      acceptedPhrases.push(use);
      const avoid = (term as StyleTerm).avoid;
      if (!Array.isArray(avoid)) continue;
      const value: TermForm = { use };
      for (let i = 0; i < avoid.length; i++) {
        const form = collapse(avoid[i]);
        if (form !== '' && form !== use) phrases.add(form, value, TERMS);
      }
    }
  }

  const entities = style.entities;
  if (Array.isArray(entities)) {
    for (let e = 0; e < entities.length; e++) {
      const entity: unknown = entities[e];
      if (!isObject(entity)) continue;
      addEntity(entity as StyleEntity, phrases, entityByShort, entityShortsNotCapitals, acceptedPhrases);
    }
  }

  const styleWords = style.words;
  let words: WordList | undefined;
  const wordList = () => (words ??= acceptedWords(styleWords, acceptedPhrases));
  const shortsFilter = lengthsByFirstLetter(entityShortsNotCapitals);
  return {
    mayBeShortNotCapitals: (word) => {
      const c = word.charCodeAt(0);
      return c >= 128 ? shortsFilter.other : (shortsFilter.ascii[c] & lengthBit(word.length)) !== 0;
    },
    terms: phrases.group<TermForm>(TERMS),
    entityForms: phrases.group<EntityForm>(ENTITY_FORMS),
    entityByShort,
    entityShortsNotCapitals,
    acronyms,
    isAcceptedWord: (word) => wordList().has(word),
    isAcceptedAnyCase: (word) => wordList().hasAnyCase(word),
  };
}

function addEntity(
  entity: StyleEntity,
  phrases: PhraseIndex<TermForm | EntityForm>,
  entityByShort: Map<string, EntityInfo>,
  entityShortsNotCapitals: Set<string>,
  acceptedPhrases: string[],
): void {
  const name = collapse(entity.name);
  if (name === '') return;
  const short = typeof entity.short === 'string' && entity.short.trim() !== '' ? entity.short.trim() : undefined;
  const info: EntityInfo = { name, short, base: short && stripPlural(short), entity };
  if (info.base && !entityByShort.has(info.base)) {
    entityByShort.set(info.base, info);
    if (!CAPITALS_TOKEN_RE.test(info.base)) entityShortsNotCapitals.add(info.base);
  }
  const accept: EntityForm = { kind: 'accept', entity: info };
  const firstAccepted = acceptedPhrases.length;
  acceptedPhrases.push(name);
  phrases.add(name, accept, ENTITY_FORMS);
  if (short) {
    acceptedPhrases.push(short);
    phrases.add(short, accept, ENTITY_FORMS);
  }
  const aliases = entity.aliases;
  if (Array.isArray(aliases)) {
    for (let i = 0; i < aliases.length; i++) {
      const alias = collapse(aliases[i]);
      if (alias === '') continue;
      acceptedPhrases.push(alias);
      phrases.add(alias, accept, ENTITY_FORMS);
    }
  }
  const avoidForms = entity.avoid;
  if (!Array.isArray(avoidForms)) return;
  let avoid: EntityForm | undefined;
  for (let i = 0; i < avoidForms.length; i++) {
    const form = collapse(avoidForms[i]);
    if (form === '' || acceptedPhrases.indexOf(form, firstAccepted) !== -1) continue;
    phrases.add(form, (avoid ??= { kind: 'avoid', entity: info }), ENTITY_FORMS);
  }
}

/** The style's `words` and the words of its accepted phrases. */
function acceptedWords(styleWords: unknown, phrases: readonly string[]): WordList {
  const words = new WordList(list(styleWords));
  for (const phrase of phrases) addWordsOf(words, phrase);
  return words;
}

/**
 * For each ASCII first character, the lengths (as bits) of the words that may be one of `bases`
 * with nothing, an s or an 's after it; `other`: some base starts outside ASCII (no filter).
 */
function lengthsByFirstLetter(bases: ReadonlySet<string>): { ascii: Uint32Array; other: boolean } {
  const ascii = new Uint32Array(128);
  let other = false;
  for (const base of bases) {
    const c = base.charCodeAt(0);
    if (c >= 128) other = true;
    else ascii[c] |= lengthBit(base.length) | lengthBit(base.length + 1) | lengthBit(base.length + 2);
  }
  return { ascii, other };
}

/** Adds the words of a phrase to the list, cut as the word scanner cuts them. */
function addWordsOf(words: WordList, phrase: string): void {
  if (LETTERS_AND_SPACES_RE.test(phrase)) {
    for (let from = 0; ; ) {
      const space = phrase.indexOf(' ', from);
      words.addWord(space === -1 ? (from === 0 ? phrase : phrase.slice(from)) : phrase.slice(from, space));
      if (space === -1) return;
      from = space + 1;
    }
  }
  for (const w of scanWords(phrase)) words.addWord(w.text);
}

type StyleTerm = NonNullable<Style['terms']>[number];

function list<T = string>(value: unknown, keep: (v: unknown) => boolean = isString): T[] {
  return Array.isArray(value) ? (value.filter(keep) as T[]) : [];
}

function isString(v: unknown): boolean {
  return typeof v === 'string';
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/** White space that `collapse` changes: at either end, a run, or anything but a space. */
const UNCOLLAPSED_RE = /^\s|\s$|\s\s|[^\S ]/;
/** Letters A–Z, a–z and single spaces between words: the words are what lies between the spaces. */
const LETTERS_AND_SPACES_RE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Trimmed, with each run of white space one space; not a string: "". */
function collapse(s: unknown): string {
  if (typeof s !== 'string') return '';
  return UNCOLLAPSED_RE.test(s) ? s.trim().replace(/\s+/g, ' ') : s;
}

function withoutPossessive(word: string): string {
  return /.['’]s$/.test(word) ? word.slice(0, -2) : word;
}
