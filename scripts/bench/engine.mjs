// (1) Warm engine time per 1,000 words over the corpus, and (5) the corpus precision: every
// rule, resources loaded, on each article as plain text. One untimed pass warms the JIT and
// gives the findings; the timed passes follow.
//
// The engine is timed as it ships: bundled by esbuild, as in dist/server.js and dist/cli.js,
// not through tsx, whose transform wraps every function the engine makes in a naming helper
// (about a fifth of the time of a check). The bundle goes to a temporary folder, beside a link
// to the build's data folder (dist/data), and is removed after.

import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleSources } from './bundle.mjs';

/** The engine and the resources loader, bundled from the sources; `dispose` removes the bundle. */
export async function bundledEngine(repoRoot) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-engine-'));
  const outfile = join(dir, 'engine.cjs');
  await bundleSources(
    repoRoot,
    "export * from './server/src/engine/index.ts'; export { loadResources } from './server/src/resources.ts';",
    outfile,
  );
  symlinkSync(resolve(repoRoot, 'dist', 'data'), join(dir, 'data'));
  const engine = createRequire(import.meta.url)(outfile);
  return { engine, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function benchEngine(repoRoot, articles, { passes = 3 } = {}) {
  const { engine, dispose } = await bundledEngine(repoRoot);
  try {
    const { lint, severityRank, loadResources } = engine;
    const options = { languageId: 'plaintext', resources: loadResources() };

    const byRule = new Map();
    let findings = 0;
    const information = severityRank('information');
    for (const a of articles) {
      for (const f of lint(a.text, options)) {
        if (severityRank(f.severity) < information) continue;
        findings++;
        byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      }
    }

    const words = articles.reduce((n, a) => n + a.words, 0);
    const passMs = [];
    for (let p = 0; p < passes; p++) {
      const start = performance.now();
      for (const a of articles) lint(a.text, options);
      passMs.push(performance.now() - start);
    }
    return { words, passMs, findings, byRule };
  } finally {
    dispose();
  }
}
