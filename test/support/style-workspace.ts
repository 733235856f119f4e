// A temporary workspace folder for the server's style tests: files written from a map, URIs
// and paths of them, and the LSP positions of text in them.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position, Range } from 'vscode-languageserver/node';
import { positionAt } from './lsp-client.js';

export class StyleWorkspace {
  readonly root: string;

  constructor(files: Record<string, string> = {}) {
    // realpath: on some systems the temp folder is a symlink, and the server sees real paths.
    this.root = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-style-')));
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }

  get uri(): string {
    return pathToFileURL(this.root).href;
  }

  path(relative: string): string {
    return join(this.root, relative);
  }

  uriOf(relative: string): string {
    return pathToFileURL(this.path(relative)).href;
  }

  write(relative: string, text: string): string {
    const path = this.path(relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`. */
export function rangeOfText(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${occurrence}) is not in the text`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

export function positionOfText(text: string, needle: string, occurrence = 0): Position {
  return rangeOfText(text, needle, occurrence).start;
}
