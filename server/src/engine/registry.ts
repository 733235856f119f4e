// The list of built-in rules. Each rule is one file in rules/, its test table beside it.

import type { Rule } from './types.js';
import { acronymFirstUse } from './rules/acronym-first-use.js';
import { entityNaming } from './rules/entity-naming.js';
import { personFirstReference } from './rules/person-first-reference.js';
import { nameVariant } from './rules/name-variant.js';
import { misspelling } from './rules/misspelling.js';
import { repeatedWord } from './rules/repeated-word.js';
import { runTogetherWords } from './rules/run-together-words.js';
import { indefiniteArticle } from './rules/indefinite-article.js';
import { confusedWords } from './rules/confused-words.js';
import { punctuationSpacing } from './rules/punctuation-spacing.js';
import { spelling } from './rules/spelling.js';
import { quoteAttribution } from './rules/quote-attribution.js';
import { unbalancedQuotes } from './rules/unbalanced-quotes.js';
import { attributionVerb } from './rules/attribution-verb.js';
import { copyArtifacts } from './rules/copy-artifacts.js';
import { houseTerms } from './rules/house-terms.js';
import { dialect } from './rules/dialect.js';
import { makeDirectiveRule } from './rules/directive.js';

/** Reports directives in the copy that name no real rule; it reads the ids of RULES below. */
export const directiveRule = makeDirectiveRule(() => RULES.map((r) => r.meta.id));

export const RULES: readonly Rule[] = [
  acronymFirstUse,
  entityNaming,
  personFirstReference,
  nameVariant,
  misspelling,
  repeatedWord,
  runTogetherWords,
  indefiniteArticle,
  confusedWords,
  punctuationSpacing,
  spelling,
  quoteAttribution,
  unbalancedQuotes,
  attributionVerb,
  copyArtifacts,
  houseTerms,
  dialect,
  directiveRule,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
