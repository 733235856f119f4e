// RuleTester: a rule's table of valid and invalid cases, run with node:test. Besides the
// expected findings it checks what every fix must honour: its edits stay inside the finding
// (widened only over adjacent white space, so a deleted line may take its line break), applying
// it removes the finding, and the table's `output` is exactly the text with all fixes applied.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, nonOverlappingFixes, resolveFindingWith } from '../fixes.js';
import { NO_STYLE, runRules } from '../lint.js';
import type { Finding, LintOptions, Resources, Rule, Style } from '../types.js';

export interface ValidCase {
  text: string;
  languageId?: string;
  options?: Record<string, unknown>;
  /**
   * The house style to lint with. When it sets this rule in its `rules` and the case gives no
   * `options`, the style's setting applies (so a table can show `rules: { x: off }` at work);
   * otherwise the rule runs at its default severity with the case's options.
   */
  style?: Style;
  name?: string;
}

export interface ExpectedFinding {
  messageId?: string;
  /** The exact text the finding covers. */
  text?: string;
  /** A substring of the message. */
  message?: string;
  /** Titles of the suggestions, in order. */
  suggestions?: string[];
  /** The title of the fix. */
  fix?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after applying every fix of this rule; omit or null when the rule gives no fix. */
  output?: string | null;
}

export interface RuleTable {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

export function runRuleTable(rule: Rule, table: RuleTable, resources: Resources = {}): void {
  const run = (c: ValidCase): Finding[] => {
    const styleSetsRule = c.options === undefined && c.style?.rules?.[rule.meta.id] !== undefined;
    const options: LintOptions = {
      languageId: c.languageId ?? 'plaintext',
      resources,
      ...(c.style ? { style: c.style } : {}),
      ...(styleSetsRule
        ? {}
        : { rules: { [rule.meta.id]: [rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, c.options ?? {}] } }),
    };
    return runRules([rule], c.text, options);
  };
  const label = (c: ValidCase) => c.name ?? JSON.stringify(c.text.length > 70 ? c.text.slice(0, 67) + '…' : c.text);

  describe(`rule ${rule.meta.id}`, () => {
    for (const raw of table.valid) {
      const c = typeof raw === 'string' ? { text: raw } : raw;
      it(`valid: ${label(c)}`, () => {
        const found = run(c);
        assert.deepEqual(found.map((f) => `${f.message} «${c.text.slice(f.start, f.end)}»`), []);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${label(c)}`, () => {
        // On-demand fixes (Finding.pending) resolved as the quick-fix menu and fix-all do.
        const resolveContext = { text: c.text, resources, style: c.style ?? NO_STYLE };
        const found = run(c).map((f) => resolveFindingWith([rule], f, resolveContext));
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got: ${JSON.stringify(found.map((f) => c.text.slice(f.start, f.end)))}`);
        found.forEach((f, i) => {
          const want = c.errors[i];
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= c.text.length, `range ${f.start}-${f.end} out of text`);
          if (want.text !== undefined) assert.equal(c.text.slice(f.start, f.end), want.text);
          if (want.messageId !== undefined) {
            const template = rule.meta.messages[want.messageId];
            assert.ok(template, `unknown messageId ${want.messageId}`);
            const pattern = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^]*') + '$');
            assert.match(f.message, pattern);
          }
          if (want.message !== undefined) assert.ok(f.message.includes(want.message), `message "${f.message}" lacks "${want.message}"`);
          if (want.suggestions !== undefined) assert.deepEqual((f.suggestions ?? []).map((s) => s.title), want.suggestions);
          if (want.fix !== undefined) assert.equal(f.fix?.title, want.fix);
          if (f.fix) {
            assert.ok(rule.meta.fixable, `${rule.meta.id} reported a fix but meta.fixable is false`);
            assertFixInsideFinding(c.text, f);
            const after = run({ ...c, text: applyEdits(c.text, f.fix.edits) });
            assert.ok(after.length < found.length, `the fix "${f.fix.title}" did not remove its own finding`);
          }
          for (const s of f.suggestions ?? []) assertFixInsideFinding(c.text, { ...f, fix: s });
        });
        const fixes = nonOverlappingFixes(found);
        if (c.output === undefined || c.output === null) {
          assert.equal(fixes.count, 0, 'a fix was reported: give the expected output');
        } else {
          assert.equal(applyEdits(c.text, fixes.edits), c.output);
        }
      });
    }
  });
}

function assertFixInsideFinding(text: string, f: Finding): void {
  let lo = f.start;
  let hi = f.end;
  while (lo > 0 && /\s/.test(text[lo - 1])) lo--;
  while (hi < text.length && /\s/.test(text[hi])) hi++;
  for (const e of f.fix!.edits) {
    assert.ok(
      e.start >= lo && e.end <= hi && e.start <= e.end,
      `fix "${f.fix!.title}" edits ${e.start}-${e.end}, outside the finding ${f.start}-${f.end}`,
    );
  }
}
