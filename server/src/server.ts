// The Copydesk language server: documents in, diagnostics, code actions and hovers out. Thin:
// the engine owns the checking; this file owns when to check and what to send.
//
// Diagnostic policy (push or pull, never both, since VS Code keeps pushed and pulled
// diagnostics in separate collections and a client doing both would show each finding twice):
// - pull (textDocument/diagnostic) when the client advertises `textDocument.diagnostic`,
//   unless initializationOptions.diagnosticMode is 'push';
// - push (textDocument/publishDiagnostics) otherwise: after open at once, after each change
//   once the document has been quiet for `copydesk.debounceMs`.
// In pull mode the same quiet time is waited out before answering, and a request whose
// document changed meanwhile is answered with ServerCancelled (retrigger), as the LSP asks.
//
// Every result belongs to one document version. The engine runs in worker threads
// (lsp/lint-service.ts), so the server keeps reading keystrokes while a long document is
// checked; a result whose document has moved on is dropped, and the newer version's check
// replaces the older one's.

import {
  type CancellationToken,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  createConnection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from './engine/index.js';
import { codeActions, FIX_ALL_KIND, wantsFixAll } from './lsp/code-actions.js';
import { Debouncer } from './lsp/debounce.js';
import { toDiagnostic } from './lsp/diagnostics.js';
import { hoverFor } from './lsp/hover.js';
import { inspectInput } from './lsp/input-guard.js';
import { LintService, Superseded } from './lsp/lint-service.js';
import { canonicalLanguageId, type CopydeskSettings, isChecked, SettingsCache } from './lsp/settings.js';

/**
 * At most this many diagnostics per document (the first ones). A real draft has a handful; a
 * pathological one ("the the the …" over megabytes) would otherwise send hundreds of thousands
 * and swamp the editor.
 */
export const MAX_DIAGNOSTICS = 1000;

/** What a client may pass as initializationOptions. */
export interface CopydeskInitializationOptions {
  /** 'push' forces pushed diagnostics even when the client could pull. */
  diagnosticMode?: 'push' | 'pull';
  /** `copydesk.*` settings, for clients that cannot answer workspace/configuration. */
  settings?: Partial<CopydeskSettings>;
}

/** A check of one version of a document under one generation of the settings. */
interface CheckResult {
  version: number;
  generation: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

interface DocumentState {
  openVersion: number;
  /** Date.now() of the last change, for the quiet time of pull requests. */
  lastChangeAt: number;
  checked?: CheckResult;
  /** The check under way, shared by everyone asking for the same version. */
  running?: { version: number; generation: number; promise: Promise<CheckResult | undefined> };
  published?: { version: number; generation: number };
  /** The too-large, binary and too-many notices are given once per opened document. */
  toldTooLarge: boolean;
  toldBinary: boolean;
  toldTooMany: boolean;
}

/**
 * Starts the server on `connection` (by default the transport named on the command line).
 * `workerFile` is the script of the lint workers: the server bundle itself.
 */
export function startServer(connection: Connection = createConnection(), workerFile: string = __filename): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const debouncer = new Debouncer();
  const log = (message: string) => connection.console.error(message);
  const lints = new LintService({ workerFile, log });

  // What the client can do, learnt at initialize.
  let pullMode = false;
  let refreshSupport = false;
  let versionedEdits = false;
  let markdownHover = false;
  let askPerDocument = false;
  let dynamicConfigurationRegistration = false;
  // Only for clients without workspace/configuration, which have nothing but one global scope.
  let clientWideSettings: unknown;
  /** Bumped when the configuration changes; older check results are then out of date. */
  let generation = 0;

  const settings = new SettingsCache(
    (uri) =>
      askPerDocument
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' })
        : Promise.resolve(clientWideSettings),
    (uri, error) => log(`Could not read the copydesk settings for ${uri}; using the defaults. ${String(error)}`),
  );

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const init = (params.initializationOptions ?? {}) as CopydeskInitializationOptions;
    pullMode = caps.textDocument?.diagnostic !== undefined && init.diagnosticMode !== 'push';
    refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    markdownHover = caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true;
    askPerDocument = caps.workspace?.configuration === true;
    dynamicConfigurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    clientWideSettings = init.settings;
    lints.warmUp();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        ...(pullMode ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'copydesk-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfigurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch((e) => log(String(e)));
    }
  });

  /**
   * The check of the document as it is now: the one already made or under way for this
   * version, or a new one. Undefined when the document closed or changed before it was done.
   */
  async function check(uri: string): Promise<CheckResult | undefined> {
    const gen = generation;
    const s = await settings.get(uri);
    const doc = documents.get(uri);
    const state = states.get(uri);
    if (!doc || !state) return undefined;
    const version = doc.version;
    if (state.checked?.version === version && state.checked.generation === gen) return state.checked;
    if (state.running?.version === version && state.running.generation === gen) return state.running.promise;
    const promise = runCheck(doc, state, s, gen);
    state.running = { version, generation: gen, promise };
    try {
      return await promise;
    } finally {
      if (state.running?.promise === promise) state.running = undefined;
    }
  }

  async function runCheck(doc: TextDocument, state: DocumentState, s: CopydeskSettings, gen: number): Promise<CheckResult | undefined> {
    const { uri, version } = doc;
    const languageId = canonicalLanguageId(doc.languageId);
    const result: CheckResult = { version, generation: gen, findings: [], diagnostics: [] };
    if (isChecked(s, languageId)) {
      const text = doc.getText();
      const verdict = inspectInput(text, s.maxFileSize);
      if (verdict.kind === 'ok') {
        try {
          const findings = await lints.lint(uri, text, languageId);
          result.findings = findings.slice(0, MAX_DIAGNOSTICS);
          if (findings.length > MAX_DIAGNOSTICS && !state.toldTooMany) {
            state.toldTooMany = true;
            connection.console.info(`Copydesk shows the first ${MAX_DIAGNOSTICS} of ${findings.length} problems in ${displayName(uri)}.`);
          }
        } catch (error) {
          if (error instanceof Superseded) return undefined;
          log(`Checking ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        // TextDocuments updates documents in place: `doc` holds this version's text only if
        // its version is still the same; if not, the result is stale anyway.
        if (states.get(uri) !== state || documents.get(uri)?.version !== version) return undefined;
        result.diagnostics = result.findings.map((f) => toDiagnostic(doc, f));
      } else if (verdict.kind === 'too-large' && !state.toldTooLarge) {
        state.toldTooLarge = true;
        const message =
          `Copydesk skipped ${displayName(uri)}: it is ${formatBytes(verdict.bytes)}, above the limit of ` +
          `${formatBytes(verdict.limit)} (setting copydesk.maxFileSize).`;
        connection.window.showWarningMessage(message);
        connection.console.warn(message);
      } else if (verdict.kind === 'binary' && !state.toldBinary) {
        state.toldBinary = true;
        connection.console.info(`Copydesk skipped ${displayName(uri)}: it looks like binary data, not text.`);
      }
    }
    if (states.get(uri) !== state) return undefined;
    state.checked = result;
    return result;
  }

  /** Push mode: check and publish, unless the document changed while it was being checked. */
  async function publish(uri: string): Promise<void> {
    const result = await check(uri);
    const state = states.get(uri);
    if (!result || !state || documents.get(uri)?.version !== result.version) return;
    if (state.published?.version === result.version && state.published.generation === result.generation) return;
    state.published = { version: result.version, generation: result.generation };
    await connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
  }

  function schedulePublish(uri: string, delayMs: number): void {
    debouncer.schedule(uri, delayMs, () => {
      publish(uri).catch((error) => log(`Publishing diagnostics for ${uri} failed: ${String(error)}`));
    });
  }

  documents.onDidOpen(({ document }) => {
    states.set(document.uri, { openVersion: document.version, lastChangeAt: 0, toldTooLarge: false, toldBinary: false, toldTooMany: false });
    if (!pullMode) schedulePublish(document.uri, 0);
  });

  documents.onDidChangeContent(({ document }) => {
    const state = states.get(document.uri);
    // TextDocuments reports an open as a content change too; onDidOpen handled that one.
    if (!state || document.version === state.openVersion) return;
    state.lastChangeAt = Date.now();
    if (pullMode) return;
    settings.get(document.uri).then((s) => {
      if (states.get(document.uri) === state) schedulePublish(document.uri, s.debounceMs);
    }, log);
  });

  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    lints.cancel(document.uri);
    states.delete(document.uri);
    settings.forget(document.uri);
    if (!pullMode) connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch((e) => log(String(e)));
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const state = states.get(uri);
    if (!state) return { kind: 'full', items: [] };
    const s = await settings.get(uri);
    await sleep(state.lastChangeAt + s.debounceMs - Date.now(), token);
    const result = token.isCancellationRequested ? undefined : await check(uri);
    if (!states.has(uri)) return { kind: 'full', items: [] };
    if (!result || token.isCancellationRequested || documents.get(uri)?.version !== result.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
    }
    const resultId = `${result.version}:${result.generation}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: result.diagnostics };
  });

  connection.onCodeAction(async (params: CodeActionParams) => {
    const uri = params.textDocument.uri;
    let fixedText: string | undefined;
    if (wantsFixAll(params) && documents.get(uri)) {
      const s = await settings.get(uri);
      const doc = documents.get(uri);
      if (!doc) return [];
      const { version } = doc;
      const languageId = canonicalLanguageId(doc.languageId);
      const text = doc.getText();
      if (isChecked(s, languageId) && inspectInput(text, s.maxFileSize).kind === 'ok') {
        try {
          fixedText = await lints.fixAll(uri, text, languageId);
        } catch (error) {
          if (!(error instanceof Superseded)) log(`Fixing ${uri} failed: ${String(error)}`);
        }
        // Edited meanwhile: offer nothing; the client asks again for the new version.
        if (documents.get(uri)?.version !== version) return [];
      }
    }
    const doc = documents.get(uri);
    return doc ? codeActions(params, { doc, versionedEdits, fixedText }) : [];
  });

  connection.onHover(async (params) => {
    const uri = params.textDocument.uri;
    const result = await check(uri);
    const doc = documents.get(uri);
    if (!result || !doc || doc.version !== result.version) return null;
    return hoverFor(doc, result.findings, doc.offsetAt(params.position), markdownHover);
  });

  connection.onDidChangeConfiguration((params) => {
    if (!askPerDocument) {
      const pushed = (params.settings as { copydesk?: unknown } | null | undefined)?.copydesk;
      if (pushed !== undefined) clientWideSettings = pushed;
    }
    settings.clear();
    generation++;
    if (pullMode) {
      if (refreshSupport) connection.languages.diagnostics.refresh().catch((e) => log(String(e)));
    } else {
      for (const doc of documents.all()) schedulePublish(doc.uri, 0);
    }
  });

  connection.onShutdown(() => {
    debouncer.cancelAll();
    lints.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** Waits `ms` (if positive), ending early when the request is cancelled. */
function sleep(ms: number, token: CancellationToken): Promise<void> {
  if (ms <= 0 || token.isCancellationRequested) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const subscription = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

function displayName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
