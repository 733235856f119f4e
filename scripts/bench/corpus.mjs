// The measuring corpus: ../shared/corpus/bbc/<section>/<n>.txt beside the repository (1,297
// edited BBC articles). It is read at run time and never copied into the repository; the
// joined files the CLI is timed on go to the system's temporary folder.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function corpusDir(repoRoot) {
  return join(repoRoot, '..', 'shared', 'corpus', 'bbc');
}

/** The articles as {path, text, words}, sorted by path; exits with a message if the corpus is absent. */
export function loadCorpus(repoRoot) {
  const dir = corpusDir(repoRoot);
  if (!existsSync(dir)) {
    console.error(`bench: the corpus is not at ${dir}; it is expected beside the repository (../shared/corpus/bbc/*/*.txt).`);
    process.exit(1);
  }
  const articles = [];
  for (const section of readdirSync(dir).sort()) {
    const sectionDir = join(dir, section);
    for (const name of readdirSync(sectionDir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const path = join(sectionDir, name);
      const text = readFileSync(path, 'utf8');
      articles.push({ path, text, words: countWords(text) });
    }
  }
  if (articles.length === 0) {
    console.error(`bench: no .txt articles under ${dir}.`);
    process.exit(1);
  }
  return articles;
}

/** Words as `wc -w` counts them: runs of non-space. */
export function countWords(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/**
 * Whole articles joined by blank lines until at least `minWords` (or `minBytes`) are reached,
 * starting again from the first article if the corpus runs out.
 */
export function joinArticles(articles, { minWords = 0, minBytes = 0 }) {
  const parts = [];
  let words = 0;
  let bytes = 0;
  for (let i = 0; words < minWords || bytes < minBytes; i++) {
    const a = articles[i % articles.length];
    parts.push(a.text.trim());
    words += a.words;
    bytes += Buffer.byteLength(a.text) + 2;
  }
  return { text: parts.join('\n\n') + '\n', words };
}

/** The article whose length is nearest `words`. */
export function articleNear(articles, words) {
  return articles.reduce((best, a) => (Math.abs(a.words - words) < Math.abs(best.words - words) ? a : best));
}
