// A status bar item with the number of Copydesk findings in the active editor's document.
// Shown only for documents Copydesk checks (drafts and style files); clicking it opens the
// Problems panel. While the house style of the document is broken (the server says so with
// STYLE_STATUS_NOTIFICATION), it says so instead, and clicking it opens the style file.

import * as vscode from 'vscode';
import { isChecked, isStyleFile } from './settings';

/** Server → client notification (server/src/lsp/style-service.ts). */
export const STYLE_STATUS_NOTIFICATION = 'copydesk/styleStatus';

export interface StyleStatus {
  uri: string;
  broken: boolean;
  styleFile?: string;
  message?: string;
}

export const BROKEN_STYLE_TEXT = '$(warning) Copydesk: style file has errors — using the last good style';

export const DIAGNOSTIC_SOURCE = 'copydesk';
/** Context key: the active editor holds a document Copydesk checks (used by `when` clauses). */
export const ACTIVE_EDITOR_CHECKED = 'copydesk.activeEditorChecked';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[];
  private lastChecked: boolean | undefined;
  /** The last style status the server sent, per document uri (only broken ones are kept). */
  private readonly styleStatus = new Map<string, StyleStatus>();

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
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.styleStatus.delete(document.uri.toString())) this.refresh();
      }),
    ];
    this.refresh();
  }

  /** A style status from the server. */
  setStyleStatus(status: StyleStatus): void {
    if (typeof status?.uri !== 'string') return;
    const key = vscode.Uri.parse(status.uri).toString();
    if (status.broken) this.styleStatus.set(key, status);
    else this.styleStatus.delete(key);
    if (vscode.window.activeTextEditor?.document.uri.toString() === key) this.refresh();
  }

  /** Forgets every style status (the server restarts and will say again). */
  clearStyleStatus(): void {
    this.styleStatus.clear();
    this.refresh();
  }

  /** The broken-style status of the active document, if any. */
  activeStyleStatus(): StyleStatus | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document ? this.styleStatus.get(document.uri.toString()) : undefined;
  }

  get text(): string {
    return this.item.text;
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const checked = document !== undefined && (isChecked(document) || isStyleFile(document));
    if (checked !== this.lastChecked) {
      this.lastChecked = checked;
      void vscode.commands.executeCommand('setContext', ACTIVE_EDITOR_CHECKED, checked);
    }
    if (!document || !checked) {
      this.item.hide();
      return;
    }
    const broken = this.styleStatus.get(document.uri.toString());
    if (broken) {
      const sentence = `Copydesk: the house style file has errors; the last good style is in force. ${broken.message ?? ''}`.trim();
      this.item.text = BROKEN_STYLE_TEXT;
      this.item.tooltip = `${sentence} Click to open the style file.`;
      this.item.accessibilityInformation = { label: sentence, role: 'button' };
      this.item.command = broken.styleFile
        ? { title: 'Open the style file', command: 'vscode.open', arguments: [vscode.Uri.parse(broken.styleFile)] }
        : { title: 'Show Problems', command: 'workbench.actions.view.problems' };
      this.item.show();
      return;
    }
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    const findings = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const summary = summarize(findings, isStyleFile(document) ? 'style file' : 'draft');
    this.item.text = findings.length === 0 ? '$(check) Copydesk' : `${summary.icon} Copydesk: ${findings.length}`;
    this.item.tooltip = `${summary.sentence} Click to open the Problems panel.`;
    this.item.accessibilityInformation = { label: summary.sentence, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function summarize(findings: readonly vscode.Diagnostic[], what: string): { icon: string; sentence: string } {
  if (findings.length === 0) return { icon: '$(check)', sentence: `Copydesk: no findings in this ${what}.` };
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
    sentence: `Copydesk: ${findings.length} ${noun} in this ${what} (${parts.join(', ')}).`,
  };
}
