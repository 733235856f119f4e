// quote-attribution: a direct quote whose paragraph never says who is speaking.
//
// Only direct quotes are checked: a quotation that starts a sentence (or the paragraph) and
// reads as speech, that is it ends with its own punctuation inside the marks (`…," she said`),
// runs on into the next paragraph, or is a long stretch ending the sentence. Partial quotes
// inside a sentence ("agreed to work "more closely""), scare quotes, titles and quotations
// woven into reporting prose are never checked. A quote counts as attributed when the text of
// its paragraph outside the quotation marks carries a reporting verb or phrase ("said",
// "told", "according to", "in a statement", "quoted … as saying", "what it termed"), when a
// colon introduces it ("He added:", "Mr Smith:"), or when the paragraph before ends with a
// colon. For a quote running over several paragraphs, attribution anywhere in its chain
// covers every paragraph of it. A quote in a headline (a short first paragraph, or the
// `title` of a Markdown front matter) is left to the story below it.
//
// Option `previousParagraph: true` also accepts attribution in the paragraph just before the
// quote (`…," Mr Dein said.` then a new paragraph of the same speaker's words), a habit some
// desks allow and others do not.

import { chainOf, quotationsOf, type Quotation } from '../text/quotes.js';
import type { Rule } from '../types.js';

/** Verbs of attribution, as lemmas; their -s, -ed and -ing forms are generated below. */
const VERB_LEMMAS = [
  'add', 'admit', 'agree', 'allege', 'announce', 'answer', 'argue', 'ask', 'assert', 'assure', 'beg', 'blog',
  'boast', 'caution', 'chuckle', 'cite', 'claim', 'comment', 'complain', 'concede', 'conclude', 'confess',
  'confirm', 'contend', 'continue', 'counter', 'cry', 'declare', 'demand', 'emphasise', 'emphasize', 'exclaim',
  'explain', 'grumble', 'inform', 'insist', 'interject', 'joke', 'laugh', 'lament', 'maintain', 'mumble',
  'muse', 'mutter', 'note', 'observe', 'plead', 'pledge', 'predict', 'proclaim', 'promise', 'protest', 'quip',
  'quote', 'recall', 'recount', 'reiterate', 'remark', 'reply', 'report', 'respond', 'retort', 'reveal',
  'scream', 'shout', 'sigh', 'snap', 'state', 'stress', 'suggest', 'tease', 'testify', 'tweet', 'urge', 'vow',
  'warn', 'whisper', 'yell', 'write', 'say', 'tell', 'speak', 'reckon', 'acknowledge', 'chant', 'sing',
  'gasp', 'roar', 'bellow',
];

/** Forms English does not build by the usual rules. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  sing: ['sang', 'sung'],
};

/** Doubles the last consonant before -ed and -ing. */
const DOUBLING = new Set(['admit', 'beg', 'blog', 'quip', 'snap']);

function inflections(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR[lemma] ?? [])];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma.slice(0, -1)}ing`);
    if (!IRREGULAR[lemma]) forms.push(`${lemma}d`);
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`);
  } else {
    const doubled = DOUBLING.has(lemma) ? lemma + lemma[lemma.length - 1] : lemma;
    forms.push(`${lemma}s`);
    if (!IRREGULAR[lemma]) forms.push(`${doubled}ed`);
    forms.push(`${doubled}ing`);
  }
  return forms;
}

/** Phrases that attribute without one of the verbs above. */
const PHRASES = [
  'according to', 'statement', 'in an interview', 'in the words of', 'in a letter', 'as saying',
  'what (?:it|he|she|they|we|I) (?:termed|called|described as|dubbed)', 'went on', 'goes on',
  'hit(?:s)? back', 'fired back', 'swore', '(?:puts|put) it',
];

const CUE_RE = new RegExp(
  `\\b(?:${[...new Set(VERB_LEMMAS.flatMap(inflections)), ...PHRASES].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'i',
);

/** A quote this long with no punctuation of its own is still speech when it ends the sentence. */
const LONG_QUOTE_WORDS = 6;
/** The most words a first paragraph can have and still be read as a headline. */
const HEADLINE_WORDS = 20;

export const quoteAttribution: Rule = {
  meta: {
    id: 'quote-attribution',
    family: 'quotes',
    description: 'A direct quote with no attribution in its paragraph.',
    explanation:
      'Every direct quote needs a speaker and a verb of attribution in its own paragraph, such as ' +
      '"…," the minister said, or a colon after the speaker ("The minister added:"). A quote that ' +
      'runs over several paragraphs is covered by the attribution in its first paragraph; each ' +
      'continuing paragraph re-opens with a quotation mark and only the last closes. Short partial ' +
      'quotes inside a sentence, scare quotes and titles are not checked.',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      type: 'object',
      properties: {
        previousParagraph: { type: 'boolean', description: 'Accept an attribution in the paragraph before (default false).' },
      },
      additionalProperties: false,
    },
    messages: {
      missing: 'This quote does not say who said it: add an attribution in its paragraph ("…," the minister said).',
    },
  },
  check({ doc, report, options }) {
    const usePreviousParagraph = options.previousParagraph === true;
    const analysis = quotationsOf(doc);
    const { quotations } = analysis;
    if (quotations.length === 0) return;
    const paragraphs = doc.paragraphs;
    // Top-level quotations by paragraph, for reading the text between them.
    const byParagraph = new Map<number, Quotation[]>();
    for (const q of quotations) {
      if (q.depth > 0) continue;
      const list = byParagraph.get(q.paragraph);
      if (list) list.push(q);
      else byParagraph.set(q.paragraph, [q]);
    }
    const attributedParagraph = new Map<number, boolean>();
    const hasCue = (pi: number): boolean => {
      let known = attributedParagraph.get(pi);
      if (known === undefined) {
        known = proseOutsideQuotes(doc.prose, paragraphs[pi], byParagraph.get(pi) ?? []).some((t) => CUE_RE.test(t));
        attributedParagraph.set(pi, known);
      }
      return known;
    };

    // Asked once: per quote, it read the whole first paragraph again for each of its quotes.
    let headline: boolean | undefined;
    // The story's first paragraph: the first after the front matter's fields.
    let first = 0;
    while (first < paragraphs.length && doc.inFrontMatter(paragraphs[first].start)) first++;
    const titles = doc.frontMatterTitles;
    quotations.forEach((q, index) => {
      if (q.depth > 0 || q.continuesFrom || !isDirectQuote(doc.prose, q)) return;
      if (q.afterColon) return;
      if (titles.some((t) => q.start >= t.start && q.start < t.end)) return;
      if (q.paragraph === first && !q.continuesInto && (headline ??= isHeadline(doc.prose, paragraphs, first))) return;
      if (q.paragraph > 0 && endsWithColon(doc.prose, paragraphs[q.paragraph - 1])) return;
      if (usePreviousParagraph && q.paragraph > 0 && hasCue(q.paragraph - 1)) return;
      const chain = chainOf(analysis, index);
      const chainParagraphs = new Set(chain.map((c) => c.paragraph));
      for (const pi of chainParagraphs) if (hasCue(pi)) return;
      // The whole quotation, over every paragraph of a quote that runs on.
      report({ messageId: 'missing', start: q.start, end: chain[chain.length - 1].end });
    });
  },
};

/**
 * A quotation that needs a speaker: it starts a sentence and reads as speech. Quotations left
 * open (and not continued) are the business of unbalanced-quotes.
 */
function isDirectQuote(prose: string, q: Quotation): boolean {
  if (!q.standalone || q.words === 0) return false;
  if (q.continuesInto) return true;
  if (!q.closed) return false;
  if (q.endsWithPunctuation) return true;
  // Otherwise a title or a phrase ("Sideways" led the field) unless long and ending the sentence.
  const after = prose[q.end];
  return q.words >= LONG_QUOTE_WORDS && (after === undefined || /[.!?\r\n]/.test(after));
}

function proseOutsideQuotes(prose: string, p: { start: number; end: number }, quotes: readonly Quotation[]): string[] {
  const parts: string[] = [];
  let from = p.start;
  for (const q of quotes) {
    if (q.start > from) parts.push(prose.slice(from, q.start));
    from = Math.max(from, q.end);
  }
  if (p.end > from) parts.push(prose.slice(from, p.end));
  return parts;
}

/**
 * A short first paragraph that does not end like a sentence, with more below it: a headline,
 * whose quote the story attributes.
 */
function isHeadline(prose: string, paragraphs: readonly { start: number; end: number }[], first: number): boolean {
  if (paragraphs.length < first + 2) return false;
  const { start, end } = paragraphs[first];
  if (/[.!?]/.test(prose[end - 1] ?? '')) return false;
  // Counts runs of non-space up to one past the limit, without copying the paragraph.
  const word = /\S+/g;
  word.lastIndex = start;
  let words = 0;
  for (let m = word.exec(prose); m && m.index < end; m = word.exec(prose)) {
    if (++words > HEADLINE_WORDS) return false;
  }
  return true;
}

function endsWithColon(prose: string, p: { start: number; end: number }): boolean {
  return p.end > p.start && prose[p.end - 1] === ':';
}
