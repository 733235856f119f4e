// A second editor: Debian's Neovim (0.7), headless, attaches `copydesk-language-server --stdio`
// to a draft with vim.lsp.start_client/buf_attach_client (neovim/attach-copydesk.lua), waits
// for the pushed diagnostics and writes vim.diagnostic.get() as JSON. The findings must be the
// CLI's, position for position (Neovim reports byte columns; the CLI UTF-16 ones).

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stopGroup } from './code-server.js';
import { NVIM, REPO_ROOT, requireTool, scratchDir } from './paths.js';

const SCRIPT = join(REPO_ROOT, 'test/e2e/neovim/attach-copydesk.lua');
const SERVER = join(REPO_ROOT, 'bin/copydesk-language-server.js');
const CLI = join(REPO_ROOT, 'bin/copydesk.js');

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source?: string;
  code?: string;
}

interface NvimResult {
  error?: string;
  diagnostics?: NvimDiagnostic[];
  filetype?: string;
  offset_encoding?: string;
  nvim?: string;
}

interface CliMessage {
  ruleId: string;
  copydeskSeverity: 'hint' | 'information' | 'warning' | 'error';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const NVIM_SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** Runs a process to its end in its own process group; kills the group after `timeoutMs`. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => void stopGroup(child), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Anything the editor left behind in its group (it should leave nothing) goes too.
      void stopGroup(child).then(() => resolve({ code, output }));
    });
  });
}

function cliMessages(file: string): CliMessage[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [CLI, '--format', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    // Exit 1 means "findings at warning or above": the JSON is still on stdout.
    const failed = error as { status?: number; stdout?: string };
    if (failed.status !== 1 || !failed.stdout) throw error;
    stdout = failed.stdout;
  }
  return (JSON.parse(stdout) as { messages: CliMessage[] }[]).flatMap((r) => r.messages);
}

describe('Neovim as a second LSP editor', { timeout: 120_000 }, () => {
  let scratch: string;
  const started = Date.now();

  before(() => {
    requireTool(NVIM, 'nvim');
    assert.ok(existsSync(join(REPO_ROOT, 'dist/server.js')), 'dist/server.js is missing: run `npm run build` first');
    scratch = scratchDir('neovim');
  });

  after(() => {
    rmSync(scratch, { recursive: true, force: true });
    console.log(`# Neovim: ${((Date.now() - started) / 1000).toFixed(1)} s wall time`);
  });

  async function diagnosticsInNeovim(example: string): Promise<{ file: string; result: NvimResult }> {
    const dir = join(scratch, example.replace(/\W/g, '-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, example.split('/').pop()!);
    copyFileSync(join(REPO_ROOT, example), file);
    const out = join(dir, 'diagnostics.json');
    // Its own XDG folders: no user config, and the LSP log and state stay in the scratch folder.
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: join(dir, 'xdg'),
      XDG_DATA_HOME: join(dir, 'xdg'),
      XDG_STATE_HOME: join(dir, 'xdg'),
      XDG_CACHE_HOME: join(dir, 'xdg'),
      COPYDESK_SERVER: SERVER,
      COPYDESK_OUT: out,
      COPYDESK_TIMEOUT_MS: '20000',
    };
    const { code, output } = await run(NVIM, ['--headless', '--clean', '-n', file, '-c', `luafile ${SCRIPT}`], env, 30_000);
    assert.ok(existsSync(out), `nvim wrote no result (exit ${code}): ${output}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(result.error, undefined, `nvim: ${result.error} (exit ${code}) ${output}`);
    assert.equal(code, 0, output);
    return { file, result };
  }

  /** Neovim's diagnostics as CLI tuples: 1-based lines, UTF-16 columns. */
  function asCliTuples(file: string, diagnostics: NvimDiagnostic[]): string[] {
    const lines = readFileSync(file, 'utf8').split('\n');
    const utf16 = (line: number, byteCol: number) => Buffer.from(lines[line] ?? '', 'utf8').subarray(0, byteCol).toString('utf8').length;
    return diagnostics
      .map((d) => {
        assert.equal(d.source, 'copydesk');
        return `${d.lnum + 1}:${utf16(d.lnum, d.col) + 1}-${d.end_lnum + 1}:${utf16(d.end_lnum, d.end_col) + 1} ${d.severity} ${d.code} ${d.message}`;
      })
      .sort();
  }

  for (const example of ['examples/libya.draft', 'examples/flood-relief.draft', 'examples/council-budget.md']) {
    it(`receives the CLI's findings on ${example}`, async () => {
      const { file, result } = await diagnosticsInNeovim(example);
      assert.equal(result.offset_encoding, 'utf-16');
      assert.equal(result.filetype, example.endsWith('.md') ? 'markdown' : 'newsdraft');
      const expected = cliMessages(file)
        .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${NVIM_SEVERITY[m.copydeskSeverity]} ${m.ruleId} ${m.message}`)
        .sort();
      assert.ok(expected.length > 0, 'the example has findings');
      assert.deepEqual(asCliTuples(file, result.diagnostics!), expected);
      if (example.endsWith('libya.draft')) {
        assert.ok(expected.some((e) => e.includes('misspelling "interally" is a misspelling of "internally".')));
      }
    });
  }
});
