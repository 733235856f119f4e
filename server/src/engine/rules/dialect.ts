// dialect: American spellings in a British story, or the reverse. With `locale` in the style,
// each spelling of the other locale is flagged, the locale's as the fix. With no locale, the
// story's own first choice decides, one choice per kind of difference: after "organisation",
// "realized" is flagged (fix "realised"); "color" after "organise" is not, a different kind.
// Kinds rather than single words, because a writer who picked -ise for one word has picked it
// for all, while two kinds may mix on purpose (Oxford spelling: "organize", "colour").
//
// The pairs (resources.dialectPairs, US → GB) are built from two SCOWL dictionaries
// (scripts/build-dialect.mjs). Names keep their spelling: "World Health Organization", "Pearl
// Harbor", Australia's "Labor Party" are capitalised in mid-sentence, or capitalised words in a
// row at a sentence start ("Labor Party leaders said"), and are never flagged.

import { lengthBit } from '../text/shape-filter.js';
import { acceptedWord } from '../style-index.js';
import { startsSentence, usedAsName } from '../text/names.js';
import type { TextModel, WordTable } from '../text/model.js';
import type { Locale, Report, Rule, RuleContext } from '../types.js';
import { matchCase } from './misspelling.js';

/** A spelling of one locale, with its counterpart in the other. */
interface Variant {
  locale: Locale;
  other: string;
  /** The kind of difference (see kindOf): a story keeps to one spelling per kind. */
  kind: string;
  /** The US form: what COMPUTING_SENSE is keyed by. */
  us: string;
}

const NAMES: Record<Locale, string> = { 'en-GB': 'British', 'en-US': 'American' };

/**
 * US forms that British English also writes in one sense: "computer program". In an en-GB
 * story they are flagged only when the story has none of the COMPUTING words, and they never
 * count as a choice of locale.
 */
const COMPUTING_SENSE = new Set(['program', 'programs']);
const COMPUTING = new Set([
  'computer', 'computers', 'computing', 'software', 'app', 'apps', 'code', 'coding', 'coder', 'coders',
  'programmer', 'programmers', 'programming', 'malware', 'spyware', 'adware', 'virus', 'viruses',
  'antivirus', 'anti-virus', 'hacker', 'hackers', 'hacking', 'download', 'downloads', 'downloaded',
  'install', 'installs', 'installed', 'installing', 'browser', 'browsers', 'laptop', 'laptops',
  'smartphone', 'smartphones', 'algorithm', 'algorithms', 'chatbot', 'e-mail', 'email', 'pc', 'pcs',
  'linux', 'iphone', 'android', 'database', 'spam', 'trojan',
]);

/** Small words that may stand inside a multi-word name: "Center for Strategic and International Studies". */
const NAME_LINKS = new Set(['of', 'for', 'and', 'on', 'in', 'de', 'du', 'la', 'the']);

export const dialect: Rule = {
  meta: {
    id: 'dialect',
    family: 'style',
    description: 'American spellings in a British story, or the reverse; with no locale, a story that mixes the two.',
    explanation:
      'With `locale: en-GB` in the style file, American spellings ("organization", "color", "center", ' +
      '"traveled", "defense", "gray") are flagged with the British spelling as the fix; with `locale: en-US`, ' +
      'the reverse. With no locale, the story decides: its first spelling of each kind (-ise or -ize, ' +
      '-our or -or, -re or -er, ...) is kept, and a later spelling of the other kind is flagged. Names keep ' +
      'their own spelling ("World Health Organization", "Pearl Harbor", "Labor Party"), and so does ' +
      '"computer program". The style\'s `words` are accepted as written.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      locale: '"{word}" is the {dialect} spelling; the house style ({locale}) has "{fix}".',
      mixed: '"{word}" is the {dialect} spelling, but the story has "{first}", the {firstDialect} one: "{fix}".',
    },
  },
  check(ctx) {
    const pairs = ctx.resources.dialectPairs;
    if (!pairs || pairs.size === 0) return;
    const variants = variantsOf(pairs);
    const locale = ctx.style.locale === 'en-GB' || ctx.style.locale === 'en-US' ? ctx.style.locale : undefined;
    const { doc } = ctx;
    const words = doc.wordTable;
    /** With no locale: the first spelling of each kind, and which locale it is. */
    const firsts = new Map<string, { locale: Locale; text: string }>();
    /** en-GB: "program" findings, kept until the story is known not to be about computing. */
    const computingSense: Report[] = [];

    const consider = (i: number, part: string, start: number, firstPart: boolean) => {
      const variant = variants.get(part.toLowerCase());
      if (!variant) return;
      if (!plainWord(ctx, words, i, part, firstPart)) return;
      // "program" as a choice of en-US, or flagged in en-GB (the fix "programme" is always right).
      const computing = COMPUTING_SENSE.has(variant.us) && variant.locale === 'en-US';
      let report: Report;
      if (locale) {
        if (variant.locale === locale) return;
        report = finding(part, start, variant, 'locale', { locale });
      } else {
        if (computing) return;
        const first = firsts.get(variant.kind);
        if (!first) {
          firsts.set(variant.kind, { locale: variant.locale, text: part });
          return;
        }
        if (first.locale === variant.locale) return;
        report = finding(part, start, variant, 'mixed', { first: first.text, firstDialect: NAMES[first.locale] });
      }
      if (computing) computingSense.push(report);
      else ctx.report(report);
    };

    // Most words are settled by a glance at three characters and the length (the variants'
    // signatures): no lower-case copy, no slice, no Map look-up. Compounds ("well-organized",
    // "Labour-run") are found by the next hyphen in the prose rather than a search of each word.
    const signatures = signaturesOf(variants);
    const hyphens = new Hyphens(words.source);
    // Whether a word needs a closer look depends on its text alone: asked once per distinct
    // word, kept by the vocabulary (most words of a check were met in the checks before).
    const verdicts = words.vocabulary.bytes(signatures, words.vocabularySize);
    for (let i = 0; i < words.length; i++) {
      const id = words.id(i);
      if (verdicts[id] === PLAIN) continue;
      const text = words.text(i);
      const start = words.starts[i];
      if (verdicts[id] === 0) {
        verdicts[id] = mayHoldVariant(text, signatures, variants) ? LOOK : PLAIN;
        if (verdicts[id] === PLAIN) continue;
      }
      if (!hyphens.within(start, start + text.length)) {
        // "organization's": the possessive is kept, the word checked.
        const end = isPossessive(text) ? text.length - 2 : text.length;
        if (signatures.mayBeVariant(text, end)) consider(i, end === text.length ? text : text.slice(0, end), start, true);
        continue;
      }
      // A compound: each part.
      const stem = isPossessive(text) ? text.slice(0, -2) : text;
      let from = 0;
      for (let j = 0; j <= stem.length; j++) {
        if (j < stem.length && !isHyphen(stem.charCodeAt(j))) continue;
        if (j > from && signatures.mayBeVariant(stem, j, from)) consider(i, stem.slice(from, j), start + from, from === 0);
        from = j + 1;
      }
    }
    if (computingSense.length > 0 && !aboutComputing(doc)) for (const r of computingSense) ctx.report(r);
  },
};

function finding(part: string, start: number, variant: Variant, messageId: string, data: Record<string, string>): Report {
  const fix = matchCase(part, variant.other);
  return {
    messageId,
    data: { word: part, fix, dialect: NAMES[variant.locale], ...data },
    start,
    end: start + part.length,
    fix: { title: `Change to "${fix}"`, edits: [{ start, end: start + part.length, newText: fix }] },
  };
}

/**
 * Whether the word (or a part of it) is an ordinary word to check: not a name, not in
 * capitals, not marked "(sic)", not accepted by the style or a copydesk-ignore directive.
 */
function plainWord(ctx: RuleContext, words: WordTable, i: number, part: string, firstPart: boolean): boolean {
  const { doc } = ctx;
  const text = words.text(i);
  const start = words.starts[i];
  if (part !== part.toLowerCase()) {
    if (part.length > 1 && part === part.toUpperCase()) return false;
    // Capitalised: a name, unless it starts a sentence and the story never writes it as one.
    if (!firstPart || !startsSentence(doc.prose, start) || usedAsName(doc, part) || usedAsName(doc, text)) return false;
    if (nameGoesOn(doc, words, i)) return false;
  }
  if (/^\s*[([]sic[)\]]/i.test(doc.prose.slice(start + text.length, start + text.length + 8))) return false;
  return !acceptedWord(ctx, part) && (part === text || !acceptedWord(ctx, text));
}

/**
 * Whether word i is the first of a capitalised name at a sentence start: the next word, or the
 * one after a small linking word ("Center for Strategic …"), is capitalised, with only spaces
 * between them on one line.
 */
function nameGoesOn(doc: TextModel, words: WordTable, i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + 2; j++) {
    if (!/^[ \t\u00a0]+$/.test(doc.prose.slice(words.end(j - 1), words.starts[j]))) return false;
    const next = words.text(j);
    if (/^\p{Lu}/u.test(next)) return true;
    if (!NAME_LINKS.has(next)) return false;
  }
  return false;
}

/** Whether the story is about computing (where British English writes "program"). */
function aboutComputing(doc: TextModel): boolean {
  return doc.memo('dialect:computing', () => {
    const words = doc.wordTable;
    for (let i = 0; i < words.length; i++) if (COMPUTING.has(words.text(i).toLowerCase())) return true;
    return false;
  });
}

/** Verdicts by word id: no variant in it, or one may be (the check then reads it as before). */
const PLAIN = 1;
const LOOK = 2;

/** Whether `text` is a compound, or a variant spelling (its possessive's stem included). */
function mayHoldVariant(text: string, signatures: Signatures, variants: ReadonlyMap<string, Variant>): boolean {
  for (let j = 0; j < text.length; j++) if (isHyphen(text.charCodeAt(j))) return true;
  const end = isPossessive(text) ? text.length - 2 : text.length;
  return signatures.mayBeVariant(text, end) && variants.has(text.slice(0, end).toLowerCase());
}

function isPossessive(text: string): boolean {
  const n = text.length;
  const apostrophe = text.charCodeAt(n - 2);
  return n > 2 && (text.charCodeAt(n - 1) === 0x73 || text.charCodeAt(n - 1) === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010;
}

/**
 * The hyphens (- and ‐) of a text, asked about in order: each kind is searched for from where
 * the last was found, so the text is read once for each kind however many hyphens it has.
 */
class Hyphens {
  private dash: number;
  private hyphen: number;

  constructor(private readonly text: string) {
    this.dash = found(text.indexOf('-'));
    this.hyphen = found(text.indexOf('\u2010'));
  }

  /** Whether text[start, end) holds a hyphen; `start` never goes back between calls. */
  within(start: number, end: number): boolean {
    if (this.dash < start) this.dash = found(this.text.indexOf('-', start));
    if (this.hyphen < start) this.hyphen = found(this.text.indexOf('\u2010', start));
    return this.dash < end || this.hyphen < end;
  }
}

/** An indexOf result, with Infinity for none. */
function found(index: number): number {
  return index === -1 ? Infinity : index;
}

/**
 * What the variants look like at a glance, in two tables of the lengths of the variants (one
 * bit each) by three of their characters (the low five bits of each, so A and a, and a few
 * others, share a slot): the first, second and last, then the third, last but one and fourth.
 * One word in twelve of a story passes the first, one in fifty both, to the look-up.
 */
class Signatures {
  private readonly outer = new Uint32Array(1 << 15);
  private readonly inner = new Uint32Array(1 << 15);
  /** Whether every variant is in ASCII; otherwise the signatures are not used. */
  private readonly ascii: boolean;

  constructor(keys: Iterable<string>) {
    let ascii = true;
    for (const key of keys) {
      if (/[^\x00-\x7f]/.test(key)) ascii = false;
      const n = key.length;
      if (n === 0) continue;
      this.outer[slot(key.charCodeAt(0), charAt(key, 1, n), key.charCodeAt(n - 1))] |= lengthBit(n);
      this.inner[slot(charAt(key, 2, n), n > 1 ? key.charCodeAt(n - 2) : 0, charAt(key, 3, n))] |= lengthBit(n);
    }
    this.ascii = ascii;
  }

  /**
   * Whether text[from, to) may be a variant in some case. Never a false "no" while the
   * variants are ASCII: a part whose lower case is one has its length, and its characters
   * lower-case to the variant's; past ASCII (where "K", the Kelvin sign, lower-cases to "k")
   * the part is always looked up.
   */
  mayBeVariant(text: string, to: number, from = 0): boolean {
    if (!this.ascii) return true;
    const n = to - from;
    const bit = lengthBit(n);
    const first = text.charCodeAt(from);
    const second = charAt(text, from + 1, to);
    const last = text.charCodeAt(to - 1);
    if ((first | second | last) >= 128) return true;
    if ((this.outer[slot(first, second, last)] & bit) === 0) return false;
    const third = charAt(text, from + 2, to);
    const beforeLast = n > 1 ? text.charCodeAt(to - 2) : 0;
    const fourth = charAt(text, from + 3, to);
    if ((third | beforeLast | fourth) >= 128) return true;
    return (this.inner[slot(third, beforeLast, fourth)] & bit) !== 0;
  }
}

/** The code of text[i], 0 past `to`. */
function charAt(text: string, i: number, to: number): number {
  return i < to ? text.charCodeAt(i) : 0;
}

/** The slot of three characters: five bits of each. */
function slot(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

const signatureCache = new WeakMap<Map<string, Variant>, Signatures>();

/** The variants' signatures, built once per list. */
function signaturesOf(variants: Map<string, Variant>): Signatures {
  let signatures = signatureCache.get(variants);
  if (!signatures) {
    signatures = new Signatures(variants.keys());
    signatureCache.set(variants, signatures);
  }
  return signatures;
}

const variantCache = new WeakMap<ReadonlyMap<string, string>, Map<string, Variant>>();

/** Both spellings of every pair, each pointing at the other, built once per list. */
function variantsOf(pairs: ReadonlyMap<string, string>): Map<string, Variant> {
  let variants = variantCache.get(pairs);
  if (!variants) {
    variants = new Map();
    for (const [us, gb] of pairs) {
      const kind = kindOf(us, gb);
      variants.set(us, { locale: 'en-US', other: gb, kind, us });
      if (!variants.has(gb)) variants.set(gb, { locale: 'en-GB', other: us, kind, us });
    }
    variantCache.set(pairs, variants);
  }
  return variants;
}

/**
 * The kind of difference between two spellings: the letters that differ once the common start
 * and end are set aside, "z/s" for organize/organise and realized/realised, "/u" for
 * color/colour and molded/moulded, "er/re" for center/centre, "/l" for traveled/travelled.
 * -yze/-yse is a kind of its own ("yz/ys"): Oxford spelling writes "organize" but "analyse".
 */
export function kindOf(us: string, gb: string): string {
  let p = 0;
  while (p < us.length && p < gb.length && us[p] === gb[p]) p++;
  let s = 0;
  while (s < us.length - p && s < gb.length - p && us[us.length - 1 - s] === gb[gb.length - 1 - s]) s++;
  const a = us.slice(p, us.length - s);
  const b = gb.slice(p, gb.length - s);
  return a === 'z' && us[p - 1] === 'y' ? 'yz/ys' : `${a}/${b}`;
}
