// Engine findings → LSP diagnostics. Ranges come from the engine's UTF-16 offsets through
// TextDocument.positionAt, which counts in UTF-16 as LSP's default position encoding does.
// Each diagnostic carries in `data` what its quick fixes need, so code actions are computed
// from the diagnostic alone, and only for the document version it was made for.

import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity } from '../engine/index.js';

export const SOURCE = 'copydesk';

export function ruleDocUrl(ruleId: string): string {
  return `https://github.com/copydesk/copydesk/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/** What a Copydesk diagnostic carries in `data`. Offsets are into the text of `version`. */
export interface DiagnosticData {
  version: number;
  fix?: Fix;
  suggestions?: Fix[];
}

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

export function toDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { version: doc.version };
  if (finding.fix) data.fix = finding.fix;
  if (finding.suggestions?.length) data.suggestions = finding.suggestions;
  return {
    range: { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
}

/**
 * Reads back the data of a diagnostic the client sent (so: untrusted). Returns undefined for
 * another source's diagnostic or a malformed one.
 */
export function readDiagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | null | undefined;
  if (!data || typeof data !== 'object' || !Number.isInteger(data.version)) return undefined;
  const fixes = [data.fix, ...(Array.isArray(data.suggestions) ? data.suggestions : [])].filter((f) => f !== undefined);
  if (!fixes.every(isFix)) return undefined;
  return data as DiagnosticData;
}

function isFix(value: unknown): value is Fix {
  if (!value || typeof value !== 'object') return false;
  const fix = value as Partial<Fix>;
  return (
    typeof fix.title === 'string' &&
    Array.isArray(fix.edits) &&
    fix.edits.every(
      (e) =>
        e !== null &&
        typeof e === 'object' &&
        Number.isInteger(e.start) &&
        Number.isInteger(e.end) &&
        e.start >= 0 &&
        e.start <= e.end &&
        typeof e.newText === 'string',
    )
  );
}
