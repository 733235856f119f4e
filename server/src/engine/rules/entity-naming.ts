// entity-naming: the full name again after the story gave its short form. Once a story has
// written "Government of National Accord (GNA)", later mentions should say "GNA": a later
// "Government of National Accord" (or a second "Government of National Accord (GNA)", which is
// what spelling out an earlier bare "GNA" leaves behind) is reported, with the short form as
// the fix. Later a style file will add forms to avoid; those will arrive as definitions too.

import { insideAny, quotations, storyDefinitions, type Definition } from '../text/definitions.js';
import type { Rule } from '../types.js';

export const entityNaming: Rule = {
  meta: {
    id: 'entity-naming',
    family: 'naming',
    description: 'The full name again after its short form was given.',
    explanation:
      'Once a story has spelled out a name with its short form, as in "Government of National Accord ' +
      '(GNA)", later references use the short form: "the GNA". Repeating the full name, or spelling ' +
      'it out a second time, makes the reader wonder whether a different body is meant. The fix ' +
      'puts the short form in its place.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      fullNameAgain: '"{full}" was already introduced as "{short}"; use "{short}".',
      definedAgain: '"{full}" is spelled out again; it was introduced as "{short}" earlier.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const prose = doc.prose;
    const seen = new Set<string>();
    for (const def of storyDefinitions(doc).definitions) {
      const key = `${def.full}\u0000${def.base}`;
      // A one-word name ("EverQuest (EQ)") is often kept on purpose: only names of two words or more.
      if (seen.has(key) || !def.full.includes(' ')) continue;
      seen.add(key);
      const re = fullNameRegex(def.full);
      re.lastIndex = def.end;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        // A speaker's words are quoted as spoken.
        if (insideAny(quotations(doc), m.index)) continue;
        const span = withShortForm(prose, def, m.index, m.index + m[0].length);
        ctx.report({
          messageId: span.definedAgain ? 'definedAgain' : 'fullNameAgain',
          data: { full: def.full, short: def.short },
          start: span.start,
          end: span.end,
          fix: { title: `Use "${def.short}"`, edits: [{ start: span.start, end: span.end, newText: def.short }] },
        });
        re.lastIndex = span.end;
      }
    }
  },
};

/**
 * The full name as a pattern: its words with any white space between them (a hard-wrapped
 * line may break it), whole words only, the first letter in either case (a sentence may start
 * with it).
 */
function fullNameRegex(full: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = full[0];
  const head = first.toLowerCase() !== first.toUpperCase() ? `[${first.toLowerCase()}${first.toUpperCase()}]` : escape(first);
  const body = full
    .slice(1)
    .split(' ')
    .map(escape)
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}&-])${head}${body}(?![\\p{L}\\p{M}\\p{N}&]|-\\p{L})`, 'gu');
}

/** Widens a later full name to a whole second definition: "F (S)" or "S (F)". */
function withShortForm(prose: string, def: Definition, start: number, end: number): { start: number; end: number; definedAgain: boolean } {
  const short = def.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(`^\\s*\\(\\s*${short}\\s*\\)`).exec(prose.slice(end, end + def.short.length + 12));
  if (after) return { start, end: end + after[0].length, definedAgain: true };
  const before = new RegExp(`(?<![\\p{L}\\p{N}&])${short}\\s*\\(\\s*(?:the\\s+)?$`, 'u').exec(prose.slice(Math.max(0, start - def.short.length - 12), start));
  const close = /^\s*\)/.exec(prose.slice(end, end + 8));
  if (before && close) return { start: start - before[0].length, end: end + close[0].length, definedAgain: true };
  return { start, end, definedAgain: false };
}
