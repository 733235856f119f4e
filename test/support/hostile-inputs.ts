// Hostile inputs for the engine and the CLI (issue 10): each generator builds a draft of about
// `size` UTF-16 characters (all ASCII, so characters = bytes) that once drove some check into
// super-linear time, a deep recursion or a large allocation. Shared by test/hostile.test.ts
// (behaviour at small sizes) and scripts/bench/hostile.mjs (timings at 100 KB … 1.6 MB).
//
// A generator is deterministic: the same size always gives the same text.

export type HostileLanguage = 'plaintext' | 'markdown' | 'newsdraft';

export interface HostileInput {
  text: string;
  languageId: HostileLanguage;
}

export interface HostileGenerator {
  /** Short name, used as a test title and a bench row. */
  name: string;
  /** What the input is and what it once broke. */
  description: string;
  /** File extension the CLI maps to `languageId`. */
  extension: '.txt' | '.md' | '.draft';
  make(size: number): HostileInput;
}

/** `unit` repeated to `size` characters (cut to length). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** `head` + `unit`s + `tail`, about `size` characters in all. */
function framed(head: string, unit: string, tail: string, size: number): string {
  return head + fill(unit, Math.max(unit.length, size - head.length - tail.length)) + tail;
}

/**
 * Ordinary news sentences, with what the rules look for: quotes with and without attribution,
 * an acronym spelled out after its first use and one never spelled out, misspellings (one
 * capitalised at a sentence start), a repeated word, names.
 */
const NEWS_SENTENCES = [
  'US President Donald Trump and Turkish leader Recep Tayyip Erdogan agreed to work "more closely" on Libya, the Turkish presidency said.',
  'Turkey supports the UN-recognised Government of National Accord (GNA) in Tripoli.',
  'The GNA took advantage of Turkish military support to re-impose its control.',
  '"We will not stand by while the capital is shelled," Mr Dein said.',
  'It was interally agreed that the the talks would resume on Monday.',
  '"This is a turning point for the region and for all of us."',
  'Officials in Ankara declined to comment on the report.',
  'Khalifa Haftar launched an offensive in April 2019 to seize Tripoli.',
  'Interally, officials at the KPQ described the talks as "frank".',
  'The KPQ said it would publish its findings.',
];

/** News sentences joined with spaces, cut to `size`. */
function newsRun(size: number): string {
  return fill(NEWS_SENTENCES.join(' ') + ' ', size);
}

/** Lines `line(1)`, `line(2)`, … until about `size` characters. */
function numberedLines(size: number, line: (n: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let n = 1; length < size; n++) {
    const l = line(n);
    out.push(l);
    length += l.length + 1;
  }
  return out.join('\n') + '\n';
}

export const HOSTILE_GENERATORS: readonly HostileGenerator[] = [
  {
    name: 'double-quote marks',
    description: 'nothing but " marks (23 s at 100 KB before issue 10)',
    extension: '.txt',
    make: (size) => ({ text: fill('"', size), languageId: 'plaintext' }),
  },
  {
    name: 'single-quote marks',
    description: "nothing but ' marks, between spaces and words",
    extension: '.txt',
    make: (size) => ({ text: fill("'a ' ", size), languageId: 'plaintext' }),
  },
  {
    name: 'run of spaces',
    description: 'a line of nothing but spaces between two lines of text (10 s per 100 KB before)',
    extension: '.txt',
    make: (size) => ({ text: framed('It began.\n', ' ', '\nIt ended.\n', size), languageId: 'plaintext' }),
  },
  {
    name: 'capitalised misspelling',
    description: '"Interally. " repeated: the name test looked the whole story up for every word (29 s at 100 KB)',
    extension: '.txt',
    make: (size) => ({ text: fill('Interally. ', size), languageId: 'plaintext' }),
  },
  {
    name: 'quotes in a headline-like first paragraph',
    description: 'a first paragraph full of direct quotes: the headline test ran once per quote (8.5 s at 100 KB)',
    extension: '.txt',
    make: (size) => ({
      text: framed('', '"We will go to the talks tomorrow." ', ' and more\n\nThe second paragraph.\n', size),
      languageId: 'plaintext',
    }),
  },
  {
    name: 'acronym on a shouting line',
    description: 'one acronym repeated on an all-capital line: the line was scanned per use (13 s at 400 KB)',
    extension: '.txt',
    make: (size) => ({ text: framed('', 'THE XQZ SAYS ', '\n', size), languageId: 'plaintext' }),
  },
  {
    name: 'run of full stops',
    description: 'one line of full stops and exclamation marks, the sentence splitter’s worst case',
    extension: '.txt',
    make: (size) => ({ text: framed('It ended', '.!', ' quietly\n', size), languageId: 'plaintext' }),
  },
  {
    name: 'dotted words before a web address',
    description: 'a.b.c.… with one address earlier: the bare-domain pattern retried from every dot',
    extension: '.txt',
    make: (size) => ({ text: framed('See example.com for more: ', 'a.', 'b\n', size), languageId: 'plaintext' }),
  },
  {
    name: 'unclosed editor notes',
    description: 'news draft with "[[" and no "]]": the note pattern searched to the end from each',
    extension: '.draft',
    make: (size) => ({ text: fill('[[ note ', size), languageId: 'newsdraft' }),
  },
  {
    name: 'news text on one line',
    description: 'ordinary news sentences with no line break (5 MB: 44 s before)',
    extension: '.txt',
    make: (size) => ({ text: newsRun(size), languageId: 'plaintext' }),
  },
  {
    name: 'markdown: > marks',
    description: 'a line of > (blockquotes nested as deep as the line is long): over 60 s at 100 KB',
    extension: '.md',
    make: (size) => ({ text: framed('', '>', ' The end of it.\n', size), languageId: 'markdown' }),
  },
  {
    name: 'markdown: [ marks',
    description: 'a line of [ (13–16 s and 2.5 GB at 1.6 MB)',
    extension: '.md',
    make: (size) => ({ text: framed('', '[', ' text\n', size), languageId: 'markdown' }),
  },
  {
    name: 'markdown: blank lines',
    description: 'nothing but line breaks',
    extension: '.md',
    make: (size) => ({ text: fill('\n', size), languageId: 'markdown' }),
  },
  {
    name: 'markdown: nested blockquotes',
    description: 'one blockquote inside another on each line, ever deeper (a stack overflow at 10,000)',
    extension: '.md',
    make: (size) => ({ text: framed('', '> ', 'They said "yes" to it.\n', size), languageId: 'markdown' }),
  },
  {
    name: 'markdown: nested list items',
    description: 'a list item inside another, "- - - …" (a stack overflow at 10,000, after 37 s)',
    extension: '.md',
    make: (size) => ({ text: framed('', '- ', 'an item\n', size), languageId: 'markdown' }),
  },
  {
    name: 'markdown: indented list ladder',
    description: 'each line a list item indented one level deeper than the last',
    extension: '.md',
    make: (size) => ({
      // Indentation grows per line, so depth grows as the square root of the size.
      text: numberedLines(size, (depth) => `${'  '.repeat(depth - 1)}- item ${depth}`),
      languageId: 'markdown',
    }),
  },
  {
    name: 'markdown: directive over deep nesting',
    description:
      'a copydesk directive, then paragraphs in blockquotes 100 deep: the directives parsed the whole text a second time, by recursion',
    extension: '.md',
    make: (size) => ({
      text: framed(
        '<!-- copydesk-disable misspelling -->\n\nIt was interally agreed.\n\n',
        `${'> '.repeat(100)}It was interally agreed, "we will go," he said.\n\n`,
        // A directive inside the deep part too, naming no rule: the directive rule reports it.
        `\n\n${'> '.repeat(100)}<!-- copydesk-disable no-such-rule -->\n`,
        size,
      ),
      languageId: 'markdown',
    }),
  },
  {
    name: 'markdown: news paragraphs',
    description: 'ordinary news sentences as Markdown paragraphs with emphasis and links',
    extension: '.md',
    make: (size) => ({
      text: fill(NEWS_SENTENCES.map((s, i) => (i % 3 === 0 ? `*${s}* [link](https://example.com/${i})` : s)).join('\n\n') + '\n\n', size),
      languageId: 'markdown',
    }),
  },
];

/** The generator called `name`; throws on a name no generator has. */
export function hostileGenerator(name: string): HostileGenerator {
  const g = HOSTILE_GENERATORS.find((x) => x.name === name);
  if (!g) throw new Error(`no hostile generator named "${name}"`);
  return g;
}
