// Where the end-to-end tests find the repository, the tools that scripts/install-e2e-deps.sh
// installs, and a scratch folder of their own.

import { existsSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

// tsx runs these files as CommonJS (package.json has no "type": "module").
export const REPO_ROOT = join(__dirname, '..', '..');

export const CODE_SERVER_VERSION = '4.100.3';

/** Same rule as scripts/install-e2e-deps.sh. */
export const E2E_CACHE =
  process.env.COPYDESK_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'copydesk-e2e');

export const CODE_SERVER_ENTRY = join(
  E2E_CACHE,
  `code-server-${CODE_SERVER_VERSION}`,
  'node_modules/code-server/out/node/entry.js',
);

export const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
export const NVIM = process.env.COPYDESK_NVIM ?? '/usr/bin/nvim';

/** Throws with the fix when a tool the e2e tests need is missing. */
export function requireTool(path: string, what: string): void {
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}: run \`bash scripts/install-e2e-deps.sh\` first`);
  }
}

/** A fresh temporary folder; callers remove it when done. */
export function scratchDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `copydesk-e2e-${label}-`));
}
