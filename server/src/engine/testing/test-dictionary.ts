// A small SpellingDictionary for rule tables: words in Sets, listed most common first (the
// order gives the frequency), and a brute-force suggest over them. The real dictionary
// (server/src/dictionary/) is far larger and faster; this one keeps a table readable and
// independent of the shipped word lists.

import { editDistance } from '../text/edit-distance.js';
import type { Locale, SpellingCandidate, SpellingDictionary } from '../types.js';

export interface TestWords {
  /** Words of both locales, most common first; a string is split on white space. */
  both?: string | readonly string[];
  'en-GB'?: string | readonly string[];
  'en-US'?: string | readonly string[];
  /** Words of both locales that are rare (frequency 1): "tithe", "zymurgy". */
  rare?: string | readonly string[];
}

export class TestDictionary implements SpellingDictionary {
  private readonly lists: Record<Locale, Map<string, number>> = { 'en-GB': new Map(), 'en-US': new Map() };

  constructor(words: TestWords) {
    // Frequency falls with rank, as in real text (Zipf): the 1st word 1,000,000, the 10th 100,000.
    let rank = 0;
    const add = (list: string | readonly string[] | undefined, locales: Locale[], rare = false) => {
      for (const w of typeof list === 'string' ? list.split(/\s+/).filter(Boolean) : (list ?? [])) {
        const frequency = rare ? 1 : Math.round(1_000_000 / ++rank);
        for (const l of locales) if (!this.lists[l].has(w)) this.lists[l].set(w, frequency);
      }
    };
    add(words.both, ['en-GB', 'en-US']);
    add(words['en-GB'], ['en-GB']);
    add(words['en-US'], ['en-US']);
    add(words.rare, ['en-GB', 'en-US'], true);
  }

  has(word: string, locale?: Locale): boolean {
    return locale ? this.lists[locale].has(word) : this.lists['en-GB'].has(word) || this.lists['en-US'].has(word);
  }

  /** How common the word is (0 when unknown): what a real dictionary ranks suggestions by. */
  frequency(word: string, locale?: Locale): number {
    return locale ? (this.lists[locale].get(word) ?? 0) : Math.max(this.lists['en-GB'].get(word) ?? 0, this.lists['en-US'].get(word) ?? 0);
  }

  suggest(word: string, locale?: Locale, max = 8): SpellingCandidate[] {
    const found = new Map<string, SpellingCandidate>();
    for (const l of locale ? [locale] : (['en-GB', 'en-US'] as const)) {
      for (const [w, frequency] of this.lists[l]) {
        if (w === word || found.has(w)) continue;
        const distance = editDistance(word, w, 2);
        if (distance <= 2) found.set(w, { word: w, distance, frequency });
      }
    }
    return [...found.values()]
      .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency || (a.word < b.word ? -1 : 1))
      .slice(0, max);
  }
}

/**
 * A news vocabulary for the spelling and run-together-words tables: the commonest English words
 * in rough order of frequency, a few words of each locale, and some rare ones.
 */
export function newsTestDictionary(): TestDictionary {
  return new TestDictionary({
    both: `
      the of and to a in is that for it as was with be by on not he i this are or his from at which but
      have an they you were her she there been one all we their has would when if so no will more can said
      who its about up out them than into some these also only after other what could then over new two most
      our any had him me my us your do did does being just very such those while each should may might must
      now time year people way day man men thing woman life child world school state family group country
      problem hand part place case week company system question work government number night point home water
      room mother area money story fact month lot right book eye job word business issue side kind head house
      service friend father power hour game line end member law car city name president team minute idea body
      information back parent face level office door health person art war history party result change morning
      reason girl moment air force foot boy age policy music market sense nation plan interest death effect use
      class control care field role rate heart show leader light voice wife police mind price report decision
      son view town road arm value building action season society tax position player record paper space ground
      form event official matter site project star table need court oil cost industry figure street image phone
      data picture practice piece land product doctor wall worker news test film tree source hair window
      evidence population truth fire say make go know take see come think look want give find tell ask seem
      feel try leave call good first last long great little own old big high different small large next early
      young important few public bad same able late hard major better strong possible whole free true full
      clear open red short single past fine common poor natural similar hot dead happy ready simple left main
      green popular came went got told plans forces officials talks between failed talk act flag elect operate
      known vaccine groups advanced wouldn't don't won't we'll could've can't it's clock rock roll going
      meeting hall cannot without tea ten sea set met bet led red ask task set goal coal gold fold hold cold
      told sold about become bot cone seed send sent seat made ran owner too write stores cup sweet run calm hole sole firm seem children ever everyone owners horrible European TV
      Hi-Fi docudrama iPod files thank act best BST WI Fi
    `,
    'en-GB': 'colour organisation centre favour',
    'en-US': 'color organization center favor',
    rare: 'tithe zymurgy naive cafe hiss elf self eh th insurers listing shockwave',
  });
}
