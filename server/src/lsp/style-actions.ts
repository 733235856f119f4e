// The two code actions that change what is checked rather than the copy:
// - "Add "X" to the house style": the word into a list of the nearest style file (through the
//   style module's addToStyleList, which keeps every comment and the layout), as one edit of
//   the changed span only; or, when there is no style file, a new .copydesk.yaml at the root
//   of the first workspace folder (CreateFile + insert, for clients that can create files).
// - "Ignore <rule> in this paragraph": a directive in the document's own syntax (the engine's
//   directiveText): `disable-next-line` above a paragraph of one line, a disable … enable pair
//   around a longer one, with the paragraph's indentation and the document's line ending.

import {
  type CodeAction,
  CodeActionKind,
  CreateFile,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../engine/index.js';
import { directiveText } from '../engine/text/directives.js';
import { addToStyleList } from '../style/index.js';
import type { HouseStyleList } from './diagnostics.js';
import { singleEdit, workspaceEdit } from './text-edits.js';

/** The style file "Add to the house style" writes into, as the server sees it now. */
export interface HouseStyleTarget {
  uri: string;
  /** Its text (the editor's buffer if open); '' for a file to be created. */
  text: string;
  /** The open document's version, null if it is not open. */
  version: number | null;
  /** False: the file does not exist and is to be created. */
  exists: boolean;
}

export interface EditCapabilities {
  /** WorkspaceEdit.documentChanges. */
  versionedEdits: boolean;
  /** Resource operations: CreateFile. */
  createFiles: boolean;
}

export function addToHouseStyleAction(
  diagnostic: Diagnostic,
  add: { list: HouseStyleList; value: string },
  target: HouseStyleTarget,
  caps: EditCapabilities,
): CodeAction | undefined {
  let after: string;
  try {
    after = addToStyleList(target.text, add.list, add.value);
  } catch {
    // A style file the yaml Document API cannot edit safely (broken YAML): offer nothing
    // rather than risk its layout; its own diagnostics say what to fix first.
    return undefined;
  }
  if (after === target.text) return undefined;
  const title = `Add "${add.value}" to the house style`;
  let edit: WorkspaceEdit;
  if (!target.exists) {
    if (!caps.versionedEdits || !caps.createFiles) return undefined;
    edit = {
      documentChanges: [
        CreateFile.create(target.uri, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri: target.uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }]),
      ],
    };
  } else {
    const before = TextDocument.create(target.uri, 'yaml', 0, target.text);
    const change = singleEdit(target.text, after);
    const lspEdit: LspTextEdit = {
      range: { start: before.positionAt(change.start), end: before.positionAt(change.end) },
      newText: change.newText,
    };
    edit = caps.versionedEdits
      ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, [lspEdit])] }
      : { changes: { [target.uri]: [lspEdit] } };
  }
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit };
}

export function ignoreInParagraphAction(
  doc: TextDocument,
  diagnostic: Diagnostic,
  ruleId: string,
  languageId: string,
  versionedEdits: boolean,
): CodeAction | undefined {
  const edits = ignoreInParagraphEdits(doc.getText(), diagnostic.range.start.line, diagnostic.range.end.line, ruleId, languageId);
  if (!edits) return undefined;
  return {
    title: `Ignore ${ruleId} in this paragraph`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(doc, edits, versionedEdits),
  };
}

/**
 * The edits (offsets) that put the paragraph holding lines `fromLine`..`toLine` under a
 * directive silencing `ruleId`. A paragraph is a run of non-blank lines.
 */
export function ignoreInParagraphEdits(text: string, fromLine: number, toLine: number, ruleId: string, languageId: string): TextEdit[] | undefined {
  const lines = splitLines(text);
  if (fromLine < 0 || fromLine >= lines.length) return undefined;
  const blank = (i: number) => lines[i].content.trim() === '';
  let first = fromLine;
  let last = Math.min(Math.max(toLine, fromLine), lines.length - 1);
  // A range ending at the very start of a line does not reach into it.
  while (last > first && blank(last)) last--;
  if (blank(first)) return undefined;
  while (first > 0 && !blank(first - 1)) first--;
  while (last < lines.length - 1 && !blank(last + 1)) last++;

  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  const indent = /^[ \t]*/.exec(lines[first].content)![0];
  const start = lines[first].start;
  if (first === last) {
    return [{ start, end: start, newText: `${indent}${directiveText(languageId, 'disable-next-line', [ruleId])}${eol}` }];
  }
  const disable = { start, end: start, newText: `${indent}${directiveText(languageId, 'disable', [ruleId])}${eol}` };
  const end = lines[last];
  const enableLine = `${indent}${directiveText(languageId, 'enable', [ruleId])}`;
  const enable =
    end.eol !== ''
      ? { start: end.start + end.content.length + end.eol.length, end: end.start + end.content.length + end.eol.length, newText: `${enableLine}${eol}` }
      : { start: end.start + end.content.length, end: end.start + end.content.length, newText: `${eol}${enableLine}` };
  return [disable, enable];
}

interface Line {
  start: number;
  content: string;
  eol: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, content: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ start, content: text.slice(start), eol: '' });
  return lines;
}
