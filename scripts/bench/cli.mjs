// (2) Whole-process time of `node bin/copydesk.js FILE`: wall time from spawn to exit (output
// discarded) and the process's CPU time, each the median of a few runs. The joined corpus
// files are written to the system's temporary folder.

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

const CPU_PRELOAD = fileURLToPath(new URL('./cpu-usage.cjs', import.meta.url));

export function timeCli(repoRoot, file, { runs, extraArgs = [], tmp }) {
  const bin = join(repoRoot, 'bin', 'copydesk.js');
  const cpuFile = join(tmp, 'cpu.txt');
  rmSync(cpuFile, { force: true });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['-r', CPU_PRELOAD, bin, ...extraArgs, file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, COPYDESK_BENCH_CPU_FILE: cpuFile },
    });
    times.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`copydesk exited with ${r.status ?? r.signal} on ${file}: ${r.stderr}`);
    }
  }
  const cpu = readFileSync(cpuFile, 'utf8').trim().split('\n').map(Number);
  return { wallMs: median(times), cpuMs: median(cpu) };
}

export function writeJoined(dir, name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}
