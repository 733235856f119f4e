// Turns the command line's files, folders and globs into a list of files to check.
// - A file named outright is checked whatever its extension.
// - A folder is walked recursively for draft extensions, skipping node_modules and dot-folders.
// - Anything else containing glob syntax is expanded with tinyglobby (relative to the working
//   directory, dot-files and node_modules excluded); its matches are checked whatever their
//   extension, since the user chose the pattern.
// An argument that matches nothing (a path that does not exist, a glob without matches, a
// folder without drafts) is reported and makes the exit code 2, so that a typo cannot pass CI
// silently; the other arguments are still checked.
// Devices, FIFOs and sockets are listed like files however they were reached (named, globbed,
// walked, through a symlink), so that reading (read.ts, which opens only regular files) skips
// each with a notice saying what it is, rather than "no files match" or silence.

import { readdirSync, statSync, type Stats } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LanguageId } from '../engine/types.js';
import { describeFsError } from './read.js';

export const DRAFT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.draft']);

export function languageIdFor(path: string): LanguageId {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.draft') return 'newsdraft';
  return 'plaintext';
}

export interface Targets {
  /** Absolute paths of the files to check, in argument order, each once. */
  files: string[];
  /** One line per argument that gave no file ("no such file or folder: x"). */
  problems: string[];
}

export async function resolveTargets(patterns: readonly string[], cwd = process.cwd()): Promise<Targets> {
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const pattern of patterns) {
    const abs = resolve(cwd, pattern);
    let stat: Stats | undefined;
    let statError: NodeJS.ErrnoException | undefined;
    try {
      stat = statSync(abs);
    } catch (err) {
      statError = err as NodeJS.ErrnoException;
    }
    let matches: string[];
    const known = problems.length;
    try {
      if (stat?.isDirectory()) matches = walk(abs, cwd, problems);
      else if (stat) matches = [abs];
      else if (isGlob(pattern)) matches = await expandGlob(pattern, cwd);
      else {
        const missing = statError?.code === 'ENOENT' || statError?.code === 'ENOTDIR';
        problems.push(missing ? `no such file or folder: ${pattern}` : `cannot read ${pattern}: ${describeFsError(statError)}`);
        continue;
      }
    } catch (err) {
      problems.push(`cannot read ${pattern}: ${describeFsError(err)}`);
      continue;
    }
    // An unreadable folder has said so already.
    if (matches.length === 0 && problems.length === known) {
      problems.push(stat?.isDirectory() ? `no .txt, .md, .markdown or .draft files in "${pattern}"` : `no files match "${pattern}"`);
      continue;
    }
    matches.forEach(add);
  }
  return { files, problems };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Draft files under `dir`, sorted by path so the output order is stable; unreadable folders go to `problems`. */
function walk(dir: string, cwd: string, problems: string[]): string[] {
  const found: string[] = [];
  const visit = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      // The rest of the walk goes on; the run ends with exit code 2.
      problems.push(`cannot read folder ${displayPath(cwd, d)}: ${describeFsError(err)}`);
      return;
    }
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

// tinyglobby is loaded on demand (most runs name files or folders, and startup time counts),
// and through require so that the bundle takes its CommonJS build: its ES build reads
// import.meta.url, which a CommonJS bundle does not have.
function tinyglobby(): typeof import('tinyglobby') {
  return require('tinyglobby') as typeof import('tinyglobby');
}

function isGlob(pattern: string): boolean {
  return tinyglobby().isDynamicPattern(pattern);
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const matches = await tinyglobby().glob(pattern, {
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
  if (!isAbsolute(path)) return path; // a name such as "<stdin>"
  const rel = relative(cwd, path);
  return rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel : path;
}
