// Offsets → LSP edits, and versioned workspace edits. A versioned edit (TextDocumentEdit with
// the document's version) is one the client refuses to apply once the document has moved on.

import { TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../engine/index.js';

export function toLspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

/**
 * A workspace edit for `doc` as it is now. Clients that cannot take `documentChanges` get the
 * plain `changes` form; for them the server's own version check is the only guard.
 */
export function workspaceEdit(doc: TextDocument, edits: readonly TextEdit[], versioned: boolean): WorkspaceEdit {
  const lspEdits = toLspEdits(doc, edits);
  return versioned
    ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, lspEdits)] }
    : { changes: { [doc.uri]: lspEdits } };
}

/**
 * The one edit that turns `before` into `after`: the span between their common prefix and
 * common suffix, so a client keeps the cursor and folding outside it. Boundaries never split a
 * surrogate pair or a CRLF, which would not map to an LSP position of its own.
 */
export function singleEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  while (prefix > 0 && splitsUnit(before, prefix)) prefix--;
  while (suffix > 0 && splitsUnit(before, before.length - suffix)) suffix--;
  return { start: prefix, end: before.length - suffix, newText: after.slice(prefix, after.length - suffix) };
}

/** Whether offset `i` falls inside a surrogate pair or between the CR and LF of a CRLF. */
function splitsUnit(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i);
  return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 0x0d && next === 0x0a);
}
