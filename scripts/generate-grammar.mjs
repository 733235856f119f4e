// Writes the newsdraft grammar's pattern of loaded verbs of attribution
// (syntaxes/newsdraft.tmLanguage.json, repository "attribution", scope
// keyword.control.attribution.loaded) from the list the attribution-verb rule reads,
// server/src/engine/rules/data/attribution-verbs.ts, so the two never drift apart. Only that
// one "match" string changes; the rest of the file keeps its layout.
//
//   node scripts/generate-grammar.mjs          rewrite the grammar
//   node scripts/generate-grammar.mjs --check  exit 1 if the grammar is out of date (test/grammar.test.ts runs this)

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = join(root, 'syntaxes/newsdraft.tmLanguage.json');
const dataPath = join(root, 'server/src/engine/rules/data/attribution-verbs.ts');
const SCOPE = 'keyword.control.attribution.loaded.newsdraft';

const { ATTRIBUTION_VERBS } = await tsImport(dataPath, import.meta.url);

/**
 * The forms the grammar marks. It cannot read the context, so it leaves out the forms that
 * are also nouns ("a claim", "the blasts", "exhaust fumes"), which the rule tells apart.
 */
export function loadedForms(verbs) {
  const forms = new Set();
  for (const verb of verbs) {
    for (const slot of ['base', 'third', 'past', 'ing']) {
      if (verb.noun && (slot === 'base' || slot === 'third')) continue;
      forms.add(verb[slot]);
    }
  }
  // Longest first, then alphabetical: a stable order for a stable file.
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** "admitted" → "[Aa]dmitted": a loaded verb may open a sentence. */
function pattern(forms) {
  const alternatives = forms.map((f) => `[${f[0].toUpperCase()}${f[0]}]${f.slice(1).replace(/ /g, '\\s+')}`);
  return `\\b(?:${alternatives.join('|')})\\b`;
}

const text = readFileSync(grammarPath, 'utf8');
const MATCH_RE = new RegExp(`("match": )"(?:[^"\\\\]|\\\\.)*"(,\\s*"name": "${SCOPE.replace(/\./g, '\\.')}")`);
if (!MATCH_RE.test(text)) {
  console.error(`generate-grammar: no "match" before "name": "${SCOPE}" in ${grammarPath}`);
  process.exit(2);
}
const generated = text.replace(MATCH_RE, (_, head, tail) => `${head}${JSON.stringify(pattern(loadedForms(ATTRIBUTION_VERBS)))}${tail}`);

if (process.argv.includes('--check')) {
  if (generated !== text) {
    console.error('syntaxes/newsdraft.tmLanguage.json is out of date with attribution-verbs.ts: run `node scripts/generate-grammar.mjs`.');
    process.exit(1);
  }
} else if (generated !== text) {
  writeFileSync(grammarPath, generated);
  console.log('wrote syntaxes/newsdraft.tmLanguage.json');
}
