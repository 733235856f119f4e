// attribution-verb: a loaded verb of attribution ("claimed", "admitted", "insisted") where the
// neutral "said" belongs, with the same form of "say" as the fix ("claims" → "says", "has
// admitted" → "has said", "insisting" → "saying").
//
// The verbs come from data/attribution-verbs.ts, the list the newsdraft grammar is generated
// from. A verb is flagged only where it attributes quoted words to someone:
// - after a direct quote, before or after its speaker: `"…," she claimed.`, `"…," insisted Mr Sener`;
// - before a quote, after a colon or a comma or right against it: `He admitted: "…"`;
// - before a reported statement that carries a quote: `admitted it would be "very difficult"`.
//   A statement is recognised by "that", a subject pronoun, or a few words of subject and
//   then an auxiliary ("claimed the council had …"). With the option `reportedStatements`,
//   every reported statement counts ("claimed that the plan failed"); by default not, since
//   there the loaded verb is mostly the desk's choice (see the docs page).
// Its other senses are left alone: "was admitted to hospital" (passive), "insisted on",
// "claimed the title", "conceded a goal" (objects, no clause), "the claims that …" (a noun),
// anything inside a quotation (what was said, not who said it). Verbs of criticism
// ("slammed", "lashed out") with a quote in their object ("slammed the plan as "madness"")
// get "criticised" as a suggestion only: "said" would not fit there.

import { ShapeFilter } from '../text/shape-filter.js';
import { ATTRIBUTION_VERBS, CRITICISE, SAY, type AttributionVerb, type Slot } from './data/attribution-verbs.js';
import { quotationsOf, type Quotation } from '../text/quotes.js';
import { startsSentence } from '../text/names.js';
import type { Fix, Rule } from '../types.js';
import type { WordTable } from '../text/model.js';

interface Form {
  verb: AttributionVerb;
  slot: Slot;
  /** The second word of a verb with a particle ("out" of "lashed out"). */
  particle: string | undefined;
}

const SLOTS: readonly Slot[] = ['base', 'third', 'past', 'ing'];

/** First word of each form, lower case and capitalised ("Claims" opens a sentence). */
const FORMS = new Map<string, Form>();
for (const verb of ATTRIBUTION_VERBS) {
  for (const slot of SLOTS) {
    const [first, particle] = verb[slot].split(' ');
    const form: Form = { verb, slot, particle };
    FORMS.set(first, form);
    FORMS.set(first[0].toUpperCase() + first.slice(1), form);
  }
}

/** The forms' first words at a glance: a word of the story that is none is nearly always settled here. */
const FORM_SHAPES = new ShapeFilter(FORMS.keys());

/** Finite auxiliaries and forms of "be" and "have": after a subject they start a clause. */
const AUXILIARIES = new Set([
  'is', 'was', 'were', 'are', 'am', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'isn\'t', 'wasn\'t', 'weren\'t',
  'aren\'t', 'hasn\'t', 'hadn\'t', 'haven\'t', 'won\'t', 'wouldn\'t', 'can\'t', 'cannot',
  'couldn\'t', 'mightn\'t', 'mustn\'t', 'shouldn\'t', 'don\'t', 'doesn\'t', 'didn\'t',
]);
/** Subject pronouns: no object can start with one, so a clause does ("admitted he was"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/** "it's", "they're", "there's": a subject and its auxiliary in one word. */
const CONTRACTED_SUBJECT_RE = /^(?:he|she|it|they|we|i|you|there|that|this)'(?:s|re|d|ll|ve|m)$/;
/** Forms of "be" before a participle: a passive ("was admitted to hospital", "it is claimed"). */
const BE = new Set(['is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'isn\'t', 'wasn\'t', 'weren\'t', 'aren\'t']);
/** Words after the verb that begin no clause: a preposition ("insisted on"), a particle, a conjunction. */
const NO_CLAUSE = new Set([
  'to', 'on', 'at', 'in', 'into', 'onto', 'for', 'from', 'with', 'by', 'about', 'after', 'before',
  'against', 'over', 'under', 'during', 'as', 'than', 'and', 'or', 'but', 'nor', 'because',
  'while', 'when', 'where', 'which', 'who', 'whom', 'whose', 'what', 'if', 'whether', 'since',
  'despite', 'without', 'like', 'off', 'up', 'down', 'out', 'away', 'back', 'through', 'so',
  'then', 'until', 'though', 'although', 'unless', 'upon', 'via', 'per', 'among', 'between',
]);
/** Before a form that is also a noun, these make it the noun: "the claims", "of claims". */
const NOUN_BEFORE = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
  'such', 'any', 'no', 'some', 'many', 'more', 'most', 'several', 'all', 'both', 'each', 'every',
  'other', 'false', 'new', 'further', 'fresh', 'similar', 'rival', 'big', 'last', 'first',
  'of', 'for', 'in', 'on', 'with', 'about', 'against', 'over', 'from', 'by', 'into', 'under',
  'amid', 'despite', 'after', 'before', 'following', 'denied', 'rejected', 'dismissed', 'made',
]);
/** Before a noun-like form, these make it a verb: "he claims", "would claim", "to claim". */
const VERB_BEFORE = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'to', 'not', 'never',
  'also', 'still', 'now', 'often', 'always', 'even', 'repeatedly', 'later', 'then', 'once',
  'falsely', 'wrongly',
]);
/** Neutral verbs of attribution: with one between a quote and the loaded verb, the quote is its. */
const NEUTRAL_VERBS = new Set([
  'said', 'says', 'saying', 'say', 'told', 'tells', 'telling', 'added', 'adds', 'adding', 'asked',
  'explained', 'wrote', 'writes', 'replied', 'continued', 'noted', 'stated', 'according',
]);
/**
 * Words that end a reported statement and start another clause, whose quote may be someone
 * else's words or another verb's: `admitted that … but argued it was "fair"`.
 */
const STATEMENT_ENDS = new Set([
  'but', 'while', 'whereas', 'although', 'though', 'argued', 'argues', 'warned', 'warns',
  'stressed', 'described', 'called', 'urged', 'denied', 'accused',
]);
/** Words between a quote and its verb that show the verb is not its attribution: `"…," she said, admitting`. */
const NOT_SPEAKER = new Set([
  ...NEUTRAL_VERBS, 'and', 'but', 'or', 'before', 'after', 'while', 'as', 'who', 'which', 'that',
  'when', 'because', 'then', 'so', 'if', 'also',
]);

/** The most words of subject read before its auxiliary: "claimed the council's own figures were". */
const MAX_SUBJECT_WORDS = 6;
/** The most words of a speaker between a quote and the verb: "the union's secretary, Amal Haddad,". */
const MAX_SPEAKER_WORDS = 5;
/** The most characters between a quote and its verb, or a verb and the quote in its statement. */
const MAX_SPEAKER_CHARS = 120;
const MAX_STATEMENT_CHARS = 300;
/** The most words between a verb of criticism and a quote in its object: "slammed what they called". */
const MAX_OBJECT_WORDS = 8;
/** Punctuation a quote ends with before its attribution ("…," she said); a full stop ends the sentence. */
const ATTRIBUTION_PUNCTUATION = new Set([',', '!', '?', '…', '—', '–', '-']);

export const attributionVerb: Rule = {
  meta: {
    id: 'attribution-verb',
    family: 'quotes',
    description: 'A loaded verb of attribution ("claimed", "admitted", "insisted") where "said" is neutral.',
    explanation:
      'Verbs such as "claimed", "admitted", "insisted" and "conceded" tell the reader what to think ' +
      'of the speaker: "claimed" casts doubt, "admitted" implies guilt. Next to a quote or a reported ' +
      'statement "said" (or "says", "saying") reports the words and leaves the judgement to the reader. ' +
      'The fix keeps the tense: "claims" becomes "says", "has admitted" becomes "has said". Verbs of ' +
      'criticism with a quote in their object ("slammed the plan as …") are offered "criticised".',
    defaultSeverity: 'information',
    fixable: true,
    options: {
      type: 'object',
      properties: {
        reportedStatements: {
          type: 'boolean',
          description: 'Also flag a reported statement with no quote in it ("claimed that the plan failed"); default false.',
        },
      },
      additionalProperties: false,
    },
    messages: {
      loaded: '"{verb}" tells the reader what to think of the speaker: "{say}" is neutral.',
      criticism: '"{verb}" is a loaded word for criticism: "{criticise}" is neutral.',
    },
  },
  check({ doc, report, style, options }) {
    const allStatements = options.reportedStatements === true;
    const words = doc.wordTable;
    const prose = doc.prose;
    // Top-level quotations, in order and never overlapping; walked once alongside the words.
    const quotes = quotationsOf(doc).quotations.filter((q) => q.depth === 0);
    let qi = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words.text(i);
      if (!FORM_SHAPES.mayHold(word)) continue;
      const form = FORMS.get(word);
      if (!form) continue;
      const start = words.starts[i];
      while (qi < quotes.length && quotes[qi].end <= start) qi++;
      // Inside a quotation the verb is what was said, not who said it.
      if (qi < quotes.length && quotes[qi].start < start) continue;
      let last = i;
      if (form.particle !== undefined) {
        if (i + 1 >= words.length || words.text(i + 1).toLowerCase() !== form.particle || !spacesOnly(prose, words.end(i), words.starts[i + 1])) continue;
        last = i + 1;
      }
      if (isPassive(words, prose, i)) continue;
      const { verb, slot } = form;
      const nounLike = verb.noun === true && (slot === 'base' || slot === 'third');
      if (nounLike && nounBefore(words, prose, i)) continue;
      const end = words.end(last);
      const text = doc.text.slice(start, end);
      const before = qi > 0 ? quotes[qi - 1] : undefined;
      const after = qi < quotes.length ? quotes[qi] : undefined;

      const isVerb = !nounLike || verbBefore(words, prose, i, slot);
      const attributes =
        (before !== undefined && attributesQuoteBefore(words, prose, before, i, doc.paragraphs[before.paragraph].end)) ||
        (after !== undefined && introducesQuote(prose, end, after, verb.criticise === true, isVerb));
      // A reported statement counts when it carries the speaker's quoted words, or always with
      // the option: elsewhere the loaded verb is mostly the desk's deliberate choice ("Yukos
      // claims …" keeps the claim at arm's length, "Ahold admitted that it …" is an admission).
      const states =
        !attributes &&
        verb.next === 'statement' &&
        verb.criticise !== true &&
        reportedStatementAfter(words, prose, last, !isVerb) &&
        (allStatements || (after !== undefined && quoteInStatement(words, prose, last, after, doc.paragraphs[after.paragraph].start)));
      if (attributes || states) {
        const say = matchCase(text, SAY[slot]);
        report({
          messageId: 'loaded',
          data: { verb: text, say },
          start,
          end,
          fix: changeTo(start, end, say),
        });
        continue;
      }
      if (verb.criticise === true && after !== undefined && quoteInObject(words, prose, last, after)) {
        const criticise = CRITICISE[style.locale === 'en-US' ? 'en-US' : 'en-GB'][slot];
        // "lashed out at the plan" → "criticised the plan": the particle and "at" go with it.
        let editEnd = end;
        let suggest = form.particle === undefined;
        if (!suggest && last + 1 < words.length && words.text(last + 1).toLowerCase() === 'at' && spacesOnly(prose, end, words.starts[last + 1])) {
          editEnd = words.end(last + 1);
          suggest = true;
        }
        const cased = matchCase(text, criticise);
        report({
          messageId: 'criticism',
          data: { verb: doc.text.slice(start, editEnd), criticise: cased },
          start,
          end: editEnd,
          suggestions: suggest ? [changeTo(start, editEnd, cased)] : undefined,
        });
      }
    }
  },
};

function changeTo(start: number, end: number, text: string): Fix {
  return { title: `Change to "${text}"`, edits: [{ start, end, newText: text }] };
}

/** "Claimed" → "Said"; otherwise the form as listed. */
function matchCase(original: string, replacement: string): string {
  const c = original[0];
  return c !== c.toLowerCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** Only spaces and tabs (no line break, no punctuation) in prose[from, to). */
function spacesOnly(prose: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = prose[k];
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

/** Word i's text in lower case with straight apostrophes. */
function lower(words: WordTable, i: number): string {
  return words.text(i).toLowerCase().replace(/’/g, "'");
}

/** The word before word i, when only spaces separate them (not across punctuation). */
function previousWord(words: WordTable, prose: string, i: number): string | undefined {
  return i > 0 && spacesOnly(prose, words.end(i - 1), words.starts[i]) ? lower(words, i - 1) : undefined;
}

/** "was admitted to hospital", "it is claimed", "was later admitted": a passive. */
function isPassive(words: WordTable, prose: string, i: number): boolean {
  let prev = previousWord(words, prose, i);
  if (prev !== undefined && prev.endsWith('ly') && prev.length > 3) prev = previousWord(words, prose, i - 1);
  else if (prev === 'later' || prev === 'also' || prev === 'not' || prev === 'never') prev = previousWord(words, prose, i - 1);
  return prev !== undefined && BE.has(prev);
}

/** A determiner, possessive or preposition before "claims" makes it a noun; so does a number. */
function nounBefore(words: WordTable, prose: string, i: number): boolean {
  const prev = previousWord(words, prose, i);
  return prev !== undefined && (NOUN_BEFORE.has(prev) || /^\d/.test(prev));
}

/**
 * What shows that "claim" or "claims" before "that" is the verb: a subject pronoun, an
 * auxiliary or "to" before it, a name ("Yukos claims"), or for "claim" a plural subject
 * ("critics claim"). "The claims that …" and "after claims that …" stay nouns.
 */
function verbBefore(words: WordTable, prose: string, i: number, slot: Slot): boolean {
  const prev = previousWord(words, prose, i);
  if (prev === undefined) return false;
  // "to claim" is the verb, "in response to claims" the noun.
  if (prev === 'to') return slot === 'base';
  if (VERB_BEFORE.has(prev) || (prev.endsWith('ly') && prev.length > 4)) return true;
  const original = words.text(i - 1);
  // A name in mid-sentence ("… and Yukos claims"); at a sentence start a capital tells nothing.
  if (original[0] !== original[0].toLowerCase() && !startsSentence(prose, words.starts[i - 1])) return true;
  return slot === 'base' && /[^s']s$/.test(prev);
}

/**
 * The verb at word i attributes the quote just before it: the quote ends with its own comma
 * (or ! ? …, or a comma right after the mark) and only a short speaker stands between them:
 * `"…," she claimed`, `"…," claimed Mr Smith`, `"…", the minister later admitted`.
 */
function attributesQuoteBefore(words: WordTable, prose: string, q: Quotation, i: number, paragraphEnd: number): boolean {
  const start = words.starts[i];
  // Bounded first, so a long stretch after the last quote is never re-read for each verb in it.
  if (!q.closed || start >= paragraphEnd || start - q.end > MAX_SPEAKER_CHARS) return false;
  let from = q.end;
  if (prose[from] === ',') from++;
  else {
    let j = q.contentEnd - 1;
    while (j >= q.contentStart && /\s/.test(prose[j])) j--;
    if (j < q.contentStart || !ATTRIBUTION_PUNCTUATION.has(prose[j])) return false;
  }
  const gap = prose.slice(from, start);
  if (!/^\s/.test(gap) && gap.length > 0) return false;
  if (/[.!?;:()[\]"“”‘’']/.test(gap.replace(/\b['’]\b/g, ''))) return false;
  let speaker = 0;
  for (let k = i - 1; k >= 0 && words.starts[k] >= from; k--) {
    if (++speaker > MAX_SPEAKER_WORDS || NOT_SPEAKER.has(lower(words, k))) return false;
  }
  // "…," the claims … : a determiner just before makes the form a noun.
  return speaker === 0 || !NOUN_BEFORE.has(lower(words, i - 1));
}

/**
 * The verb ending at `end` introduces the quote `q`: `He admitted: "…"`, `…, insisting, "…"`,
 * or right against it (`admitted "mistakes were made"`), which for a verb of criticism is its
 * object instead (`slammed "reckless" behaviour`).
 */
function introducesQuote(prose: string, end: number, q: Quotation, criticise: boolean, isVerb: boolean): boolean {
  if (q.start - end > MAX_SPEAKER_CHARS) return false;
  const gap = prose.slice(end, q.start);
  if (/^[ \t\u00a0]*[:,]\s*$/.test(gap)) return true;
  // "Disaster claims 'less than $10bn'": against a quote, a form that may be a noun needs a subject.
  return !criticise && isVerb && /^[ \t\u00a0]+$/.test(gap);
}

/**
 * The quote `q` stands in the reported statement after word `v`, in the same sentence and
 * with no other verb of attribution before it: `admitted it would be "very difficult"`, not
 * `insisted he was innocent, and said: "…"`.
 */
function quoteInStatement(words: WordTable, prose: string, v: number, q: Quotation, paragraphStart: number): boolean {
  const end = words.end(v);
  if (q.start - end > MAX_STATEMENT_CHARS) return false;
  // A dash opens an aside ("- known as "passing off""), not more of the statement.
  if (q.start < end || paragraphStart > end || /[.!?;:—–()]| - /.test(prose.slice(end, q.start))) return false;
  for (let k = v + 1; k < words.length && words.starts[k] < q.start; k++) {
    const w = lower(words, k);
    if (NEUTRAL_VERBS.has(w) || STATEMENT_ENDS.has(w) || FORMS.has(w)) return false;
  }
  return true;
}

/**
 * A reported statement starts after the verb's last word `v`: "that" (`claimed that …`,
 * `admitted, however, that …`), a subject pronoun (`insisted they were`), or a short subject
 * and then an auxiliary (`claimed the council had`, `conceded this was`). Objects ("claimed
 * the title", "conceded a goal"), prepositions ("insisted on") and relative clauses ("claimed
 * the title he had") start none. `needsVerb`: the form could be a noun ("claims that …") with
 * nothing before it to say it is the verb, so only a statement with no "that" counts.
 */
function reportedStatementAfter(words: WordTable, prose: string, v: number, needsVerb: boolean): boolean {
  let k = v + 1;
  if (k >= words.length) return false;
  if (!spacesOnly(prose, words.end(v), words.starts[k])) {
    // An aside between commas, then "that": "admitted, however, that".
    if (!/^\s*,\s*$/.test(prose.slice(words.end(v), words.starts[k]))) return false;
    let m = k;
    while (m < k + 3 && m + 1 < words.length && spacesOnly(prose, words.end(m), words.starts[m + 1])) m++;
    if (m + 1 >= words.length || !/^\s*,\s*$/.test(prose.slice(words.end(m), words.starts[m + 1]))) return false;
    return !needsVerb && lower(words, m + 1) === 'that' && !endsSentenceAfter(words, prose, m + 1);
  }
  const first = lower(words, k);
  if (first === 'that') return !needsVerb && !endsSentenceAfter(words, prose, k);
  if (SUBJECT_PRONOUNS.has(first) || CONTRACTED_SUBJECT_RE.test(first)) return true;
  if (NO_CLAUSE.has(first) || AUXILIARIES.has(first) || BE.has(first)) return false;
  for (let j = k + 1; j < words.length && j <= k + MAX_SUBJECT_WORDS; j++) {
    if (!spacesOnly(prose, words.end(j - 1), words.starts[j])) return false;
    const w = lower(words, j);
    if (AUXILIARIES.has(w)) return true;
    if (NO_CLAUSE.has(w) || SUBJECT_PRONOUNS.has(w) || w === 'that') return false;
  }
  return false;
}

/** "that" at word k closes its sentence or stands last: "He admitted that." (a pronoun object). */
function endsSentenceAfter(words: WordTable, prose: string, k: number): boolean {
  if (k + 1 >= words.length) return true;
  return /[.!?;:]/.test(prose.slice(words.end(k), words.starts[k + 1]));
}

/** A quote inside the object of a verb of criticism: `slammed the plan as "madness"`, `lashed out at the "unfair" ruling`. */
function quoteInObject(words: WordTable, prose: string, v: number, q: Quotation): boolean {
  if (q.start - words.end(v) > MAX_SPEAKER_CHARS) return false;
  const between = prose.slice(words.end(v), q.start);
  if (!/^\s/.test(between) || /[.,;:!?()\r\n]/.test(between)) return false;
  let count = 0;
  for (let k = v + 1; k < words.length && words.starts[k] < q.start; k++) if (++count > MAX_OBJECT_WORDS) return false;
  return true;
}
