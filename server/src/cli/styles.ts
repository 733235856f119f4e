// The house style on the command line: each file's nearest .copydesk.yaml, searched up to the
// file-system root, or the one --config names for every file. One StyleResolver serves the
// whole run, so a style file shared by many drafts is read, parsed and merged once.
// The CLI treats every problem in a style file as fatal: the problems are printed once each as
// `file:line:column: message`, the drafts that use that style are not checked (their findings
// would be those of the wrong style), and the exit code is 2.

import { resolve } from 'node:path';
import type { Style } from '../engine/types.js';
import { StyleResolver, type StyleProblem } from '../style/index.js';
import { displayPath } from './files.js';

export interface CliStyle {
  style: Style;
  /** The style file in force, if any (undefined: the built-in style). */
  styleFile?: string;
  problems: readonly StyleProblem[];
}

export class CliStyles {
  private readonly resolver = new StyleResolver();
  private readonly config?: string;
  private readonly seen = new Set<string>();
  /** Every problem met so far, each once, in the order met. */
  readonly problems: StyleProblem[] = [];

  constructor(
    private readonly cwd: string,
    config?: string,
  ) {
    this.config = config === undefined ? undefined : resolve(cwd, config);
  }

  /** The style for a draft at this absolute path. */
  styleFor(path: string): CliStyle {
    let resolution;
    try {
      resolution = this.config ? this.resolver.resolveWithConfig(this.config, path) : this.resolver.resolveFor(path);
    } catch (err) {
      // The resolver reports problems rather than throwing; should it throw all the same, the
      // message still ends up at a file:line:column rather than as a crash.
      const file = this.config ?? path;
      const problem: StyleProblem = {
        file,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: `cannot read the style: ${(err as Error).message ?? String(err)}`,
        severity: 'error',
      };
      this.note([problem]);
      return { style: {}, problems: [problem] };
    }
    this.note(resolution.problems);
    return { style: resolution.style, styleFile: resolution.styleFile, problems: resolution.problems };
  }

  /** `file:line:column: message`, one line per problem, paths shown as the other notices. */
  formatProblems(problems: readonly StyleProblem[] = this.problems): string {
    return problems.map((p) => `${displayPath(this.cwd, p.file)}:${p.line}:${p.column}: ${p.message}\n`).join('');
  }

  private note(problems: readonly StyleProblem[]) {
    for (const p of problems) {
      const key = `${p.file}\0${p.line}\0${p.column}\0${p.message}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.problems.push(p);
    }
  }
}
