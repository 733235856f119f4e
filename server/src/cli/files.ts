// Turns the command line's files, folders and globs into a list of files to check.
// - A file named outright is checked whatever its extension.
// - A folder is walked recursively for draft extensions, skipping node_modules and dot-folders.
// - Anything else containing glob syntax is expanded with tinyglobby (relative to the working
//   directory, dot-files and node_modules excluded); its matches are checked whatever their
//   extension, since the user chose the pattern.
// An argument that matches nothing is a usage error: a typo must not pass CI silently.
// Devices, FIFOs and sockets are listed like files however they were reached (named, globbed,
// walked, through a symlink), so that reading (read.ts, which opens only regular files) skips
// each with a notice saying what it is, rather than "no files match" or silence.

import { readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LanguageId } from '../engine/types.js';
import { UsageError } from './args.js';

export const DRAFT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.draft']);

export function languageIdFor(path: string): LanguageId {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.draft') return 'newsdraft';
  return 'plaintext';
}

/** Absolute paths of the files to check, in argument order, each once. */
export async function resolveTargets(patterns: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    const stat = statOrUndefined(abs);
    let matches: string[];
    if (stat?.isDirectory()) matches = walk(abs);
    else if (stat) matches = [abs];
    else matches = await expandGlob(pattern, cwd);
    if (matches.length === 0) {
      throw new UsageError(
        stat?.isDirectory() ? `no .txt, .md, .markdown or .draft files in "${pattern}"` : `no files match "${pattern}"`,
      );
    }
    matches.forEach(add);
  }
  return out;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Draft files under `dir`, sorted by path so the output order is stable. */
function walk(dir: string): string[] {
  const found: string[] = [];
  const visit = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        visit(path);
        continue;
      }
      if (!DRAFT_EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
      // Symbolic links are followed to anything but folders, so a link cycle cannot loop; a
      // dangling link is no file. Whatever is not a regular file is left for read.ts to skip.
      const target = entry.isSymbolicLink() ? statOrUndefined(path) : entry;
      if (target && !target.isDirectory()) found.push(path);
    }
  };
  visit(dir);
  return found;
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  // Loaded on demand (most runs name files or folders, and startup time counts), and through
  // require so that the bundle takes tinyglobby's CommonJS build: its ES build reads
  // import.meta.url, which a CommonJS bundle does not have.
  const { glob, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');
  if (!isDynamicPattern(pattern)) return [];
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  return matches.map((m) => resolve(m)).sort();
}

/** How a path is shown: relative to the working directory when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel : path;
}
