// acronym-first-use: an acronym used before the story spells it out ("GNA" two paragraphs
// before "Government of National Accord (GNA)"), fixed by spelling it out at that first use;
// or an acronym the story leans on but never explains and a news reader cannot be expected to
// know (no fix: only the writer knows what it stands for).
//
// Precision comes first: edited copy is full of acronyms nobody spells out (BBC, PC, DVD, and
// company names such as AOL or EMI). "Never spelled out" is therefore reported only for an
// acronym used more than once (`minUses`), not on the known list, never explained anywhere in
// the story (in parentheses, or as a run of words whose initials spell it), and not read as a
// name (a company, a band, a person's initials) from the words around it. Headlines, shouted
// all-capital lines, Roman numerals, codes with digits (MP3, PS2) and tickers are skipped.

import { insideAny, quotations, spelledOut, storyDefinitions, stripPlural, type Definition } from '../text/definitions.js';
import type { Span, TextModel } from '../text/model.js';
import { styleIndex, type EntityInfo, type StyleIndex } from '../style-index.js';
import type { Rule } from '../types.js';

/** One use of an all-capital token in the prose. */
interface Use {
  start: number;
  end: number;
  /** The token as written, plural s included: "MPs". */
  text: string;
}

/**
 * A capital, then capitals, digits or & (ending on a capital or a digit), hyphenated parts
 * of the same kind ("EV-DO", "CD-ROM"), then a plural s.
 */
const TOKEN_RE = /[A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z0-9&]*[A-Z0-9])*s?/g;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}&]/u;
const ROMAN_RE = /^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** "(NYSE: IBM)": a ticker after an exchange's name. */
const TICKER_BEFORE_RE = /(?:NYSE|Nasdaq|NASDAQ|LSE|AMEX|TSX|ASX|FTSE|ticker|symbol)\s*:\s*$/;

/** The word before an acronym that shows it is the name of a company, band, outlet or place. */
const NAME_BEFORE = new Set([
  'agency', 'airline', 'arena', 'band', 'bank', 'banks', 'bourse', 'brand', 'broadcaster',
  'broadcasters', 'broker', 'carmaker', 'carmakers', 'carrier', 'chain', 'channel', 'channels',
  'character', 'chipmaker', 'club', 'companies', 'company', 'conglomerate', 'consultancy',
  'developer', 'developers', 'distributor', 'duo', 'exchange', 'firm', 'firms', 'fund', 'giant',
  'giants', 'group', 'institute', 'insurer', 'insurers', 'lab', 'laboratory', 'label', 'labels',
  'lender', 'magazine', 'maker', 'makers', 'manufacturer', 'manufacturers', 'network', 'networks',
  'newspaper', 'operator', 'operators', 'outfit', 'owner', 'paper', 'partner', 'producer',
  'provider', 'providers', 'publisher', 'publishers', 'rapper', 'regulator', 'retailer',
  'retailers', 'rival', 'rivals', 'singer', 'site', 'station', 'stations', 'studio', 'studios',
  'subsidiary', 'supplier', 'telecoms', 'utility', 'venue', 'watchdog', 'website',
]);
/** The word after an acronym that shows it is a name. */
const NAME_AFTER = new Set([
  'Inc', 'Corp', 'Corporation', 'plc', 'PLC', 'Ltd', 'Group', 'Holdings', 'AG', 'SA', 'NV', 'Co',
  'Bank', 'Airways', 'Airlines', 'Records', 'Music', 'Entertainment', 'Studios', 'Motors', 'Telecom',
  'Networks', 'Systems', 'Electronics', 'Technologies', 'Software', 'Games', 'Interactive',
  'Capital', 'Partners', 'Securities', 'Financial', 'Insurance', 'Media', 'Pictures', 'Films',
  'Energy', 'Petroleum', 'Communications', 'Wireless', 'Mobile', 'Online', 'Europe', 'International',
  'News', 'Television', 'Radio', 'Channel', 'Sports', 'shares', 'chief', 'boss', 'bosses',
  'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'chairman', 'founder',
  'subscribers', 'users', 'customers', 'shareholders', 'stores', 'shops', 'labels', 'TV',
]);

function optionList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export const acronymFirstUse: Rule = {
  meta: {
    id: 'acronym-first-use',
    family: 'naming',
    description: 'An acronym used before it is spelled out, or never spelled out.',
    explanation:
      'Readers meet an acronym with no idea what it stands for unless the story spells it out at ' +
      'its first use: "Government of National Accord (GNA)", then "GNA". The fix moves the full name ' +
      'to the first use (the later spelled-out form then becomes an entity-naming finding). ' +
      'Acronyms every news reader knows (US, UN, BBC, NATO, CEO …) need no spelling out; add your ' +
      'own with the rule\'s "known" option. An acronym is reported as never spelled out only when ' +
      'the story uses it more than once ("minUses", default 2) and nothing around it shows it is a ' +
      'name, such as "music firm EMI".',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      type: 'object',
      properties: {
        minUses: { type: 'integer', minimum: 1, description: 'Uses before an acronym never spelled out is reported (default 2).' },
        known: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'More acronyms readers know.' },
      },
      additionalProperties: false,
    },
    messages: {
      usedBeforeDefinition: '"{acronym}" is used before it is spelled out ("{full} ({acronym})" comes later).',
      neverSpelledOut: '"{acronym}" is never spelled out; give the full name at its first use, as "Full Name ({acronym})".',
      neverSpelledOutStyle: '"{acronym}" is never spelled out; at its first use write "{full} ({acronym})".',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const prose = doc.prose;
    const { definitions, explained } = storyDefinitions(doc);
    const headlines = new Headlines(doc);
    const uses = allCapsUses(prose, headlines);
    // The house style's acronyms are known too; its entities' short forms are not (see step 3).
    const style = styleIndex(ctx.style);
    // Many stories: no definition and no acronym used often enough for step 2 (`minUses`).
    // Nothing below could report, so nothing below is set up.
    if (definitions.length === 0 && style.entityByShort.size === 0 && !anyUsedOften(uses, ctx.options.minUses)) return;
    const isShouting = shoutingTest(prose);
    const known = new KnownAcronyms(ctx.resources.knownAcronyms, optionList(ctx.options.known), style.acronyms);
    const reported = new Set<string>();

    // 1. Used before the story's own definition (the first definition of each short form).
    const firstDefinition = new Map<string, Definition>();
    for (const d of definitions) if (!firstDefinition.has(d.base) && !known.has(d.base)) firstDefinition.set(d.base, d);
    // Title-case short forms ("Opec") are not all-capital tokens: found in one more pass.
    const titleCase = [...firstDefinition.values()].filter((d) => !uses.has(d.base));
    const titleCaseUses = titleCase.length > 0 ? firstUsesBefore(prose, titleCase, headlines) : new Map<string, Use>();
    for (const def of firstDefinition.values()) {
      const use = uses.has(def.base) ? uses.get(def.base)!.find((u) => u.start < def.start) : titleCaseUses.get(def.base);
      if (!use) continue;
      reported.add(def.base);
      // Only when the use reads exactly as the definition's short form, standing alone ("GNA's",
      // "GNA-backed", or "PVR" before "… recorders (PVRs)", would need rewording), and is not
      // inside a quotation.
      const fixable =
        use.text === def.short &&
        !/['’-]/.test(prose[use.end] ?? '') &&
        prose[use.start - 1] !== '-' &&
        !insideAny(quotations(doc), use.start);
      const spelled = `${def.full} (${def.short})`;
      ctx.report({
        messageId: 'usedBeforeDefinition',
        data: { acronym: def.base, full: def.full },
        start: use.start,
        end: use.end,
        fix: fixable ? { title: spellOutTitle(def.short, spelled), edits: [{ start: use.start, end: use.end, newText: spelled }] } : undefined,
      });
    }

    // 2. Never spelled out: cheap tests first, the search for the words that spell it last.
    const minUses = typeof ctx.options.minUses === 'number' ? ctx.options.minUses : 2;
    let explainedBases: Set<string> | undefined;
    const unexplained: { base: string; first: Use }[] = [];
    for (const [base, list] of uses) {
      if (style.entityByShort.has(base)) continue; // step 3
      if (list.length < minUses || reported.has(base) || known.has(base)) continue;
      if (/[0-9&-]/.test(base) || base.length > 6 || ROMAN_RE.test(base)) continue;
      explainedBases ??= new Set(explained.map((e) => e.base));
      if (explainedBases.has(base)) continue;
      // One use read as a name rules the acronym out, whatever the others: asked before the
      // shouting test, which reads a whole line.
      if (list.some((u) => readsAsName(prose, u))) continue;
      const first = list.find((u) => !isCodeOrTicker(prose, u) && !isShouting(u));
      if (first) unexplained.push({ base, first });
    }
    const spelled = spelledOut(doc, unexplained.map((u) => u.base));
    for (const { base, first } of unexplained) {
      if (spelled.has(base)) continue;
      ctx.report({ messageId: 'neverSpelledOut', data: { acronym: base }, start: first.start, end: first.end });
    }

    // 3. A style entity's short form the story never spells out. The style says what it stands
    // for, so the guesses of step 2 (used once, read as a name, too long) excuse nothing, and
    // the fix spells it out at the first use from the style's name.
    if (style.entityByShort.size === 0) return;
    explainedBases ??= new Set(explained.map((e) => e.base));
    const entityUses: { info: EntityInfo; first: Use }[] = [];
    const entityCandidates = new Map<string, Use[]>();
    for (const [base, list] of uses) if (style.entityByShort.has(base)) entityCandidates.set(base, list);
    if (style.entityShortsNotCapitals.size > 0) mixedCaseUses(doc, style, headlines, entityCandidates);
    for (const [base, list] of entityCandidates) {
      if (reported.has(base) || known.has(base) || explainedBases.has(base)) continue;
      const first = list.find((u) => !isCodeOrTicker(prose, u) && !isShouting(u));
      if (first) entityUses.push({ info: style.entityByShort.get(base)!, first });
    }
    const spelledEntities = spelledOut(doc, entityUses.map((u) => u.info.base!).filter((b) => /^[A-Z&]+$/.test(b)));
    for (const { info, first } of entityUses) {
      if (spelledEntities.has(info.base!)) continue;
      const short = info.short!;
      const fixable =
        first.text === short &&
        !/['’-]/.test(prose[first.end] ?? '') &&
        prose[first.start - 1] !== '-' &&
        !insideAny(quotations(doc), first.start);
      const spelled = `${info.name} (${short})`;
      ctx.report({
        messageId: 'neverSpelledOutStyle',
        data: { acronym: short, full: info.name },
        start: first.start,
        end: first.end,
        fix: fixable ? { title: spellOutTitle(short, spelled), edits: [{ start: first.start, end: first.end, newText: spelled }] } : undefined,
      });
    }
  },
};

/** For the early way out: whether any acronym is used at least `minUses` times (default 2). */
function anyUsedOften(uses: ReadonlyMap<string, readonly Use[]>, minUses: unknown): boolean {
  const min = typeof minUses === 'number' ? minUses : 2;
  for (const list of uses.values()) if (list.length >= min) return true;
  return false;
}

/** The known list, the rule's "known" option and the style's acronyms, as one test. */
class KnownAcronyms {
  private readonly extra: ReadonlySet<string> | undefined;

  constructor(
    private readonly list: ReadonlySet<string> | undefined,
    extra: readonly string[],
    private readonly style: ReadonlySet<string>,
  ) {
    this.extra = extra.length > 0 ? new Set(extra) : undefined;
  }

  has(base: string): boolean {
    return this.list?.has(base) === true || this.extra?.has(base) === true || this.style.has(base);
  }
}

/**
 * The headline and headings (headlineSpans), found only when first asked about: a story
 * with no acronym outside a word never needs them.
 */
class Headlines {
  private spans: Span[] | undefined;

  constructor(private readonly doc: TextModel) {}

  has(offset: number): boolean {
    this.spans ??= headlineSpans(this.doc);
    return insideAny(this.spans, offset);
  }
}

/** 'Spell out "WFP" at its first use: "World Food Programme (WFP)"' */
function spellOutTitle(short: string, spelled: string): string {
  return `Spell out "${short}" at its first use: "${spelled}"`;
}

/** Uses of style short forms that are not all capitals ("Opec"), by base: one pass over the words. */
function mixedCaseUses(doc: TextModel, style: StyleIndex, headlines: Headlines, into: Map<string, Use[]>): void {
  const bases = style.entityShortsNotCapitals;
  // The word table, not doc.words: no Word object per word of a long story.
  const words = doc.wordTable;
  for (let i = 0; i < words.length; i++) {
    const text = words.text(i);
    // Most words are ruled out by their first letter and length, before any string is hashed.
    if (!style.mayBeShortNotCapitals(text)) continue;
    let base = text;
    if (!bases.has(base)) {
      // A plural or a possessive: "Opecs", "Opec's" (the model's words hold the 's).
      base = /['’]s$/.test(base) ? base.slice(0, -2) : base.endsWith('s') ? base.slice(0, -1) : base;
      if (!bases.has(base)) continue;
    }
    const start = words.starts[i];
    if (headlines.has(start)) continue;
    const end = text === base || text === base + 's' ? words.end(i) : start + base.length;
    let list = into.get(base);
    if (!list) into.set(base, (list = []));
    list.push({ start, end, text: text.slice(0, end - start) });
  }
}

/**
 * The headline and headings, where short forms are the convention: in Markdown every ATX or
 * setext heading; in plain text the first line, when more text follows and it reads as a
 * headline (no closing punctuation, at most 20 words).
 */
function headlineSpans(doc: TextModel): Span[] {
  if (doc.languageId === 'markdown') {
    // The front matter's title is the headline; its other fields are not headings.
    return [...doc.frontMatterTitles, ...doc.paragraphs.filter((p) => !doc.inFrontMatter(p.start) && isMarkdownHeading(doc.text, p))];
  }
  const prose = doc.prose;
  const first = /\S[^\r\n]*/.exec(prose);
  if (!first) return [];
  const line = first[0].trimEnd();
  const end = first.index + line.length;
  if (!/\S/.test(prose.slice(end)) || /[.!?:;,]["”’)]?$/.test(line) || line.split(/\s+/).length > 20) return [];
  return [{ start: first.index, end }];
}

function isMarkdownHeading(text: string, p: Span): boolean {
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  if (/^ {0,3}#{1,6}(?:\s|$)/.test(text.slice(lineStart, p.start + 1))) return true;
  const after = /^[^\S\r\n]*(?:\r\n|\r|\n) {0,3}(?:=+|-+)[^\S\r\n]*(?:\r\n|\r|\n|$)/;
  return after.test(text.slice(p.end, p.end + 200));
}

/** For each definition, the first use of its short form before it, outside headlines: one pass. */
function firstUsesBefore(prose: string, defs: readonly Definition[], headlines: Headlines): Map<string, Use> {
  const byBase = new Map(defs.map((d) => [d.base, d]));
  const head = prose.slice(0, Math.max(...defs.map((d) => d.start)));
  const found = new Map<string, Use>();
  for (const [index, text] of wholeWordUses(head, [...byBase.keys()])) {
    const def = byBase.get(text) ?? byBase.get(text.slice(0, -1));
    if (!def || found.has(def.base) || index >= def.start || headlines.has(index)) continue;
    found.set(def.base, { start: index, end: index + text.length, text });
  }
  return found;
}

/** Short forms made only of what the word scan below may stand on (definitions.ts makes no other). */
const PLAIN_BASE_RE = /^[A-Za-z0-9&]+$/;

/**
 * Where each base, or a base and a plural s, stands as a whole word in `s`, in order: what
 * /(?<![\p{L}\p{M}\p{N}&])(?:BASES)s?(?![\p{L}\p{M}\p{N}&])/gu finds. Found with indexOf,
 * since a pattern of Unicode classes took most of a millisecond to compile, once per story
 * that has a title-case short form. A base of letters, digits and & is all word characters,
 * so a use is the whole run of them at its place, whichever base matched, and uses never
 * overlap. Any other base goes to the pattern.
 */
function wholeWordUses(s: string, bases: readonly string[]): [number, string][] {
  if (!bases.every((b) => PLAIN_BASE_RE.test(b))) {
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}&])(?:${bases.map(escape).join('|')})s?(?![\\p{L}\\p{M}\\p{N}&])`, 'gu');
    return [...s.matchAll(re)].map((m) => [m.index, m[0]]);
  }
  const at = new Map<number, string>();
  for (const base of bases) {
    for (let i = s.indexOf(base); i !== -1; i = s.indexOf(base, i + 1)) {
      if (at.has(i) || wordCodePointBefore(s, i)) continue;
      let end = i + base.length;
      // "Opecs": a plural s, then the word must end.
      if (wordCodePointAt(s, end)) {
        if (s.charCodeAt(end) !== 115 || wordCodePointAt(s, end + 1)) continue;
        end++;
      }
      at.set(i, s.slice(i, end));
    }
  }
  return [...at].sort((a, b) => a[0] - b[0]);
}

/** Whether the code point at `i` (a surrogate pair read whole) is a letter, mark, digit or &. */
function wordCodePointAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c);
  const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(s.charCodeAt(i + 1));
  return WORD_CHAR_RE.test(pair ? s.slice(i, i + 2) : s[i]);
}

/** Whether the code point ending just before `i` is a letter, mark, digit or &. */
function wordCodePointBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return isAsciiWordChar(c);
  const pair = isLowSurrogate(c) && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
  return WORD_CHAR_RE.test(pair ? s.slice(i - 2, i) : s[i - 1]);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every all-capital token with two capitals or more, by its base (plural s dropped), in order. */
function allCapsUses(prose: string, headlines: Headlines): Map<string, Use[]> {
  const byBase = new Map<string, Use[]>();
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(prose); m; m = TOKEN_RE.exec(prose)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && isWordChar(prose[start - 1])) continue;
    if (end < prose.length && isWordChar(prose[end])) continue;
    const text = m[0];
    const base = stripPlural(text);
    if (countCapitals(base) < 2 || headlines.has(start)) continue;
    let uses = byBase.get(base);
    if (!uses) byBase.set(base, (uses = []));
    uses.push({ start, end, text });
  }
  return byBase;
}

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return isAsciiWordChar(code);
  return WORD_CHAR_RE.test(c);
}

/** [A-Za-z0-9&]: the ASCII part of WORD_CHAR_RE. */
function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 38;
}

function countCapitals(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 65 && s.charCodeAt(i) <= 90) n++;
  return n;
}

/**
 * `isShouting(use)`: part of a run of three all-capital words, or of a line two-thirds in
 * capitals. The line's answer is computed once per line and its place found by binary search
 * over the line breaks: scanning the line for each use was quadratic on a long shouted line.
 */
function shoutingTest(prose: string): (use: Use) => boolean {
  let breaks: number[] | undefined;
  const lineShouts = new Map<number, boolean>();
  return (use) => {
    if (!breaks) {
      breaks = [];
      for (let i = prose.indexOf('\n'); i !== -1; i = prose.indexOf('\n', i + 1)) breaks.push(i);
    }
    // The first line break at or after use.start (a token holds none, so also after use.end).
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < use.start) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo > 0 ? breaks[lo - 1] + 1 : 0;
    const lineEnd = lo < breaks.length ? breaks[lo] : prose.length;
    const before = prose.slice(Math.max(lineStart, use.start - 40), use.start);
    const after = prose.slice(use.end, Math.min(lineEnd, use.end + 40));
    const capsBefore = /[A-Z]{2,}[^\S\r\n]+$/.test(before);
    const capsAfter = /^[^\S\r\n]+[A-Z]{2,}(?![a-z])/.test(after);
    if (capsBefore && capsAfter) return true;
    let shouts = lineShouts.get(lineStart);
    if (shouts === undefined) {
      const words = prose.slice(lineStart, lineEnd).match(/\p{L}{2,}/gu) ?? [];
      let caps = 0;
      for (const w of words) if (inCapitals(w)) caps++;
      shouts = caps >= 3 && caps * 3 >= words.length * 2;
      lineShouts.set(lineStart, shouts);
    }
    return shouts;
  };
}

/**
 * w === w.toUpperCase(), without the copy for a word with a lower-case ASCII letter in its
 * first two (nearly every word of a line of prose): upper-casing would change that letter.
 */
function inCapitals(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if ((a >= 97 && a <= 122) || (b >= 97 && b <= 122)) return false;
  return w === w.toUpperCase();
}

/**
 * Not an acronym in running text: a ticker ("NYSE: IBM"), a currency ("HK$327m"), part of a
 * title or code joined by a colon, slash or dot ("CSI:NY", "In-Stat/MDR", "Bagle.AT"), or of
 * a hyphenated product name ("OMAP-Vox").
 */
function isCodeOrTicker(prose: string, use: Use): boolean {
  const before = prose[use.start - 1] ?? ' ';
  const after = prose.slice(use.end, use.end + 2);
  if (/^[$£€¥]/.test(after) || /^[:/.]\w/.test(after) || /^-\p{Lu}/u.test(after) || /[:/.]/.test(before)) return true;
  return TICKER_BEFORE_RE.test(prose.slice(Math.max(0, use.start - 12), use.start));
}

/**
 * "music firm EMI", "lobby group the CBI", "AOL Europe", "EMI shares", "JK Rowling", "known as
 * DAB": the acronym is a name, or is introduced as one.
 */
function readsAsName(prose: string, use: Use): boolean {
  const head = prose.slice(Math.max(0, use.start - 30), use.start);
  const before = /(\S+)[^\S\r\n]+(?:the[^\S\r\n]+)?$/u.exec(head);
  if (before) {
    const word = before[1].replace(/['’]s$/, '');
    if (NAME_BEFORE.has(word.toLowerCase())) return true;
    // A model code before it: "Mercedes Benz C180 SE".
    if (/\p{L}/u.test(word) && /\p{N}/u.test(word)) return true;
  }
  // The sentence introduces it as a name: "the technology is known as DAB", "renamed CFX".
  if (/\b(?:known as|called|dubbed|named|renamed|short for)[^\S\r\n]+$/.test(head)) return true;
  const tail = prose.slice(use.end, use.end + 60);
  // An apposition naming what it is: "EDS, the computer firm which …".
  const apposition = /^,[^\S\r\n]+(?:the|a|an)((?:[^\S\r\n]+[\p{L}-]+){1,4})/u.exec(tail);
  if (apposition && apposition[1].trim().split(/\s+/).some((w) => NAME_BEFORE.has(w.toLowerCase()))) return true;
  const after = /^(?:['’]s)?[^\S\r\n]+(\S+)/u.exec(tail);
  if (!after) return false;
  const next = after[1].replace(/[,.;:!?]$/, '');
  if (NAME_AFTER.has(next)) return true;
  // A model number or version after it: "MDA IV", "PSX 2".
  if ((next.length >= 2 && ROMAN_RE.test(next)) || /^\d+$/.test(next)) return true;
  // Initials before a surname: "JK Rowling", "PJ Harvey" (two or three capitals, one space, a
  // capitalised word).
  return /^[A-Z]{2,3}$/.test(use.text) && /^ \p{Lu}\p{Ll}/u.test(prose.slice(use.end, use.end + 3));
}
