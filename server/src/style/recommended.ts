// `copydesk:recommended`, the built-in style: every registered rule at its default severity and
// no house lists (entities, terms, acronyms and words are each newsroom's own). Also what a
// draft gets when no style file is found. The rules are read from the registry, so a rule
// added to it is in the recommended style without an edit here.

import { RULES } from '../engine/index.js';
import type { RuleSetting, Style } from '../engine/types.js';

export const RECOMMENDED_NAME = 'copydesk:recommended';

let recommended: Style | undefined;

/** The built-in copydesk:recommended style (also used when no style file is found). One shared, frozen object. */
export function recommendedStyle(): Style {
  if (!recommended) {
    const rules: Record<string, RuleSetting> = {};
    for (const rule of RULES) rules[rule.meta.id] = rule.meta.defaultSeverity;
    recommended = Object.freeze({ rules: Object.freeze(rules) }) as Style;
  }
  return recommended;
}
