// Loaded verbs of attribution: the one list read by the attribution-verb rule
// (rules/attribution-verb.ts) and by the newsdraft grammar, whose "loaded" pattern
// `node scripts/generate-grammar.mjs` writes from it (test/grammar.test.ts fails when the
// checked-in grammar and this list differ). Edit here, then run the script.
//
// Each verb gives its four forms in lower case: base, third person, past (also the past
// participle: "has admitted"), and -ing; a verb with a particle writes it in every form
// ("lashed out"). The fix puts the same form of "say" in its place.
//
// Left out on purpose (docs/rules/attribution-verb.md says why): "allege", the right legal
// word for an accusation not yet proved ("prosecutors alleged that …"); "state", "note",
// "explain", "add", which report without judging.

export type Slot = 'base' | 'third' | 'past' | 'ing';
export type Forms = Readonly<Record<Slot, string>>;

export interface AttributionVerb extends Forms {
  /**
   * Where the rule flags it. `statement`: beside a direct quote, or before a reported statement
   * ("claimed that …", "admitted it was …"). `quote`: only as the attribution of a direct quote
   * (`"…," she revealed`): before a reported statement the verb is usually the right one
   * ("the survey revealed that …", "analysts pointed out that …").
   */
  readonly next: 'statement' | 'quote';
  /** The base and third forms are nouns too ("a claim", "the blasts", "exhaust fumes"). */
  readonly noun?: boolean;
  /**
   * Also a verb of criticism taking an object ("slammed the plan"). It never introduces a
   * reported statement; with a quote in its object ("slammed the plan as "madness"") the rule
   * suggests "criticise", never as the fix.
   */
  readonly criticise?: boolean;
}

export const SAY: Forms = { base: 'say', third: 'says', past: 'said', ing: 'saying' };

export const CRITICISE: Readonly<Record<'en-GB' | 'en-US', Forms>> = {
  'en-GB': { base: 'criticise', third: 'criticises', past: 'criticised', ing: 'criticising' },
  'en-US': { base: 'criticize', third: 'criticizes', past: 'criticized', ing: 'criticizing' },
};

export const ATTRIBUTION_VERBS: readonly AttributionVerb[] = [
  { base: 'admit', third: 'admits', past: 'admitted', ing: 'admitting', next: 'statement' },
  { base: 'claim', third: 'claims', past: 'claimed', ing: 'claiming', next: 'statement', noun: true },
  { base: 'insist', third: 'insists', past: 'insisted', ing: 'insisting', next: 'statement' },
  { base: 'concede', third: 'concedes', past: 'conceded', ing: 'conceding', next: 'statement' },
  { base: 'confess', third: 'confesses', past: 'confessed', ing: 'confessing', next: 'statement' },
  { base: 'boast', third: 'boasts', past: 'boasted', ing: 'boasting', next: 'statement', noun: true },
  { base: 'fume', third: 'fumes', past: 'fumed', ing: 'fuming', next: 'statement', noun: true },
  { base: 'rant', third: 'rants', past: 'ranted', ing: 'ranting', next: 'statement', noun: true },
  { base: 'slam', third: 'slams', past: 'slammed', ing: 'slamming', next: 'statement', noun: true, criticise: true },
  { base: 'blast', third: 'blasts', past: 'blasted', ing: 'blasting', next: 'statement', noun: true, criticise: true },
  { base: 'lash out', third: 'lashes out', past: 'lashed out', ing: 'lashing out', next: 'statement', criticise: true },
  { base: 'quip', third: 'quips', past: 'quipped', ing: 'quipping', next: 'quote', noun: true },
  { base: 'reveal', third: 'reveals', past: 'revealed', ing: 'revealing', next: 'quote' },
  { base: 'point out', third: 'points out', past: 'pointed out', ing: 'pointing out', next: 'quote' },
];
