// One style file's text → its own settings (extends not followed) and every problem in it, each
// at its line and column. YAML only, through the `yaml` Document API: nothing is executed, an
// alias may be used at most MAX_ALIAS_COUNT times over, and a duplicate key is an error.

import { isAlias, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { RuleSetting, Style, StyleEntity, StyleTerm } from '../engine/types.js';
import { fileProblem, problemAt, sortProblems, type Span, type StyleProblem } from './problem.js';
import { checkRuleMap, type ValueProblem } from './rule-settings.js';
import { schemaProblems } from './schema-check.js';
import { spanAt, type PathSegment } from './yaml-nodes.js';

/**
 * Style files above this many UTF-16 units are refused. The `yaml` parser reads about
 * 1 MB a second (measured: 838 KB, the 10,000-term newsroom style, in 0.9–1.2 s; 5 MB in 4–5 s),
 * so 2 MB bounds the wait at about two seconds; a real house style is a few hundred KB.
 */
export const MAX_STYLE_CHARS = 2 * 1024 * 1024;
/** How often the aliases of a file may expand in all ("billion laughs" protection). */
export const MAX_ALIAS_COUNT = 1000;

export interface ExtendsEntry {
  /** As written: "copydesk:recommended", "./base.yaml", "@paper/style". */
  target: string;
  span: Span;
}

export interface OverrideEntry {
  files: string[];
  rules: Record<string, RuleSetting>;
}

export interface ParsedStyleFile {
  file: string;
  problems: StyleProblem[];
  /** This file's own settings, without what it extends and without overrides. */
  own: Style;
  root: boolean;
  extends: ExtendsEntry[];
  overrides: OverrideEntry[];
  /** A problem at a place in this file (for extends entries that cannot be followed). */
  problemAt(span: Span, message: string): StyleProblem;
}

/** Parses and validates one style file's text. Never throws. */
export function parseStyleText(file: string, rawText: string): ParsedStyleFile {
  // A BOM is not part of the text an editor shows, so columns on line 1 do not count it.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = new LineCounter();
  const result: ParsedStyleFile = {
    file,
    problems: [],
    own: {},
    root: false,
    extends: [],
    overrides: [],
    problemAt: (span, message) => problemAt(file, lines, span, message),
  };
  if (text.length > MAX_STYLE_CHARS) {
    result.problems.push(fileProblem(file, `style file too large: ${formatSize(text.length)}, more than the ${formatSize(MAX_STYLE_CHARS)} Copydesk reads`));
    return result;
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (err) {
    // The parser recurses into nested flow collections; a file built to be deep can overflow it.
    result.problems.push(fileProblem(file, `YAML syntax error: the file cannot be read (${(err as Error).message})`));
    return result;
  }
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length) {
    for (const e of yamlProblems) result.problems.push(problemAt(file, lines, errorSpan(e, text), `YAML syntax error: ${yamlMessage(e, text)}`));
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

  const valueProblems: ValueProblem[] = schemaProblems(value);
  const obj = value as Record<string, unknown>;
  if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) {
    // A setting the schema rejected keeps its id checked, but its options are not looked at.
    const settingOk = (base: PathSegment[]) => (id: string) =>
      !valueProblems.some((p) => p.path.length > base.length && p.path.slice(0, base.length + 1).join('/') === [...base, id].join('/'));
    valueProblems.push(...checkRuleMap(obj.rules, ['rules'], settingOk(['rules'])));
    if (Array.isArray(obj.overrides)) {
      obj.overrides.forEach((o, i) => {
        const base: PathSegment[] = ['overrides', i, 'rules'];
        if (o && typeof o === 'object') valueProblems.push(...checkRuleMap((o as Record<string, unknown>).rules, base, settingOk(base)));
      });
    }
  }
  for (const p of valueProblems) result.problems.push(problemAt(file, lines, spanAt(doc, text, p.path, p.atKey), p.message));
  sortProblems(result.problems);
  if (result.problems.length) return result;

  // Valid: every key has the shape the schema says.
  result.root = obj.root === true;
  result.own = ownStyle(obj);
  if (obj.extends !== undefined) {
    const entries = Array.isArray(obj.extends) ? (obj.extends as string[]) : [obj.extends as string];
    const path = (i: number): PathSegment[] => (Array.isArray(obj.extends) ? ['extends', i] : ['extends']);
    result.extends = entries.map((target, i) => ({ target, span: spanAt(doc, text, path(i)) }));
  }
  if (Array.isArray(obj.overrides)) {
    result.overrides = (obj.overrides as Array<{ files: string[]; rules?: Record<string, RuleSetting> | null }>).map((o) => ({
      files: o.files,
      rules: o.rules ?? {},
    }));
  }
  return result;
}

function ownStyle(obj: Record<string, unknown>): Style {
  const style: Style = {};
  if (obj.locale !== undefined) style.locale = obj.locale as Style['locale'];
  if (obj.rules) style.rules = obj.rules as Record<string, RuleSetting>;
  if (Array.isArray(obj.entities)) style.entities = obj.entities as StyleEntity[];
  if (Array.isArray(obj.terms)) style.terms = obj.terms as StyleTerm[];
  if (Array.isArray(obj.acronyms)) style.acronyms = obj.acronyms as string[];
  if (Array.isArray(obj.words)) style.words = obj.words as string[];
  return style;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/** Where yaml's error is, on one line; a duplicate key is underlined whole. */
function errorSpan(e: YAMLError, text: string): Span {
  const start = Math.min(e.pos[0], text.length);
  let end = Math.max(start, Math.min(e.pos[1], text.length));
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)[ \t]*:/.exec(text.slice(start));
    if (key) end = start + key[1].length;
  }
  const lineBreak = text.slice(start, end).search(/\r?\n/);
  return { start, end: lineBreak >= 0 ? start + lineBreak : end };
}

/** yaml's messages, reworded where a desk editor would not know the term. */
function yamlMessage(e: YAMLError, text: string): string {
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const span = errorSpan(e, text);
      const key = text.slice(span.start, span.end).trim().replace(/^["']|["']$/g, '');
      return `the key ${key ? `"${key}" ` : ''}appears twice in the same place; keep one (join their lists)`;
    }
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
