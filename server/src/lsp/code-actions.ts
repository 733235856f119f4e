// Code actions: each finding's fix as the preferred quick fix, each suggestion as a quick fix,
// and `source.fixAll.copydesk` (every fix, never overlapping, repeated until stable, as one
// edit). Quick fixes come from the diagnostics' data and are refused when that data was made
// for another version of the document than the one the server holds now.

import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../engine/index.js';
import { readDiagnosticData } from './diagnostics.js';
import { singleEdit, workspaceEdit } from './text-edits.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

export interface CodeActionContext {
  doc: TextDocument;
  /** The client accepts versioned edits (WorkspaceEdit.documentChanges). */
  versionedEdits: boolean;
  /** The document's text with every fix applied, when `wantsFixAll` and it is checked. */
  fixedText?: string;
}

/** Whether a request limited to `only` kinds wants actions of `kind`. */
export function wants(only: readonly string[] | undefined, kind: string, askedByDefault: boolean): boolean {
  if (!only || only.length === 0) return askedByDefault;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Fix-all costs a full lint (several, if fixes uncover fixes), so it is computed only when
 * asked for by kind: the source action menu ("source"), fix-on-save ("source.fixAll" or
 * "source.fixAll.copydesk"), not for every light-bulb request.
 */
export function wantsFixAll(params: CodeActionParams): boolean {
  return wants(params.context.only, FIX_ALL_KIND, false);
}

export function codeActions(params: CodeActionParams, ctx: CodeActionContext): CodeAction[] {
  const { doc } = ctx;
  const actions: CodeAction[] = [];
  const only = params.context.only;

  if (wants(only, CodeActionKind.QuickFix, true)) {
    for (const diagnostic of params.context.diagnostics) {
      const data = readDiagnosticData(diagnostic);
      // Stale (or foreign) diagnostic: its offsets describe another text. Offer nothing; the
      // fresh diagnostics for this version bring their own fixes.
      if (!data || data.version !== doc.version) continue;
      const offers: [Fix, boolean][] = [
        ...(data.fix ? [[data.fix, true] as [Fix, boolean]] : []),
        ...(data.suggestions ?? []).map((s): [Fix, boolean] => [s, false]),
      ];
      for (const [fix, isPreferred] of offers) {
        if (fix.edits.some((e) => e.end > doc.getText().length)) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred,
          edit: workspaceEdit(doc, fix.edits, ctx.versionedEdits),
        });
      }
    }
  }

  if (wantsFixAll(params) && ctx.fixedText !== undefined) {
    const text = doc.getText();
    const fixed = ctx.fixedText;
    if (fixed !== text) {
      actions.push({
        title: 'Fix all Copydesk problems',
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(doc, [singleEdit(text, fixed)], ctx.versionedEdits),
      });
    }
  }
  return actions;
}
