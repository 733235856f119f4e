// The table of `name-variant` (rules/name-variant.ts): names one letter apart that are two
// different people, places or firms, not one name misspelt. A story about "Gambia" may well
// mention "Zambia", one that quotes "Stephen" may quote "Stephan". With the host's dictionary
// the rule also leaves alone a later spelling the dictionary knows as written; this table is
// what it knows without one, and what no dictionary lists (surname spellings, brands).
//
// Only pairs the rule could report are worth a line: one edit apart (a transposition counts as
// one), the longer of five letters or more. Shorter names are never compared letter by letter
// (Iran/Iraq, Mali/Bali, Jon/John need no entry), nor are a plural, a possessive or a demonym
// ending ("Kenya"/"Kenyan", "Israel"/"Israeli"), and pairs farther apart (Austria/Australia,
// Slovakia/Slovenia, Niger/Nigeria) never meet. name-variant.test.ts checks every entry.

/** Each line: two spellings, or more when every two of them are one edit apart; as printed. */
const GROUPS = `
  Gambia Zambia
  Ireland Iceland
  Russia Prussia
  Colombia Columbia
  Poland Roland
  Angola Angela
  Malta Yalta
  Syria Styria
  Sudan Sedan
  Essex Essen
  Essen Hessen
  Carolina Caroline
  Boston Bolton
  Harlow Marlow Barlow
  Harrow Barrow
  Sydney Sidney
  Derby Darby
  Derry Kerry Terry Jerry
  Austin Austen
  Hamburg Homburg
  Munich Munch
  Maine Marne
  Catherine Katherine
  Katherine Katharine
  Philip Phillip
  Philips Phillips
  Mohamed Mohammed
  Mohamed Mohamad
  Mohammed Mohammad
  Mohammad Mohamad
  Muhammad Muhammed
  Ahmad Ahmed
  Hussain Hussein
  Hasan Hassan
  Mathew Matthew
  Mathews Matthews
  Michele Michelle
  Nicole Nicola
  Nicola Nichola
  Francis Frances
  Allan Allen
  Brian Bryan
  Elliot Elliott
  Claire Clare
  Isabel Isobel
  Teresa Theresa
  Tracy Tracey
  Stephen Stephan
  Jonathan Johnathan
  Jonathan Jonathon
  Jeffrey Jeffery
  Geoffrey Geoffery
  Rebecca Rebeca
  Hannah Hanna
  Deborah Debora
  Marian Marion
  Lindsay Lindsey
  Kelly Kelley
  Shaun Shawn
  Dennis Denis
  Terence Terrence
  Lawrence Laurence
  Henry Henri
  Sergei Sergey
  Alexei Alexey
  Dmitri Dmitry
  Andrei Andrey
  Nikolai Nikolay
  Boris Doris
  Harry Barry Larry
  Penny Benny
  Karen Karin
  Julia Julie
  Maria Marie Mario
  Diana Diane
  Antonio Antonia
  Adrian Adrien
  Julian Julien
  Louise Louisa
  Jacob Jakob
  Rachel Rachael
  Joanne Joanna
  Smith Smyth
  Thomson Thompson
  Simmons Simons
  Davies Davis
  Johnson Jonson
  Johnson Johnston
  Anderson Andersen
  Peterson Petersen
  Hanson Hansen
  Jensen Jenson
  Nielsen Nielson
  Larsen Larson
  Olsen Olson
  Carlsen Carlson
  MacDonald McDonald
  MacKenzie McKenzie
  MacKay McKay
  MacLean McLean
  Rogers Rodgers
  Morris Norris
  Wilson Willson
  Russell Russel
  Mitchell Mitchel
  Boyle Doyle Coyle Hoyle
  Walsh Welsh
  Welsh Welch
  Fischer Fisher
  Meyer Meier
  Meyer Mayer
  Schmidt Schmitt
  Mueller Müller
  Schroeder Schröder
  Warner Werner
  Linux Linus
`;

/** Each pair, folded (lower case, accents dropped), as "a\u0000b" with a before b. */
let pairs: Set<string> | undefined;

/** The groups as written, for the rule's tests. */
export function distinctNameGroups(): string[][] {
  return GROUPS.trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
}

/**
 * Whether two spellings (already folded by the caller's `fold`) are known to be two names.
 * The table is folded with the same function the first time it is asked.
 */
export function areDistinctNames(a: string, b: string, fold: (s: string) => string): boolean {
  if (!pairs) {
    pairs = new Set();
    for (const group of distinctNameGroups()) {
      const folded = group.map(fold);
      for (let i = 0; i < folded.length; i++) for (let j = i + 1; j < folded.length; j++) pairs.add(pairKey(folded[i], folded[j]));
    }
  }
  return pairs.has(pairKey(a, b));
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
