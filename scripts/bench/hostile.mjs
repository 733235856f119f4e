// Hostile-input bench (issue 10): for each generator of test/support/hostile-inputs.ts, the
// whole-process CLI time and peak memory at 100 KB, 400 KB and 1.6 MB (and the news line at
// 5 MB), with the growth exponent: log4 of the time ratio per ×4 size, so 1.0 is linear and
// 2.0 quadratic. Not a test: nothing fails; a run over the cap is shown as "> cap".
//
//   node scripts/bench/hostile.mjs [--cap 60] [--runs 1] [--only substring] [--no-build] [--cli dist/cli.js]
//
// Each run spawns `node dist/cli.js --max-file-size 100000000 --format json FILE` with a
// preload that records the process's own peak RSS (process.resourceUsage().maxRSS) at exit.
// The exponent is computed on the time above the CLI's start-up (a tiny file's time), which
// otherwise flattens the small sizes; the raw ratio is printed beside it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fmt, median, printTable } from './stats.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    cap: { type: 'string', default: '60' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    sizes: { type: 'string', default: '100000,400000,1600000' },
    cli: { type: 'string' },
  },
});
const capMs = Number(values.cap) * 1000;
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes.split(',').map(Number);
const log = (s) => process.stderr.write(`hostile bench: ${s}\n`);

if (!values['no-build']) {
  log('building…');
  const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('hostile bench: the build failed; fix it and run again.');
    process.exit(1);
  }
}

const { tsImport } = await import('tsx/esm/api');
const { HOSTILE_GENERATORS } = await tsImport(pathToFileURL(join(repoRoot, 'test', 'support', 'hostile-inputs.ts')).href, import.meta.url);

// --cli measures another build (say, a copy of dist/ from before a change).
const cli = values.cli ?? join(repoRoot, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));
const preload = join(tmp, 'max-rss.cjs');
writeFileSync(
  preload,
  `process.on('exit', () => require('node:fs').writeFileSync(process.env.HOSTILE_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
);

/** One CLI run: wall ms (or Infinity past the cap), peak RSS in MB, exit code. */
function runOnce(file) {
  const rssFile = join(tmp, 'rss.txt');
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, cli, '--max-file-size', '100000000', '--format', 'json', file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: capMs,
    killSignal: 'SIGKILL',
    env: { ...process.env, HOSTILE_RSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  if (r.error || r.signal) return { ms: Infinity, mb: NaN, code: r.signal ?? String(r.error) };
  const mb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  const code = r.status;
  if (code !== 0 && code !== 1) log(`exit ${code} on ${file}: ${r.stderr.trim().split('\n').slice(-1)[0]}`);
  return { ms, mb, code };
}

function measure(file) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = runOnce(file);
    results.push(r);
    if (r.ms === Infinity) break; // one run past the cap is enough
  }
  const ms = median(results.map((r) => r.ms));
  const known = results.map((r) => r.mb).filter((x) => !Number.isNaN(x));
  const mb = known.length > 0 ? Math.max(...known) : NaN;
  return { ms, mb, code: results[results.length - 1].code };
}

const startupFile = join(tmp, 'tiny.txt');
writeFileSync(startupFile, 'A short draft.\n');
const startupMs = median([0, 1, 2].map(() => runOnce(startupFile).ms));
log(`CLI start-up ${fmt(startupMs, 0)} ms`);

const seconds = (ms) => (ms === Infinity ? `> ${fmt(capMs / 1000, 0)} s` : `${fmt(ms / 1000, 2)} s`);
const exponent = (a, b, base) => {
  if (a === Infinity || b === Infinity) return '—';
  const x = Math.max(a - base, 1);
  const y = Math.max(b - base, 1);
  return fmt(Math.log(y / x) / Math.log(4), 2);
};

const rows = [['generator', 'size', 'time', 'peak MB', 'exit', 'exp (above start-up)', 'exp (raw)']];
try {
  for (const g of HOSTILE_GENERATORS) {
    if (values.only && !g.name.includes(values.only)) continue;
    const genSizes = g.name === 'news text on one line' ? [...sizes, 5_000_000] : sizes;
    let prev;
    let skip = false;
    for (const size of genSizes) {
      if (skip) {
        rows.push([g.name, `${fmt(size / 1000, 0)} KB`, 'skipped (smaller size past the cap)', '', '', '', '']);
        continue;
      }
      log(`${g.name} at ${fmt(size / 1000, 0)} KB…`);
      const { text } = g.make(size);
      const file = join(tmp, `input${g.extension}`);
      writeFileSync(file, text);
      const m = measure(file);
      const ratio = prev && size === prev.size * 4;
      rows.push([
        g.name,
        `${fmt(size / 1000, 0)} KB`,
        seconds(m.ms),
        Number.isNaN(m.mb) ? '—' : fmt(m.mb, 0),
        String(m.code),
        ratio ? exponent(prev.ms, m.ms, startupMs) : '',
        ratio ? exponent(prev.ms, m.ms, 0) : '',
      ]);
      prev = { size, ms: m.ms };
      if (m.ms === Infinity) skip = true;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(
  `\nCopydesk hostile-input bench · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}` +
    ` · load average ${fmt(loadavg()[0], 1)} · cap ${fmt(capMs / 1000, 0)} s · ${runs} run(s) each, median · start-up ${fmt(startupMs, 0)} ms\n`,
);
printTable(rows);
