// Sources bundled by esbuild as dist/server.js and dist/cli.js are, so that a bench times the
// code as it ships rather than through tsx's transform.
//
//   await bundleSources(repoRoot, "export { lint } from './server/src/engine/index.ts';", outfile);

import { build } from 'esbuild';
import { ESBUILD_TARGET as TARGET } from '../esbuild-target.mjs';

/** Bundles `contents` (export lines, paths relative to the repository) into a CommonJS `outfile`. */
export async function bundleSources(repoRoot, contents, outfile) {
  await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: TARGET,
    outfile,
    logLevel: 'warning',
  });
}
