// Owns the language client: starts the bundled server (dist/server.js over Node IPC) and
// replaces the client when the document selector must change. Starts, stops and restarts run
// one after another, so quick successive setting changes cannot interleave.

import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { clientChannel } from './log-channel';
import { documentSelector, languagesInAnyScope } from './settings';
import { STYLE_STATUS_NOTIFICATION, type StyleStatus } from './status-bar';

/** Receives the server's house-style status per document. */
export interface StyleStatusListener {
  setStyleStatus(status: StyleStatus): void;
  /** A new server starts: what the last one said no longer holds. */
  clearStyleStatus(): void;
}

/** What the server reads from `initialize`: it pushes (debounced) diagnostics and does not also
 * register pull diagnostics, which VS Code would otherwise show a second time. */
export const INITIALIZATION_OPTIONS = { diagnosticMode: 'push' } as const;

const RESTART_DELAY_MS = 200;

export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private languages: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  private restartTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly serverModule: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly traceOutput: vscode.LogOutputChannel,
    private readonly styleStatus?: StyleStatusListener,
    /** What the client changes on the way (rule-docs.ts: the links to rule pages). */
    private readonly middleware?: Middleware,
  ) {}

  /** Starts the server, or stops and starts it again with the current settings. */
  restart(reason: string): Promise<void> {
    return this.enqueue(async () => {
      const restarting = this.client !== undefined;
      await this.stopClient();
      await this.startClient(reason, restarting);
    });
  }

  /**
   * Restarts a moment from now, once for a burst of calls. Used for setting and folder changes:
   * a settings editor changes a list one item at a time, and the current client is itself still
   * forwarding the change that triggered the restart to its server (stopping it at once would
   * make that forwarding fail).
   */
  scheduleRestart(reason: string): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => void this.restart(reason), RESTART_DELAY_MS);
  }

  /** Whether the languages checked in some scope differ from those the running client serves. */
  languagesChanged(): boolean {
    return languagesInAnyScope().join('\n') !== this.languages.join('\n');
  }

  stop(): Promise<void> {
    clearTimeout(this.restartTimer);
    return this.enqueue(() => this.stopClient());
  }

  dispose(): void {
    void this.stop();
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async startClient(reason: string, restarting = false): Promise<void> {
    this.languages = languagesInAnyScope();
    const serverOptions: ServerOptions = { module: this.serverModule, transport: TransportKind.ipc };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(this.languages),
      // Settings reach the server through `workspace/configuration`, per resource. No
      // `synchronize.configurationSection` here: the server registers for
      // `workspace/didChangeConfiguration` (section copydesk) itself, as it must for any LSP
      // editor, and a second, static registration would send every change twice.
      initializationOptions: INITIALIZATION_OPTIONS,
      // No `synchronize.fileEvents`: the server registers its own watchers for the style
      // files (**/.copydesk.yaml and every file they extend), and changes them as they change.
      diagnosticCollectionName: 'copydesk',
      // Once this client is being stopped, its "Server process exited" is no news: debug level.
      outputChannel: clientChannel(this.output, () => this.client !== client),
      traceOutputChannel: this.traceOutput,
      // A writing tool should not pop its log open; a failed start still raises a notification.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: this.middleware,
    };
    // The id 'copydesk' makes the client read `copydesk.trace.server`.
    const client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
    this.client = client;
    this.styleStatus?.clearStyleStatus();
    client.onNotification(STYLE_STATUS_NOTIFICATION, (status: StyleStatus) => {
      if (this.client === client) this.styleStatus?.setStyleStatus(status);
    });
    this.output.info(`${restarting ? 'Restarting' : 'Starting'} the language server (${reason}) for: ${this.languages.join(', ') || 'no languages'}.`);
    try {
      await client.start();
      this.output.info(`Copydesk language server ready (version ${extensionVersion()}).`);
    } catch (error) {
      // The client has already logged the failure and shown a notification; keep the
      // extension alive so that "Copydesk: Restart Language Server" can try again.
      this.output.error(`The language server did not start: ${describe(error)}`);
    }
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.dispose();
    } catch (error) {
      // A client that never started, or whose server already died, cannot be stopped cleanly.
      this.output.debug(`Stopping the language server: ${describe(error)}`);
    }
  }
}

/** The extension's version, which is the bundled server's. */
function extensionVersion(): string {
  return (vscode.extensions.getExtension('copydesk.copydesk')?.packageJSON as { version?: string } | undefined)?.version ?? 'unknown';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
