// Test helper: a temporary folder tree written from a { "relative/path": text } map.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempTree {
  root: string;
  path(rel: string): string;
  write(rel: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tempTree(files: Record<string, string | Uint8Array> = {}): TempTree {
  // realpath: on macOS the temp folder is a symlink, and the resolver works on real paths.
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'copydesk-style-')));
  const tree: TempTree = {
    root,
    path: (rel) => join(root, rel),
    write(rel, content) {
      const p = join(root, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  for (const [rel, content] of Object.entries(files)) tree.write(rel, content);
  return tree;
}
