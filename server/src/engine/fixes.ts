// Applying fixes to a string: one fix, or every fix that does not overlap an earlier one,
// repeated until the text stops changing (what "fix all" and `copydesk --fix` do).

import { NO_STYLE, runRules } from './lint.js';
import type { Finding, LintOptions, ResolveContext, Rule, TextEdit } from './types.js';

/**
 * A finding with its on-demand fixes filled in (see Finding.pending): what the quick-fix menu
 * and fix-all ask for. Findings without a pending key come back as they are.
 */
export function resolveFindingWith(rules: readonly Rule[], finding: Finding, ctx: ResolveContext): Finding {
  if (finding.pending === undefined) return finding;
  const rule = rules.find((r) => r.meta.id === finding.ruleId);
  if (!rule?.resolveFixes) return finding;
  const { fix, suggestions } = rule.resolveFixes(finding, ctx);
  const resolved: Finding = { ...finding };
  delete resolved.pending;
  if (fix) resolved.fix = fix;
  if (suggestions && suggestions.length) resolved.suggestions = suggestions;
  return resolved;
}

/** Applies edits that do not overlap one another. Throws if they do. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const e of sorted) {
    if (e.start < last) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}

/** The edits of every fix in `findings`, skipping any fix that overlaps one already taken. */
export function nonOverlappingFixes(findings: readonly Finding[]): { edits: TextEdit[]; count: number } {
  const edits: TextEdit[] = [];
  let count = 0;
  for (const f of findings) {
    if (!f.fix) continue;
    // Two edits clash when they overlap, or insert at the same point (the order would be a guess).
    const clash = f.fix.edits.some((e) =>
      edits.some((t) => (e.start < t.end && t.start < e.end) || e.start === t.start || e.end === t.end),
    );
    if (clash) continue;
    edits.push(...f.fix.edits);
    count++;
  }
  return { edits, count };
}

export interface FixAllResult {
  output: string;
  /** How many fixes were applied, over all passes. */
  fixed: number;
  passes: number;
}

/**
 * `findings` with the on-demand fixes of the first `max` pending ones computed, in a new array
 * (the rest as they are): fix-all and the CLI's report both ask for many at once.
 */
export function resolvePendingWith(rules: readonly Rule[], findings: readonly Finding[], ctx: ResolveContext, max: number): Finding[] {
  let resolved = 0;
  return findings.map((f) => (f.pending === undefined || resolved++ >= max ? f : resolveFindingWith(rules, f, ctx)));
}

/**
 * How many on-demand fixes (spelling suggestions, some milliseconds each) one pass of fix-all
 * computes: every typo of a real draft, while a file of made-up words does not spend minutes
 * (the later ones wait for the next pass, once the first are fixed).
 */
export const MAX_RESOLVED_PER_PASS = 200;

/** Applies all fixes, relinting between passes, until no fix is left or 10 passes ran. */
export function fixAllWith(rules: readonly Rule[], text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const ctx: ResolveContext = { text: output, resources: options.resources ?? {}, style: options.style ?? NO_STYLE };
    const findings = resolvePendingWith(rules, runRules(rules, output, options), ctx, MAX_RESOLVED_PER_PASS);
    const { edits, count } = nonOverlappingFixes(findings);
    if (count === 0) break;
    output = applyEdits(output, edits);
    fixed += count;
    passes++;
  }
  return { output, fixed, passes };
}
