// `npm run test:pack`: the package as npm would publish it, installed and run. `npm pack` (which
// builds through `prepare`) into a temporary folder, `npm install -g --prefix <tmp>` of that
// tarball with no network (the bundles hold every dependency, so there is nothing to fetch),
// then the installed bins from a folder outside the repository:
// - `copydesk` on a draft with a typo: a finding and exit 1; --version; --stdin --fix;
// - `copydesk-language-server --stdio`: an LSP initialize answered, then shutdown and exit.
// Also checks what the tarball holds: the bins, both bundles, the word lists with their licence
// notices, README and LICENSE, and no sources, tests or source maps.
// `--keep` leaves the temporary folder for a look.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';
const tmp = mkdtempSync(join(tmpdir(), 'copydesk-pack-'));
const prefix = join(tmp, 'prefix');
// The node running this script first on PATH: the bins' `#!/usr/bin/env node` finds it.
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
delete env.NODE_PATH;
const failures = [];

function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', env, timeout: 300_000, shell: windows, ...options });
  if (r.error) throw r.error;
  return r;
}

try {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  check(!pkg.private, 'package.json is not private (npm publish would refuse it)');
  const dependencies = Object.keys(pkg.dependencies ?? {});
  check(dependencies.length === 0, `no runtime dependencies to install, everything is bundled (found: ${dependencies.join(', ') || 'none'})`);

  // 1. The tarball, built as `npm publish` builds it (prepare runs the build).
  const packed = run(npm, ['pack', '--pack-destination', tmp, '--no-fund'], { cwd: root });
  if (packed.status !== 0) throw new Error(`npm pack failed (${packed.status}):\n${packed.stderr}`);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${tmp}:\n${packed.stdout}${packed.stderr}`);
  console.log(`packed ${tarball}`);

  // 2. Installed globally into a temporary prefix, offline: only the tarball is read.
  const installed = run(
    npm,
    ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'npm-cache'), join(tmp, tarball)],
    { cwd: tmp },
  );
  if (installed.status !== 0) throw new Error(`npm install -g of the tarball failed (${installed.status}):\n${installed.stderr}`);
  const pkgDir = windows ? join(prefix, 'node_modules', 'copydesk') : join(prefix, 'lib', 'node_modules', 'copydesk');
  const binDir = windows ? prefix : join(prefix, 'bin');
  const bin = (name) => join(binDir, windows ? `${name}.cmd` : name);

  const files = listFiles(pkgDir);
  for (const f of ['bin/copydesk.js', 'bin/copydesk-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/lint-worker.js', 'README.md', 'LICENSE', 'package.json']) {
    check(files.includes(f), `the package holds ${f}`);
  }
  const data = files.filter((f) => f.startsWith('dist/data/'));
  const lists = data.filter((f) => /\.(tsv|txt|words)$/.test(f) && !f.endsWith('.LICENSE.txt'));
  check(lists.length > 0, `the package holds the word lists (${lists.length} in dist/data)`);
  check(files.includes('dist/docs/rules/spelling.md'), 'the package holds the rule pages the server links to (dist/docs/rules)');
  for (const notice of ['misspellings', 'companies', 'dictionary', 'word-frequency', 'dialect-pairs']) {
    check(data.includes(`dist/data/${notice}.LICENSE.txt`), `the package holds the licence notice dist/data/${notice}.LICENSE.txt`);
  }
  const stray = files.filter((f) => /^(server|client|test|scripts|examples|docs|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
  check(stray.length === 0, `no sources, tests or source maps in the package${stray.length ? `: ${stray.slice(0, 5).join(', ')}` : ''}`);

  // 3. The CLI, from a folder that is not the repository (nothing to find there by accident).
  const work = join(tmp, 'work');
  mkdirSync(work);
  writeFileSync(join(work, 'story.txt'), 'Officials met on Tuesday.\nThe council is interally divided over the plan.\n');
  const cli = run(bin('copydesk'), ['story.txt'], { cwd: work });
  check(cli.status === 1, `copydesk story.txt exits 1 on a finding (got ${cli.status}${cli.stderr ? `; stderr: ${cli.stderr.trim()}` : ''})`);
  check(/2:16 +warning +"interally" is a misspelling of "internally"\. +misspelling/.test(cli.stdout), 'copydesk reports the typo with its position and rule');
  const version = run(bin('copydesk'), ['--version'], { cwd: work });
  check(version.stdout === `${pkg.version}\n`, `copydesk --version prints ${pkg.version} (got ${JSON.stringify(version.stdout)})`);
  const piped = run(bin('copydesk'), ['--stdin', '--stdin-filename', 'piped.md', '--fix'], { cwd: work, input: 'It was interally agreed.\n' });
  check(piped.stdout === 'It was internally agreed.\n' && piped.status === 0, `copydesk --stdin --fix prints the fixed text (got ${JSON.stringify(piped.stdout)}, exit ${piped.status})`);

  // 4. The language server over stdio: initialize answered, then shutdown and exit.
  const lsp = await languageServer(bin('copydesk-language-server'), work);
  check(lsp.initialized, `copydesk-language-server answers initialize${lsp.capabilities ? ` (${lsp.capabilities.join(', ')})` : ''}`);
  check(lsp.shutdown, 'copydesk-language-server answers shutdown');
  check(lsp.exitCode === 0, `copydesk-language-server exits 0 on exit (got ${lsp.exitCode}${lsp.stderr ? `; stderr: ${lsp.stderr.trim()}` : ''})`);
} catch (err) {
  failures.push(err instanceof Error ? err.message : String(err));
  console.error(`FAIL ${failures.at(-1)}`);
} finally {
  if (keep) console.log(`left in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`test:pack: ${failures.length} failed`);
  process.exit(1);
}
console.log('test:pack: the installed package works');

/** Paths of the files under `dir`, relative to it, with forward slashes. */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) visit(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

/** Starts the server, says initialize, initialized, shutdown and exit, and reports what came back. */
function languageServer(command, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, ['--stdio'], { cwd, env, shell: windows, stdio: ['pipe', 'pipe', 'pipe'] });
    const result = { initialized: false, shutdown: false, capabilities: undefined, exitCode: null, stderr: '' };
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const timer = setTimeout(() => {
      result.stderr += '(no answer within 30 s; killed)';
      child.kill();
    }, 30_000);
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd === -1) return;
        const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (!(buffer.length >= headerEnd + 4 + length)) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1 && message.result?.capabilities) {
          result.initialized = true;
          result.capabilities = Object.keys(message.result.capabilities).sort();
          send({ method: 'initialized', params: {} });
          send({ id: 2, method: 'shutdown' });
        } else if (message.id === 2 && 'result' in message) {
          result.shutdown = true;
          send({ method: 'exit' });
        } else if (message.id !== undefined && message.method !== undefined) {
          // A request from the server (workspace/configuration, registerCapability): answer it empty.
          send({ id: message.id, result: message.method === 'workspace/configuration' ? (message.params?.items ?? []).map(() => null) : null });
        }
      }
    });
    child.stderr.on('data', (chunk) => (result.stderr += chunk));
    child.on('error', (err) => (result.stderr += String(err)));
    child.on('close', (code) => {
      clearTimeout(timer);
      result.exitCode = code;
      resolve(result);
    });
    send({
      id: 1,
      method: 'initialize',
      params: { processId: process.pid, rootUri: null, capabilities: {}, clientInfo: { name: 'copydesk test:pack' } },
    });
  });
}
