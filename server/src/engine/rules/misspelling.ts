// misspelling: words on a maintained list of common misspellings (@cspell/dict-en-common-misspellings,
// loaded by the host into resources.misspellings). The first correction is the fix; any
// others are offered as suggestions. The correction keeps the word's capitals.

import { acceptedWord } from '../style-index.js';
import { startsSentence, usedAsName } from '../text/names.js';
import type { Span } from '../text/model.js';
import type { Fix, Rule } from '../types.js';

export const misspelling: Rule = {
  meta: {
    id: 'misspelling',
    family: 'typos',
    description: 'Known misspellings, with the correction as the fix.',
    explanation:
      'The word is on a list of common English misspellings (typos such as "interally" for "internally" ' +
      'or "recieve" for "receive"). The fix replaces it with the usual correction; where the list knows ' +
      'more than one, the others are offered as suggestions.',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      misspelled: '"{word}" is a misspelling of "{correction}".',
    },
  },
  check({ doc, resources, style, report }) {
    const list = resources.misspellings;
    if (!list || list.size === 0) return;
    // The word table, not doc.words: no Word object per word of a long story. Equal words have
    // one id in a vocabulary that many texts share (word-scanner.ts): each distinct word is
    // looked up once per vocabulary, its verdict kept by id across checks.
    const words = doc.wordTable;
    const { source, starts } = words;
    const shared = new SharedTexts();
    // By id (Vocabulary.bytes, keyed by the list): UNLISTED, or 0 (not looked up yet, or listed).
    const verdicts = words.vocabulary.bytes(list, words.vocabularySize);
    for (let i = 0; i < words.length; i++) {
      // A capitalised word in mid-sentence is never reported (below): one in ten words, ruled
      // out from the prose before its string is lower-cased and looked up.
      if (capitalInMidSentence(source, starts[i])) continue;
      const id = words.id(i);
      if (verdicts[id] === UNLISTED) continue;
      // Looked up again for a listed word: they are few, and most are reported.
      const corrections = list.get(words.text(i).toLowerCase());
      if (!corrections || corrections.length === 0) {
        verdicts[id] = UNLISTED;
        continue;
      }
      const word = words.word(i);
      // The style's `words` (and its entities' and terms' words) and the draft's
      // copydesk-ignore words are right as written, in any case.
      if (acceptedWord({ doc, style }, word.text, true)) continue;
      if (isCutShort(doc.prose, word.end)) continue;
      if (/^\p{Lu}/u.test(word.text)) {
        // Capitalised words are names far more often than typos: "Gere", "Aer Lingus", "BA".
        // Check one only at the start of a sentence, and only if the story never writes it
        // capitalised in mid-sentence, where it would be a name.
        if (word.text.length > 1 && word.text === word.text.toUpperCase()) continue;
        if (!startsSentence(doc.prose, word.start)) continue;
        if (usedAsName(doc, word.text)) continue;
      }
      const cased = corrections.map((c) => shared.correction(word.text, c));
      report({
        messageId: 'misspelled',
        data: { word: word.text, correction: cased[0] },
        start: word.start,
        end: word.end,
        fix: changeTo(word, cased[0], shared),
        suggestions: cased.length > 1 ? cased.slice(1).map((c) => changeTo(word, c, shared)) : undefined,
      });
    }
  },
};

/** In the verdicts by id: a word not on the list (nearly every word). */
const UNLISTED = 1;

function changeTo(word: Span, text: string, shared: SharedTexts): Fix {
  return { title: shared.title(text), edits: [{ start: word.start, end: word.end, newText: text }] };
}

/**
 * One string per correction as cased and per fix title, shared by every finding of a check: a
 * story that repeats a misspelling (145,000 times in one hostile draft) would otherwise hold a
 * copy of each per finding.
 */
class SharedTexts {
  private readonly cased = new Map<string, string>();
  private readonly titles = new Map<string, string>();

  correction(original: string, correction: string): string {
    const key = `${original}\u0000${correction}`;
    let text = this.cased.get(key);
    if (text === undefined) this.cased.set(key, (text = matchCase(original, correction)));
    return text;
  }

  title(text: string): string {
    let title = this.titles.get(text);
    if (title === undefined) this.titles.set(text, (title = `Correct the spelling to "${text}"`));
    return title;
  }
}

/** "Interally" → "Internally", "INTERALLY" → "INTERNALLY", otherwise the correction as listed. */
export function matchCase(original: string, correction: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return correction.toUpperCase();
  }
  if (original[0] !== original[0].toLowerCase()) return correction[0].toUpperCase() + correction.slice(1);
  return correction;
}

/**
 * A cheap, sure part of `/^\p{Lu}/ && !startsSentence`: an A–Z after a space after a letter,
 * digit or comma ("said Gere"). startsSentence looks back past the space and stops there.
 */
function capitalInMidSentence(prose: string, start: number): boolean {
  const c = prose.charCodeAt(start);
  if (c < 65 || c > 90 || start < 2 || prose.charCodeAt(start - 1) !== 32) return false;
  const before = prose.charCodeAt(start - 2);
  return (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || before === 44;
}

/** "Goin'", "Tryin'" (a dropped g) and "caf&#233;" (an HTML entity) are not misspellings. */
function isCutShort(prose: string, end: number): boolean {
  const next = prose[end];
  return next === "'" || next === '’' || next === '&';
}
