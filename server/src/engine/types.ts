// Public types of the Copydesk engine. The engine is pure: no `vscode`, no LSP types and no
// file system. Every offset is a JavaScript string index (UTF-16 code units) into the text
// given to `lint`, with `end` exclusive.

import type { TextModel } from './text/model.js';

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

/** Rank for comparisons: off 0 < hint 1 < information 2 < warning 3 < error 4. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** A replacement of text[start, end) by newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix or a suggestion: a title for the menu and the edits that make it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  start: number;
  end: number;
  /** The one safe fix, applied by "fix all" and offered as the preferred quick fix. */
  fix?: Fix;
  /** Other candidate changes, offered in the menu but never applied automatically. */
  suggestions?: Fix[];
  /**
   * Set by a rule whose fixes cost too much to compute on every check (spelling
   * suggestions): a key the rule's `resolveFixes` turns into `fix` and `suggestions` when the
   * quick-fix menu or fix-all asks. The engine's `resolveFixes()` does the call.
   */
  pending?: string;
}

export type RuleFamily = 'naming' | 'typos' | 'slips' | 'quotes' | 'style' | 'hygiene';

export interface RuleMeta {
  /** kebab-case, the same in the style file, diagnostics, docs and the CLI. */
  id: string;
  family: RuleFamily;
  /** One line, shown in tables and hovers. */
  description: string;
  /** A short paragraph for the hover: why the rule exists and how to satisfy it. */
  explanation: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Message templates; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
  /**
   * A JSON Schema (draft-07) of the rule's options object, `additionalProperties: false`; the
   * style module checks `[severity, { options }]` against it. Left out: the rule takes none.
   */
  options?: Record<string, unknown>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  fix?: Fix;
  suggestions?: Fix[];
  /** See Finding.pending. */
  pending?: string;
}

/** A word the dictionary offers for an unknown one, with what ranks it. */
export interface SpellingCandidate {
  word: string;
  /** Edits from the unknown word (a transposition counts as one). */
  distance: number;
  /** How common the word is: higher is more common; 0 when unknown. */
  frequency: number;
}

export type Locale = 'en-GB' | 'en-US';

/**
 * The locale's word list, loaded once per process by the host. Look-ups are exact: the word
 * as written ("Paris", "paris" and "PARIS" are three look-ups); the rule decides which case
 * forms to try. With no locale, a word in either list is known.
 */
export interface SpellingDictionary {
  has(word: string, locale?: Locale): boolean;
  /** Up to `max` candidates, best first (fewest edits, then most frequent). */
  suggest(word: string, locale?: Locale, max?: number): SpellingCandidate[];
  /** How common the word is (higher is more common; 0 when unknown), where the list knows. */
  frequency?(word: string): number;
}

/** Word lists and other data the rules need, loaded once by the host (CLI or server). */
export interface Resources {
  /** misspelling (lower case) → corrections, best first. */
  misspellings?: ReadonlyMap<string, readonly string[]>;
  /** Acronyms that need no spelling out (US, UN, BBC, …), upper case as written. */
  knownAcronyms?: ReadonlySet<string>;
  /** Company, brand and product names as written (Facebook, PlayStation, GlaxoSmithKline). */
  companies?: ReadonlySet<string>;
  /** The en-GB and en-US word lists for `spelling` (and the dictionary-aware rules). */
  dictionary?: SpellingDictionary;
  /** en-US spelling → en-GB spelling, lower case, for `dialect` ("color" → "colour"). */
  dialectPairs?: ReadonlyMap<string, string>;
}

export interface RuleContext {
  readonly doc: TextModel;
  readonly resources: Resources;
  /** The rule's options from the style (the second item of `[severity, options]`). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The house style (empty when none); derived indexes come from style/index helpers. */
  readonly style: Style;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * Turns a finding's `pending` key into its fixes, on demand (see Finding.pending). `fix` is
   * set only when it is clearly right, as fix-all applies it.
   */
  resolveFixes?(finding: Finding, ctx: ResolveContext): { fix?: Fix; suggestions?: Fix[] };
}

export interface ResolveContext {
  readonly text: string;
  readonly resources: Resources;
  readonly style: Style;
}

export type LanguageId = 'plaintext' | 'markdown' | 'newsdraft';

export type RuleSetting = Severity | [Severity, Record<string, unknown>];

/** A body the style file names: `entities: [{ name, short, aliases, avoid }]`. */
export interface StyleEntity {
  /** The full name, as the story should spell it out: "Government of National Accord". */
  name: string;
  /** Its short form, once defined: "GNA". */
  short?: string;
  /** Other accepted ways of naming it ("unity government"). */
  aliases?: string[];
  /** Forms to flag; the fix is `name` (or `short` once the story has defined it). */
  avoid?: string[];
}

/** A house term: `{ use: Gaddafi, avoid: [Qaddafi, Kadhafi] }`. */
export interface StyleTerm {
  use: string;
  avoid: string[];
}

/**
 * The house style as the engine receives it: already found, read, validated, merged (lists
 * joined along `extends`) and with the `overrides` that match the document applied. The
 * engine never reads a file; the style module (server/src/style/) builds this object.
 */
export interface Style {
  locale?: Locale;
  /** Per-rule severity and options; rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>;
  entities?: StyleEntity[];
  terms?: StyleTerm[];
  /** Acronyms that need no spelling out, beside the built-in list. */
  acronyms?: string[];
  /** Accepted spellings (names, local words). */
  words?: string[];
  /** Markdown front matter: the keys whose values are copy (default title, description, summary, subtitle). */
  frontMatter?: StyleFrontMatter;
}

export interface StyleFrontMatter {
  /** Checked as prose; every other key is not. The nearer style file's list replaces the one below. */
  prose?: string[];
}

export interface LintOptions {
  /** How to read the text; Markdown goes through a Markdown parser. Default plaintext. */
  languageId?: LanguageId | string;
  /** The house style. Its `rules` apply unless `rules` below names the same rule. */
  style?: Style;
  /** Per-rule severity and options; rules not named keep their style's or default severity. */
  rules?: Record<string, RuleSetting>;
  resources?: Resources;
}
