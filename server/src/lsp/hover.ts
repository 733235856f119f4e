// Hover over a finding: why the rule asks for the change (the first sentence of its
// explanation) and a link to the rule's page. Not the finding's message: editors show it with
// the diagnostic (VS Code right above the hover), so it would be said twice.

import { type Hover, MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Finding, findRule, type Style } from '../engine/index.js';
import { ruleDocLink, styleRuleUrl } from '../rule-docs.js';

/** Findings covering `offset` (a zero-width finding covers the offset it sits at). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => (f.start === f.end ? offset === f.start : f.start <= offset && offset < f.end));
}

/** `style`: the document's house style (a rule's `url` option replaces the link to its page). */
export function hoverFor(doc: TextDocument, findings: readonly Finding[], offset: number, markdown: boolean, style?: Style): Hover | null {
  const hits = findingsAt(findings, offset);
  if (hits.length === 0) return null;
  // One part per rule: two findings of one rule at one place have the same why.
  const rules = [...new Set(hits.map((f) => f.ruleId))];
  const parts = rules.map((id) => (markdown ? markdownPart(id, style) : plainPart(id, style)));
  const start = Math.min(...hits.map((f) => f.start));
  const end = Math.max(...hits.map((f) => f.end));
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
  };
}

function markdownPart(ruleId: string, style: Style | undefined): string {
  const why = ruleWhy(ruleId);
  // Parentheses would end the Markdown link early.
  const href = ruleDocLink(ruleId, style).replace(/\(/g, '%28').replace(/\)/g, '%29');
  const link = styleRuleUrl(style, ruleId)
    ? `Copydesk rule \`${ruleId}\`: [the desk's style guide](${href})`
    : `Copydesk rule [\`${ruleId}\`](${href})`;
  return [...(why ? [markdownText(why)] : []), link].join('\n\n');
}

function plainPart(ruleId: string, style: Style | undefined): string {
  const why = ruleWhy(ruleId);
  return [...(why ? [why] : []), `Copydesk rule ${ruleId}: ${ruleDocLink(ruleId, style)}`].join('\n\n');
}

/** Over this length a first sentence is cut at its colon: what follows is the list of cases. */
const LONG_SENTENCE = 160;

/**
 * One line of why: the first sentence of the rule's explanation. A full stop, question or
 * exclamation mark ends it only outside quotation marks, brackets and code, and only before a
 * space and a capital letter or quotation mark (or the end), so "e.g. the" and "(US, UN …)"
 * do not. A very long sentence is cut at its first colon, the same way.
 */
export function firstSentence(text: string): string {
  let depth = 0;
  let quoted = false;
  let code = false;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`') code = !code;
    if (code) continue;
    if (c === '"') quoted = !quoted;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (quoted || depth > 0) continue;
    if (c === ':' && colon < 0 && text[i + 1] === ' ') colon = i;
    if ((c === '.' || c === '?' || c === '!') && (i + 1 === text.length || /^\s+["“‘(\p{Lu}]/u.test(text.slice(i + 1, i + 4)))) {
      const sentence = text.slice(0, i + 1);
      return sentence.length > LONG_SENTENCE && colon > 0 ? `${text.slice(0, colon)}.` : sentence;
    }
  }
  return text.length > LONG_SENTENCE && colon > 0 ? `${text.slice(0, colon)}.` : text;
}

function ruleWhy(ruleId: string): string | undefined {
  const explanation = findRule(ruleId)?.meta.explanation;
  return explanation ? firstSentence(explanation.trim()) : undefined;
}

/** The rule's own text as Markdown: its `code` spans kept, everything else literal. */
function markdownText(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
    .join('');
}

/**
 * Text that must not turn into Markdown (or HTML) in the hover. Each part is one paragraph
 * starting with a letter, so list and heading markers at the start of a line cannot arise;
 * what is left to neutralise is inline syntax.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}
