// "Add "X" to the house style": one entry added to the top-level `words` or `acronyms` list of a
// style file's text. The entry is spliced into the text at a place found through the yaml
// Document's node ranges, so every other byte — comments, key order, blank lines, quoting,
// flow or block style, CRLF — stays as it was. The result is parsed again and compared with the
// original before it is returned: an edit that would change anything else is refused.

import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { MAX_ALIAS_COUNT } from './parse.js';
import { RECOMMENDED_NAME } from './recommended.js';

export class StyleEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StyleEditError';
  }
}

export type StyleListKey = 'words' | 'acronyms';

/**
 * Adds `value` to the top-level list `key` of a style file's text; creates the key if missing;
 * returns the text unchanged if the value is already there. `text` may be '' (a new file).
 * Throws a StyleEditError (with a message for the user) when the file cannot be edited safely:
 * YAML errors, a top level that is not a mapping, or a `key` that is not a list.
 */
export function addToStyleList(text: string, key: StyleListKey, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new StyleEditError('nothing to add: the entry is empty');
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  if (body.trim() === '') return bom + newStyleFile(key, value, eol);

  const before = parseDocument(body, { uniqueKeys: true, prettyErrors: false });
  if (before.errors.length) throw new StyleEditError(`the style file has YAML errors; fix them before adding "${value}"`);
  const result = insert(body, before.contents as Node | null, key, value, eol);
  if (result === body) return text;
  verify(body, result, key, value);
  return bom + result;
}

function newStyleFile(key: StyleListKey, value: string, eol: string): string {
  return [
    '# Copydesk house style: every key is explained in docs/style-file.md.',
    `extends: ${RECOMMENDED_NAME}`,
    `${key}:`,
    `  - ${scalarText(value, false)}`,
    '',
  ].join(eol);
}

function insert(body: string, contents: Node | null, key: StyleListKey, value: string, eol: string): string {
  if (contents === null || (isScalar(contents) && contents.value === null && !sourceOf(body, contents))) {
    return appendKey(body, key, value, eol, '  ');
  }
  if (!isMap(contents)) throw new StyleEditError('the style file is not a set of "key: value" lines; fix it first');
  const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Node, Node | null> | undefined;
  if (!pair) {
    if (contents.flow) return insertIntoFlowMap(body, contents, key, value);
    return appendKey(body, key, value, eol, blockSeqIndent(body, contents));
  }
  const v = pair.value;
  if (isSeq(v)) {
    if (v.items.some((item) => isScalar(item) && item.value === value)) return body;
    return v.flow ? insertIntoFlowSeq(body, v, value, eol) : insertIntoBlockSeq(body, v, value, eol);
  }
  if (v === null || (isScalar(v) && v.value === null)) {
    const source = v ? sourceOf(body, v) : '';
    if (v?.range && source) return splice(body, v.range[0], v.range[1], `[${scalarText(value, true)}]`); // `words: ~`
    // `words:` with nothing after it: the list goes on the lines below.
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    const at = lineEnd(body, keyEnd);
    const indent = indentOf(body, (pair.key as Node).range?.[0] ?? 0) + '  ';
    return splice(body, at, at, `${eol}${indent}- ${scalarText(value, false)}`);
  }
  if (isScalar(v) && typeof v.value === 'string' && v.range) {
    // `words: Haftar` (one word where a list belongs): made the list it was meant to be.
    if (v.value === value) return body;
    return splice(body, v.range[0], v.range[1], `[${scalarText(v.value, true)}, ${scalarText(value, true)}]`);
  }
  throw new StyleEditError(`"${key}" in the style file is not a list; fix it before adding "${value}"`);
}

function insertIntoBlockSeq(body: string, seq: YAMLSeq, value: string, eol: string): string {
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const lastRange = last?.range ?? seq.range;
  if (!lastRange) throw new StyleEditError('cannot find the end of the list');
  // The new item copies the last item's indentation and the spacing after its "-".
  const itemLineStart = body.lastIndexOf('\n', lastRange[0] - 1) + 1;
  const m = /^([ \t]*)-([ \t]+)/.exec(body.slice(itemLineStart, lastRange[0]));
  const indent = m ? m[1] : indentOf(body, seq.range?.[0] ?? lastRange[0]);
  const gap = m ? m[2] : ' ';
  // After the last item's line (its trailing comment included); a block scalar item ends
  // after its own line break, so the new item goes before that break.
  const end = lastRange[1];
  const at = end > 0 && body[end - 1] === '\n' ? end - (body[end - 2] === '\r' ? 2 : 1) : lineEnd(body, end);
  return splice(body, at, at, `${eol}${indent}-${gap}${scalarText(value, false)}`);
}

function insertIntoFlowSeq(body: string, seq: YAMLSeq, value: string, eol: string): string {
  const entry = scalarText(value, true);
  if (!seq.range) throw new StyleEditError('cannot find the list');
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last) return splice(body, seq.range[0] + 1, seq.range[0] + 1, entry); // `[]` → `[X]`
  if (!last.range) throw new StyleEditError('cannot find the end of the list');
  const open = seq.range[0];
  const multiLine = body.slice(open, last.range[0]).includes('\n');
  const text = multiLine ? `,${eol}${indentOf(body, last.range[0])}${entry}` : `, ${entry}`;
  return splice(body, last.range[1], last.range[1], text);
}

function insertIntoFlowMap(body: string, map: YAMLMap, key: StyleListKey, value: string): string {
  const entry = `${key}: [${scalarText(value, true)}]`;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  const end = last ? (last.value?.range?.[1] ?? last.key?.range?.[1]) : undefined;
  if (end !== undefined) return splice(body, end, end, `, ${entry}`);
  if (!map.range) throw new StyleEditError('cannot find the end of the style file');
  return splice(body, map.range[0] + 1, map.range[0] + 1, entry); // `{}` → `{words: [X]}`
}

/** A new `key:` list at the end of the file, keeping whether the file ends with a line break. */
function appendKey(body: string, key: StyleListKey, value: string, eol: string, indent: string): string {
  const block = `${key}:${eol}${indent}- ${scalarText(value, false)}`;
  if (body.endsWith('\n')) return body + block + eol;
  return body + eol + block;
}

/** The indentation of the file's other top-level block lists ("  " if none), so a new one matches. */
function blockSeqIndent(body: string, map: YAMLMap): string {
  for (const p of map.items) {
    const v = p.value as Node | null;
    if (isSeq(v) && !v.flow && v.range) return indentOf(body, v.range[0]);
  }
  return '  ';
}

function indentOf(body: string, offset: number): string {
  const start = body.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(body.slice(start, offset))![0];
}

/** The offset of the end of the line holding `offset` (before its \r\n or \n). */
function lineEnd(body: string, offset: number): number {
  const nl = body.indexOf('\n', offset);
  if (nl < 0) return body.length;
  return body[nl - 1] === '\r' ? nl - 1 : nl;
}

function sourceOf(body: string, node: Node): string {
  return node.range ? body.slice(node.range[0], node.range[1]).trim() : '';
}

function splice(body: string, start: number, end: number, text: string): string {
  return body.slice(0, start) + text + body.slice(end);
}

/** `value` as a YAML scalar: plain if it reads back as itself there, else double-quoted. */
export function scalarText(value: string, flow: boolean): string {
  if (!/[\r\n]/.test(value) && value.trim() === value) {
    const probe = flow ? `k: [${value}]` : `k:\n  - ${value}`;
    const doc = parseDocument(probe, { prettyErrors: false });
    if (!doc.errors.length && isDeepStrictEqual(doc.toJS(), { k: [value] })) return value;
  }
  return JSON.stringify(value); // JSON's escapes are all valid in a YAML double-quoted scalar.
}

/** The edit must add exactly `value` to `key` and change nothing else the file says. */
function verify(before: string, after: string, key: StyleListKey, value: string): void {
  let a: Record<string, unknown> | null;
  let b: Record<string, unknown> | null | undefined;
  try {
    a = parseDocument(before, { uniqueKeys: true }).toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown> | null;
    const bDoc = parseDocument(after, { uniqueKeys: true });
    b = bDoc.errors.length ? undefined : (bDoc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown> | null);
  } catch (err) {
    throw new StyleEditError(`the style file cannot be read (${(err as Error).message}); fix it before adding "${value}"`);
  }
  const old = a?.[key];
  const expectedList = old === undefined || old === null ? [value] : typeof old === 'string' ? [old, value] : [...(old as unknown[]), value];
  const expected = { ...(a ?? {}), [key]: expectedList };
  if (!b || !isDeepStrictEqual(b, expected)) {
    throw new StyleEditError(`could not add "${value}" to "${key}" without changing the rest of the style file; add it by hand`);
  }
}
