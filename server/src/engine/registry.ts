// The list of built-in rules. Each rule is one file in rules/, its test table beside it.

import type { Rule } from './types.js';
import { acronymFirstUse } from './rules/acronym-first-use.js';
import { entityNaming } from './rules/entity-naming.js';
import { misspelling } from './rules/misspelling.js';
import { repeatedWord } from './rules/repeated-word.js';
import { runTogetherWords } from './rules/run-together-words.js';
import { quoteAttribution } from './rules/quote-attribution.js';
import { unbalancedQuotes } from './rules/unbalanced-quotes.js';
import { copyArtifacts } from './rules/copy-artifacts.js';
import { houseTerms } from './rules/house-terms.js';
import { makeDirectiveRule } from './rules/directive.js';

/** Reports directives in the copy that name no real rule; it reads the ids of RULES below. */
export const directiveRule = makeDirectiveRule(() => RULES.map((r) => r.meta.id));

export const RULES: readonly Rule[] = [
  acronymFirstUse,
  entityNaming,
  misspelling,
  repeatedWord,
  runTogetherWords,
  quoteAttribution,
  unbalancedQuotes,
  copyArtifacts,
  houseTerms,
  directiveRule,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
