// runRules(rules, text, options) → Finding[]: builds the text model once and runs each enabled
// rule, then drops what the draft's directives silence (so every rule, fix-all included,
// obeys them). `lint` in index.ts binds it to the registry.
//
// A rule's setting: `options.rules` first, then the style's `rules` (with the overrides the
// style module applied for this document), then the rule's default.

import { DIRECTIVE_RULE_ID } from './rules/directive.js';
import { directivesOf } from './text/directives.js';
import { TextModel } from './text/model.js';
import type { Finding, LintOptions, Resources, Rule, RuleSetting, Severity, Style } from './types.js';

export function resolveSetting(rule: Rule, setting: RuleSetting | undefined): [Severity, Record<string, unknown>] {
  if (setting === undefined) return [rule.meta.defaultSeverity, {}];
  if (typeof setting === 'string') return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}

export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** One shared empty style, so the style indexes (cached per Style object) are built once for it. */
const NO_STYLE: Style = Object.freeze({});

/** Runs `rules` over `text`. Findings come back sorted by offset. */
export function runRules(rules: readonly Rule[], text: string, options: LintOptions = {}): Finding[] {
  const doc = new TextModel(text, options.languageId ?? 'plaintext');
  const resources: Resources = options.resources ?? {};
  const style = options.style !== null && typeof options.style === 'object' ? options.style : NO_STYLE;
  const findings: Finding[] = [];
  for (const rule of rules) {
    const [severity, ruleOptions] = resolveSetting(rule, options.rules?.[rule.meta.id] ?? style.rules?.[rule.meta.id]);
    if (severity === 'off') continue;
    rule.check({
      doc,
      resources,
      options: ruleOptions,
      style,
      report(r) {
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId "${r.messageId}"`);
        findings.push({
          ruleId: rule.meta.id,
          severity,
          message: fillMessage(template, r.data),
          start: r.start,
          end: r.end,
          ...(r.fix ? { fix: r.fix } : {}),
          ...(r.suggestions && r.suggestions.length ? { suggestions: r.suggestions } : {}),
        });
      },
    });
  }
  // Directives never silence the rule that reports broken directives.
  const directives = directivesOf(doc);
  const kept = directives.silencesAnything
    ? findings.filter((f) => f.ruleId === DIRECTIVE_RULE_ID || !directives.suppresses(f.ruleId, f.start))
    : findings;
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
