// The fast first read of a style file: js-yaml, about fifteen times quicker than the `yaml`
// package on a newsroom-sized file (0.9 MB: ~60 ms against ~900 ms), but without positions.
// parse.ts uses it only to learn whether the file is good; as soon as js-yaml throws or the
// value has any problem, the file is read again with `yaml` so that every message has its line
// and column and reads the same whichever parser ran first.
//
// For that to be sound the two parsers must agree on every file the fast path accepts:
// - Scalars resolve with the YAML 1.2 core schema exactly as `yaml` has it (the regexes of
//   yaml/dist/schema/core and common/null). js-yaml's own CORE_SCHEMA differs at the edges:
//   it reads 0b101, -0x1F and 1_0 as numbers, -.5 and 1e400 as text, where `yaml` does the
//   opposite; so the types are defined here instead. Strings, sequences and mappings are
//   js-yaml's failsafe ones. `yes`/`no`/`on`/`off` are text in both (no YAML 1.1 booleans).
// - Whatever only `yaml` bounds or reads differently is left to it: anchors and aliases
//   (js-yaml does not bound their expansion), tags, `%` directives, tabs in indentation and
//   a `__proto__` key. The test is a cheap regular expression; a false positive only costs
//   the slow path.
// - Where `yaml` is stricter about layout than js-yaml — a comment right after "]" or a quote,
//   a line of a flow collection, quoted or block scalar not indented past its key — the text
//   goes to `yaml` too (continuationsIndented below).
// - Duplicate keys and multiple documents make js-yaml throw, which sends the file to `yaml`.

import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/**
 * A YAML 1.2 core scalar type as the `yaml` package resolves it: forms tried in its order, the
 * first whose test matches builds the value. (js-yaml keeps one type per tag, so the forms of
 * one tag, such as decimal, octal and hex ints, are one type here.)
 */
function coreType(tag: string, forms: Array<[RegExp, (s: string) => unknown]>): Type {
  const formOf = (data: string | null) => forms.find(([test]) => test.test(data ?? ''));
  return new Type(tag, {
    kind: 'scalar',
    // js-yaml passes null for an empty plain scalar; `yaml` reads an empty node as null too.
    resolve: (data: string | null) => formOf(data) !== undefined,
    construct: (data: string | null) => formOf(data)![1](data ?? ''),
  });
}

const CORE_SCHEMA_LIKE_YAML = FAILSAFE_SCHEMA.extend({
  implicit: [
    coreType('tag:yaml.org,2002:null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    coreType('tag:yaml.org,2002:bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    coreType('tag:yaml.org,2002:int', [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    coreType('tag:yaml.org,2002:float', [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
    ]),
  ],
});

/**
 * Texts the fast path leaves to `yaml`: an anchor (&a), alias (*a) or tag (!x) where a node can
 * start (after a space, a line break, a flow indicator or a colon, and followed by a name), a
 * `%` directive line, a tab in a line's indentation, a `__proto__` key, or a carriage return
 * that is not part of a CRLF (the layout check below goes by "\n"). (A tab between
 * tokens, in a comment or in a quoted string reads the same in both: the tests try them.)
 */
const NEEDS_YAML = /(?:^|[\s[{,:])[&*!][^\s,[\]{}]|(?:^|\n)%|(?:^|\n) *\t|__proto__|\r(?!\n)/;

export function fastPathAllowed(text: string): boolean {
  return !NEEDS_YAML.test(text) && !COMMENT_AFTER_CLOSE.test(text) && continuationsIndented(text);
}

/** `[A]#c`, `"A"#c`: `yaml` requires a space before a comment there, js-yaml does not. */
const COMMENT_AFTER_CLOSE = /[\]}"']#/;

const SPACE = 0x20;
const TAB = 0x09;
/** After these (or at a line's first character) a quote opens a quoted scalar; elsewhere it is text ("it's"). */
const NODE_START_BEFORE = new Set([SPACE, TAB, 0x5b /* [ */, 0x7b /* { */, 0x2c /* , */]);
const atNodeStart = (line: string, i: number, indent: number) => i === indent || NODE_START_BEFORE.has(line.charCodeAt(i - 1));

/**
 * Whether every line inside a flow collection or quoted scalar that spans lines, and every line
 * of a block scalar, is indented past the block node it belongs to. `yaml` requires that (it
 * reports BAD_INDENT or MISSING_CHAR); js-yaml ignores the indentation of such lines. The node's
 * column is taken as the first one on the opening line after the spaces and any "- " or "? ";
 * a line of closing brackets may stand at that column. Conservative: block scalars are skipped
 * by indentation alone, and anything this scan cannot tell sends the text to `yaml`.
 */
function continuationsIndented(text: string): boolean {
  const lines = text.split('\n');
  let depth = 0; // open [ and {
  let quote = 0; // the open quote's char code, or 0
  let column = 0; // the block node column of the line where the open flow or quote began
  let blockScalar: { leading: number; column: number } | undefined;
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (line.charCodeAt(indent) === SPACE) indent++;
    const blank = indent === line.length;
    if (blockScalar) {
      if (blank || indent > blockScalar.column) continue;
      if (indent > blockScalar.leading) return false; // under the key but not past it: `yaml` decides
      blockScalar = undefined;
    }
    if (depth > 0 || quote !== 0) {
      if (blank) continue;
      const closing = quote === 0 && (line[indent] === ']' || line[indent] === '}');
      if (quote === 0 && line[indent] === '#') continue; // a comment line inside a flow collection
      if (!(indent > column || (closing && indent === column))) return false;
    } else {
      column = indent;
      while ((line[column] === '-' || line[column] === '?') && line.charCodeAt(column + 1) === SPACE) {
        column += 2;
        while (line.charCodeAt(column) === SPACE) column++;
      }
    }
    for (let i = indent; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (quote !== 0) {
        if (c === 0x5c /* backslash */ && quote === 0x22) i++; // an escape in "…"
        else if (c === quote) {
          if (quote === 0x27 && line.charCodeAt(i + 1) === 0x27) i++; // '' inside '…'
          else quote = 0;
        }
        continue;
      }
      if (c === 0x23 /* # */ && (i === 0 || line.charCodeAt(i - 1) === SPACE || line.charCodeAt(i - 1) === TAB)) break; // a comment
      if ((c === 0x22 || c === 0x27) && atNodeStart(line, i, indent)) quote = c;
      else if (c === 0x5b || c === 0x7b) depth++;
      else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
      else if ((c === 0x7c /* | */ || c === 0x3e /* > */) && depth === 0 && atNodeStart(line, i, indent)) {
        // A block scalar header ("|", ">-", "|2"): the lines below that are indented past the node are its text.
        if (/^[|>][-+0-9]*[ ]*(?:#.*)?$/.test(line.slice(i))) {
          blockScalar = { leading: indent, column };
          break;
        }
      }
    }
  }
  return depth === 0 && quote === 0;
}

/**
 * The plain value of a style file's text (BOM already removed) read by js-yaml, or undefined
 * when the fast path does not apply or js-yaml rejects the text (the caller then uses `yaml`).
 * An empty file reads as null. Never throws.
 */
export function fastLoad(text: string): { value: unknown } | undefined {
  if (!fastPathAllowed(text)) return undefined;
  try {
    const value = load(text, { schema: CORE_SCHEMA_LIKE_YAML, json: false });
    return { value: value === undefined ? null : value };
  } catch {
    // A YAMLException, or a RangeError from a file nested to overflow the stack: `yaml` says why.
    return undefined;
  }
}
