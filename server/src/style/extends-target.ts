// Where an `extends` entry points: the built-in style, a file relative to the style file's
// folder, or the style file of an npm package installed in or above that folder. A package is
// only located and read, never loaded: its package.json names the style file in "copydesk".

import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { didYouMean } from './did-you-mean.js';
import { RECOMMENDED_NAME } from './recommended.js';

export type ExtendsTarget =
  | { kind: 'builtin' }
  | { kind: 'file'; path: string }
  /** Not found: the message for the entry; `watch`: a path whose creation would fix it. */
  | { kind: 'error'; message: string; watch?: string };

const BUILTINS = [RECOMMENDED_NAME];
const PACKAGE_STYLE_FILES = ['.copydesk.yaml', 'copydesk.yaml'];

/**
 * Resolves `entry` as written in the style file `fromFile`. `readFile` is the resolver's reader
 * (for package.json), which returns undefined for a missing file.
 */
export function resolveExtendsTarget(entry: string, fromFile: string, readFile: (path: string) => string | undefined): ExtendsTarget {
  const folder = dirname(fromFile);
  if (entry.startsWith('copydesk:')) {
    if (BUILTINS.includes(entry)) return { kind: 'builtin' };
    return { kind: 'error', message: `unknown built-in style "${entry}"${didYouMean(entry, BUILTINS) || `; the built-in style is "${RECOMMENDED_NAME}"`}` };
  }
  if (entry.startsWith('./') || entry.startsWith('../') || entry === '.' || entry === '..' || isAbsolute(entry) || entry.startsWith('.\\') || entry.startsWith('..\\')) {
    return { kind: 'file', path: resolve(folder, entry) };
  }
  return resolvePackage(entry, folder, readFile);
}

function splitPackageSpec(spec: string): { name: string; subpath: string } | undefined {
  const m = /^((?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*)(?:\/(.+))?$/i.exec(spec);
  return m ? { name: m[1], subpath: m[2] ?? '' } : undefined;
}

function resolvePackage(entry: string, folder: string, readFile: (path: string) => string | undefined): ExtendsTarget {
  const spec = splitPackageSpec(entry);
  const beside = resolve(folder, entry);
  // "base.yaml" without "./" is read as a package name; say so if there is such a file beside it.
  const besideHint = existsSync(beside) ? `; for the file beside this one write "./${entry}"` : '';
  if (!spec) return { kind: 'error', message: `cannot find "${entry}" (extends): not a path starting with ./ or ../, nor a package name${besideHint}` };
  const pkgJson = findPackageJson(spec.name, folder);
  if (!pkgJson) {
    return {
      kind: 'error',
      message: `cannot find "${entry}" (extends): no package "${spec.name}" is installed in node_modules here or in a folder above${besideHint || '; install it with npm install'}`,
    };
  }
  const pkgDir = dirname(pkgJson);
  if (spec.subpath) return inside(pkgDir, spec.subpath, entry);
  let field: unknown;
  try {
    field = (JSON.parse(readFile(pkgJson) ?? '{}') as { copydesk?: unknown }).copydesk;
  } catch {
    return { kind: 'error', message: `cannot read the package.json of "${spec.name}" (extends): it is not valid JSON` };
  }
  if (typeof field === 'string' && field) return inside(pkgDir, field, entry);
  if (field !== undefined) return { kind: 'error', message: `the "copydesk" field of the package.json of "${spec.name}" must name a style file, such as "style.yaml"` };
  for (const name of PACKAGE_STYLE_FILES) {
    const p = join(pkgDir, name);
    if (existsSync(p)) return { kind: 'file', path: p };
  }
  return {
    kind: 'error',
    message: `the package "${spec.name}" has no style file (extends): its package.json names none in "copydesk", and it has no .copydesk.yaml`,
    watch: join(pkgDir, PACKAGE_STYLE_FILES[0]),
  };
}

/** A file inside the package folder; a path that climbs out of it is refused. */
function inside(pkgDir: string, sub: string, entry: string): ExtendsTarget {
  const p = resolve(pkgDir, sub);
  const rel = relative(pkgDir, p);
  if (rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) {
    return { kind: 'error', message: `"${entry}" (extends) points outside its package` };
  }
  return { kind: 'file', path: p };
}

/**
 * `<name>/package.json` as Node would find it from `folder` (require.resolve, which reads
 * package.json files but runs nothing); a package whose "exports" hide its package.json is
 * looked for in the node_modules folders upwards instead.
 */
function findPackageJson(name: string, folder: string): string | undefined {
  try {
    return require.resolve(`${name}/package.json`, { paths: [folder] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') return undefined;
  }
  for (let dir = folder; ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(p)) return p;
    if (dirname(dir) === dir) return undefined;
  }
}
