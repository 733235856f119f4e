// Fixes computed when the quick-fix menu asks (spelling suggestions: Finding.pending). A
// diagnostic of the current version and open that carries a pending key is turned back into
// the finding it came from, sent to a lint worker (where the dictionary is) for its fixes, and
// given them in a copy of its data, so that code-actions.ts offers them like any other fix.

import type { CodeActionParams, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/index.js';
import { readDiagnosticData } from './diagnostics.js';

/** The most findings resolved for one request (a selection over a whole, typo-ridden draft). */
const MAX_RESOLVED = 50;

export type Resolver = (findings: Finding[]) => Promise<Finding[]>;

/**
 * `params` with the pending fixes of its fresh diagnostics filled in (a new object; the
 * diagnostics that had none are the same objects). Unchanged when none is pending.
 */
export async function withPendingFixes(params: CodeActionParams, doc: TextDocument, openId: number | undefined, resolve: Resolver): Promise<CodeActionParams> {
  const pending: { index: number; finding: Finding }[] = [];
  params.context.diagnostics.forEach((diagnostic, index) => {
    const data = readDiagnosticData(diagnostic);
    if (!data || data.pending === undefined || data.version !== doc.version || data.open !== openId) return;
    if (typeof diagnostic.code !== 'string' || pending.length >= MAX_RESOLVED) return;
    pending.push({
      index,
      finding: {
        ruleId: diagnostic.code,
        severity: 'information',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        start: doc.offsetAt(diagnostic.range.start),
        end: doc.offsetAt(diagnostic.range.end),
        pending: data.pending,
      },
    });
  });
  if (pending.length === 0) return params;
  const resolved = await resolve(pending.map((p) => p.finding));
  const diagnostics: Diagnostic[] = [...params.context.diagnostics];
  pending.forEach(({ index }, i) => {
    const finding = resolved[i];
    if (!finding) return;
    const data = { ...(diagnostics[index].data as object) } as Record<string, unknown>;
    delete data.pending;
    if (finding.fix) data.fix = finding.fix;
    if (finding.suggestions?.length) data.suggestions = finding.suggestions;
    diagnostics[index] = { ...diagnostics[index], data };
  });
  return { ...params, context: { ...params.context, diagnostics } };
}
