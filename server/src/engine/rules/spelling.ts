// spelling: lowercase words that no word list knows, names spared (text/unknown-words.ts says
// what is known and what is left alone). Suggestions cost too much to compute on every
// keystroke: a finding carries its word as `pending`, and `resolveFixes` asks the dictionary
// when the quick-fix menu or fix-all wants them. The best candidate is the fix only when it is
// clearly the one meant; otherwise every candidate is a suggestion and fix-all leaves the word.

// The dictionary's own ranking decides what is clearly meant (a pure module, no file system).
import { clearlyBest, rank } from '../text/spelling-rank.js';
import { unknownWords } from '../text/unknown-words.js';
import { scanWordTable } from '../text/word-scanner.js';
import type { Fix, Finding, ResolveContext, Rule, SpellingCandidate } from '../types.js';
import { matchCase } from './misspelling.js';

/** How many candidates the menu offers. */
const MAX_SUGGESTIONS = 6;
/**
 * How much likelier a candidate the story itself uses elsewhere is, as a factor on its
 * frequency: "presdent" in a story that says "president" five times is "president", not
 * "present".
 */
const STORY_WEIGHT = 16;

export const spelling: Rule = {
  meta: {
    id: 'spelling',
    family: 'typos',
    description: 'Words no dictionary knows, names spared.',
    explanation:
      'The word is in neither the British nor the American word list, nor in the house style, the ' +
      'company list or the story\'s own names. Capitalised words in mid-sentence are taken for names ' +
      'and never reported. The quick-fix menu offers the nearest words; the fix is applied only ' +
      'when one is clearly meant. A word the desk prints as written belongs in the style\'s `words`.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      unknown: '"{word}" is not in the dictionary.',
    },
  },
  check(ctx) {
    for (const word of unknownWords(ctx)) {
      // A word that is two words run together is run-together-words' to report.
      if (word.split) continue;
      ctx.report({ messageId: 'unknown', data: { word: word.text }, start: word.start, end: word.end, pending: word.text });
    }
  },
  resolveFixes(finding, ctx) {
    return resolveSpelling(finding, ctx);
  },
};

function resolveSpelling(finding: Finding, ctx: ResolveContext): { fix?: Fix; suggestions?: Fix[] } {
  const dictionary = ctx.resources.dictionary;
  const word = finding.pending;
  if (!dictionary || !word) return {};
  // A capitalised word is reported only at a sentence start: look up its lower case.
  const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
  const query = (capitalised ? word.toLowerCase() : word).replace(/’/g, "'");
  let candidates = byEvidence(query, suggestionsFor(dictionary, query, ctx), storyWords(ctx.text));
  if (candidates.length === 0) return {};
  // Two keystrokes from a short word reach half the dictionary: offer only the nearest ones.
  // (A distance of 0 is the word in other capitals: "bst", BST.)
  if (query.length < 5) {
    const nearest = Math.min(...candidates.map((c) => (c.distance > 0 ? c.distance : Infinity)));
    candidates = candidates.filter((c) => c.distance <= nearest);
  }
  const change = (c: SpellingCandidate): Fix => {
    const text = sameShape(c.word) ? matchCase(word, c.word) : c.word;
    return { title: `Change to "${text}"`, edits: [{ start: finding.start, end: finding.end, newText: text }] };
  };
  const fixes = candidates.slice(0, MAX_SUGGESTIONS).map(change);
  if (!clearlyMeant(query, candidates)) return { suggestions: fixes };
  return { fix: fixes[0], suggestions: fixes.slice(1) };
}

/**
 * The first candidate is written in lower case like the word (not a name it was matched to),
 * and clearly the word meant by the dictionary's own ranking: one keystroke away, and the
 * only such candidate or far ahead of the next by frequency and the kind of slip ("teh":
 * "the", not "ten").
 */
function clearlyMeant(word: string, candidates: readonly SpellingCandidate[]): boolean {
  if (!sameShape(candidates[0].word)) return false;
  // Names are no rivals for a word typed in lower case: "shharp" is "sharp", whatever "Sharp" is.
  return clearlyBest(word, candidates.filter((c) => sameShape(c.word)));
}

/**
 * The candidates with the story's own words made likelier (STORY_WEIGHT), in the dictionary's
 * order again: fewest edits, then rank (frequency and the kind of slip).
 */
function byEvidence(query: string, candidates: readonly SpellingCandidate[], story: ReadonlySet<string>): SpellingCandidate[] {
  const weighed = candidates
    .filter((c) => c.word !== query)
    .map((c) => (story.has(c.word.toLowerCase()) ? { ...c, frequency: (c.frequency + 1) * STORY_WEIGHT } : c));
  const points = new Map(weighed.map((c) => [c, rank(query, c)]));
  return weighed.sort((a, b) => a.distance - b.distance || points.get(b)! - points.get(a)!);
}

/** The words of the text in lower case, for the last text asked about (fix-all asks finding by finding). */
/**
 * What resolving needs of the text being resolved, kept until another text is: its words in
 * lower case, and the dictionary's candidates per word and locale (a search costs
 * milliseconds, and fix-all or the CLI's report resolves every finding of a draft that may
 * repeat a typo).
 */
let resolving: { text: string; words: ReadonlySet<string>; suggestions: Map<string, SpellingCandidate[]> } | undefined;

function forText(text: string): NonNullable<typeof resolving> {
  if (resolving?.text !== text) {
    // Each distinct word once, by its id: a long story's million words are some 60,000.
    const words = new Set<string>();
    const table = scanWordTable(text);
    const seen = new Uint8Array(table.vocabularySize);
    for (let i = 0; i < table.length; i++) {
      const id = table.id(i);
      if (seen[id] === 1) continue;
      seen[id] = 1;
      words.add(table.text(i).toLowerCase());
    }
    resolving = { text, words, suggestions: new Map() };
  }
  return resolving;
}

function storyWords(text: string): ReadonlySet<string> {
  return forText(text).words;
}

/** dictionary.suggest, remembered for the text being resolved. */
function suggestionsFor(dictionary: NonNullable<ResolveContext['resources']['dictionary']>, query: string, ctx: ResolveContext): SpellingCandidate[] {
  const { suggestions } = forText(ctx.text);
  const key = `${ctx.style.locale ?? ''} ${query}`;
  let found = suggestions.get(key);
  if (!found) suggestions.set(key, (found = dictionary.suggest(query, ctx.style.locale, MAX_SUGGESTIONS + 4)));
  return found;
}

/** A candidate in lower case (the word's shape): not a name or an acronym the word was matched to. */
function sameShape(candidate: string): boolean {
  return candidate === candidate.toLowerCase();
}
