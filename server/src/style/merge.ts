// Combining styles along `extends` (DESIGN.md, "Style file"): lists joined, base first, without
// repeats; `rules` per rule id with the nearer file winning; the nearer `locale` and
// `frontMatter.prose` win (a desk can take a key out of the front matter checked).

import type { RuleSetting, Style } from '../engine/types.js';

/** `nearer` on top of `base`; neither is changed. */
export function mergeStyles(base: Style, nearer: Style): Style {
  const out: Style = {};
  const locale = nearer.locale ?? base.locale;
  if (locale) out.locale = locale;
  const rules = mergeRules(base.rules, nearer.rules);
  if (rules) out.rules = rules;
  if (base.entities || nearer.entities) out.entities = [...(base.entities ?? []), ...(nearer.entities ?? [])];
  if (base.terms || nearer.terms) out.terms = [...(base.terms ?? []), ...(nearer.terms ?? [])];
  if (base.acronyms || nearer.acronyms) out.acronyms = joinUnique(base.acronyms, nearer.acronyms);
  if (base.words || nearer.words) out.words = joinUnique(base.words, nearer.words);
  const frontMatter = nearer.frontMatter ?? base.frontMatter;
  if (frontMatter) out.frontMatter = frontMatter;
  return out;
}

export function mergeRules(
  base: Record<string, RuleSetting> | undefined,
  nearer: Record<string, RuleSetting> | undefined,
): Record<string, RuleSetting> | undefined {
  if (!nearer) return base;
  if (!base) return nearer;
  const out: Record<string, RuleSetting> = { ...base };
  for (const [id, setting] of Object.entries(nearer)) out[id] = mergeSetting(base[id], setting);
  return out;
}

/** A bare severity over `[severity, options]` keeps the options: `quote-attribution: off` only turns it off. */
function mergeSetting(base: RuleSetting | undefined, nearer: RuleSetting): RuleSetting {
  if (typeof nearer === 'string' && Array.isArray(base) && base.length > 1) return [nearer, base[1]];
  return nearer;
}

function joinUnique(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  if (!a?.length) return [...new Set(b ?? [])];
  const seen = new Set(a);
  const out = [...seen];
  for (const w of b ?? []) {
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}
