// The Copydesk language server: documents in, diagnostics, code actions and hovers out. Thin:
// the engine owns the checking, and this file wires the parts of the LSP layer together:
// - lsp/diagnostics-scheduler.ts: when documents are checked, push or pull (its header has
//   the policy), results per open, version and generation;
// - lsp/document-checker.ts: what a check is (drafts in the lint workers, style files by the
//   style checker);
// - lsp/style-service.ts and lsp/style-watch.ts: each document's house style, style files as
//   typed and on disk;
// - lsp/code-actions.ts (+ style-actions.ts), lsp/hover.ts.
//
// The engine runs in worker threads (lsp/lint-service.ts), so the server keeps reading
// keystrokes while a long document is checked; a result whose document has moved on is
// dropped, and the newer version's check replaces the older one's.

import { join } from 'node:path';
import {
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  MarkupKind,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, ruleDocToShow, SHOW_RULE_DOC_COMMAND, wantsFixAll } from './lsp/code-actions.js';
import { Debouncer } from './lsp/debounce.js';
import { DiagnosticsScheduler } from './lsp/diagnostics-scheduler.js';
import { createDocumentChecker } from './lsp/document-checker.js';
import { hoverFor } from './lsp/hover.js';
import { inspectInput } from './lsp/input-guard.js';
import { LintService, Superseded } from './lsp/lint-service.js';
import { withPendingFixes } from './lsp/pending-fixes.js';
import { canonicalLanguageId, type CopydeskSettings, isChecked, SettingsCache } from './lsp/settings.js';
import type { HouseStyleTarget } from './lsp/style-actions.js';
import {
  isStyleFilePath,
  newStyleFilePath,
  pathToUri,
  STYLE_STATUS_NOTIFICATION,
  StyleService,
  uriToPath,
} from './lsp/style-service.js';
import { StyleWatcher } from './lsp/style-watch.js';
import { TypingGuard, updateTracked } from './lsp/typing-guard.js';
import { ruleDocLink } from './rule-docs.js';

export { MAX_DIAGNOSTICS } from './lsp/document-checker.js';
export { STYLE_STATUS_NOTIFICATION, type StyleStatusParams } from './lsp/style-service.js';

/** What a client may pass as initializationOptions. */
export interface CopydeskInitializationOptions {
  /** 'push' forces pushed diagnostics even when the client could pull. */
  diagnosticMode?: 'push' | 'pull';
  /** `copydesk.*` settings, for clients that cannot answer workspace/configuration. */
  settings?: Partial<CopydeskSettings>;
}

/** Quiet time after an edit to a style file open in the editor before drafts are re-checked. */
const STYLE_EDIT_QUIET_MS = 300;

/**
 * Starts the server on `connection` (by default the transport named on the command line).
 * `workerFile` is the script of the lint workers: dist/lint-worker.js, beside this bundle.
 */
export function startServer(connection: Connection = createConnection(), workerFile: string = join(__dirname, 'lint-worker.js')): void {
  // The document sync as TextDocument's, noting which lines each edit touched.
  const typing = new TypingGuard();
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(doc, changes, version) {
      const { doc: updated, lines } = updateTracked(doc, changes, version);
      typing.edited(doc.uri, version, lines);
      return updated;
    },
  });
  const log = (message: string) => connection.console.error(message);
  const lints = new LintService({ workerFile, log });
  const restyle = new Debouncer();

  // What the client can do, learnt at initialize.
  let versionedEdits = false;
  let createFiles = false;
  let markdownHover = false;
  let showDocument = false;
  let askPerDocument = false;
  let dynamicConfigurationRegistration = false;
  // Only for clients without workspace/configuration, which have nothing but one global scope.
  let clientWideSettings: unknown;

  const settings = new SettingsCache(
    (uri) =>
      askPerDocument
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' })
        : Promise.resolve(clientWideSettings),
    (uri, error) => log(`Could not read the copydesk settings for ${uri}; using the defaults. ${String(error)}`),
  );
  const styles = new StyleService({
    documents,
    notifyStatus: (status) => void connection.sendNotification(STYLE_STATUS_NOTIFICATION, status).catch((e) => log(String(e))),
  });
  const watcher = new StyleWatcher(connection, log);
  const scheduler: DiagnosticsScheduler = new DiagnosticsScheduler({
    connection,
    documents,
    settings,
    log,
    typing,
    checker: createDocumentChecker({
      connection,
      lints,
      styles,
      log,
      isCurrent: (uri, version, state) => scheduler.state(uri) === state && documents.get(uri)?.version === version,
      onStylesRead: () => watcher.update(styles.filesInUse()),
    }),
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const init = (params.initializationOptions ?? {}) as CopydeskInitializationOptions;
    const pullMode = caps.textDocument?.diagnostic !== undefined && init.diagnosticMode !== 'push';
    scheduler.configure(pullMode, caps.workspace?.diagnostics?.refreshSupport === true);
    versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    createFiles = versionedEdits && (caps.workspace?.workspaceEdit?.resourceOperations ?? []).includes('create');
    markdownHover = caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true;
    showDocument = caps.window?.showDocument?.support === true;
    askPerDocument = caps.workspace?.configuration === true;
    dynamicConfigurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    clientWideSettings = init.settings;
    const roots = workspaceRoots(params);
    styles.setRoots(roots);
    watcher.configure(caps, roots);
    lints.warmUp();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [SHOW_RULE_DOC_COMMAND] },
        ...(pullMode ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'copydesk-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfigurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch((e) => log(String(e)));
    }
    watcher.update(styles.filesInUse());
  });

  /** Whether a document the editor holds is (or may be) part of a house style. */
  const isStyleSource = (uri: string) => {
    const path = uriToPath(uri);
    return path !== undefined && (isStyleFilePath(path) || styles.filesInUse().includes(path));
  };

  /**
   * A style file changed (in the editor, or on disk): forget it at once, so what is checked
   * next reads it anew, and re-check the open documents after `quietMs` (a burst of
   * keystrokes in a style file re-checks the drafts once).
   */
  function styleChanged(path: string | undefined, quietMs: number): void {
    styles.invalidate(path);
    restyle.schedule('restyle', quietMs, () => scheduler.invalidate());
  }

  documents.onDidOpen(({ document }) => {
    if (isStyleSource(document.uri)) styleChanged(uriToPath(document.uri), 0);
    scheduler.opened(document);
  });

  documents.onDidChangeContent(({ document }) => {
    const state = scheduler.state(document.uri);
    if (state && document.version !== state.openVersion && isStyleSource(document.uri)) {
      styleChanged(uriToPath(document.uri), STYLE_EDIT_QUIET_MS);
    }
    scheduler.changed(document);
  });

  documents.onDidClose(({ document }) => {
    lints.cancel(document.uri);
    scheduler.closed(document);
    settings.forget(document.uri);
    styles.forget(document.uri);
    // Closed unsaved, the file on disk is the style again.
    if (isStyleSource(document.uri)) styleChanged(uriToPath(document.uri), 0);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let any = false;
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (path === undefined) continue;
      styles.invalidate(path);
      any = true;
    }
    if (any) styleChanged(undefined, 0);
  });

  connection.languages.diagnostics.on((params, token) => scheduler.pull(params, token));

  connection.onCodeAction(async (params: CodeActionParams) => {
    const uri = params.textDocument.uri;
    let fixedText: string | undefined;
    if (wantsFixAll(params) && documents.get(uri) && !styles.isStyleDocument(uri)) {
      const s = await settings.get(uri);
      const doc = documents.get(uri);
      if (!doc) return [];
      const { version } = doc;
      const languageId = canonicalLanguageId(doc.languageId);
      const text = doc.getText();
      if (isChecked(s, languageId) && inspectInput(text, s.maxFileSize).kind === 'ok') {
        try {
          fixedText = await lints.fixAll(uri, text, languageId, styles.resolve(uri).style);
        } catch (error) {
          if (!(error instanceof Superseded)) log(`Fixing ${uri} failed: ${String(error)}`);
        }
        // Edited meanwhile: offer nothing; the client asks again for the new version.
        if (documents.get(uri)?.version !== version) return [];
      }
    }
    let doc = documents.get(uri);
    if (!doc) return [];
    const openId = scheduler.state(uri)?.openId;
    if (!styles.isStyleDocument(uri)) {
      const { version } = doc;
      const asked = doc;
      try {
        params = await withPendingFixes(params, doc, openId, (findings) =>
          lints.resolve(uri, asked.getText(), canonicalLanguageId(asked.languageId), findings, styles.resolve(uri).style),
        );
      } catch (error) {
        if (!(error instanceof Superseded)) log(`Computing fixes for ${uri} failed: ${String(error)}`);
      }
      doc = documents.get(uri);
      // Edited meanwhile: the fixes are for an older text; the client asks again.
      if (!doc || doc.version !== version) return [];
    }
    // The findings of exactly this version and open, for "Fix all <rule> problems".
    const checked = scheduler.state(uri)?.checked;
    const findings = checked && checked.version === doc.version && checked.openId === openId ? checked.findings : undefined;
    return codeActions(params, {
      doc,
      versionedEdits,
      fixedText,
      openId,
      languageId: canonicalLanguageId(doc.languageId),
      houseStyle: styles.isStyleDocument(uri) ? undefined : houseStyleTarget(uri),
      createFiles,
      findings,
      ruleDocLink: (ruleId) => ruleDocLink(ruleId, styles.isStyleDocument(uri) ? undefined : styles.resolve(uri).style),
    });
  });

  // "Show documentation for <rule>" in an editor that leaves the command to the server (the VS
  // Code client runs it itself): the page in the editor, or a web page in the browser.
  connection.onExecuteCommand(async (params) => {
    const page = params.command === SHOW_RULE_DOC_COMMAND ? ruleDocToShow(params.arguments) : undefined;
    if (!page) return null;
    if (showDocument) {
      await connection.window.showDocument({ uri: page.uri, external: page.external, takeFocus: true }).catch((e) => log(String(e)));
    } else {
      void connection.window.showInformationMessage(`Copydesk rule ${page.ruleId}: ${page.uri}`);
    }
    return null;
  });

  /** The style file "Add to the house style" writes into for this document. */
  function houseStyleTarget(uri: string): HouseStyleTarget | undefined {
    const resolution = styles.resolve(uri);
    const path = resolution.styleFile ?? newStyleFilePath(styles.roots, uriToPath(uri));
    if (path === undefined) return undefined;
    const open = styles.openDocument(path);
    let text: string | undefined;
    try {
      text = styles.readFile(path);
    } catch {
      return undefined;
    }
    return { uri: open?.uri ?? pathToUri(path), text: text ?? '', version: open?.version ?? null, exists: text !== undefined };
  }

  connection.onHover(async (params) => {
    const uri = params.textDocument.uri;
    const result = await scheduler.check(uri);
    const doc = documents.get(uri);
    if (!result || !doc || doc.version !== result.version) return null;
    const style = styles.isStyleDocument(uri) ? undefined : styles.resolve(uri).style;
    return hoverFor(doc, result.findings, doc.offsetAt(params.position), markdownHover, style);
  });

  connection.onDidChangeConfiguration((params) => {
    if (!askPerDocument) {
      const pushed = (params.settings as { copydesk?: unknown } | null | undefined)?.copydesk;
      if (pushed !== undefined) clientWideSettings = pushed;
    }
    settings.clear();
    scheduler.invalidate();
  });

  connection.onShutdown(() => {
    restyle.cancelAll();
    scheduler.dispose();
    lints.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** The workspace folders as paths (file: URIs only), else the root URI's folder. */
function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  // uriToPath: undefined for a folder that is not local (another scheme, a malformed URI).
  return uris.map(uriToPath).filter((path): path is string => path !== undefined);
}
