// Where each rule's page is. The pages ship with the bundles (the build copies docs/rules/*.md
// to dist/docs/rules/), so the editor's links (a diagnostic's codeDescription, the hover, "Show
// documentation for <rule>") point at the file on disk and open offline, in any editor. A
// newsroom can point a rule's links at its own style guide instead, with the rule's `url`
// option in the style file. The CLI's SARIF keeps the repository's address (ruleDocUrl): it is
// read on a CI server, not on the machine that ran the check. No dependencies beyond Node, so
// that the CLI bundle can use it without bringing in the language server's libraries.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Style } from './engine/types.js';

/** The option of every rule that sends its links to the desk's own page (style file `rules`). */
export const RULE_URL_OPTION = 'url';

/** The page's address in the repository. */
export function ruleDocUrl(ruleId: string): string {
  return `https://github.com/copydesk/copydesk/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

let docsDir: string | null | undefined;

/** dist/docs/rules beside the bundle; docs/rules of the repository when run from source. */
function bundledDocsDir(): string | undefined {
  docsDir ??= [join(__dirname, 'docs', 'rules'), join(__dirname, '..', '..', 'docs', 'rules')].find((d) => existsSync(d)) ?? null;
  return docsDir ?? undefined;
}

const bundledPages = new Map<string, string | undefined>();

/** The file: URL of the rule's page shipped with the bundle, if there is one. */
export function bundledRuleDoc(ruleId: string): string | undefined {
  if (!bundledPages.has(ruleId)) {
    const dir = bundledDocsDir();
    const file = dir !== undefined && /^[a-z0-9-]+$/.test(ruleId) ? join(dir, `${ruleId}.md`) : undefined;
    bundledPages.set(ruleId, file !== undefined && existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return bundledPages.get(ruleId);
}

/** Whether a `url` option is an address Copydesk links to: an absolute http(s) URL. */
export function isRuleUrl(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const { protocol, host } = new URL(value);
    return (protocol === 'https:' || protocol === 'http:') && host !== '';
  } catch {
    return false;
  }
}

/** The style's own page for the rule (`rules: { id: [severity, { url }] }`), if it names one. */
export function styleRuleUrl(style: Style | undefined, ruleId: string): string | undefined {
  const setting = style?.rules?.[ruleId];
  const url = Array.isArray(setting) ? setting[1]?.[RULE_URL_OPTION] : undefined;
  return isRuleUrl(url) ? url : undefined;
}

/** The link for a rule in the editor: the style's page, else the bundled page, else the repository's. */
export function ruleDocLink(ruleId: string, style?: Style): string {
  return styleRuleUrl(style, ruleId) ?? bundledRuleDoc(ruleId) ?? ruleDocUrl(ruleId);
}
