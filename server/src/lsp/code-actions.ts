// Code actions: each finding's fix as the preferred quick fix, each suggestion as a quick fix,
// "Add "X" to the house style" and "Ignore <rule> in this paragraph" (style-actions.ts), and
// `source.fixAll.copydesk` (every fix, never overlapping, repeated until stable, as one
// edit). Quick fixes come from the diagnostics' data and are refused when that data was made
// for another version of the document, or another open of it, than the one the server holds.

import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findRule, type Fix } from '../engine/index.js';
import { houseStyleWord, readDiagnosticData } from './diagnostics.js';
import { addToHouseStyleAction, type HouseStyleTarget, ignoreInParagraphAction } from './style-actions.js';
import { singleEdit, workspaceEdit } from './text-edits.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

export interface CodeActionContext {
  doc: TextDocument;
  /** The client accepts versioned edits (WorkspaceEdit.documentChanges). */
  versionedEdits: boolean;
  /** The document's text with every fix applied, when `wantsFixAll` and it is checked. */
  fixedText?: string;
  /** The server's id of this open of the document (diagnostics carry it in their data). */
  openId?: number;
  /** The document's (canonical) language id, for the syntax of directives. */
  languageId?: string;
  /** The style file "Add to the house style" writes into; undefined: not offered. */
  houseStyle?: HouseStyleTarget;
  /** The client can create files (WorkspaceEdit resource operation "create"). */
  createFiles?: boolean;
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
      if (!data || data.version !== doc.version || data.open !== ctx.openId) continue;
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
      const add = data.addToStyle;
      // The word must be the text the diagnostic covers, so a forged one cannot write into
      // the style file whatever it likes.
      if (add && ctx.houseStyle && houseStyleWord(add.list, doc.getText(diagnostic.range)) === add.value) {
        const action = addToHouseStyleAction(diagnostic, add, ctx.houseStyle, {
          versionedEdits: ctx.versionedEdits,
          createFiles: ctx.createFiles === true,
        });
        if (action) actions.push(action);
      }
      const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
      if (ruleId && findRule(ruleId) && ctx.languageId) {
        const action = ignoreInParagraphAction(doc, diagnostic, ruleId, ctx.languageId, ctx.versionedEdits);
        if (action) actions.push(action);
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
