// Copydesk's VS Code client: starts the bundled language server, shows the number of findings
// (or a broken house style file) in the status bar, logs to the "Copydesk" output channel and offers three commands, and
// opens rule pages rendered (rule-docs.ts). All checking happens in the server.

import * as vscode from 'vscode';
import { recordedChannel } from './log-channel';
import { ruleDocMiddleware } from './rule-docs';
import { ServerConnection } from './server-connection';
import { SECTION } from './settings';
import { FindingsStatusBar } from './status-bar';
import { SettingDrivenTraceChannel } from './trace-channel';

/** The code action kind the server offers for "fix everything fixable" (also usable in
 * `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

let connection: ServerConnection | undefined;

/** What activate() returns (extension.exports): a read-only view for tests and other tools. */
export interface CopydeskApi {
  /** The status bar item's text now. */
  statusBarText(): string;
  /** The latest lines of the "Copydesk" output channel, oldest first, as "info: message". */
  log(): string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const log = recordedChannel(vscode.window.createOutputChannel('Copydesk', { log: true }));
  const output = log.channel;
  const traceOutput = new SettingDrivenTraceChannel(output);
  const serverModule = context.asAbsolutePath('dist/server.js');
  const statusBar = new FindingsStatusBar();
  const server = new ServerConnection(serverModule, output, traceOutput, statusBar, ruleDocMiddleware(context.extensionUri));
  connection = server;

  context.subscriptions.push(
    output,
    traceOutput,
    server,
    statusBar,
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      await server.restart('restart requested');
      statusBar.refresh();
    }),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('copydesk.fixAll', fixAllInActiveEditor),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.languages`)) {
        // A client's document selector is fixed for its lifetime: start one with the new one.
        server.scheduleRestart('copydesk.languages changed');
      }
      if (event.affectsConfiguration(`${SECTION}.languages`) || event.affectsConfiguration(`${SECTION}.enable`)) {
        statusBar.refresh();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      // Folders carry their own copydesk.languages.
      if (server.languagesChanged()) server.scheduleRestart('workspace folders changed');
      statusBar.refresh();
    }),
  );

  const version = (context.extension.packageJSON as { version?: string }).version ?? 'unknown';
  output.info(`Copydesk ${version}; server module ${serverModule}.`);
  await server.restart('extension activated');
  return { statusBarText: () => statusBar.text, log: log.lines };
}

export function deactivate(): Promise<void> | undefined {
  const stopping = connection?.stop();
  connection = undefined;
  return stopping;
}

/** Applies the server's fix-all code action to the active editor, as on save. */
async function fixAllInActiveEditor(): Promise<void> {
  if (!vscode.window.activeTextEditor) {
    void vscode.window.showInformationMessage('Copydesk: open a draft to fix.');
    return;
  }
  await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' });
}
