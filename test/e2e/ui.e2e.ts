// UI end to end: the packaged .vsix installed into code-server (VS Code 1.100.3), driven by
// keyboard in headless Chromium as a reporter would use it. Opens examples/libya.draft in a
// scratch copy of examples/, sees the squiggle under "interally" and the Problems panel
// entries, applies the quick fix with Ctrl+. and Enter, saves with Ctrl+S and reads the file
// back; then checks the grammar's scopes and colours in the real editor. Saves the README's
// screenshots to docs/images/.
//
// Needs `npm run package` (the .vsix) and `bash scripts/install-e2e-deps.sh`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, type Chromium } from './chromium.js';
import { installExtension, makeCodeServerDirs, startCodeServer, type CodeServer, type CodeServerDirs } from './code-server.js';
import { REPO_ROOT } from './paths.js';
import { makeSuiteWorkspace, type SuiteWorkspace } from './suite-workspace.js';
import { Workbench } from './workbench.js';

const SCREENSHOTS = join(REPO_ROOT, 'docs/images');
const FAILURES = join(REPO_ROOT, 'test-results');

interface CliMessage {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

/** What the CLI reports on a file: the reference for what the Problems panel must list. */
function cliMessages(file: string): CliMessage[] {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/copydesk.js'), '--format', 'json', file], { encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, `copydesk CLI failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { messages: CliMessage[] }[]).flatMap((r) => r.messages);
}

/** 1-based line and column of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

async function waitForFile(path: string, expected: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = readFileSync(path, 'utf8');
    if (text === expected || Date.now() > deadline) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('VS Code UI end to end (code-server + Chromium)', { timeout: 300_000 }, () => {
  let dirs: CodeServerDirs | undefined;
  let server: CodeServer | undefined;
  let browser: Chromium | undefined;
  let workbench: Workbench;
  let scratch: SuiteWorkspace | undefined;
  let workspace: string;
  const started = Date.now();

  before(async () => {
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
    const vsix = join(REPO_ROOT, `copydesk-${version}.vsix`);
    assert.ok(existsSync(vsix), `${vsix} is missing: run \`npm run package\` first`);
    dirs = makeCodeServerDirs();
    installExtension(dirs, vsix);
    scratch = makeSuiteWorkspace();
    workspace = scratch.folder;
    server = await startCodeServer({ folder: workspace, dirs });
    browser = await launchChromium({ width: 1280, height: 800 });
    workbench = new Workbench(browser.page);
    await workbench.open(server.url, workspace);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (!server && dirs) rmSync(dirs.root, { recursive: true, force: true });
    scratch?.remove();
    console.log(`# UI end to end: ${((Date.now() - started) / 1000).toFixed(1)} s wall time`);
  });

  /** Runs a step; on failure keeps a screenshot in test-results/ to look at. */
  async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      mkdirSync(FAILURES, { recursive: true });
      await browser?.page.screenshot({ path: join(FAILURES, `ui-${name}.png`) }).catch(() => undefined);
      throw error;
    }
  }

  it('shows the squiggle under "interally" and the findings in the Problems panel', () =>
    step('problems', async () => {
      const { page } = workbench;
      const file = join(workspace, 'examples/libya.draft');
      const text = readFileSync(file, 'utf8');
      await workbench.openFile('libya.draft');
      const typo = positionOf(text, 'interally');
      await workbench.goTo(typo.line, typo.column);

      // The warning squiggle sits under exactly that word: compare the squiggle's box with the
      // box of the word's characters in the rendered line.
      await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30_000 });
      const boxes = await workbench.wordAndSquiggleBoxes('interally', 'squiggly-warning');
      assert.ok(boxes, 'the line with "interally" is rendered');
      const under = boxes.squiggles.filter(
        (s) => Math.abs(s.x - boxes.word.x) < 2 && Math.abs(s.w - boxes.word.w) < 2 && Math.abs(s.y - boxes.word.y) < boxes.word.h,
      );
      assert.equal(under.length, 1, `one warning squiggle under "interally": ${JSON.stringify(boxes)}`);

      // The Problems panel lists exactly what the CLI reports for the file.
      await page.keyboard.press('Control+Shift+M');
      const expected = cliMessages(file).map((m) => `${m.message} copydesk ${m.ruleId} [Ln ${m.line}, Col ${m.column}]`).sort();
      const rows = page.locator('.markers-panel .monaco-list-row[aria-level="2"]');
      await rows.nth(expected.length - 1).waitFor();
      const shown = (await rows.allInnerTexts()).map((t) => t.split('\n').join(' ')).sort();
      assert.deepEqual(shown, expected);
      assert.ok(shown.some((s) => s.startsWith('"interally" is a misspelling of "internally".')));
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'problems-panel.png') });
    }));

  it('applies the quick fix with Ctrl+. and Enter, and Ctrl+S saves only that change', () =>
    step('quick-fix', async () => {
      const { page } = workbench;
      const file = join(workspace, 'examples/libya.draft');
      const original = readFileSync(file, 'utf8');
      assert.equal(original.split('interally').length, 2, 'one "interally" in the draft');

      if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
      await workbench.focusEditor();
      const typo = positionOf(original, 'interally');
      await workbench.goTo(typo.line, typo.column);

      // Ctrl+. can fire before the editor has the code actions for the new position: press it
      // again if the menu does not come.
      const fix = page.locator('.action-widget .monaco-list-row.action.focused', { hasText: 'Correct the spelling to "internally"' });
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        try {
          await fix.waitFor({ timeout: 5_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await page.keyboard.press('Escape');
        }
      }
      await page.screenshot({ path: join(SCREENSHOTS, 'quick-fix.png') });
      await page.keyboard.press('Enter');
      await workbench.viewLine('internally divided').waitFor();
      await page.locator('.tab.active.dirty', { hasText: 'libya.draft' }).waitFor();

      await page.keyboard.press('Control+S');
      await page.locator('.tab.active:not(.dirty)', { hasText: 'libya.draft' }).waitFor();
      const expected = original.replace('interally', 'internally');
      assert.equal(await waitForFile(file, expected), expected);
      // The finding is gone from the Problems panel; the others stay.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'interally' }).waitFor({ state: 'detached' });
      assert.equal(await page.locator('.markers-panel .monaco-list-row[aria-level="2"]').count(), cliMessages(file).length);
    }));

  it('colours a draft with the newsdraft grammar (scopes and theme colours in the editor)', () =>
    step('grammar', async () => {
      const fixture = join(workspace, 'grammar/wire-story.draft');
      const lines = readFileSync(fixture, 'utf8').split(/\r?\n/);
      const { expect } = JSON.parse(readFileSync(join(workspace, 'grammar/wire-story.scopes.json'), 'utf8')) as {
        expect: { line: number; text: string; occurrence?: number; scope?: string; notScope?: string }[];
      };
      await workbench.openFile('wire-story.draft');
      await workbench.focusEditor();
      const plain = new Set<string>();
      const coloured = new Map<string, string>();
      for (const e of expect) {
        const lineText = lines[e.line - 1];
        let start = -1;
        for (let n = 0; n < (e.occurrence ?? 1); n++) start = lineText.indexOf(e.text, start + 1);
        assert.ok(start >= 0, `fixture line ${e.line} holds "${e.text}"`);
        // The middle character of the expected text: the scope must cover all of it, so any
        // character will do, and the middle one is furthest from neighbouring tokens.
        const column = start + Math.floor(e.text.length / 2) + 1;
        const token = await workbench.inspectToken(e.line, column, lineText);
        const has = (scope: string) => token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
        if (e.scope) {
          assert.ok(has(e.scope), `line ${e.line} "${e.text}": ${e.scope} in ${token.scopes.join(' ')}`);
          coloured.set(e.scope, token.foreground);
        }
        if (e.notScope) assert.ok(!has(e.notScope), `line ${e.line} "${e.text}": not ${e.notScope} in ${token.scopes.join(' ')}`);
        if (token.scopes.length === 1) plain.add(token.foreground);
      }
      // The theme gives the headline, quotations and loaded verbs colours of their own.
      const body = [...plain];
      for (const scope of ['markup.heading.headline.newsdraft', 'string.quoted.double.newsdraft', 'keyword.control.attribution.loaded.newsdraft']) {
        assert.ok(coloured.has(scope), `the fixture checks ${scope}`);
        assert.ok(!body.includes(coloured.get(scope)!), `${scope} is coloured (${coloured.get(scope)}) unlike body text (${body.join(', ')})`);
      }
      await workbench.page.keyboard.press('Escape');
    }));
});
