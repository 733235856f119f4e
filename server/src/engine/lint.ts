// runRules(rules, text, options) → Finding[]: builds the text model once and runs each enabled
// rule. `lint` in index.ts binds it to the registry.

import { TextModel } from './text/model.js';
import type { Finding, LintOptions, Resources, Rule, RuleSetting, Severity } from './types.js';

export function resolveSetting(rule: Rule, setting: RuleSetting | undefined): [Severity, Record<string, unknown>] {
  if (setting === undefined) return [rule.meta.defaultSeverity, {}];
  if (typeof setting === 'string') return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}

export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Runs `rules` over `text`. Findings come back sorted by offset. */
export function runRules(rules: readonly Rule[], text: string, options: LintOptions = {}): Finding[] {
  const doc = new TextModel(text, options.languageId ?? 'plaintext');
  const resources: Resources = options.resources ?? {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const [severity, ruleOptions] = resolveSetting(rule, options.rules?.[rule.meta.id]);
    if (severity === 'off') continue;
    rule.check({
      doc,
      resources,
      options: ruleOptions,
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
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
