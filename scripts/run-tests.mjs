// `npm test`: runs every *.test.ts under server/src and test/ (not test/e2e) with node's test
// runner. A script because Node 20's `--test` does not expand glob patterns itself.

import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const skip = new Set(['node_modules', 'e2e', 'fixtures', 'dist', 'out']);

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return skip.has(e.name) ? [] : find(join(dir, e.name));
    return e.name.endsWith('.test.ts') ? [relative(root, join(dir, e.name))] : [];
  });
}

const files = [...find(join(root, 'server/src')), ...find(join(root, 'test'))].sort();
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...selected], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
