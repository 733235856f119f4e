// The engine as the server runs it: every rule wrapped so that one that throws loses only its
// own findings for that run (logged once per distinct error) instead of taking the server down.

import { RULES, type FixAllResult, type Finding, type Resources, type Rule, type Style } from '../engine/index.js';
import { fixAllWith, resolveFindingWith } from '../engine/fixes.js';
import { runRules } from '../engine/lint.js';
import { memoryMode } from '../memory-mode.js';

export type Log = (message: string) => void;

export class GuardedLinter {
  private readonly rules: readonly Rule[];
  /** Errors already logged, so a rule failing on every keystroke does not flood the log. */
  private readonly logged = new Set<string>();

  constructor(
    private readonly resources: Resources,
    private readonly log: Log,
    rules: readonly Rule[] = RULES,
  ) {
    this.rules = rules.map((rule) => {
      const guarded: Rule = {
        meta: rule.meta,
        check: (ctx) => {
          try {
            rule.check(ctx);
          } catch (error) {
            this.logOnce(`Rule "${rule.meta.id}" failed; its findings are left out`, error);
          }
        },
      };
      const resolveFixes = rule.resolveFixes;
      if (resolveFixes) {
        guarded.resolveFixes = (finding, ctx) => {
          try {
            return resolveFixes.call(rule, finding, ctx);
          } catch (error) {
            this.logOnce(`Rule "${rule.meta.id}" failed to compute its fixes`, error);
            return {};
          }
        };
      }
      return guarded;
    });
  }

  /** `style`: the document's house style (undefined: the built-in defaults). */
  lint(text: string, languageId: string, style?: Style): Finding[] {
    try {
      return memoryMode.run(text.length, () => runRules(this.rules, text, { languageId, resources: this.resources, style }));
    } catch (error) {
      // Reading the text itself failed (the text model, the Markdown parser): nothing to report.
      this.logOnce(`Linting failed`, error);
      return [];
    }
  }

  /** Every fix, never overlapping, repeated until stable; the text unchanged if that fails. */
  fixAll(text: string, languageId: string, style?: Style): FixAllResult {
    try {
      return memoryMode.run(text.length, () => fixAllWith(this.rules, text, { languageId, resources: this.resources, style }));
    } catch (error) {
      this.logOnce(`Fixing all failed`, error);
      return { output: text, fixed: 0, passes: 0 };
    }
  }

  /**
   * The fixes of findings that compute them on demand (spelling suggestions; see
   * Finding.pending), for the quick-fix menu. `text` is the text the findings were made for.
   */
  resolve(findings: readonly Finding[], text: string, style?: Style): Finding[] {
    const ctx = { text, resources: this.resources, style: style ?? {} };
    return findings.map((f) => resolveFindingWith(this.rules, f, ctx));
  }

  private logOnce(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const key = `${what}\n${detail}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log(`${what}: ${detail}`);
  }
}
