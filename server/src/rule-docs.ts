// Where each rule's page is published: the link of a diagnostic's codeDescription and hover in
// the editor, and of helpUri in the CLI's SARIF. A module without dependencies, so that the CLI
// bundle can use it without bringing in the language server's libraries.

export function ruleDocUrl(ruleId: string): string {
  return `https://github.com/copydesk/copydesk/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
