// Rule pages in VS Code. The server links each finding to its rule's page shipped with the
// extension, as a file: URL of dist/docs/rules/<rule>.md (codeDescription.href, the hover's link,
// the arguments of "Show documentation for <rule>"), which any editor can open. In VS Code the
// page reads better rendered: this middleware turns those links into command URIs of
// SHOW_RULE_DOC and runs that command itself, instead of sending it to the server, by opening
// the page in a Markdown preview. A style's own web page (a rule's `url` option) stays a web link.
// The pages themselves are not sent to the server (a preview opens its Markdown file), so that
// reading a rule's page does not add the page's own findings to the Problems panel.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The server's command (server/src/lsp/code-actions.ts): arguments [ruleId, href]. */
export const SHOW_RULE_DOC = 'copydesk.showRuleDoc';

const RULE_ID = /^[a-z0-9-]+$/;
const BUNDLED_PAGE = /\/docs\/rules\/([a-z0-9-]+)\.md$/;
/** A Markdown link to a bundled page, as the server writes it in a hover. */
const BUNDLED_PAGE_LINK = /\]\(file:[^)\s]*\/docs\/rules\/([a-z0-9-]+)\.md\)/g;

/** The command URI that opens the rule's bundled page. */
export function ruleDocCommandUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOC}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

export function ruleDocMiddleware(extensionUri: vscode.Uri): Middleware {
  const pages = `${vscode.Uri.joinPath(extensionUri, 'dist', 'docs').toString()}/`;
  const isPage = (document: vscode.TextDocument) => document.uri.toString().startsWith(pages);
  return {
    didOpen: (document, next) => (isPage(document) ? Promise.resolve() : next(document)),
    didChange: (event, next) => (isPage(event.document) ? Promise.resolve() : next(event)),
    didSave: (document, next) => (isPage(document) ? Promise.resolve() : next(document)),
    didClose: (document, next) => (isPage(document) ? Promise.resolve() : next(document)),
    handleDiagnostics(uri, diagnostics, next) {
      for (const d of diagnostics) {
        const code = d.code;
        if (typeof code !== 'object' || code === null || code.target.scheme !== 'file') continue;
        const ruleId = BUNDLED_PAGE.exec(code.target.path)?.[1];
        if (ruleId) d.code = { value: code.value, target: ruleDocCommandUri(ruleId) };
      }
      next(uri, diagnostics);
    },
    async provideHover(document, position, token, next) {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      return new vscode.Hover(hover.contents.map(withCommandLinks), hover.range);
    },
    executeCommand(command, args, next) {
      return command === SHOW_RULE_DOC ? showRuleDoc(extensionUri, args[0], args[1]) : next(command, args);
    },
  };
}

function withCommandLinks(content: vscode.MarkdownString | vscode.MarkedString): vscode.MarkdownString | vscode.MarkedString {
  if (!(content instanceof vscode.MarkdownString)) return content;
  const value = content.value.replace(BUNDLED_PAGE_LINK, (_, ruleId: string) => `](${ruleDocCommandUri(ruleId).toString()})`);
  if (value === content.value) return content;
  const markdown = new vscode.MarkdownString(value);
  // Command links in a hover run only when trusted: this one command, nothing else.
  markdown.isTrusted = { enabledCommands: [SHOW_RULE_DOC] };
  return markdown;
}

/** A web page (the style's `url`) in the browser; otherwise the rule's bundled page, rendered. */
async function showRuleDoc(extensionUri: vscode.Uri, ruleId: unknown, href: unknown): Promise<void> {
  if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
    await vscode.env.openExternal(vscode.Uri.parse(href, true));
    return;
  }
  if (typeof ruleId !== 'string' || !RULE_ID.test(ruleId)) return;
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, 'dist', 'docs', 'rules', `${ruleId}.md`));
}
