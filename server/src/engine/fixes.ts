// Applying fixes to a string: one fix, or every fix that does not overlap an earlier one,
// repeated until the text stops changing (what "fix all" and `copydesk --fix` do).

import { runRules } from './lint.js';
import type { Finding, LintOptions, Rule, TextEdit } from './types.js';

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

/** Applies all fixes, relinting between passes, until no fix is left or 10 passes ran. */
export function fixAllWith(rules: readonly Rule[], text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const { edits, count } = nonOverlappingFixes(runRules(rules, output, options));
    if (count === 0) break;
    output = applyEdits(output, edits);
    fixed += count;
    passes++;
  }
  return { output, fixed, passes };
}
