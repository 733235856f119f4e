// Starts and stops code-server (a real VS Code 1.100.3 served to a browser) for the end-to-end
// tests: loopback only, its own temporary user-data, extensions and XDG folders, no gallery,
// no telemetry, no update check. See shared VSCODE-TESTING.md for the flags.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, requireTool, scratchDir } from './paths.js';
import { QUIET_SETTINGS } from './workbench-settings.js';

export interface CodeServerDirs {
  root: string;
  userData: string;
  extensions: string;
  config: string;
  /** Environment shared by every code-server process run on these folders. */
  env: NodeJS.ProcessEnv;
}

export interface CodeServer {
  /** e.g. http://127.0.0.1:40123 (no trailing slash) */
  url: string;
  port: number;
  dirs: CodeServerDirs;
  /** Everything code-server printed so far (for failure messages). */
  log(): string;
  /** Stops the whole process group and removes the folders; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Temporary folders for one code-server instance, with quiet user settings. `extraEnv` reaches
 * the extension host too.
 */
export function makeCodeServerDirs(extraEnv: NodeJS.ProcessEnv = {}): CodeServerDirs {
  requireTool(CODE_SERVER_ENTRY, 'code-server');
  const root = scratchDir('code-server');
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    config: join(root, 'config.yaml'),
  };
  for (const dir of [dirs.userData, dirs.extensions, join(root, 'xdg-config'), join(root, 'xdg-data')]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(dirs.config, 'auth: none\n');
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // An empty gallery: no marketplace requests, no recommendations.
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    ...extraEnv,
  };
  // A VS Code launched from a VS Code terminal would otherwise try to talk to its parent.
  delete env.VSCODE_IPC_HOOK_CLI;
  return { ...dirs, env };
}

function commonArgs(dirs: CodeServerDirs): string[] {
  return [
    '--config', dirs.config,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
}

/** `code-server --install-extension <vsix>` into the given folders (a short-lived process). */
export function installExtension(dirs: CodeServerDirs, vsix: string): void {
  const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--install-extension', vsix], {
    env: dirs.env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${output}`);
  }
}

/**
 * Starts code-server on 127.0.0.1 with a port the OS picks (`:0`, read back from its log, so
 * there is no race for a free port) and resolves once /healthz answers.
 */
export async function startCodeServer(options: { folder: string; dirs?: CodeServerDirs }): Promise<CodeServer> {
  const dirs = options.dirs ?? makeCodeServerDirs();
  // detached: its own process group, so stop() ends code-server and every child it spawned
  // (extension host, language server, file watcher, pty host) in one signal.
  const child = spawn(
    process.execPath,
    [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--bind-addr', '127.0.0.1:0', options.folder],
    { env: dirs.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (output += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (output += s));
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const server: CodeServer = {
    url: '',
    port: 0,
    dirs,
    log: () => output,
    async stop() {
      if (!stopped) {
        stopped = true;
        process.removeListener('exit', killOnExit);
        await stopGroup(child);
      }
      rmSync(dirs.root, { recursive: true, force: true });
    },
  };
  try {
    server.port = await waitForPort(child, () => output);
    server.url = `http://127.0.0.1:${server.port}`;
    await waitForHealthz(server.url);
    return server;
  } catch (error) {
    await server.stop();
    throw new Error(`code-server did not start: ${(error as Error).message}\n--- code-server log ---\n${output}`);
  }
}

function waitForPort(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error('no "HTTP server listening" line within 30 s')), 30_000);
    const check = () => {
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output());
      if (match) finish(undefined, Number(match[1]));
    };
    const onExit = (code: number | null) => finish(new Error(`exited early with ${code}`));
    function finish(error?: Error, port?: number) {
      clearTimeout(timer);
      child.stdout!.off('data', check);
      child.stderr!.off('data', check);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(port!);
    }
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

async function waitForHealthz(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/healthz did not answer within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, then SIGKILL after 5 s; resolves when no process of it is left. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  killGroup(child, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (groupAlive(pid)) {
    killGroup(child, 'SIGKILL');
    const hardDeadline = Date.now() + 5_000;
    while (groupAlive(pid) && Date.now() < hardDeadline) await new Promise((r) => setTimeout(r, 50));
  }
}
