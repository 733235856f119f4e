// What the packaged .vsix holds: the rule pages the editor's links open (dist/docs/rules/*.md,
// one per page in docs/rules/, and the style file guide they link to), exactly as the build
// writes them; and the bundles. Reads the zip's central directory itself (no zip library).
//
// Needs `npm run package` (copydesk-<version>.vsix at the repository root).

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { REPO_ROOT } from './paths.js';

/** Every file of a zip archive, by name, with its content. */
function readZip(zip: Buffer): Map<string, Buffer> {
  // End of central directory: 22 bytes and a comment of up to 64 KB, at the end.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'a central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe('the packaged .vsix', () => {
  const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
  const vsix = join(REPO_ROOT, `copydesk-${version}.vsix`);

  it('ships every rule page and the style file guide, as the build writes them', async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run \`npm run package\` first`);
    const files = readZip(readFileSync(vsix));
    const pages = readdirSync(join(REPO_ROOT, 'docs/rules')).filter((f) => f.endsWith('.md'));
    assert.ok(pages.length >= 10, 'the repository has its rule pages');
    const shipped = [...files.keys()].filter((f) => f.startsWith('extension/dist/docs/')).sort();
    assert.deepEqual(shipped, ['extension/dist/docs/style-file.md', ...pages.map((p) => `extension/dist/docs/rules/${p}`)].sort());

    // The same text as a fresh copy of the pages (the build's link rewriting included).
    const script = pathToFileURL(join(REPO_ROOT, 'scripts/copy-docs.mjs')).href;
    const { copyDocs } = (await import(script)) as { copyDocs: (paths: { root: string; dist: string }) => number };
    const dist = mkdtempSync(join(tmpdir(), 'copydesk-vsix-docs-'));
    try {
      copyDocs({ root: REPO_ROOT, dist });
      for (const name of shipped) {
        const relative = name.slice('extension/dist/'.length);
        assert.equal(files.get(name)!.toString('utf8'), readFileSync(join(dist, relative), 'utf8'), name);
      }
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
    for (const page of pages) {
      const text = files.get(`extension/dist/docs/rules/${page}`)!.toString('utf8');
      assert.ok(text.startsWith(`# ${page.slice(0, -3)}\n`), `${page} is the page of its rule`);
      // Its relative links land on shipped pages (anything else points at the repository).
      for (const [, target] of text.matchAll(/\]\(([^)\s#]+\.md)(?:#[^)]*)?\)/g)) {
        if (/^https?:/.test(target)) continue;
        const resolved = join('extension/dist/docs/rules', target).replace(/\\/g, '/');
        assert.ok(files.has(resolved), `${page} links to ${target}, which is shipped`);
      }
    }
  });

  it('ships the bundles the extension runs', () => {
    const files = readZip(readFileSync(vsix));
    for (const name of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/lint-worker.js', 'extension/dist/cli.js']) {
      assert.ok(files.has(name), name);
    }
  });
});
