// runRules(rules, text, options) → Finding[]: builds the text model once and runs each enabled
// rule, then drops what the draft's directives silence (so every rule, fix-all included,
// obeys them). `lint` in index.ts binds it to the registry.
//
// A rule's setting: `options.rules` first, then the style's `rules` (with the overrides the
// style module applied for this document), then the rule's default.

import { DIRECTIVE_RULE_ID } from './rules/directive.js';
import { directivesOf } from './text/directives.js';
import { TextModel, type PlainTextPart } from './text/model.js';
import type { Finding, LintOptions, Resources, Rule, RuleSetting, Severity, Style } from './types.js';

export function resolveSetting(rule: Rule, setting: RuleSetting | undefined): [Severity, Record<string, unknown>] {
  if (setting === undefined) return [rule.meta.defaultSeverity, {}];
  if (typeof setting === 'string') return [setting, {}];
  return [setting[0], setting[1] ?? {}];
}

export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/**
 * Messages filled during one run, so findings that say the same thing share one string (a
 * draft repeating one misspelling 145,000 times held 16 MB of copies of its message).
 */
class MessageCache {
  private readonly filled = new Map<string, string>();

  fill(template: string, data: Record<string, string | number> | undefined): string {
    if (!data) return fillMessage(template);
    let key = template;
    for (const name in data) key += `\u0000${name}\u0000${data[name]}`;
    let message = this.filled.get(key);
    if (message === undefined) {
      // Bounded: a story of distinct findings gains nothing from remembering them all.
      if (this.filled.size >= 4096) this.filled.clear();
      this.filled.set(key, (message = fillMessage(template, data)));
    }
    return message;
  }
}

/** One shared empty style, so the style indexes (cached per Style object) are built once for it. */
export const NO_STYLE: Style = Object.freeze({});

/** What a check found, and how the text was read. */
export interface LintResult {
  /** Sorted by offset, as `lint` returns them. */
  findings: Finding[];
  /**
   * Parts of a Markdown document read as plain text (too deep or too dense for the parser),
   * each with its first line and why; empty for nearly every draft. A host says so once.
   */
  plainTextParts: readonly PlainTextPart[];
}

/** Runs `rules` over `text`. Findings come back sorted by offset. */
export function runRules(rules: readonly Rule[], text: string, options: LintOptions = {}): Finding[] {
  return runRulesWithNotes(rules, text, options).findings;
}

/** `runRules`, with what the reading of the text has to say beside the findings. */
export function runRulesWithNotes(rules: readonly Rule[], text: string, options: LintOptions = {}): LintResult {
  const resources: Resources = options.resources ?? {};
  const style = options.style !== null && typeof options.style === 'object' ? options.style : NO_STYLE;
  const frontMatterProse = style.frontMatter?.prose;
  const doc = new TextModel(text, options.languageId ?? 'plaintext', frontMatterProse ? { frontMatterProse } : {});
  const findings: Finding[] = [];
  const messages = new MessageCache();
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
        // The optional fields only when present, without the temporary objects of a spread.
        const finding: Finding = { ruleId: rule.meta.id, severity, message: messages.fill(template, r.data), start: r.start, end: r.end };
        if (r.fix) finding.fix = r.fix;
        if (r.suggestions && r.suggestions.length) finding.suggestions = r.suggestions;
        if (r.pending !== undefined) finding.pending = r.pending;
        findings.push(finding);
      },
    });
  }
  // Directives never silence the rule that reports broken directives.
  const directives = directivesOf(doc);
  const kept = directives.silencesAnything
    ? findings.filter((f) => f.ruleId === DIRECTIVE_RULE_ID || !directives.suppresses(f.ruleId, f.start))
    : findings;
  const sorted = kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings: sorted, plainTextParts: doc.plainTextParts };
}
