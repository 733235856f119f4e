// house-terms: the style file's `terms`, `{ use: Gaddafi, avoid: [Qaddafi, Kadhafi] }`. Each
// avoid form is flagged as whole words, as written and also capitalised at a sentence start
// ("percent" → "Percent of voters"), with the `use` form as the fix: its first letter
// capitalised when the match was, a possessive kept ("Qaddafi's" → "Gaddafi's"). Quotations
// are checked too: the spelling of a name is house style even in a speaker's words.
//
// The terms are matched by the style's phrase index (style-index.ts), built once per style:
// one pass over the text model's words whatever the number of terms.

import { styleIndex } from '../style-index.js';
import type { Rule } from '../types.js';

export const houseTerms: Rule = {
  meta: {
    id: 'house-terms',
    family: 'style',
    description: 'A term the house style replaces, with the preferred term as the fix.',
    explanation:
      'The desk\'s style file lists preferred terms and the forms to avoid ("Gaddafi", not "Qaddafi"; ' +
      '"per cent", not "percent"). Each avoided form is flagged wherever it stands as whole words, ' +
      'inside quotations too, and the fix writes the preferred form, keeping a capital at the start ' +
      'of a sentence and a possessive ending. Add terms under `terms` in `.copydesk.yaml`.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      avoid: '"{found}" is not house style; use "{use}".',
    },
  },
  check(ctx) {
    const { terms } = styleIndex(ctx.style);
    if (terms.size === 0) return;
    const { doc } = ctx;
    for (const match of terms.find(doc)) {
      const { use } = match.value;
      const replacement = match.capitalised ? use[0].toUpperCase() + use.slice(1) : use;
      const found = doc.text.slice(match.start, match.end);
      // "internet" → "Internet": at a sentence start the capitalised form is already right.
      if (found.replace(/\s+/g, ' ') === replacement) continue;
      ctx.report({
        messageId: 'avoid',
        data: { found: found.replace(/\s+/g, ' '), use: replacement },
        start: match.start,
        end: match.end,
        fix: { title: `Use "${replacement}", as the house style spells it`, edits: [{ start: match.start, end: match.end, newText: replacement }] },
      });
    }
  },
};
