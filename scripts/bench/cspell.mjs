// Whole-process time against cspell 9 (issue 7: Copydesk, spelling on, at most 0.2× of
// cspell's wall time on the same text): `copydesk FILE` and `cspell lint FILE`, each spawned
// from scratch, output discarded, median of a few runs, on one article and on one file of
// 1,000,000 words. cspell is a devDependency used only here; its defaults (en_US and its
// bundled dictionaries; it stops a file at 10,000 issues), no cache, no progress lines.

import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

function timeCommand(args, runs, cwd) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - start);
    if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} exited with ${r.status ?? r.signal}: ${r.stderr.slice(0, 500)}`);
  }
  return median(times);
}

/** [{label, copydeskMs, cspellMs}] for each {label, file, runs}. */
export function benchAgainstCspell(repoRoot, cases) {
  const copydesk = join(repoRoot, 'bin', 'copydesk.js');
  const cspell = join(repoRoot, 'node_modules', 'cspell', 'bin.mjs');
  return cases.map((c) => ({
    label: c.label,
    copydeskMs: timeCommand([copydesk, '--max-file-size', '100000000', c.file], c.runs, repoRoot),
    // From the file's own folder: cspell checks no file outside the folder it runs in (it
    // reported "Files checked: 0" for a path in the system's temporary folder).
    cspellMs: timeCommand([cspell, 'lint', '--no-progress', '--no-summary', '--no-cache', basename(c.file)], c.runs, dirname(c.file)),
  }));
}
