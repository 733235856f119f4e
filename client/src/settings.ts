// The `copydesk.*` settings the client itself needs: which documents are checked. The server
// reads the same settings per resource over `workspace/configuration`.

import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

export const SECTION = 'copydesk';
export const DEFAULT_LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'newsdraft'];
/** Saved files and new, unsaved ones; not git diffs, output panes or other virtual documents. */
export const SCHEMES: readonly string[] = ['file', 'untitled'];

/** `copydesk.languages` for a resource (the setting is resource-scoped), or the workspace's. */
export function checkedLanguages(scope?: vscode.Uri | vscode.WorkspaceFolder): string[] {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('languages');
  if (!Array.isArray(value)) return [...DEFAULT_LANGUAGES];
  return value.filter((id): id is string => typeof id === 'string' && id.length > 0);
}

/**
 * Every language id some scope of this window checks: the workspace value and each folder's.
 * One language client serves the window, so its document selector is this union; whether a
 * given document is checked is then decided per resource (see `isChecked`).
 */
export function languagesInAnyScope(): string[] {
  const ids = new Set(checkedLanguages());
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const id of checkedLanguages(folder)) ids.add(id);
  }
  return [...ids].sort();
}

/** The house style file, checked as it is typed whatever language the editor gives it. */
export const STYLE_FILE_NAME = '.copydesk.yaml';
export const STYLE_FILE_PATTERN = `**/${STYLE_FILE_NAME}`;

export function documentSelector(languages: readonly string[]): DocumentSelector {
  return [
    ...languages.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
    { scheme: 'file', pattern: STYLE_FILE_PATTERN },
  ];
}

export function isStyleFile(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' && document.uri.path.split('/').pop() === STYLE_FILE_NAME;
}

/** Whether Copydesk checks this document under the settings of its own folder. */
export function isChecked(document: vscode.TextDocument): boolean {
  if (!SCHEMES.includes(document.uri.scheme)) return false;
  const enabled = vscode.workspace.getConfiguration(SECTION, document.uri).get<boolean>('enable', true);
  return enabled && checkedLanguages(document.uri).includes(document.languageId);
}

export type TraceSetting = 'off' | 'messages' | 'verbose';

export function traceSetting(): TraceSetting {
  const value = vscode.workspace.getConfiguration(SECTION).get<string>('trace.server', 'off');
  return value === 'messages' || value === 'verbose' ? value : 'off';
}
