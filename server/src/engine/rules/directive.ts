// directive: a copydesk directive in the copy that names a rule that does not exist
// ("copydesk-disable-next-line quote-atribution") or is not a directive at all
// ("copydesk-disabel"). A misspelt directive would otherwise silence nothing without anyone
// noticing. The finding sits on the misspelt id itself; a near miss (two edits or fewer) is
// offered as a suggestion, never applied by "fix all" (it would silence a rule).
//
// Directives never silence this rule (lint.ts exempts it), though the style may turn it off.
// The rule ids come from the registry through `makeDirectiveRule` (registry.ts), which keeps
// this file out of an import cycle with it.

import { DIRECTIVE_KINDS, directivesOf } from '../text/directives.js';
import { editDistance } from '../text/edit-distance.js';
import type { Fix, Rule } from '../types.js';

export const DIRECTIVE_RULE_ID = 'directive';

export function makeDirectiveRule(ruleIds: () => readonly string[]): Rule {
  return {
    meta: {
      id: DIRECTIVE_RULE_ID,
      family: 'hygiene',
      description: 'A copydesk directive in the copy that names an unknown rule or directive.',
      explanation:
        'Directives such as `copydesk-disable-next-line quote-attribution` silence a rule for part of a ' +
        'draft. One that names a rule Copydesk does not have, or is misspelt itself, silences nothing, ' +
        'so it is reported where it is written, with the nearest real name as a suggestion.',
      defaultSeverity: 'warning',
      fixable: false,
      messages: {
        unknownRule: 'unknown rule "{id}" in a copydesk directive',
        unknownRuleNear: 'unknown rule "{id}" in a copydesk directive (did you mean "{near}"?)',
        unknownKind: 'unknown copydesk directive "copydesk-{kind}"; use copydesk-disable-next-line, copydesk-disable, copydesk-enable or copydesk-ignore',
        unknownKindNear: 'unknown copydesk directive "copydesk-{kind}" (did you mean "copydesk-{near}"?)',
        noWords: 'copydesk-ignore names no word to accept',
      },
    },
    check(ctx) {
      const { directives } = directivesOf(ctx.doc);
      if (directives.length === 0) return;
      const known = ruleIds();
      const knownSet = new Set(known);
      for (const d of directives) {
        if (d.kind === undefined) {
          const near = nearest(d.kindText, DIRECTIVE_KINDS);
          ctx.report({
            messageId: near ? 'unknownKindNear' : 'unknownKind',
            data: { kind: d.kindText, near: near ?? '' },
            start: d.kindStart - 'copydesk-'.length,
            end: d.kindEnd,
            suggestions: near ? [replace(`Change to "copydesk-${near}"`, d.kindStart, d.kindEnd, near)] : undefined,
          });
          continue;
        }
        if (d.kind === 'ignore') {
          if (d.args.length === 0) ctx.report({ messageId: 'noWords', start: d.kindStart - 'copydesk-'.length, end: d.kindEnd });
          continue;
        }
        for (const arg of d.args) {
          if (knownSet.has(arg.text)) continue;
          const near = nearest(arg.text, known);
          ctx.report({
            messageId: near ? 'unknownRuleNear' : 'unknownRule',
            data: { id: arg.text, near: near ?? '' },
            start: arg.start,
            end: arg.end,
            suggestions: near ? [replace(`Change to "${near}"`, arg.start, arg.end, near)] : undefined,
          });
        }
      }
    },
  };
}

function replace(title: string, start: number, end: number, newText: string): Fix {
  return { title, edits: [{ start, end, newText }] };
}

/** The candidate within two edits of `word` (and nearer than half its length), nearest first. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(word.length / 2));
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = editDistance(lower, c.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
