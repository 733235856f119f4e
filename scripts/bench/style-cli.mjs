// The cost of a newsroom-sized house style on the command line (issue 6): whole-process time
// of `copydesk` over a temporary copy of the 1,297 corpus articles, with the built-in style and
// with `--config newsroom.yaml` (scripts/bench/style-newsroom.mjs: 10,000 terms, 2,000
// entities, 5,000 words), run alternately so that a busy machine slows both alike; the figure
// is the ratio of the medians (target ≤ 1.3×). Also the whole-process time of
// `--print-config` with each style, whose difference is what reading, validating and merging
// the newsroom style costs the CLI.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { corpusDir } from './corpus.mjs';
import { median } from './stats.mjs';
import { newsroomStyle } from './style-newsroom.mjs';

const CPU_PRELOAD = fileURLToPath(new URL('./cpu-usage.cjs', import.meta.url));

/**
 * @param articles  loadCorpus()'s list ({path, text})
 * @param tmp       a scratch folder, removed by the caller
 */
export function benchStyleCli(repoRoot, articles, tmp, { runs = 5 } = {}) {
  // The copy keeps the corpus's sections; no .copydesk.yaml is above the temporary folder, so
  // the run without --config uses the built-in style (the search to the root still happens).
  const corpus = join(tmp, 'style-corpus');
  const source = corpusDir(repoRoot);
  for (const a of articles) {
    const target = join(corpus, relative(source, a.path));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, a.text);
  }
  const styleDir = join(tmp, 'newsroom');
  mkdirSync(styleDir, { recursive: true });
  const { yaml, counts } = newsroomStyle();
  const styleFile = join(styleDir, 'newsroom.yaml');
  writeFileSync(styleFile, yaml);

  const cpuFile = join(tmp, 'style-cpu.txt');
  const one = (args) => {
    rmSync(cpuFile, { force: true });
    const start = performance.now();
    const r = spawnSync(process.execPath, ['-r', CPU_PRELOAD, join(repoRoot, 'bin', 'copydesk.js'), ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, COPYDESK_BENCH_CPU_FILE: cpuFile },
    });
    const wallMs = performance.now() - start;
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`copydesk ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${r.stderr.slice(0, 2000)}`);
    }
    return { wallMs, cpuMs: Number(readFileSync(cpuFile, 'utf8').trim()) };
  };
  const alternate = (a, b) => {
    const ra = [];
    const rb = [];
    one(a); // warm the file-system cache for both
    for (let i = 0; i < runs; i++) {
      ra.push(one(a));
      rb.push(one(b));
    }
    const summary = (rs) => ({ wallMs: median(rs.map((r) => r.wallMs)), cpuMs: median(rs.map((r) => r.cpuMs)) });
    return [summary(ra), summary(rb)];
  };

  const [builtIn, newsroom] = alternate([corpus], ['--config', styleFile, corpus]);
  const probe = join(corpus, relative(source, articles[0].path));
  const [printBuiltIn, printNewsroom] = alternate(['--print-config', probe], ['--config', styleFile, '--print-config', probe]);
  return { counts, styleBytes: Buffer.byteLength(yaml), runs, files: articles.length, builtIn, newsroom, printBuiltIn, printNewsroom };
}
