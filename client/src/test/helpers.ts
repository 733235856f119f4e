// Shared steps of the extension-host suite. Waiting is always for an event or a state the
// suite can observe (diagnostics, configuration); the only timers are failure deadlines.

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The workspace the runners open (test/e2e/suite-workspace.ts): scratch copies of examples/,
 * test/fixtures/grammar/ (as grammar/) and test/fixtures/exthost/ (as fixtures/).
 */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder (the runners open a copy of examples/)');
  return folder.uri;
}

export function copydesk(): vscode.Extension<unknown> {
  const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'copydesk');
  if (!extension) throw new Error('the Copydesk extension is not loaded');
  return extension;
}

/**
 * A fresh copy of a workspace file under scratch/, so that each test edits and saves its own
 * file and no test sees another's changes. (Each test file is its own bundle, so a counter
 * would not be shared: the name is random.)
 */
export async function freshCopy(relativePath: string): Promise<vscode.Uri> {
  const source = vscode.Uri.joinPath(workspaceRoot(), relativePath);
  const name = relativePath.split('/').pop()!;
  const target = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `${randomUUID().slice(0, 8)}-${name}`);
  await vscode.workspace.fs.copy(source, target, { overwrite: false });
  return target;
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The rule id a diagnostic carries in `code` (a string, or {value, target} with a link). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

/**
 * Resolves with the Copydesk diagnostics of `uri` as soon as they satisfy `ready` (checked now
 * and on every languages.onDidChangeDiagnostics for that file); rejects after `timeoutMs` with
 * what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = copydeskDiagnostics(uri);
      if (!ready(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = copydeskDiagnostics(uri).map(describeDiagnostic);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; last seen: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    function finish() {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Waits until the document's diagnostics include one of `rule` covering exactly `text`. */
export function waitForFinding(document: vscode.TextDocument, rule: string, text: string): Promise<vscode.Diagnostic> {
  return waitForDiagnostics(
    document.uri,
    (ds) => ds.some((d) => ruleOf(d) === rule && document.getText(d.range) === text),
    `a ${rule} finding on "${text}"`,
  ).then((ds) => ds.find((d) => ruleOf(d) === rule && document.getText(d.range) === text)!);
}

export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
  const { start } = diagnostic.range;
  return `${start.line + 1}:${start.character + 1} ${ruleOf(diagnostic)} ${diagnostic.message}`;
}

/**
 * Sets user settings for the duration of `body` and restores the previous values afterwards
 * (user settings live in the runner's temporary user-data folder).
 */
export async function withSettings<T>(settings: Record<string, unknown>, body: () => Promise<T>): Promise<T> {
  const previous = new Map<string, unknown>();
  for (const [key, value] of Object.entries(settings)) {
    const [section, name] = splitKey(key);
    const config = vscode.workspace.getConfiguration(section);
    previous.set(key, config.inspect(name)?.globalValue);
    await config.update(name, value, vscode.ConfigurationTarget.Global);
  }
  try {
    return await body();
  } finally {
    for (const [key, value] of previous) {
      const [section, name] = splitKey(key);
      await vscode.workspace.getConfiguration(section).update(name, value, vscode.ConfigurationTarget.Global);
    }
  }
}

function splitKey(key: string): [string, string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1)];
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the extension's own CLI bundle (dist/cli.js) on files of the workspace: the reference
 * the editor's behaviour is compared with. Under Electron, ELECTRON_RUN_AS_NODE makes the
 * binary behave as plain Node; code-server's extension host already is Node.
 */
export function runCli(args: string[]): Promise<CliResult> {
  const cli = vscode.Uri.joinPath(copydesk().extensionUri, 'dist', 'cli.js').fsPath;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, cwd: workspaceRoot().fsPath, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** ESLint-shaped JSON the CLI prints with --format json. */
export interface CliFileReport {
  filePath: string;
  messages: {
    ruleId: string;
    severity: number;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    fix?: unknown;
  }[];
}

export async function cliFindings(file: vscode.Uri): Promise<CliFileReport['messages']> {
  const result = await runCli(['--format', 'json', file.fsPath]);
  if (result.code !== 0 && result.code !== 1) throw new Error(`copydesk CLI failed (${result.code}): ${result.stderr}`);
  const reports = JSON.parse(result.stdout) as CliFileReport[];
  return reports.flatMap((r) => r.messages);
}

/**
 * Saves the scratch files a test left modified (closing a modified editor would ask, and wait
 * for an answer nobody gives), then closes every editor.
 */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
