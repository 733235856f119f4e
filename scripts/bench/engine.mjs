// (1) Warm engine time per 1,000 words over the corpus, and (5) the corpus precision: every
// rule, resources loaded, on each article as plain text. One untimed pass warms the JIT and
// gives the findings; the timed passes follow.

import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { require as tsxRequire } from 'tsx/cjs/api';

export function benchEngine(repoRoot, articles, { passes = 3 } = {}) {
  const { lint, severityRank } = tsxRequire(join(repoRoot, 'server/src/engine/index.ts'), import.meta.url);
  const { loadResources } = tsxRequire(join(repoRoot, 'server/src/resources.ts'), import.meta.url);
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
}
