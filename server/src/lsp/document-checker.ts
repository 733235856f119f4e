// What checking one version of a document means (the Checker of diagnostics-scheduler.ts):
// - a draft (a checked language): the input guard, then the engine in the lint workers under
//   the document's house style, at most MAX_DIAGNOSTICS findings;
// - a `.copydesk.yaml` (any language id): its style problems at their exact ranges; problems
//   inside a file it extends go to that file's diagnostics while it is not open.

import { type Connection, type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Style } from '../engine/index.js';
import type { StyleProblem } from '../style/index.js';
import { SOURCE, toDiagnostic } from './diagnostics.js';
import type { CheckOutcome, Checker, DocumentState } from './diagnostics-scheduler.js';
import { inspectInput } from './input-guard.js';
import { type LintService, Superseded } from './lint-service.js';
import { canonicalLanguageId, type CopydeskSettings, isChecked } from './settings.js';
import { pathToUri, type StyleService, toStyleDiagnostic } from './style-service.js';

/**
 * At most this many diagnostics per document (the first ones). A real draft has a handful; a
 * pathological one ("the the the …" over megabytes) would otherwise send hundreds of thousands
 * and swamp the editor.
 */
export const MAX_DIAGNOSTICS = 1000;

export interface DocumentCheckerOptions {
  connection: Connection;
  lints: LintService;
  styles: StyleService;
  /** Whether `uri` is still open at `version` (TextDocuments updates documents in place). */
  isCurrent: (uri: string, version: number, state: DocumentState) => boolean;
  /** Called after each resolution, so the style files in use are watched. */
  onStylesRead: () => void;
  log: (message: string) => void;
}

export function createDocumentChecker(options: DocumentCheckerOptions): Checker {
  const { connection, lints, styles, isCurrent, log } = options;
  /** Per style document: the other files it put problems on (to clear them later). */
  const elsewhere = new Map<string, Set<string>>();

  async function checkDraft(doc: TextDocument, state: DocumentState, s: CopydeskSettings): Promise<CheckOutcome | undefined> {
    const { uri, version } = doc;
    const languageId = canonicalLanguageId(doc.languageId);
    const outcome: CheckOutcome = { findings: [], diagnostics: [] };
    if (!isChecked(s, languageId)) return outcome;
    const text = doc.getText();
    const verdict = inspectInput(text, s.maxFileSize);
    if (verdict.kind === 'ok') {
      let style: Style | undefined;
      try {
        style = styles.resolve(uri).style;
        options.onStylesRead();
        const findings = await lints.lint(uri, text, languageId, style);
        outcome.findings = findings.slice(0, MAX_DIAGNOSTICS);
        if (findings.length > MAX_DIAGNOSTICS && tellOnce(state, 'too-many')) {
          connection.console.info(`Copydesk shows the first ${MAX_DIAGNOSTICS} of ${findings.length} problems in ${displayName(uri)}.`);
        }
      } catch (error) {
        if (error instanceof Superseded) return undefined;
        const reason = error instanceof Error ? error.message : String(error);
        log(`Checking ${uri} failed: ${reason}`);
        if (!isCurrent(uri, version, state)) return undefined;
        // A stopped check is not a clean draft: keep what the last completed check found (its
        // quick fixes are refused, being for an older version) and say so at the top.
        const kept = (state.checked?.diagnostics ?? []).filter((d) => d.code !== CHECK_STOPPED);
        // (No findings: hovers would read their offsets against the new text.)
        outcome.diagnostics = [stoppedDiagnostic(reason, kept.length > 0), ...kept];
        return outcome;
      }
      // `doc` holds this version's text only if its version is still the same; if not, the
      // result is stale anyway.
      if (!isCurrent(uri, version, state)) return undefined;
      outcome.diagnostics = outcome.findings.map((f) => toDiagnostic(doc, f, state.openId, style));
    } else if (verdict.kind === 'too-large' && tellOnce(state, 'too-large')) {
      const message =
        `Copydesk skipped ${displayName(uri)}: it is ${formatBytes(verdict.bytes)}, above the limit of ` +
        `${formatBytes(verdict.limit)} (setting copydesk.maxFileSize).`;
      connection.window.showWarningMessage(message);
      connection.console.warn(message);
    } else if (verdict.kind === 'binary' && tellOnce(state, 'binary')) {
      connection.console.info(`Copydesk skipped ${displayName(uri)}: it looks like binary data, not text.`);
    }
    return outcome;
  }

  function checkStyleFile(doc: TextDocument, s: CopydeskSettings): CheckOutcome {
    if (!s.enable) return { findings: [], diagnostics: [] };
    let result: ReturnType<StyleService['styleDiagnostics']>;
    try {
      result = styles.styleDiagnostics(doc);
    } catch (error) {
      log(`Checking the style file ${doc.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { findings: [], diagnostics: [] };
    }
    options.onStylesRead();
    publishElsewhere(doc.uri, result.elsewhere);
    return { findings: [], diagnostics: result.diagnostics };
  }

  function publishElsewhere(styleUri: string, problems: Map<string, StyleProblem[]>): void {
    const before = elsewhere.get(styleUri) ?? new Set<string>();
    const now = new Set<string>();
    for (const [file, list] of problems) {
      // An open style file publishes its own diagnostics.
      if (styles.openDocument(file)) continue;
      const uri = pathToUri(file);
      now.add(uri);
      send(uri, list.map(toStyleDiagnostic));
    }
    for (const uri of before) if (!now.has(uri)) send(uri, []);
    if (now.size > 0) elsewhere.set(styleUri, now);
    else elsewhere.delete(styleUri);
  }

  function send(uri: string, diagnostics: Diagnostic[]): void {
    connection.sendDiagnostics({ uri, diagnostics }).catch((e) => log(String(e)));
  }

  return async (doc, state, s) => {
    if (styles.isStyleDocument(doc.uri)) return checkStyleFile(doc, s);
    return checkDraft(doc, state, s);
  };
}

/** The code of the diagnostic that says a check was stopped. */
export const CHECK_STOPPED = 'check-stopped';

function stoppedDiagnostic(reason: string, keptOlder: boolean): Diagnostic {
  const why = /time limit/.test(reason) ? 'it took longer than its time limit' : 'the checker failed';
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: CHECK_STOPPED,
    message:
      `Copydesk stopped checking this draft: ${why}. ` +
      (keptOlder ? 'The problems shown are from the last check that finished.' : 'Its problems are not shown.') +
      ' It is checked again after the next edit.',
  };
}

function tellOnce(state: DocumentState, notice: string): boolean {
  if (state.told.has(notice)) return false;
  state.told.add(notice);
  return true;
}

export function displayName(uri: string): string {
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
