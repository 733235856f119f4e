// Builds everything that runs: the client, server and CLI bundles (esbuild) and the data
// files the rules read (dist/data). Run by `npm ci` (prepare), `npm test` (pretest) and
// `npm run package`.

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(root, 'dist');
const production = process.argv.includes('--production');

mkdirSync(join(dist, 'data'), { recursive: true });
buildMisspellings();
for (const f of ['known-acronyms.txt', 'compound-names.txt']) copyFileSync(join(root, 'server/data', f), join(dist, 'data', f));
copyCompanies();

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
]);

/**
 * @cspell/dict-en-common-misspellings (CC BY-SA 4.0) as "wrong<TAB>right1,right2" lines, with
 * its licence beside it. Only the general English list: the en-GB and en-US lists flag the
 * other locale's spellings, which is the dialect rule's business.
 */
function buildMisspellings() {
  const pkgDir = dirname(require.resolve('@cspell/dict-en-common-misspellings/cspell-ext.json'));
  const json = JSON.parse(readFileSync(join(pkgDir, 'dict/dict-en.json'), 'utf8'));
  const entries = new Map();
  for (const def of json.dictionaryDefinitions) {
    for (const entry of [...(def.flagWords ?? []), ...(def.suggestWords ?? [])]) {
      const [wrong, right] = entry.split('->');
      if (!wrong || !right) continue;
      const fixes = right.split(',').map((s) => s.trim()).filter(Boolean);
      entries.set(wrong.trim().toLowerCase(), fixes.join(','));
    }
  }
  // One line per misspelling (a later entry wins), sorted by it: resources.ts binary-searches
  // the file instead of parsing it (server/src/sorted-word-map.ts).
  const keys = [...entries.keys()].sort();
  const lines = keys.map((k) => `${k}\t${entries.get(k)}`);
  writeFileSync(join(dist, 'data/misspellings.tsv'), lines.join('\n') + '\n');
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(dist, 'data/misspellings.LICENSE.txt'),
    `misspellings.tsv is generated from @cspell/dict-en-common-misspellings ${version}\n` +
      `(https://github.com/streetsidesoftware/cspell-dicts), licensed under CC BY-SA 4.0.\n` +
      `Changes: converted to one "misspelling<TAB>corrections" line per entry.\n\n` +
      readFileSync(join(pkgDir, 'LICENSE'), 'utf8'),
  );
}

/** @cspell/dict-companies (MIT): company and brand names, kept with their capitals. */
function copyCompanies() {
  const pkgDir = dirname(require.resolve('@cspell/dict-companies/cspell-ext.json'));
  const names = readFileSync(join(pkgDir, 'dict/companies.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  writeFileSync(join(dist, 'data/companies.txt'), names.join('\n') + '\n');
  writeFileSync(
    join(dist, 'data/companies.LICENSE.txt'),
    'companies.txt is copied from @cspell/dict-companies (https://github.com/streetsidesoftware/cspell-dicts).\n\n' +
      readFileSync(join(pkgDir, 'LICENSE'), 'utf8'),
  );
}
