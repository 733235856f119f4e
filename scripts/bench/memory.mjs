// Peak memory on a 20 MB draft (issue 10: ≤ 300 MB in the CLI and in the server), with the
// size limit raised: the corpus joined into one file, checked by the CLI as a process and
// opened in the language server (push mode) until its first diagnostics arrive. Peak RSS is
// the process's VmHWM (the server's lint workers are threads of the same process).
//
//   node --import tsx scripts/bench/memory.mjs [--mb 20]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { require as tsxRequire } from 'tsx/cjs/api';
import { joinArticles, loadCorpus } from './corpus.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const mbArg = process.argv.indexOf('--mb');
const megabytes = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 20;
const { LspClient } = tsxRequire(join(repoRoot, 'test/support/lsp-client.ts'), import.meta.url);

const tmp = mkdtempSync(join(tmpdir(), 'copydesk-memory-'));
try {
  const joined = joinArticles(loadCorpus(repoRoot), { minBytes: megabytes * 1_000_000 });
  const file = join(tmp, 'huge.txt');
  writeFileSync(file, joined.text);
  const limit = String(megabytes * 2_000_000);

  // The CLI: a preload prints the process's own peak RSS at exit.
  const preload = join(tmp, 'peak.cjs');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\npeak ${process.resourceUsage().maxRSS}\\n`));\n");
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, ['--require', preload, join(repoRoot, 'dist/cli.js'), '--max-file-size', limit, '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const cliSeconds = (performance.now() - t0) / 1000;
  const cliPeakMb = Number(/peak (\d+)/.exec(cli.stderr)?.[1] ?? NaN) / 1024;

  // The server: open the draft, wait for its diagnostics, read VmHWM.
  const settings = { debounceMs: 0, maxFileSize: Number(limit) };
  const client = await LspClient.start({ initializationOptions: { diagnosticMode: 'push', settings }, settings: () => settings, timeoutMs: 120_000 });
  const uri = pathToFileURL(file).href;
  const t1 = performance.now();
  const published = client.nextDiagnostics(uri, (p) => p.version === 1);
  client.open(uri, joined.text, 'plaintext', 1);
  await published;
  const serverSeconds = (performance.now() - t1) / 1000;
  const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
  const serverPeakMb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) / 1024;
  await client.stop();

  const words = joined.words.toLocaleString('en-GB');
  console.log(`draft: ${megabytes} MB of corpus text (${words} words), size limit raised`);
  console.log(`CLI (json):   ${cliSeconds.toFixed(2)} s, peak ${cliPeakMb.toFixed(0)} MB   (target ≤ 300 MB; exit ${cli.status})`);
  console.log(`server (push): ${serverSeconds.toFixed(2)} s to diagnostics, peak ${serverPeakMb.toFixed(0)} MB   (target ≤ 300 MB)`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
