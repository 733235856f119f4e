// Engine findings → LSP diagnostics. Ranges come from the engine's UTF-16 offsets through
// TextDocument.positionAt, which counts in UTF-16 as LSP's default position encoding does.
// Each diagnostic carries in `data` what its quick fixes need, so code actions are computed
// from the diagnostic alone, and only for the document version it was made for.

import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity, Style } from '../engine/index.js';
import { ruleDocLink } from '../rule-docs.js';

export const SOURCE = 'copydesk';

export { ruleDocUrl } from '../rule-docs.js';

/** The style file lists "Add … to the house style" can write into. */
export type HouseStyleList = 'words' | 'acronyms';

/**
 * Which findings can be answered by adding their word to a house style list, and to which:
 * the general mechanism behind "Add "X" to the house style" (spelling and name rules join
 * here with `words`).
 */
export const HOUSE_STYLE_LISTS: Readonly<Record<string, HouseStyleList>> = {
  'acronym-first-use': 'acronyms',
  spelling: 'words',
  'name-variant': 'words',
};

/** What a Copydesk diagnostic carries in `data`. Offsets are into the text of `version`. */
export interface DiagnosticData {
  version: number;
  /** Which open of the document (server-side id): a reopened one starts its versions afresh. */
  open?: number;
  fix?: Fix;
  suggestions?: Fix[];
  /** The rule's key for fixes computed when the quick-fix menu asks (Finding.pending). */
  pending?: string;
  /** The word "Add to the house style" would add, and where. */
  addToStyle?: { list: HouseStyleList; value: string };
}

/** The longest word offered for the house style (anything longer is not a word). */
const MAX_STYLE_WORD = 100;

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** `style`: the document's house style, whose `url` options send rule links to the desk's own pages. */
export function toDiagnostic(doc: TextDocument, finding: Finding, openId?: number, style?: Style): Diagnostic {
  const data: DiagnosticData = { version: doc.version };
  if (openId !== undefined) data.open = openId;
  if (finding.fix) data.fix = finding.fix;
  if (finding.suggestions?.length) data.suggestions = finding.suggestions;
  if (finding.pending !== undefined) data.pending = finding.pending;
  const list = HOUSE_STYLE_LISTS[finding.ruleId];
  if (list) {
    const value = houseStyleWord(list, doc.getText().slice(finding.start, finding.end));
    if (value) data.addToStyle = { list, value };
  }
  return {
    range: { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocLink(finding.ruleId, style) },
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
  if (data.open !== undefined && !Number.isInteger(data.open)) return undefined;
  const fixes = [data.fix, ...(Array.isArray(data.suggestions) ? data.suggestions : [])].filter((f) => f !== undefined);
  if (!fixes.every(isFix)) return undefined;
  if (data.addToStyle !== undefined && !isStyleWord(data.addToStyle)) return undefined;
  if (data.pending !== undefined && (typeof data.pending !== 'string' || data.pending.length > MAX_STYLE_WORD)) return undefined;
  return data as DiagnosticData;
}

/**
 * The entry a finding's text makes in a house style list, or undefined if it makes none. An
 * acronym loses a plural or possessive ending ("GNA's", "MPs" → "GNA", "MP").
 */
export function houseStyleWord(list: HouseStyleList, text: string): string | undefined {
  let value = text.trim();
  if (list === 'acronyms') {
    const m = /^([A-Z][A-Z0-9&]*[A-Z0-9])(?:['’]?s)?$/.exec(value);
    if (!m) return undefined;
    value = m[1];
  }
  return value.length > 0 && value.length <= MAX_STYLE_WORD && !/[\r\n]/.test(value) ? value : undefined;
}

function isStyleWord(value: unknown): value is { list: HouseStyleList; value: string } {
  if (!value || typeof value !== 'object') return false;
  const v = value as { list?: unknown; value?: unknown };
  return (v.list === 'words' || v.list === 'acronyms') && typeof v.value === 'string' && houseStyleWord(v.list, v.value) === v.value;
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
