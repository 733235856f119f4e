// When documents are checked and what is sent: the per-document state, push and pull.
//
// Policy (push or pull, never both, since VS Code keeps pushed and pulled diagnostics in
// separate collections and a client doing both would show each finding twice):
// - pull (textDocument/diagnostic) when the client advertises `textDocument.diagnostic`,
//   unless initializationOptions.diagnosticMode is 'push';
// - push (textDocument/publishDiagnostics) otherwise: after open at once, after each change
//   once the document has been quiet for `copydesk.debounceMs`.
// In pull mode the same quiet time is waited out before answering, and a request whose
// document changed meanwhile is answered with ServerCancelled (retrigger), as the LSP asks.
// Either way an unbalanced quote on the lines being typed in waits (lsp/typing-guard.ts): it
// is left out of what is sent, and sent again (push) or pulled again (a refresh) when due.
//
// Every result belongs to one open of a document, one version of it and one generation of
// what it was checked under (settings, house styles): `invalidate()` starts a new generation
// and re-checks every open document. A document closed and opened again starts its version
// numbers afresh, so each open gets an id of its own, carried in diagnostic data and result
// ids, and nothing made for an earlier open is taken for the current one.
//
// What a check does is the caller's (`Checker`): drafts go to the lint workers, style files
// to the style checker.

import {
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  LSPErrorCodes,
  ResponseError,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/index.js';
import { Debouncer } from './debounce.js';
import type { CopydeskSettings, SettingsCache } from './settings.js';
import { TypingGuard } from './typing-guard.js';

export interface CheckOutcome {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** A check of one version of one open of a document under one generation. */
export interface CheckResult extends CheckOutcome {
  openId: number;
  version: number;
  generation: number;
}

export interface DocumentState {
  /** Unique per open (never reused), so a reopened document's results are its own. */
  readonly openId: number;
  readonly openVersion: number;
  /** Date.now() of the last change, for the quiet time of pull requests. */
  lastChangeAt: number;
  checked?: CheckResult;
  /** The check under way, shared by everyone asking for the same version. */
  running?: { version: number; generation: number; promise: Promise<CheckResult | undefined> };
  /** What push mode sent last; `held`: with findings held back while their lines were typed in. */
  published?: { version: number; generation: number; held: boolean };
  /** Notices given once per opened document (too large, binary, too many findings). */
  readonly told: Set<string>;
}

/**
 * Checks one version of a document. Returns undefined when the result is moot (superseded,
 * or the document moved on while it was being made).
 */
export type Checker = (doc: TextDocument, state: DocumentState, settings: CopydeskSettings) => Promise<CheckOutcome | undefined>;

export interface SchedulerOptions {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsCache;
  checker: Checker;
  log: (message: string) => void;
  /** Where the document sync reports edits (server.ts); none: nothing is held back. */
  typing?: TypingGuard;
}

export class DiagnosticsScheduler {
  private readonly states = new Map<string, DocumentState>();
  private readonly debouncer = new Debouncer();
  private readonly typing: TypingGuard;
  private nextOpenId = 1;
  private generationCount = 0;
  private pullMode = false;
  private refreshSupport = false;

  constructor(private readonly options: SchedulerOptions) {
    this.typing = options.typing ?? new TypingGuard();
  }

  /** From initialize: how diagnostics reach this client. */
  configure(pullMode: boolean, refreshSupport: boolean): void {
    this.pullMode = pullMode;
    this.refreshSupport = refreshSupport;
  }

  get generation(): number {
    return this.generationCount;
  }

  state(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  opened(doc: TextDocument): void {
    this.typing.forget(doc.uri);
    this.states.set(doc.uri, { openId: this.nextOpenId++, openVersion: doc.version, lastChangeAt: 0, told: new Set() });
    if (!this.pullMode) this.schedulePublish(doc.uri, 0);
  }

  changed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    // TextDocuments reports an open as a content change too; opened() handled that one.
    if (!state || doc.version === state.openVersion) return;
    state.lastChangeAt = Date.now();
    if (this.pullMode) return;
    this.options.settings.get(doc.uri).then((s) => {
      if (this.states.get(doc.uri) === state) this.schedulePublish(doc.uri, s.debounceMs);
    }, this.options.log);
  }

  closed(doc: TextDocument): void {
    this.debouncer.cancel(doc.uri);
    this.typing.forget(doc.uri);
    this.states.delete(doc.uri);
    if (!this.pullMode) {
      this.options.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }).catch((e) => this.options.log(String(e)));
    }
  }

  /**
   * What the documents were checked under has changed (settings, a house style): every
   * result so far is out of date. Push: re-check and publish every open document; pull: ask
   * the client to pull again.
   */
  invalidate(): void {
    this.generationCount++;
    if (this.pullMode) {
      if (this.refreshSupport) this.options.connection.languages.diagnostics.refresh().catch((e) => this.options.log(String(e)));
    } else {
      for (const doc of this.options.documents.all()) this.schedulePublish(doc.uri, 0);
    }
  }

  /**
   * The check of the document as it is now: the one already made or under way for this
   * version, or a new one. Undefined when the document closed or changed before it was done.
   */
  async check(uri: string): Promise<CheckResult | undefined> {
    const gen = this.generationCount;
    const s = await this.options.settings.get(uri);
    const doc = this.options.documents.get(uri);
    const state = this.states.get(uri);
    if (!doc || !state) return undefined;
    const version = doc.version;
    if (state.checked?.version === version && state.checked.generation === gen) return state.checked;
    if (state.running?.version === version && state.running.generation === gen) return state.running.promise;
    const promise = this.runCheck(doc, state, s, gen);
    state.running = { version, generation: gen, promise };
    try {
      return await promise;
    } finally {
      if (state.running?.promise === promise) state.running = undefined;
    }
  }

  /** textDocument/diagnostic. */
  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const { documents, settings } = this.options;
    const uri = params.textDocument.uri;
    const state = this.states.get(uri);
    if (!state) return { kind: 'full', items: [] };
    const s = await settings.get(uri);
    await sleep(state.lastChangeAt + s.debounceMs - Date.now(), token);
    const result = token.isCancellationRequested ? undefined : await this.check(uri);
    if (this.states.get(uri) !== state) {
      if (!this.states.has(uri)) return { kind: 'full', items: [] };
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document was reopened', { retriggerRequest: true });
    }
    if (!result || token.isCancellationRequested || documents.get(uri)?.version !== result.version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
    }
    const { shown, until } = this.typing.hold(uri, result.version, result.diagnostics, s.unclosedQuoteDelay);
    // Pulled again when the findings held back are due (the client pulls after edits anyway).
    if (until !== undefined && this.refreshSupport) {
      this.debouncer.schedule(uri, until - Date.now(), () => {
        this.options.connection.languages.diagnostics.refresh().catch((e) => this.options.log(String(e)));
      });
    }
    const resultId = `${result.openId}:${result.version}:${result.generation}${until !== undefined ? ':held' : ''}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: shown };
  }

  dispose(): void {
    this.debouncer.cancelAll();
  }

  private async runCheck(doc: TextDocument, state: DocumentState, s: CopydeskSettings, gen: number): Promise<CheckResult | undefined> {
    const { version } = doc;
    const outcome = await this.options.checker(doc, state, s);
    if (!outcome || this.states.get(doc.uri) !== state) return undefined;
    const result: CheckResult = { ...outcome, openId: state.openId, version, generation: gen };
    state.checked = result;
    return result;
  }

  /** Push mode: check and publish, unless the document changed while it was being checked. */
  private async publish(uri: string): Promise<void> {
    const { documents, connection } = this.options;
    const result = await this.check(uri);
    const state = this.states.get(uri);
    if (!result || !state || result.openId !== state.openId || documents.get(uri)?.version !== result.version) return;
    const s = await this.options.settings.get(uri);
    if (this.states.get(uri) !== state || documents.get(uri)?.version !== result.version) return;
    const { shown, until } = this.typing.hold(uri, result.version, result.diagnostics, s.unclosedQuoteDelay);
    // Sent again, in full, when the findings held back are due (unless an edit comes first).
    if (until !== undefined) this.schedulePublish(uri, until - Date.now());
    const held = until !== undefined;
    const last = state.published;
    if (last?.version === result.version && last.generation === result.generation && last.held === held) return;
    state.published = { version: result.version, generation: result.generation, held };
    await connection.sendDiagnostics({ uri, version: result.version, diagnostics: shown });
  }

  private schedulePublish(uri: string, delayMs: number): void {
    this.debouncer.schedule(uri, delayMs, () => {
      this.publish(uri).catch((error) => this.options.log(`Publishing diagnostics for ${uri} failed: ${String(error)}`));
    });
  }
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
