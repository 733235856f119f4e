// One style file's text → its own settings (extends not followed) and every problem in it, each
// at its line and column. YAML only: a good file is read by js-yaml (fast-yaml.ts), anything
// to report comes from the `yaml` Document API. Nothing is executed, an alias may be used at
// most MAX_ALIAS_COUNT times over, and a duplicate key is an error.

import { isAlias, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { RuleSetting, Style, StyleEntity, StyleTerm } from '../engine/types.js';
import { fileProblem, problemAt, sortProblems, type Span, type StyleProblem } from './problem.js';
import { fastLoad } from './fast-yaml.js';
import { valueProblems } from './validate.js';
import { spanAt, type PathSegment } from './yaml-nodes.js';

/**
 * Style files above this many UTF-16 units are refused. A good file is read by js-yaml (the
 * 0.9 MB newsroom style in 40–110 ms), but one with a problem is read by the `yaml` parser too,
 * at about 1 MB a second (that style in 0.6–1.2 s; 5 MB in 4–5 s), so 2 MB bounds the wait at
 * about two seconds; a real house style is a few hundred KB.
 */
export const MAX_STYLE_CHARS = 2 * 1024 * 1024;
/** How often the aliases of a file may expand in all ("billion laughs" protection). */
export const MAX_ALIAS_COUNT = 1000;

export interface ExtendsEntry {
  /** As written: "copydesk:recommended", "./base.yaml", "@paper/style". */
  target: string;
  /** Where the entry is written; on the fast path found (by reading with `yaml`) when first asked for. */
  readonly span: Span;
}

export interface OverrideEntry {
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface ParsedStyleFile {
  file: string;
  /** js-yaml when the file was good on the fast path; `yaml` otherwise. */
  parser: StyleParser;
  problems: StyleProblem[];
  /** This file's own settings, without what it extends and without overrides. */
  own: Style;
  root: boolean;
  extends: ExtendsEntry[];
  overrides: OverrideEntry[];
  /** A problem at a place in this file (for extends entries that cannot be followed). */
  problemAt(span: Span, message: string): StyleProblem;
}

/** Which parser produced a result: js-yaml for a good file, `yaml` whenever there is anything to report. */
export type StyleParser = 'js-yaml' | 'yaml';

export interface ParseOptions {
  /** false: always read with `yaml` (the tests compare the two paths). Default true. */
  fastPath?: boolean;
}

/**
 * Parses and validates one style file's text. Never throws.
 *
 * A good file is read by js-yaml and validated as a plain value (fast-yaml.ts says why that is
 * sound); a file with any problem, or one the fast path leaves alone, is read again by `yaml`'s
 * Document API, whose nodes give every problem its line and column. So the problems, and
 * their messages, are the same whichever parser ran first.
 */
export function parseStyleText(file: string, rawText: string, options: ParseOptions = {}): ParsedStyleFile {
  // A BOM is not part of the text an editor shows, so columns on line 1 do not count it.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.length > MAX_STYLE_CHARS) {
    const result = emptyResult(file, 'yaml', () => new LineCounter());
    result.problems.push(fileProblem(file, `style file too large: ${formatSize(text.length)}, more than the ${formatSize(MAX_STYLE_CHARS)} Copydesk reads`));
    return result;
  }
  if (options.fastPath !== false) {
    const fast = fastLoad(text);
    // An empty file (null) has no settings and nothing to check, as on the slow path.
    if (fast && (fast.value === null || valueProblems(fast.value).length === 0)) {
      // Positions are needed only if an extends entry later cannot be followed: read then.
      let slow: YamlRead | undefined;
      const read = () => (slow ??= readWithYaml(text));
      const result = emptyResult(file, 'js-yaml', () => read().lines);
      if (fast.value !== null) fillSettings(result, fast.value as Record<string, unknown>, (path) => spanOfRead(read(), text, path));
      return result;
    }
  }
  return parseWithYaml(file, text);
}

interface YamlRead {
  lines: LineCounter;
  doc?: Document.Parsed;
  /** Set when the parser itself threw (a file nested deep enough to overflow its stack). */
  thrown?: Error;
}

function readWithYaml(text: string): YamlRead {
  const lines = new LineCounter();
  try {
    return { lines, doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true }) };
  } catch (err) {
    return { lines, thrown: err as Error };
  }
}

function spanOfRead(read: YamlRead, text: string, path: PathSegment[]): Span {
  return read.doc ? spanAt(read.doc, text, path) : { start: 0, end: 0 };
}

function emptyResult(file: string, parser: StyleParser, lines: () => LineCounter): ParsedStyleFile {
  return {
    file,
    parser,
    problems: [],
    own: {},
    root: false,
    extends: [],
    overrides: [],
    problemAt: (span, message) => problemAt(file, lines(), span, message),
  };
}

/** The slow path: `yaml`'s Document API, every problem at its place. */
function parseWithYaml(file: string, text: string): ParsedStyleFile {
  const read = readWithYaml(text);
  const { lines } = read;
  const result = emptyResult(file, 'yaml', () => lines);
  if (!read.doc) {
    // The parser recurses into nested flow collections; a file built to be deep can overflow it.
    result.problems.push(fileProblem(file, `YAML syntax error: the file cannot be read (${read.thrown?.message})`));
    return result;
  }
  const doc = read.doc;
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length) {
    for (const e of yamlProblems) {
      const { span, key } = errorPlace(e, doc, text);
      result.problems.push(problemAt(file, lines, span, `YAML syntax error: ${yamlMessage(e, key)}`));
    }
    return result;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = /alias count/i.test((err as Error).message)
      ? `too many YAML aliases: the aliases (*name) in this file expand to more than ${MAX_ALIAS_COUNT} copies; write the entries out instead`
      : `YAML syntax error: ${(err as Error).message}`;
    result.problems.push(problemAt(file, lines, firstAliasSpan(doc), message));
    return result;
  }
  if (value === null || value === undefined) return result; // An empty file: no settings.

  for (const p of valueProblems(value)) result.problems.push(problemAt(file, lines, spanAt(doc, text, p.path, p.atKey), p.message));
  sortProblems(result.problems);
  if (result.problems.length) return result;
  fillSettings(result, value as Record<string, unknown>, (path) => spanAt(doc, text, path));
  return result;
}

/** A valid file's settings (every key has the shape the schema says). */
function fillSettings(result: ParsedStyleFile, obj: Record<string, unknown>, spanOf: (path: PathSegment[]) => Span): void {
  result.root = obj.root === true;
  result.own = ownStyle(obj);
  if (obj.extends !== undefined) {
    const entries = Array.isArray(obj.extends) ? (obj.extends as string[]) : [obj.extends as string];
    const path = (i: number): PathSegment[] => (Array.isArray(obj.extends) ? ['extends', i] : ['extends']);
    // The span is found when asked for: on the fast path that means reading the file with `yaml`.
    result.extends = entries.map((target, i) => {
      let span: Span | undefined;
      return {
        target,
        get span() {
          return (span ??= spanOf(path(i)));
        },
      };
    });
  }
  if (Array.isArray(obj.overrides)) {
    result.overrides = (obj.overrides as Array<{ files: string[]; rules?: Record<string, RuleSetting> | null }>).map((o) => ({
      files: o.files,
      rules: o.rules ?? {},
    }));
  }
}

function ownStyle(obj: Record<string, unknown>): Style {
  const style: Style = {};
  if (obj.locale !== undefined) style.locale = obj.locale as Style['locale'];
  if (obj.rules) style.rules = obj.rules as Record<string, RuleSetting>;
  if (Array.isArray(obj.entities)) style.entities = obj.entities as StyleEntity[];
  if (Array.isArray(obj.terms)) style.terms = obj.terms as StyleTerm[];
  if (Array.isArray(obj.acronyms)) style.acronyms = obj.acronyms as string[];
  if (Array.isArray(obj.words)) style.words = obj.words as string[];
  const frontMatter = obj.frontMatter as { prose?: string[] | null } | null | undefined;
  if (Array.isArray(frontMatter?.prose)) style.frontMatter = { prose: frontMatter.prose };
  return style;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/**
 * Where yaml's error is, on one line. A duplicate key is underlined whole and named: the key
 * node that starts at (or holds) the error's position, so an explicit "? key", a quoted key
 * with a colon in it or a flow mapping's key are named in full, not by their first character.
 */
function errorPlace(e: YAMLError, doc: Document, text: string): { span: Span; key?: string } {
  const start = Math.min(e.pos[0], text.length);
  let end = Math.max(start, Math.min(e.pos[1], text.length));
  let key: string | undefined;
  if (e.code === 'DUPLICATE_KEY') {
    const node = keyNodeAt(doc, start);
    if (node?.range) {
      end = Math.max(end, node.range[1]);
      key = isScalar(node) ? String(node.value) : text.slice(node.range[0], node.range[1]).trim();
    }
  }
  const lineBreak = text.slice(start, end).search(/\r?\n/);
  return { span: { start, end: lineBreak >= 0 ? start + lineBreak : end }, key };
}

/** The mapping key whose text starts at, or runs over, `offset`. */
function keyNodeAt(doc: Document, offset: number): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      const k = pair.key as Node | null;
      if (k && isNode(k) && k.range && k.range[0] <= offset && offset < Math.max(k.range[1], k.range[0] + 1)) {
        found = k;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** yaml's messages, reworded where a desk editor would not know the term. */
function yamlMessage(e: YAMLError, key: string | undefined): string {
  switch (e.code) {
    case 'DUPLICATE_KEY':
      return `the key ${key ? `"${key}" ` : ''}appears twice in the same place; keep one (join their lists)`;
    case 'TAB_AS_INDENT':
      return 'a tab is used to indent; YAML needs spaces';
    case 'MULTIPLE_DOCS':
      return 'a style file holds one document; remove the "---" line and what follows it, or merge them';
    case 'BAD_INDENT':
      return `${e.message}; line items of a list up under each other, and indent with spaces`;
    default:
      return e.message;
  }
}

function firstAliasSpan(doc: Document): Span {
  let span: Span = { start: 0, end: 0 };
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) span = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return span;
}
