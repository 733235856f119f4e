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

export const RULES: readonly Rule[] = [
  acronymFirstUse,
  entityNaming,
  misspelling,
  repeatedWord,
  runTogetherWords,
  quoteAttribution,
  unbalancedQuotes,
  copyArtifacts,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
