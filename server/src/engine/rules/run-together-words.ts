// run-together-words: two names or words written as one ("FacebookTwitter"), typical of a
// pasted row of links. A capitalised compound is reported only when each part is a name we
// know (a company list, or a name the story itself uses on its own, capitalised mid-sentence), the compound itself is
// not a known name, and the story uses it once: brands written in CamelCase (PlayStation,
// DaimlerChrysler) recur, while a paste slip happens once.
//
// With a dictionary, also a lowercase word no list knows that is two common words with the
// space lost ("thelast", "inthe"), when that is its one sensible reading (text/run-together.ts);
// spelling reads the same list of unknown words (text/unknown-words.ts) and leaves these alone.

import type { Rule } from '../types.js';
import type { Word } from '../text/model.js';
import { usedAsName } from '../text/names.js';
import { unknownWords } from '../text/unknown-words.js';

const CAMEL_RE = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,})+$/u;
const PART_RE = /\p{Lu}\p{Ll}+/gu;
/** Name prefixes that make CamelCase surnames: McDonald, MacLean, DiCaprio, LeBlanc, VanDyke. */
const NAME_PREFIX_RE = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|St|O)\p{Lu}/u;

export const runTogetherWords: Rule = {
  meta: {
    id: 'run-together-words',
    family: 'typos',
    description: 'Words run together without a space ("FacebookTwitter", "thelast").',
    explanation:
      'Two names or words written as one, usually left over from a pasted row of links or a lost space. ' +
      'A CamelCase word is reported when each part is a known name or a word the story uses on its own, ' +
      'and the whole is not a known brand; a lowercase word when no dictionary knows it and it reads ' +
      'as two common words in exactly one way. The fix puts the space back.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      runTogether: '"{word}" looks like words run together: "{split}".',
    },
  },
  check(ctx) {
    const { doc, resources, report } = ctx;
    for (const word of unknownWords(ctx)) {
      if (!word.split) continue;
      report({
        messageId: 'runTogether',
        data: { word: word.text, split: word.split },
        start: word.start,
        end: word.end,
        fix: { title: `Split into "${word.split}"`, edits: [{ start: word.start, end: word.end, newText: word.split }] },
      });
    }
    const companies = resources.companies ?? new Set<string>();
    // CamelCase words are rare; find them first, then do the costlier checks on them alone.
    // From the word table, not doc.words: no Word object per word of a long story.
    const table = doc.wordTable;
    const candidates: Word[] = [];
    // Whether each text is CamelCase, by id, across checks (1: no, 2: yes).
    const camel = table.vocabulary.bytes(CAMEL_ANSWERS, table.vocabularySize);
    for (let i = 0; i < table.length; i++) {
      const id = table.id(i);
      let answer = camel[id];
      if (answer === 0) {
        const text = table.text(i);
        camel[id] = answer = hasInnerCapital(text) && CAMEL_RE.test(text) ? 2 : 1;
      }
      if (answer === 2) candidates.push(table.word(i));
    }
    if (candidates.length === 0) return;
    const counts = new Map<string, number>();
    for (const w of candidates) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
    const knownPart = (part: string) => companies.has(part) || usedAsName(doc, part);
    for (const word of candidates) {
      if (counts.get(word.text)! > 1 || NAME_PREFIX_RE.test(word.text) || companies.has(word.text)) continue;
      const parts = word.text.match(PART_RE) ?? [];
      if (!parts.every(knownPart)) continue;
      const split = parts.join(' ');
      report({
        messageId: 'runTogether',
        data: { word: word.text, split },
        start: word.start,
        end: word.end,
        fix: { title: `Split into "${split}"`, edits: [{ start: word.start, end: word.end, newText: split }] },
      });
    }
  },
};

/** The owner of the CamelCase answers kept per vocabulary (Vocabulary.bytes). */
const CAMEL_ANSWERS = {};

/** A capital after the first letter (A–Z, or any upper-case letter beyond ASCII). */
function hasInnerCapital(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && text[i] !== text[i].toLowerCase())) return true;
  }
  return false;
}
