// Steps a person takes in the VS Code workbench, driven by keyboard through Playwright. Each
// step waits for the state it produces (a widget, the status bar's cursor position), never for
// a fixed time.

import type { Locator, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class Workbench {
  constructor(readonly page: Page) {}

  /** Loads the workbench on `folder` and waits until its status bar is drawn. */
  async open(serverUrl: string, folder: string): Promise<void> {
    await this.page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Ctrl+P, the file name, Enter; resolves when its tab is the active one. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput().locator('input').waitFor();
    await this.page.keyboard.type(name);
    await this.quickInput().locator('.monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: name }).waitFor();
    await this.quickInput().waitFor({ state: 'hidden' });
  }

  /** Runs a command by its palette label (Ctrl+Shift+P). */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+P');
    await this.quickInput().locator('input').waitFor();
    await this.page.keyboard.type(label);
    await this.quickInput().locator('.monaco-list-row', { hasText: label }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.quickInput().waitFor({ state: 'hidden' });
  }

  /** The status bar's cursor position item ("Ln 31, Col 80"). */
  cursorStatus(): Locator {
    return this.page.locator('.statusbar [id="status.editor.selection"]');
  }

  /** Ctrl+G "line:column" (1-based); resolves when the status bar shows the new position. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput().locator('input').waitFor();
    await this.page.keyboard.type(`${line}:${column}`);
    // Enter before the picker has read the input would go to the old line.
    await this.quickInput().locator('.monaco-list-row', { hasText: `Go to line ${line} and character ${column}` }).waitFor();
    await this.page.keyboard.press('Enter');
    await this.cursorStatus().filter({ hasText: new RegExp(`^Ln ${line}, Col ${column}$`) }).waitFor();
  }

  /** Focuses the first editor group (Ctrl+1), e.g. after a panel took the focus. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page.locator('.editor-instance .monaco-editor.focused').waitFor();
  }

  /**
   * The TextMate token under the cursor after moving it to line:column, as "Developer: Inspect
   * Editor Tokens and Scopes" shows it: its scopes (innermost first) and theme foreground.
   * The widget stays open and follows the cursor; `lineText` (the document's line) tells when it
   * shows the token that covers the new position.
   */
  async inspectToken(line: number, column: number, lineText: string): Promise<{ scopes: string[]; foreground: string }> {
    const widget = this.page.locator('.token-inspect-widget');
    if (!(await widget.isVisible())) {
      await this.goTo(line, column);
      await this.runCommand('Developer: Inspect Editor Tokens and Scopes');
      await widget.waitFor();
    } else {
      await this.goTo(line, column);
    }
    const deadline = Date.now() + 10_000;
    for (;;) {
      const shown = await widget.evaluate((el) => {
        const header = el.querySelector('.tiw-token')?.childNodes[0]?.textContent ?? '';
        const length = Number(/\d+/.exec(el.querySelector('.tiw-token-length')?.textContent ?? '')?.[0] ?? -1);
        const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText));
        return { header, length, rows };
      });
      if (tokenCovers(lineText, column - 1, shown.header, shown.length)) {
        const scopes = shown.rows.find((r) => r[0] === 'textmate scopes')?.[1]?.split('\n').filter(Boolean) ?? [];
        const foreground = shown.rows.find((r) => r[0] === 'foreground')?.[1] ?? '';
        return { scopes, foreground };
      }
      if (Date.now() > deadline) {
        throw new Error(`the token inspector did not follow the cursor to ${line}:${column} (shows "${shown.header}")`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  /**
   * Screen boxes of the first rendered `word` in the active editor and of every squiggle of the
   * given class ("squiggly-warning", "squiggly-info", …), to tell which squiggle is under it.
   */
  async wordAndSquiggleBoxes(word: string, squiggleClass: string): Promise<{ word: Box; squiggles: Box[] } | undefined> {
    // No named helper functions in here: the callback runs in the page, where the __name()
    // wrapper tsx adds to them does not exist.
    return this.page.locator('.editor-instance').first().evaluate(
      (editor, { word, squiggleClass }) => {
        const doc = editor.ownerDocument;
        const line = [...editor.querySelectorAll('.view-line')].find((l) => l.textContent?.includes(word));
        if (!line) return undefined;
        const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
        const walker = doc.createTreeWalker(line, SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(word);
          if (at < 0) continue;
          const range = doc.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const rects = [range.getBoundingClientRect(), ...[...editor.querySelectorAll(`.${squiggleClass}`)].map((s) => s.getBoundingClientRect())];
          const boxes = rects.map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }));
          return { word: boxes[0], squiggles: boxes.slice(1) };
        }
        return undefined;
      },
      { word, squiggleClass },
    );
  }

  /** The rendered line of the active editor whose text contains `text`. */
  viewLine(text: string): Locator {
    return this.page.locator('.editor-instance .view-line', { hasText: text });
  }
}

/**
 * Whether the inspector's header describes a token of `lineText` that covers `offset`. The
 * header is the token's text with spaces shown as "·"; a token longer than 40 characters is
 * cut to its first and last 20 around "…", and then `length` counts the cut text.
 */
export function tokenCovers(lineText: string, offset: number, header: string, length: number): boolean {
  if (length < 0) return false;
  const [prefix, suffix] = header.replace(/·/g, ' ').split('…');
  for (let start = lineText.indexOf(prefix); start !== -1; start = lineText.indexOf(prefix, start + 1)) {
    let end = start + length;
    if (suffix !== undefined) {
      const at = lineText.indexOf(suffix, start + prefix.length);
      if (at < 0) continue;
      end = at + suffix.length;
    } else if (lineText.length < end) {
      continue;
    }
    if (start <= offset && offset < end) return true;
  }
  return false;
}
