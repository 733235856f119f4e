// Hover over a finding: what the rule is about (its explanation), the finding's message and a
// link to the rule's page.

import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, findRule } from '../engine/index.js';
import { ruleDocUrl } from './diagnostics.js';

/** Findings covering `offset` (a zero-width finding covers the offset it sits at). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => (f.start === f.end ? offset === f.start : f.start <= offset && offset < f.end));
}

export function hoverFor(doc: TextDocument, findings: readonly Finding[], offset: number, markdown: boolean): Hover | null {
  const hits = findingsAt(findings, offset);
  if (hits.length === 0) return null;
  const parts = hits.map((f) => (markdown ? markdownPart(f) : plainPart(f)));
  const start = Math.min(...hits.map((f) => f.start));
  const end = Math.max(...hits.map((f) => f.end));
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}

function markdownPart(f: Finding): string {
  const explanation = findRule(f.ruleId)?.meta.explanation;
  return [
    `**${escapeMarkdown(f.message)}**`,
    ...(explanation ? [escapeMarkdown(explanation)] : []),
    `Copydesk rule [\`${f.ruleId}\`](${ruleDocUrl(f.ruleId)})`,
  ].join('\n\n');
}

function plainPart(f: Finding): string {
  const explanation = findRule(f.ruleId)?.meta.explanation;
  return [f.message, ...(explanation ? [explanation] : []), `Copydesk rule ${f.ruleId}: ${ruleDocUrl(f.ruleId)}`].join('\n\n');
}

/**
 * Messages quote the writer's text, which must not turn into Markdown (or HTML) in the hover.
 * Each part is one paragraph starting with a letter or "**", so list and heading markers at
 * the start of a line cannot arise; what is left to neutralise is inline syntax.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}
