// `npm run package`: production bundles (esbuild, minified, no source maps), then
// copydesk-<version>.vsix with @vscode/vsce. The bundles hold every dependency, so vsce is
// told not to collect node_modules; .vscodeignore decides what else ships.

import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vsce = require('@vscode/vsce');

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packagePath = join(root, `copydesk-${version}.vsix`);
await vsce.createVSIX({ cwd: root, packagePath, dependencies: false });

// vsce has printed the file tree; the exact size is what the release notes quote.
console.log(`${relative(process.cwd(), packagePath)}: ${statSync(packagePath).size} bytes`);
