// Findings that wait while the reporter is still typing them. An opening quotation mark is
// "unbalanced" from the moment it is typed until the closing one is, so flagging it at once
// squiggles every quote being written. While the last edit of a document touched the lines of
// an unbalanced-quotes finding, and less than `copydesk.unclosedQuoteDelay` has passed
// since, that finding is held back (everything else is shown as usual); it is shown once the
// reporter edits elsewhere (the next check finds the last edit away from it) or the delay
// passes (the scheduler shows the diagnostics again then).
//
// "Its lines": from the line of the opening mark to the end of its paragraph, the range the
// rule underlines; a wrapped paragraph's earlier lines are not counted. The edit's lines are
// those it touched in the text after it, so typing a line break at the end of the paragraph
// still counts as typing in it, and typing on the next line does not.
//
// The edits come from the document sync (`updateTracked`, in place of TextDocument.update), so
// nothing here reads the text; opening a document is no edit, and nothing is held for it.

import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE } from './diagnostics.js';

/** The rules whose findings wait while their lines are being typed in. */
export const HELD_RULES: ReadonlySet<string> = new Set(['unbalanced-quotes']);

/** Lines start..end (0-based, both included) of a document's text. */
export interface LineSpan {
  start: number;
  end: number;
}

/**
 * TextDocument.update, one change at a time, also returning the lines the changes touched in
 * the text that results. (A client sends the changes of one edit in order, each against the
 * text the ones before it left.)
 */
export function updateTracked(
  doc: TextDocument,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
): { doc: TextDocument; lines: LineSpan[] } {
  let lines: LineSpan[] = [];
  for (const change of changes) {
    let from: number;
    let oldTo: number;
    let newTo: number;
    if ('range' in change) {
      from = change.range.start.line;
      oldTo = change.range.end.line;
      newTo = from + lineBreaks(change.text);
      doc = TextDocument.update(doc, [change], version);
    } else {
      // A whole new text: what changed is what lies between the common start and end.
      const before = doc.getText();
      doc = TextDocument.update(doc, [change], version);
      const after = doc.getText();
      const max = Math.min(before.length, after.length);
      let prefix = 0;
      while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
      let suffix = 0;
      while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
      from = doc.positionAt(prefix).line;
      newTo = doc.positionAt(after.length - suffix).line;
      oldTo = from + lineBreaks(before.slice(prefix, before.length - suffix));
    }
    const shift = newTo - oldTo;
    const touched: LineSpan = { start: from, end: newTo };
    const kept: LineSpan[] = [];
    for (const s of lines) {
      if (s.end < from) kept.push(s);
      else if (s.start > oldTo) kept.push({ start: s.start + shift, end: s.end + shift });
      else {
        // Overlapping the new change: one span over both.
        touched.start = Math.min(touched.start, s.start);
        touched.end = Math.max(touched.end, s.end > oldTo ? s.end + shift : newTo);
      }
    }
    kept.push(touched);
    lines = kept;
  }
  return { doc, lines };
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return n;
}

/** What to show now, and when the diagnostics held back are due (undefined: none held). */
export interface Held {
  shown: Diagnostic[];
  until: number | undefined;
}

export class TypingGuard {
  /** Per document: the last edit, the version it made, and the lines it touched. */
  private readonly last = new Map<string, { version: number; at: number; lines: LineSpan[] }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A change made `version` of the document and touched `lines` of it. */
  edited(uri: string, version: number, lines: readonly LineSpan[]): void {
    this.last.set(uri, { version, at: this.now(), lines: [...lines] });
  }

  /** The document was closed (or reopened: an open is no edit). */
  forget(uri: string): void {
    this.last.delete(uri);
  }

  /**
   * The diagnostics of `version` of the document to show now: all of them but those of
   * HELD_RULES on the lines the last edit touched, when that edit made this version less than
   * `delayMs` ago.
   */
  hold(uri: string, version: number, diagnostics: Diagnostic[], delayMs: number): Held {
    const edit = this.last.get(uri);
    if (!edit || delayMs <= 0 || edit.version !== version) return { shown: diagnostics, until: undefined };
    const until = edit.at + delayMs;
    if (this.now() >= until) return { shown: diagnostics, until: undefined };
    const shown = diagnostics.filter(
      (d) =>
        !(
          d.source === SOURCE &&
          typeof d.code === 'string' &&
          HELD_RULES.has(d.code) &&
          edit.lines.some((l) => l.start <= d.range.end.line && l.end >= d.range.start.line)
        ),
    );
    return { shown: shown.length === diagnostics.length ? diagnostics : shown, until: shown.length === diagnostics.length ? undefined : until };
  }
}
