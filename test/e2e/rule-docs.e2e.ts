// Rule pages clicked in the real UI: the packaged .vsix in code-server (VS Code 1.100.3), driven
// in headless Chromium. On examples/flood-relief.draft, the rule link of a finding in the
// Problems panel, the rule link in the hover, and "Show documentation for <rule>" in the
// quick-fix menu each open the rule's page shipped with the extension in a Markdown preview,
// rendered (its heading is the rule id) — with no network at all (Chromium resolves no host).
//
// Needs `npm run package` (the .vsix) and `bash scripts/install-e2e-deps.sh`.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, type Chromium } from './chromium.js';
import { installExtension, makeCodeServerDirs, startCodeServer, type CodeServer, type CodeServerDirs } from './code-server.js';
import { REPO_ROOT } from './paths.js';
import { makeSuiteWorkspace, type SuiteWorkspace } from './suite-workspace.js';
import { Workbench } from './workbench.js';

const FAILURES = join(REPO_ROOT, 'test-results');

describe('rule pages from the UI (code-server + Chromium)', { timeout: 300_000 }, () => {
  let dirs: CodeServerDirs | undefined;
  let server: CodeServer | undefined;
  let browser: Chromium | undefined;
  let workbench: Workbench;
  let scratch: SuiteWorkspace | undefined;

  before(async () => {
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
    const vsix = join(REPO_ROOT, `copydesk-${version}.vsix`);
    assert.ok(existsSync(vsix), `${vsix} is missing: run \`npm run package\` first`);
    dirs = makeCodeServerDirs();
    installExtension(dirs, vsix);
    scratch = makeSuiteWorkspace();
    server = await startCodeServer({ folder: scratch.folder, dirs });
    browser = await launchChromium({ width: 1280, height: 800 });
    workbench = new Workbench(browser.page);
    await workbench.open(server.url, scratch.folder);
    await workbench.openFile('flood-relief.draft');
    await workbench.page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (!server && dirs) rmSync(dirs.root, { recursive: true, force: true });
    scratch?.remove();
  });

  async function step<T>(name: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      mkdirSync(FAILURES, { recursive: true });
      await browser?.page.screenshot({ path: join(FAILURES, `rule-docs-${name}.png`) }).catch(() => undefined);
      throw error;
    }
  }

  /** Waits for the Markdown preview of the rule's page, checks it shows the page, and closes it. */
  async function expectPreview(ruleId: string): Promise<void> {
    const { page } = workbench;
    const tab = page.locator('.tab.active', { hasText: `Preview ${ruleId}.md` });
    await tab.waitFor({ timeout: 20_000 });
    // The preview is a webview: an iframe holding the rendered page in an inner iframe.
    const heading = page.frameLocator('iframe.webview.ready').frameLocator('iframe').locator('h1');
    await heading.filter({ hasText: ruleId }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+W');
    await tab.waitFor({ state: 'detached' });
    await page.locator('.tab.active', { hasText: 'flood-relief.draft' }).waitFor();
  }

  it('the rule link of a finding in the Problems panel opens the rule page', () =>
    step('problems', async () => {
      const { page } = workbench;
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row[aria-level="2"]', { hasText: 'quote-attribution' });
      await row.waitFor();
      await row.locator('a', { hasText: 'quote-attribution' }).click();
      await expectPreview('quote-attribution');
    }));

  it('the rule link in the hover opens the rule page', () =>
    step('hover', async () => {
      const { page } = workbench;
      await workbench.focusEditor();
      const text = readFileSync(join(scratch!.folder, 'examples/flood-relief.draft'), 'utf8');
      const line = text.split('\n').findIndex((l) => l.startsWith('"Nobody came')) + 1;
      await workbench.goTo(line, 3);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      // Copydesk's part of the hover (below the diagnostic's own part, which VS Code draws).
      const link = page.locator('.monaco-hover .hover-row:not(.status-bar) .rendered-markdown a', { hasText: 'quote-attribution' });
      await link.waitFor({ timeout: 10_000 });
      await link.click();
      await expectPreview('quote-attribution');
    }));

  it('"Show documentation for <rule>" in the quick-fix menu opens the rule page', () =>
    step('quick-fix', async () => {
      const { page } = workbench;
      await workbench.focusEditor();
      const text = readFileSync(join(scratch!.folder, 'examples/flood-relief.draft'), 'utf8');
      const line = text.split('\n').findIndex((l) => l.startsWith('Follow us on')) + 1;
      await workbench.goTo(line, 3);
      const rows = page.locator('.action-widget .monaco-list-row.action');
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        try {
          await rows.filter({ hasText: 'Show documentation for copy-artifacts' }).waitFor({ timeout: 5_000 });
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await page.keyboard.press('Escape');
        }
      }
      const shown = await rows.allInnerTexts();
      assert.ok(shown.includes('Delete the pasted "Follow us on…" line'), shown.join(' | '));
      assert.ok(shown.includes('Fix all copy-artifacts problems in this file'), shown.join(' | '));
      const wanted = page.locator('.action-widget .monaco-list-row.action.focused', { hasText: 'Show documentation for copy-artifacts' });
      for (let i = 0; i < shown.length && !(await wanted.isVisible()); i++) await page.keyboard.press('ArrowDown');
      await wanted.waitFor();
      await page.keyboard.press('Enter');
      await expectPreview('copy-artifacts');
    }));
});
