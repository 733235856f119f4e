// (2) Whole-process wall time of `node bin/copydesk.js FILE`: spawn to exit, output discarded,
// median of a few runs. The joined corpus files are written to the system's temporary folder.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

export function timeCli(repoRoot, file, { runs, extraArgs = [] }) {
  const bin = join(repoRoot, 'bin', 'copydesk.js');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, [bin, ...extraArgs, file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    times.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`copydesk exited with ${r.status ?? r.signal} on ${file}: ${r.stderr}`);
    }
  }
  return { medianMs: median(times), times };
}

export function writeJoined(dir, name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
