// What the rules need from a house style, derived once per Style object (a WeakMap keyed by
// the object the host passes in), so a newsroom's 10,000 terms cost one build when the style
// is loaded and only Map look-ups on every keystroke after that:
//
// - `terms`: the avoid forms of `terms`, as a phrase index (text/phrases.ts) → house-terms;
// - `entityForms`: every form of the style's entities, avoided or accepted → entity-naming;
// - `entityByShort`: the entities by their short form (plural s dropped) → acronym-first-use;
// - `acronyms`: the style's acronyms that need no spelling out;
// - `isAcceptedWord` / `isAcceptedAnyCase`: the style's words and every word of its entities'
//   names, short forms and aliases and of its terms' `use` forms → misspelling, and the
//   spelling rules to come. `acceptedWord(ctx, word)` adds the draft's `copydesk-ignore` words.
//
// The engine trusts the style module to validate, but a style passed in by another host may be
// anything: entries of the wrong type are skipped, never a crash.

import { directivesOf } from './text/directives.js';
import { PhraseIndex } from './text/phrases.js';
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

export interface TermForm {
  use: string;
  avoid: string;
}

export interface EntityForm {
  /** avoid: flagged by entity-naming; accept: the name, the short form or an alias, never flagged. */
  kind: 'avoid' | 'accept';
  form: string;
  entity: EntityInfo;
}

export interface StyleIndex {
  terms: PhraseIndex<TermForm>;
  entityForms: PhraseIndex<EntityForm>;
  /** The first entity with each short form (base), in style order. */
  entityByShort: ReadonlyMap<string, EntityInfo>;
  /** The short forms (bases) that are not all-capital tokens ("Opec"), found word by word. */
  entityShortsNotCapitals: ReadonlySet<string>;
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
  private readonly asWritten = new Set<string>();
  private readonly lower = new Set<string>();
  private readonly anyCase = new Set<string>();

  constructor(words: Iterable<unknown> = []) {
    for (const w of words) if (typeof w === 'string') this.add(w);
  }

  get size(): number {
    return this.anyCase.size;
  }

  add(word: string): void {
    const trimmed = word.trim();
    if (trimmed === '') return;
    const lower = trimmed.toLowerCase();
    this.anyCase.add(lower);
    if (trimmed === lower) this.lower.add(lower);
    else this.asWritten.add(trimmed);
  }

  has(word: string): boolean {
    if (this.anyCase.size === 0) return false;
    const stem = withoutPossessive(word);
    if (this.asWritten.has(stem)) return true;
    const lower = stem.toLowerCase();
    if (this.lower.has(lower)) return true;
    return stem === stem.toUpperCase() && stem !== lower && this.anyCase.has(lower);
  }

  hasAnyCase(word: string): boolean {
    return this.anyCase.size > 0 && this.anyCase.has(withoutPossessive(word).toLowerCase());
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

function buildIndex(style: Style): StyleIndex {
  const terms = new PhraseIndex<TermForm>();
  const entityForms = new PhraseIndex<EntityForm>();
  const entityByShort = new Map<string, EntityInfo>();
  const entityShortsNotCapitals = new Set<string>();
  const words = new WordList(list(style.words));
  const acronyms = new Set(list(style.acronyms).map((a) => a.trim()).filter(Boolean));
  const addWordsOf = (phrase: string) => {
    for (const w of scanWords(phrase)) words.add(w.text);
  };

  for (const term of list<StyleTerm>(style.terms, isObject)) {
    const use = typeof term.use === 'string' ? collapse(term.use) : '';
    if (use === '') continue;
    addWordsOf(use);
    for (const avoid of list(term.avoid)) {
      const form = collapse(avoid);
      if (form !== '' && form !== use) terms.add(form, { use, avoid: form });
    }
  }

  for (const entity of list<StyleEntity>(style.entities, isObject)) {
    const name = typeof entity.name === 'string' ? collapse(entity.name) : '';
    if (name === '') continue;
    const short = typeof entity.short === 'string' && entity.short.trim() !== '' ? entity.short.trim() : undefined;
    const info: EntityInfo = { name, short, base: short && stripPlural(short), entity };
    if (info.base && !entityByShort.has(info.base)) {
      entityByShort.set(info.base, info);
      if (!CAPITALS_TOKEN_RE.test(info.base)) entityShortsNotCapitals.add(info.base);
    }
    const accepted = [name, ...(short ? [short] : []), ...list(entity.aliases).map(collapse)].filter(Boolean);
    for (const form of accepted) {
      addWordsOf(form);
      entityForms.add(form, { kind: 'accept', form, entity: info });
    }
    for (const avoid of list(entity.avoid).map(collapse)) {
      if (avoid !== '' && !accepted.includes(avoid)) entityForms.add(avoid, { kind: 'avoid', form: avoid, entity: info });
    }
  }

  return {
    terms,
    entityForms,
    entityByShort,
    entityShortsNotCapitals,
    acronyms,
    isAcceptedWord: (word) => words.has(word),
    isAcceptedAnyCase: (word) => words.hasAnyCase(word),
  };
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

function collapse(s: string): string {
  return typeof s === 'string' ? s.trim().replace(/\s+/g, ' ') : '';
}

function withoutPossessive(word: string): string {
  return /.['’]s$/.test(word) ? word.slice(0, -2) : word;
}
