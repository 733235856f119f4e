// Compiles the extension-host suite (client/src/test/) to CommonJS in out/client-test/, one
// bundle per file: index.js (the entry VS Code loads) and one per *.test.ts. `vscode` and
// `mocha` stay external: the first is provided by the extension host, the second is required
// from node_modules at run time.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './paths.js';

export const SUITE_SOURCE = join(REPO_ROOT, 'client/src/test');
export const SUITE_OUT = join(REPO_ROOT, 'out/client-test');
export const SUITE_ENTRY = join(SUITE_OUT, 'index.js');

export async function buildSuite(): Promise<string> {
  const entryPoints = readdirSync(SUITE_SOURCE)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => join(SUITE_SOURCE, f));
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_ENTRY;
}

if (require.main === module) {
  buildSuite().then((entry) => console.log(`built ${entry}`));
}
