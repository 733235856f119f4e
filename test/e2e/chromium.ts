// Debian's Chromium, driven by playwright-core, locked to the loopback interface.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, requireTool, scratchDir } from './paths.js';

export interface Chromium {
  browser: BrowserContext;
  page: Page;
  /** Closes the browser (Playwright kills its process tree) and removes its profile. */
  close(): Promise<void>;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host name but 127.0.0.1 fails to resolve: nothing leaves the machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launches Chromium with a fresh profile and one page of the given size. */
export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<Chromium> {
  requireTool(CHROMIUM, 'chromium');
  const profile = scratchDir('chromium');
  let context: BrowserContext | undefined;
  try {
    // A persistent context is the one way to hand Chromium its own --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport,
      env: { ...process.env, XDG_CONFIG_HOME: join(profile, 'xdg-config'), XDG_CACHE_HOME: join(profile, 'xdg-cache') },
      timeout: 60_000,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    let closed = false;
    return {
      browser: context,
      page,
      async close() {
        if (closed) return;
        closed = true;
        await context!.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export type { Browser, Page };
