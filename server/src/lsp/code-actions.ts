// Code actions: each finding's fix as the preferred quick fix, each suggestion as a quick fix,
// "Fix all <rule> problems in this file" (that rule's fixes, never overlapping, as one edit),
// "Add "X" to the house style" and "Ignore <rule> in this paragraph" (style-actions.ts), "Show
// documentation for <rule>" (a command: SHOW_RULE_DOC_COMMAND), and `source.fixAll.copydesk`
// (every fix, never overlapping, repeated until stable, as one edit). Quick fixes come from the
// diagnostics' data and are refused when that data was made for another version of the
// document, or another open of it, than the one the server holds.

import { type CodeAction, CodeActionKind, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, findRule, type Fix, nonOverlappingFixes } from '../engine/index.js';
import { bundledRuleDoc, isRuleUrl, ruleDocLink } from '../rule-docs.js';
import { houseStyleWord, readDiagnosticData } from './diagnostics.js';
import { addToHouseStyleAction, type HouseStyleTarget, ignoreInParagraphAction } from './style-actions.js';
import { singleEdit, workspaceEdit } from './text-edits.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

/**
 * Opens a rule's page: arguments [ruleId, href]. The server answers it with window/showDocument
 * (showRuleDocument); the VS Code client runs it itself, to show the page in a Markdown preview.
 */
export const SHOW_RULE_DOC_COMMAND = 'copydesk.showRuleDoc';

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
  /** Every finding of this version and open of the document, for "Fix all <rule> problems". */
  findings?: readonly Finding[];
  /** The link of a rule's page for this document (its style's `url`, else the bundled page). */
  ruleDocLink?: (ruleId: string) => string;
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
    const ruleActionsDone = new Set<string>();
    const docs: CodeAction[] = [];
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
      const ruleId = typeof diagnostic.code === 'string' && findRule(diagnostic.code) ? diagnostic.code : undefined;
      // Once per rule, however many of its diagnostics the request holds.
      const firstOfRule = ruleId !== undefined && !ruleActionsDone.has(ruleId);
      if (firstOfRule) {
        ruleActionsDone.add(ruleId);
        const fixAll = fixAllOfRuleAction(doc, diagnostic, ruleId, ctx);
        if (fixAll) actions.push(fixAll);
        docs.push(showDocumentationAction(diagnostic, ruleId, ctx));
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
      if (ruleId && ctx.languageId) {
        const action = ignoreInParagraphAction(doc, diagnostic, ruleId, ctx.languageId, ctx.versionedEdits);
        if (action) actions.push(action);
      }
    }
    // Last in the menu, after everything that changes the text.
    actions.push(...docs);
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

/**
 * "Fix all <rule> problems in this file": every fix of that rule in the document, skipping any
 * that overlaps one already taken, as one edit of this version. Only where it does more than the
 * one quick fix: two fixes or more. Fixes computed on demand (spelling suggestions) are not
 * known here and are left out.
 */
function fixAllOfRuleAction(doc: TextDocument, diagnostic: Diagnostic, ruleId: string, ctx: CodeActionContext): CodeAction | undefined {
  if (!ctx.findings) return undefined;
  const length = doc.getText().length;
  const fixable = ctx.findings.filter((f) => f.ruleId === ruleId && f.fix && f.fix.edits.every((e) => e.end <= length));
  if (fixable.length < 2) return undefined;
  const { edits, count } = nonOverlappingFixes(fixable);
  if (count < 2) return undefined;
  return {
    title: `Fix all ${ruleId} problems in this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(doc, edits, ctx.versionedEdits),
  };
}

/** "Show documentation for <rule>": the command that opens the rule's page (or the style's). */
function showDocumentationAction(diagnostic: Diagnostic, ruleId: string, ctx: CodeActionContext): CodeAction {
  const title = `Show documentation for ${ruleId}`;
  const href = (ctx.ruleDocLink ?? ruleDocLink)(ruleId);
  const command: Command = { title, command: SHOW_RULE_DOC_COMMAND, arguments: [ruleId, href] };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command };
}

/**
 * The page SHOW_RULE_DOC_COMMAND opens for its arguments [ruleId, href], and whether it is a
 * web page (for a browser) or the bundled file (for the editor). The href is taken when it is
 * the rule's bundled page or a web address, as a style's `url` is; undefined for an unknown rule.
 */
export function ruleDocToShow(args: readonly unknown[] | undefined): { ruleId: string; uri: string; external: boolean } | undefined {
  const [ruleId, href] = args ?? [];
  if (typeof ruleId !== 'string' || !findRule(ruleId)) return undefined;
  const uri = typeof href === 'string' && (isRuleUrl(href) || href === bundledRuleDoc(ruleId)) ? href : ruleDocLink(ruleId);
  return { ruleId, uri, external: !uri.startsWith('file:') };
}
