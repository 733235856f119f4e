// The engine's public face: lint and fix with the registered rules.

import { fixAllWith, resolveFindingWith, resolvePendingWith, type FixAllResult } from './fixes.js';
import { runRules, runRulesWithNotes, type LintResult } from './lint.js';
import { RULES } from './registry.js';
import type { Finding, LintOptions, ResolveContext } from './types.js';

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return runRules(RULES, text, options);
}

/** `lint`, with how the text was read: the Markdown parts read as plain text, and why. */
export function lintWithNotes(text: string, options: LintOptions = {}): LintResult {
  return runRulesWithNotes(RULES, text, options);
}

/** The finding with its on-demand fixes (spelling suggestions) computed; see Finding.pending. */
export function resolveFinding(finding: Finding, ctx: ResolveContext): Finding {
  return resolveFindingWith(RULES, finding, ctx);
}

/** The first `max` pending findings resolved (see resolveFinding), in a new array. */
export function resolvePending(findings: readonly Finding[], ctx: ResolveContext, max: number): Finding[] {
  return resolvePendingWith(RULES, findings, ctx, max);
}

export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  return fixAllWith(RULES, text, options);
}

export { applyEdits, nonOverlappingFixes } from './fixes.js';
export type { FixAllResult } from './fixes.js';
export type { LintResult } from './lint.js';
export type { PlainTextPart } from './text/model.js';
export { RULES, findRule } from './registry.js';
export { TextModel } from './text/model.js';
export * from './types.js';
