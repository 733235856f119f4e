// (3) Keystroke → diagnostics latency and (4) memory of the language server: dist/server.js
// over stdio (through test/support/lsp-client.ts), pushed diagnostics with debounceMs 0, a
// 10,000-word draft, then single-character edits typed one by one into its middle. Each
// latency runs from sending the didChange to the arrival of the publishDiagnostics for that
// version. `startAfterMs`: a pause between the open's diagnostics and the first edit (the
// reporter finding their place), in which the lint worker warms up (server/src/lsp/warm-up.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { require as tsxRequire } from 'tsx/cjs/api';

const TYPED = 'The minister said on Tuesday that the plan was interally flawed and would be reviewed next year. ';

export async function benchServer(repoRoot, draft, draftPath, { edits = 100, startAfterMs = 0 } = {}) {
  const { LspClient } = tsxRequire(join(repoRoot, 'test/support/lsp-client.ts'), import.meta.url);
  const settings = { debounceMs: 0, maxFileSize: 50_000_000 };
  const client = await LspClient.start({
    serverPath: join(repoRoot, 'dist', 'server.js'),
    initializationOptions: { diagnosticMode: 'push', settings },
    settings: (_scope, section) => (section === 'copydesk' || section === undefined ? settings : null),
    timeoutMs: 30_000,
  });
  try {
    const uri = pathToFileURL(draftPath).href;
    let t0 = performance.now();
    const opened = client.nextDiagnostics(uri, (p) => p.version === 1);
    const doc = client.open(uri, draft, 'newsdraft', 1);
    const openMs = (await opened).at - t0;
    if (startAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, startAfterMs));

    // Type at the start of a paragraph near the middle, as a reporter adding a sentence.
    let offset = draft.indexOf('\n\n', Math.floor(draft.length / 2)) + 2;
    const latencies = [];
    for (let i = 0; i < edits; i++) {
      const version = doc.version + 1;
      const published = client.nextDiagnostics(uri, (p) => p.version === version);
      const at = doc.positionAt(offset);
      t0 = performance.now();
      client.change(uri, [{ range: { start: at, end: at }, text: TYPED[i % TYPED.length] }]);
      latencies.push((await published).at - t0);
      offset++;
    }
    const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { openMs, latencies, rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } finally {
    await client.stop();
  }
}
