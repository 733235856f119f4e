// A status bar item with the number of Copydesk findings in the active editor's document.
// Shown only for documents Copydesk checks; clicking it opens the Problems panel.

import * as vscode from 'vscode';
import { isChecked } from './settings';

export const DIAGNOSTIC_SOURCE = 'copydesk';
/** Context key: the active editor holds a document Copydesk checks (used by `when` clauses). */
export const ACTIVE_EDITOR_CHECKED = 'copydesk.activeEditorChecked';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[];
  private lastChecked: boolean | undefined;

  constructor() {
    this.item = vscode.window.createStatusBarItem('copydesk.findings', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Copydesk findings';
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
      // Changing a document's language closes and reopens it under the new language id.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.refresh();
      }),
    ];
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const checked = document !== undefined && isChecked(document);
    if (checked !== this.lastChecked) {
      this.lastChecked = checked;
      void vscode.commands.executeCommand('setContext', ACTIVE_EDITOR_CHECKED, checked);
    }
    if (!document || !checked) {
      this.item.hide();
      return;
    }
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const summary = summarize(findings);
    this.item.text = findings.length === 0 ? '$(check) Copydesk' : `${summary.icon} Copydesk: ${findings.length}`;
    this.item.tooltip = `${summary.sentence} Click to open the Problems panel.`;
    this.item.accessibilityInformation = { label: summary.sentence, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function summarize(findings: readonly vscode.Diagnostic[]): { icon: string; sentence: string } {
  if (findings.length === 0) return { icon: '$(check)', sentence: 'Copydesk: no findings in this draft.' };
  const counts = new Map<vscode.DiagnosticSeverity, number>();
  for (const finding of findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const parts: string[] = [];
  const names: [vscode.DiagnosticSeverity, string, string][] = [
    [vscode.DiagnosticSeverity.Error, 'error', 'errors'],
    [vscode.DiagnosticSeverity.Warning, 'warning', 'warnings'],
    [vscode.DiagnosticSeverity.Information, 'information', 'information'],
    [vscode.DiagnosticSeverity.Hint, 'hint', 'hints'],
  ];
  for (const [severity, one, many] of names) {
    const n = counts.get(severity);
    if (n) parts.push(`${n} ${n === 1 ? one : many}`);
  }
  const serious = counts.has(vscode.DiagnosticSeverity.Error) || counts.has(vscode.DiagnosticSeverity.Warning);
  const noun = findings.length === 1 ? 'finding' : 'findings';
  return {
    icon: serious ? '$(warning)' : '$(info)',
    sentence: `Copydesk: ${findings.length} ${noun} in this draft (${parts.join(', ')}).`,
  };
}
