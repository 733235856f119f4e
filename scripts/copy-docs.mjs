// The rule pages and the style file guide (docs/rules/*.md, docs/style-file.md) copied to
// dist/docs/, where the editor's rule links point (server/src/rule-docs.ts): they open offline,
// and ship in the .vsix. Relative links between the copied pages stay as they are (the layout
// under dist/docs/ is that of docs/); a link to anything else (the README's rule table,
// examples/) becomes a link to the file in the repository, since it is not shipped beside them.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** @param {{ root: string, dist: string }} paths */
export function copyDocs({ root, dist }) {
  const out = join(dist, 'docs');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'rules'), { recursive: true });
  const pages = [
    'docs/style-file.md',
    ...readdirSync(join(root, 'docs/rules'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/rules/${f}`),
  ];
  const shipped = new Set(pages);
  const repository = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).repository.url.replace(/\.git$/, '');
  for (const page of pages) {
    const text = readFileSync(join(root, page), 'utf8').replace(/\]\(([^)\s]+)\)/g, (link, target) => {
      // Web addresses, mailto: and links within the page.
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return link;
      const hash = target.indexOf('#');
      const path = hash < 0 ? target : target.slice(0, hash);
      const inRepository = posix.normalize(posix.join(posix.dirname(page), path));
      if (shipped.has(inRepository)) return link;
      return `](${repository}/blob/main/${inRepository}${hash < 0 ? '' : target.slice(hash)})`;
    });
    writeFileSync(join(out, page.slice('docs/'.length)), text);
  }
  return pages.length;
}
