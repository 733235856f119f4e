// StyleResolver: the style for a draft. Finds the nearest .copydesk.yaml upwards, follows its
// `extends`, merges, applies the overrides that match the draft, and remembers the last good
// style of each style file for while it is broken. Everything is cached — parsed files by
// path, the nearest file by folder, the merged chain by style file, the result by the set of
// overrides that match — so a check with nothing changed costs a few Map look-ups and returns
// the very same Style object (the engine keeps its indexes of a style per object).

import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { RuleSetting, Style } from '../engine/types.js';
import { resolveExtendsTarget } from './extends-target.js';
import { mergeRules, mergeStyles } from './merge.js';
import { parseStyleText, type ExtendsEntry, type ParsedStyleFile } from './parse.js';
import { fileProblem, sortProblems, STYLE_FILE_NAME, type StyleProblem } from './problem.js';
import { readStyleFileFromDisk, StyleReadError } from './read.js';
import { recommendedStyle } from './recommended.js';

export interface StyleResolution {
  /** Merged along extends, with the overrides matching the document applied. Do not mutate. */
  style: Style;
  /** The nearest style file (or --config file) used; undefined: built-in defaults only. */
  styleFile?: string;
  /** Every style file read for it (nearest + all it extends, and missing targets), absolute: watch these. */
  files: string[];
  /** Problems in any of those files (empty when all is well). */
  problems: StyleProblem[];
  /** True when problems exist and a previous good version (or the built-in style) is in force. */
  usingLastGood: boolean;
}

export interface StyleResolverOptions {
  /** Text of a file, or undefined if it does not exist. Default: fs. May throw (a StyleReadError reads best). */
  readFile?: (path: string) => string | undefined;
  /** Folders where the upward search stops (inclusive); none: search to the file-system root. */
  roots?: string[];
}

/** How deep `extends` may nest before it is taken for a runaway chain. */
export const MAX_EXTENDS_DEPTH = 32;

type Loaded =
  | { kind: 'ok'; parsed: ParsedStyleFile }
  | { kind: 'missing' }
  | { kind: 'error'; message: string; folder: boolean };

interface CompiledOverride {
  matches(documentPath: string): boolean;
  rules: Record<string, RuleSetting>;
}

/** A style file's merged chain: everything but the overrides' effect on one document. */
interface Chain {
  base: Style;
  overrides: CompiledOverride[];
  files: string[];
  problems: StyleProblem[];
  /** Resolutions by the set of overrides that match, so equal inputs share one Style object. */
  resolutions: Map<string, StyleResolution>;
}

const BUILT_IN_ONLY: StyleResolution = Object.freeze({
  style: recommendedStyle(),
  files: Object.freeze([]) as unknown as string[],
  problems: Object.freeze([]) as unknown as StyleProblem[],
  usingLastGood: false,
});

export class StyleResolver {
  private readonly readFile: (path: string) => string | undefined;
  private readonly roots: Set<string>;
  private readonly loaded = new Map<string, Loaded>();
  /** Folder → its nearest style file (null: none up to the stop). */
  private readonly nearest = new Map<string, string | null>();
  private readonly chains = new Map<string, Chain>();
  /** Style file → its last chain without problems. Survives invalidate: that is its point. */
  private readonly lastGood = new Map<string, Chain>();
  private builtInChain?: Chain;

  constructor(options: StyleResolverOptions = {}) {
    this.readFile = options.readFile ?? readStyleFileFromDisk;
    this.roots = new Set((options.roots ?? []).map((r) => resolve(r)));
  }

  /** The style for a draft at this absolute path: nearest .copydesk.yaml upwards. */
  resolveFor(documentPath: string): StyleResolution {
    const doc = resolve(documentPath);
    const styleFile = this.findNearest(dirname(doc));
    return styleFile ? this.resolution(styleFile, doc) : BUILT_IN_ONLY;
  }

  /** The style from one explicit file (CLI --config), overrides applied for documentPath. */
  resolveWithConfig(configFile: string, documentPath: string): StyleResolution {
    return this.resolution(resolve(configFile), resolve(documentPath));
  }

  /** Forget cached reads (a file changed on disk or in the editor); no argument: everything. */
  invalidate(path?: string): void {
    if (path === undefined) {
      this.loaded.clear();
      this.nearest.clear();
      this.chains.clear();
      return;
    }
    const p = resolve(path);
    this.loaded.delete(p);
    // A style file appearing or going changes which file is nearest for the folders below it.
    if (basename(p) === STYLE_FILE_NAME) this.nearest.clear();
    for (const [file, chain] of this.chains) if (file === p || chain.files.includes(p)) this.chains.delete(file);
  }

  private load(path: string): Loaded {
    let entry = this.loaded.get(path);
    if (!entry) {
      entry = this.read(path);
      this.loaded.set(path, entry);
    }
    return entry;
  }

  private read(path: string): Loaded {
    let text: string | undefined;
    try {
      text = this.readFile(path);
    } catch (err) {
      if (err instanceof StyleReadError) return { kind: 'error', message: err.message, folder: err.kind === 'folder' };
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EISDIR') return { kind: 'error', message: 'this is a folder, not a style file', folder: true };
      return { kind: 'error', message: `cannot read the style file (${code ?? (err as Error).message})`, folder: false };
    }
    if (text === undefined) return { kind: 'missing' };
    if (typeof text !== 'string') return { kind: 'error', message: 'cannot read the style file (not text)', folder: false };
    return { kind: 'ok', parsed: parseStyleText(path, text) };
  }

  private findNearest(folder: string): string | undefined {
    const visited: string[] = [];
    let found: string | null = null;
    for (let dir = folder; ; ) {
      const cached = this.nearest.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = join(dir, STYLE_FILE_NAME);
      if (this.load(candidate).kind !== 'missing') {
        found = candidate;
        break;
      }
      const parent = dirname(dir);
      if (this.roots.has(dir) || parent === dir) break;
      dir = parent;
    }
    for (const dir of visited) this.nearest.set(dir, found);
    return found ?? undefined;
  }

  private resolution(styleFile: string, documentPath: string): StyleResolution {
    let chain = this.chains.get(styleFile);
    if (!chain) {
      chain = this.buildChain(styleFile);
      this.chains.set(styleFile, chain);
      if (chain.problems.length === 0) this.lastGood.set(styleFile, chain);
    }
    const broken = chain.problems.length > 0;
    const inForce = broken ? (this.lastGood.get(styleFile) ?? this.builtIn()) : chain;
    const matching = inForce.overrides.map((o) => (o.matches(documentPath) ? '1' : '0')).join('');
    let result = chain.resolutions.get(matching);
    if (!result) {
      let style = inForce.base;
      if (matching.includes('1')) {
        let rules = style.rules;
        inForce.overrides.forEach((o, i) => {
          if (matching[i] === '1') rules = mergeRules(rules, o.rules);
        });
        style = { ...style, rules };
      }
      result = { style, styleFile, files: chain.files, problems: chain.problems, usingLastGood: broken };
      chain.resolutions.set(matching, result);
    }
    return result;
  }

  private builtIn(): Chain {
    this.builtInChain ??= { base: recommendedStyle(), overrides: [], files: [], problems: [], resolutions: new Map() };
    return this.builtInChain;
  }

  private buildChain(styleFile: string): Chain {
    const files: string[] = [];
    const problems: StyleProblem[] = [];
    const overrides: CompiledOverride[] = [];
    const merged = new Set<string>();
    const note = (p: string) => {
      if (!files.includes(p)) files.push(p);
    };

    /** `path`'s style with all it extends; `stack`: the files above it in this chain. */
    const expand = (path: string, stack: string[], from?: { parsed: ParsedStyleFile; ext: ExtendsEntry }): Style | undefined => {
      note(path);
      const loaded = this.load(path);
      if (loaded.kind !== 'ok') {
        if (from && (loaded.kind === 'missing' || loaded.folder)) {
          const why = loaded.kind === 'missing' ? `cannot find "${from.ext.target}" (extends)` : `"${from.ext.target}" is a folder, not a style file (extends)`;
          problems.push(from.parsed.problemAt(from.ext.span, why));
        } else {
          problems.push(fileProblem(path, loaded.kind === 'missing' ? 'cannot find the style file' : loaded.message));
        }
        return undefined;
      }
      const parsed = loaded.parsed;
      problems.push(...parsed.problems);
      let acc: Style = {};
      for (const ext of parsed.extends) {
        const target = resolveExtendsTarget(ext.target, path, (p) => this.readText(p));
        if (target.kind === 'builtin') {
          acc = mergeStyles(acc, recommendedStyle());
          continue;
        }
        if (target.kind === 'error') {
          if (target.watch) note(target.watch);
          problems.push(parsed.problemAt(ext.span, target.message));
          continue;
        }
        const above = [...stack, path];
        if (above.includes(target.path)) {
          const loop = [...above.slice(above.indexOf(target.path)), target.path].map((f) => relative(dirname(path), f) || basename(f));
          problems.push(parsed.problemAt(ext.span, `extends cycle: ${loop.join(' → ')}`));
          continue;
        }
        if (merged.has(target.path)) continue; // Reached twice (a diamond): merged once, the first time.
        if (stack.length >= MAX_EXTENDS_DEPTH) {
          problems.push(parsed.problemAt(ext.span, `too many levels of extends (more than ${MAX_EXTENDS_DEPTH})`));
          continue;
        }
        // ext.span is read only for a problem: on the fast path finding it means reading the file with `yaml`.
        const sub = expand(target.path, [...stack, path], { parsed, ext });
        if (sub) acc = mergeStyles(acc, sub);
      }
      acc = mergeStyles(acc, parsed.own);
      const folder = dirname(path);
      for (const o of parsed.overrides) overrides.push(compileOverride(folder, o.files, o.rules));
      merged.add(path);
      return acc;
    };

    const base = expand(styleFile, []) ?? {};
    return { base, overrides, files, problems: sortProblems(problems), resolutions: new Map() };
  }

  /** A file's text through the resolver's reader, for package.json; undefined when unreadable. */
  private readText(path: string): string | undefined {
    try {
      return this.readFile(path);
    } catch {
      return undefined;
    }
  }
}

function compileOverride(folder: string, globs: string[], rules: Record<string, RuleSetting>): CompiledOverride {
  let test: (p: string) => boolean;
  try {
    test = picomatch(globs, { dot: true });
  } catch {
    test = () => false;
  }
  return {
    rules,
    matches(documentPath) {
      const rel = relative(folder, documentPath);
      if (!rel || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return false;
      return test(rel.split(sep).join('/'));
    },
  };
}
