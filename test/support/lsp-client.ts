// A small LSP client for tests and benchmarks: spawns the built server (`node dist/server.js
// --stdio`), speaks JSON-RPC over its stdin/stdout (vscode-jsonrpc, through the
// vscode-languageserver/node re-exports) and keeps its own copy of every open document, so a
// test can edit locally, send the change and wait for the diagnostics of that exact version.
//
//   const client = await LspClient.start({ settings: () => ({ debounceMs: 0 }) });
//   const doc = client.open('file:///a.txt', 'It was interally done.');
//   const { diagnostics } = await client.diagnostics(doc.uri, doc.version);
//   await client.stop();
//
// Every publication is recorded with the performance.now() of its arrival (`history`), which
// is what a keystroke → diagnostics latency measurement needs.

import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type ClientCapabilities,
  type CodeAction,
  CodeActionRequest,
  type Command,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type DocumentDiagnosticReport,
  ExitNotification,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  LogMessageNotification,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  RegistrationRequest,
  ShowMessageNotification,
  type ShowMessageParams,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  TextDocumentEdit,
  type TextEdit,
  UnregistrationRequest,
  type WorkspaceEdit,
  DiagnosticRefreshRequest,
  DidChangeWatchedFilesNotification,
  type FileEvent,
  type Registration,
  CreateFile,
} from 'vscode-languageserver/node';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** The bundle under test: $COPYDESK_SERVER, or dist/server.js of this repository. */
export const SERVER_PATH = process.env.COPYDESK_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');
/** Its lint workers' script, beside it. */
export const LINT_WORKER_PATH = join(dirname(SERVER_PATH), 'lint-worker.js');

/** The server's own notifications the client records (`notifications`, `nextNotification`). */
export const CUSTOM_NOTIFICATIONS = ['copydesk/styleStatus'];

/** Answers workspace/configuration: the `copydesk` settings for a document (or none). */
export type SettingsProvider = (scopeUri: string | undefined, section: string | undefined) => unknown;

export interface StartOptions {
  serverPath?: string;
  /** Command-line arguments after the server path; default ['--stdio']. */
  args?: string[];
  /** Advertise pull diagnostics (textDocument.diagnostic) and diagnostic refresh. */
  pullDiagnostics?: boolean;
  /** Advertise workspace/configuration (default true). */
  configuration?: boolean;
  /** Advertise versioned workspace edits, WorkspaceEdit.documentChanges (default true). */
  documentChanges?: boolean;
  /** Replaces the default capabilities entirely. */
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  settings?: SettingsProvider;
  /** How long a wait for a publication or an exit may take before failing (default 10 s). */
  timeoutMs?: number;
  /** Workspace folder URIs sent in initialize (default none). */
  workspaceFolders?: string[];
  /** Advertise dynamic registration of workspace/didChangeWatchedFiles (with relative patterns). */
  watchFiles?: boolean;
  /** Advertise the WorkspaceEdit resource operations create, rename and delete. */
  resourceOperations?: boolean;
}

export interface Publication {
  params: PublishDiagnosticsParams;
  /** performance.now() when it arrived. */
  at: number;
}

type Waiter = { match: (p: Publication) => boolean; resolve: (p: Publication) => void };

export class LspClient {
  readonly documents = new Map<string, TextDocument>();
  readonly history: Publication[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  refreshRequests = 0;
  /** Every registration the server asked for, in order (unregistered ones are removed). */
  readonly registrations: Registration[] = [];
  /** The server's custom notifications (CUSTOM_NOTIFICATIONS), in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  private notificationWaiters: { method: string; match: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = [];
  settings: SettingsProvider;
  initializeResult!: InitializeResult;

  private waiters: Waiter[] = [];
  private stderrText = '';
  private exited: Promise<number | null>;
  private readonly timeoutMs: number;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => null);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    process.stderr?.on('data', (chunk: Buffer) => {
      this.stderrText = (this.stderrText + chunk.toString('utf8')).slice(-20_000);
    });
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
  }

  /** Spawns the server, initializes it and sends `initialized`. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [options.serverPath ?? SERVER_PATH, ...(options.args ?? ['--stdio'])], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options);
    client.listen();
    const result = await client.withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: options.workspaceFolders?.[0] ?? null,
        workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri.split('/').pop() ?? uri })) ?? null,
        capabilities: options.capabilities ?? defaultCapabilities(options),
        initializationOptions: options.initializationOptions,
      }),
      'initialize',
    );
    client.initializeResult = result;
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const publication = { params, at: performance.now() };
      this.history.push(publication);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(publication)) return true;
        w.resolve(publication);
        return false;
      });
    });
    c.onNotification(ShowMessageNotification.type, (params) => void this.messages.push(params));
    c.onNotification(LogMessageNotification.type, (params) => void this.logs.push(params));
    c.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push({ scopeUri: item.scopeUri, section: item.section });
        return this.settings(item.scopeUri, item.section) ?? null;
      }),
    );
    c.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    c.onRequest(UnregistrationRequest.type, (params) => {
      for (const gone of params.unregisterations) {
        const i = this.registrations.findIndex((r) => r.id === gone.id);
        if (i >= 0) this.registrations.splice(i, 1);
      }
    });
    for (const method of CUSTOM_NOTIFICATIONS) {
      c.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.notificationWaiters = this.notificationWaiters.filter((w) => {
          if (w.method !== method || !w.match(params)) return true;
          w.resolve(params);
          return false;
        });
      });
    }
    c.onRequest(ShowMessageRequest.type, (params) => {
      this.messages.push(params);
      return null;
    });
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
    });
    c.listen();
  }

  get stderr(): string {
    return this.stderrText;
  }

  // --- documents -------------------------------------------------------------------------

  open(uri: string, text: string, languageId = 'plaintext', version = 1): TextDocument {
    const doc = TextDocument.create(uri, languageId, version, text);
    this.documents.set(uri, doc);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return doc;
  }

  /** Applies `changes` (ranges, or a whole new text) to the local copy, then sends them. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
    const doc = this.document(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return doc;
  }

  /** Sends `edits` (non-overlapping, against the current text) as one incremental change. */
  edit(uri: string, edits: readonly TextEdit[]): TextDocument {
    const doc = this.document(uri);
    // Applied last to first, so each range still refers to text the earlier ones left alone.
    const ordered = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    return this.change(uri, ordered.map((e) => ({ range: e.range, text: e.newText })));
  }

  /**
   * Applies a workspace edit from the server as an editor would: a TextDocumentEdit for another
   * version than the local one is refused (throws). Returns the edited document.
   */
  applyWorkspaceEdit(edit: WorkspaceEdit): TextDocument {
    const parts: { uri: string; version: number | null; edits: TextEdit[] }[] = [];
    for (const change of edit.documentChanges ?? []) {
      if (!TextDocumentEdit.is(change)) throw new Error('only TextDocumentEdits are expected');
      parts.push({
        uri: change.textDocument.uri,
        version: change.textDocument.version,
        edits: change.edits.map((e) => {
          if (!('newText' in e)) throw new Error('snippet edits are not expected');
          return { range: e.range, newText: e.newText };
        }),
      });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) parts.push({ uri, version: null, edits });
    if (parts.length !== 1) throw new Error(`expected an edit of one document, got ${parts.length}`);
    const [{ uri, version, edits }] = parts;
    const doc = this.document(uri);
    if (version !== null && version !== doc.version) throw new Error(`stale edit: for version ${version}, document is at ${doc.version}`);
    return this.edit(uri, edits);
  }

  /**
   * Applies a workspace edit to files on disk, as an editor does for files it has not open
   * (and then saves): CreateFile, and TextDocumentEdits or `changes` of closed files. Returns
   * the paths written. Open documents are refused (use applyWorkspaceEdit).
   */
  applyWorkspaceEditOnDisk(edit: WorkspaceEdit): string[] {
    const written: string[] = [];
    const apply = (uri: string, edits: TextEdit[]) => {
      if (this.documents.has(uri)) throw new Error(`${uri} is open: apply the edit to the document`);
      const path = fileURLToPath(uri);
      let text = '';
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        // a file just created
      }
      const doc = TextDocument.create(uri, 'yaml', 0, text);
      writeFileSync(path, TextDocument.applyEdits(doc, edits));
      written.push(path);
    };
    for (const change of edit.documentChanges ?? []) {
      if (CreateFile.is(change)) {
        const path = fileURLToPath(change.uri);
        let exists = true;
        try {
          readFileSync(path);
        } catch {
          exists = false;
        }
        if (!exists) writeFileSync(path, '');
        else if (!change.options?.ignoreIfExists && !change.options?.overwrite) throw new Error(`${path} exists`);
        continue;
      }
      if (!TextDocumentEdit.is(change)) throw new Error('only CreateFile and TextDocumentEdit are expected');
      apply(change.textDocument.uri, change.edits.filter((e): e is TextEdit => 'newText' in e));
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
    return written;
  }

  /** Tells the server files changed on disk (workspace/didChangeWatchedFiles). */
  filesChanged(changes: FileEvent[]): void {
    void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** The next custom notification `method` (after this call) whose params satisfy `match`. */
  nextNotification<T>(method: string, match: (params: T) => boolean = () => true): Promise<T> {
    return this.withTimeout(
      new Promise<T>((resolve) =>
        this.notificationWaiters.push({ method, match: (p) => match(p as T), resolve: (p) => resolve(p as T) }),
      ),
      `notification ${method}`,
    );
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  document(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc;
  }

  // --- diagnostics -----------------------------------------------------------------------

  /** The publication for `version` of the document: already received, or the next to come. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    const match = (p: Publication) => p.params.uri === uri && p.params.version === version;
    for (let i = this.history.length - 1; i >= 0; i--) {
      if (match(this.history[i])) return Promise.resolve(this.history[i].params);
    }
    return this.waitFor(match, `diagnostics for ${uri} version ${version}`).then((p) => p.params);
  }

  /** The next publication for `uri` after this call (call it before triggering the check). */
  nextDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<Publication> {
    return this.waitFor((p) => p.params.uri === uri && match(p.params), `next diagnostics for ${uri}`);
  }

  publications(uri: string): PublishDiagnosticsParams[] {
    return this.history.filter((p) => p.params.uri === uri).map((p) => p.params);
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.withTimeout(
      this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }),
      'textDocument/diagnostic',
    );
  }

  // --- features --------------------------------------------------------------------------

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.withTimeout(
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }),
      'textDocument/codeAction',
    );
    return (result ?? []).filter((a: Command | CodeAction): a is CodeAction => !('command' in a && typeof a.command === 'string'));
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.withTimeout(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 'textDocument/hover');
  }

  /** Replaces the settings provider and tells the server the configuration changed. */
  changeSettings(settings: SettingsProvider, pushed: unknown = null): void {
    this.settings = settings;
    void this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: pushed });
  }

  // --- lifecycle -------------------------------------------------------------------------

  /** shutdown + exit; resolves with the exit code (kills the server if it does not exit). */
  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    try {
      await this.withTimeout(this.connection.sendRequest(ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    try {
      return await this.withTimeout(this.exited, 'the server to exit');
    } catch {
      this.process.kill('SIGKILL');
      return null;
    } finally {
      this.connection.dispose();
    }
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  private waitFor(match: (p: Publication) => boolean, what: string): Promise<Publication> {
    return this.withTimeout(new Promise<Publication>((resolve) => this.waiters.push({ match, resolve })), what);
  }

  private withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${this.timeoutMs} ms waiting for ${what}; server stderr:\n${this.stderrText.slice(-2000)}`)),
        this.timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

export function defaultCapabilities(
  options: Pick<StartOptions, 'pullDiagnostics' | 'configuration' | 'documentChanges' | 'watchFiles' | 'resourceOperations'> = {},
): ClientCapabilities {
  const pull = options.pullDiagnostics === true;
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    workspace: {
      configuration: options.configuration ?? true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: {
        documentChanges: options.documentChanges ?? true,
        ...(options.resourceOperations ? { resourceOperations: ['create', 'rename', 'delete'] } : {}),
      },
      ...(options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    window: { showMessage: {} },
  };
}

/**
 * The LSP position of a UTF-16 offset, computed here from the text alone (not with the
 * TextDocument the server uses) so tests check the server's ranges independently.
 */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m && m.index + m[0].length <= offset; m = re.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

export function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
