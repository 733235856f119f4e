// Finding the YAML node behind a JSON path (an ajv instancePath, or our own path to a rule
// setting), so that a problem found in the plain value is reported where it is written.

import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Span } from './problem.js';

export type PathSegment = string | number;

/** Splits an ajv instancePath ("/rules/quote~1x/0") into its segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/** Key text → pair, per mapping, so locating many problems in a wide mapping stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function findPair(map: YAMLMap, key: string): Pair | undefined {
  if (map.items.length < 16) return map.items.find((p) => keyText(p.key) === key);
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = keyText(p.key);
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

interface Located {
  node?: Node;
  key?: Node;
}

/** The node at `path` and, when it is a mapping's value, its key node. Aliases are followed. */
export function locate(doc: Document, path: readonly PathSegment[]): Located {
  let node = doc.contents as Node | null | undefined;
  let key: Node | undefined;
  for (const seg of path) {
    if (node && isAlias(node)) node = node.resolve(doc) as Node | undefined;
    if (node && isMap(node)) {
      const pair = findPair(node, String(seg));
      if (!pair) return { node, key };
      key = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? (pair.key as Node) : undefined;
      node = (pair.value as Node | null) ?? undefined;
    } else if (node && isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) return { node, key };
      key = undefined;
      node = item;
    } else break;
  }
  return { node: node ?? undefined, key };
}

function nodeSpan(node: Node | undefined): Span | undefined {
  if (!node?.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/**
 * Where to underline the node at `path`: its key when `atKey` (an unknown key), else its value;
 * an empty value falls back to its key, and a many-line value is cut at its first line end.
 */
export function spanAt(doc: Document, text: string, path: readonly PathSegment[], atKey = false): Span {
  const { node, key } = locate(doc, path);
  let span = atKey ? (nodeSpan(key) ?? nodeSpan(node)) : nodeSpan(node);
  if (!span || (span.end <= span.start && key)) span = nodeSpan(key) ?? span;
  if (!span) span = { start: 0, end: 0 };
  const lineEnd = text.slice(span.start, span.end).search(/\r?\n/);
  if (lineEnd >= 0) span = { start: span.start, end: span.start + lineEnd };
  return span;
}
