// The tables of `indefinite-article` (rules/indefinite-article.ts): how the start of a word
// sounds, where its letters do not say. Words are lower case unless the table says otherwise.
// Each table errs towards "not sure", which the rule answers with silence.

export type Sound = 'vowel' | 'consonant';

/** Letter names: "an M" ("em"), "a U" ("you"). H is "aitch" (an HIV test), as the house style reads it. */
export const VOWEL_LETTERS: ReadonlySet<string> = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

// Words spelt with a vowel that start with a consonant sound, and the reverse -----------------

/** "One" and "once" start with a "w": a one-off, a once-in-a-lifetime chance. "Onerous" does not. */
export const ONE_WORDS: ReadonlySet<string> = new Set(['one', 'ones', 'once', 'oneself', "one's"]);

/**
 * Silent h: an hour, an honest man, an honorary degree, an heir; and their derivatives, listed
 * whole so that names such as Hourani, whose h is sounded, stay out.
 */
export const SILENT_H_RE =
  /^(?:hour(?:s|ly|glass)?|honest(?:y|ly)?|honou?r(?:s|ed|ing|able|ably|ary|ee|ees|ific|arium|aria)?|heir(?:s|ess|esses|loom|looms)?)$/;

/**
 * H-words either article is right before, left alone: "an historic" and "an hotel" are accepted
 * British usage, "herb" is "erb" in American English, "homage" goes both ways, and French
 * "hors d'oeuvre" and "haute couture" keep their silent h for some.
 */
export const H_EITHER_RE = /^(?:herb|homage|herm[eè]s$|hors$|haute$)/;

/** H-words of more than one syllable that stress the first, so "an" before them is a slip. */
export const STRESSED_H_WORDS: ReadonlySet<string> = new Set([
  'hundred', 'human', 'husband', 'happy', 'heavy', 'holiday', 'hungry', 'hockey', 'hostage',
  'headline', 'headquarters', 'household', 'homeless', 'hopeful', 'healthy', 'hobby',
]);

/**
 * Lower-case u-words with a "you" sound: uni, unique, unit, union, university (not the un- of
 * "uninformed"), use, usual, utility, Ukraine, urine, uranium, utopia, ubiquitous.
 */
export const U_CONSONANT_RE =
  /^(?:unis?$|uni(?:on|que|t(?!em)|vers|corn|cycl|cell|camer|code|direction|fic|fie|fy|form|lateral|polar|sex|son|x|body|brow)|unanim|unary|use|usi|usa|usu|uti|ute|uto|uta|ura|ure|uri|uro|uru|ubiq|uku|ukr|ulu|uvu|uga)/;

/** Lower-case u-words with a vowel sound (read after U_CONSONANT_RE): the un- of unusual and uninformed, up, ugly, ultra, urban, usher, utter. */
export const U_VOWEL_RE = /^(?:un[^i]|un(?:im|in|ident|iron|ill|iss)|up|ugl|ult|ulc|uls|umb|ump|urb|urg|urn|urc|urd|urs|ush|utt|utm|udd)/;

/**
 * The same for a capitalised word (a name): only stems that hold for names. "Uribe", "Usama"
 * and "Urawa" say "oo", so the lower-case "uri", "usa" and "ura" are not used for names.
 */
export const CAPITAL_U_CONSONANT_RE =
  /^(?:uni(?:on|que|t(?!em)|vers|corn|cef|lever|son|x|form|fied)|unesco|uefa|ucas|ukip|ukrain|uganda|uruguay|utah|utopi|ural|uranus|ulysses|usain|use|usu|util)/;
export const CAPITAL_U_VOWEL_RE = /^(?:un[^aeiouy]|up|ugl|ult|ulc|uls|umb|ump|urb|urg|urd|urs|ush|utt|udd)/;

/** Capitalised words spelt with a vowel that start with a consonant sound. */
export const CONSONANT_NAMES_RE = /^(?:ouija|oaxaca|ewan|ewen|ewart|eu(?!ler))/;

/**
 * Capitalised words whose first letters do not tell: Welsh Ieuan, Iolo, Iorwerth ("y"); French
 * and West African Ou- ("w"); "Ew-" (Ewan is "you", Ewok is "ee").
 */
export const UNSURE_NAMES_RE = /^(?:i[eo](?!wa|na|nia)|ou[ai]|ew|euler)/;

/** Lower-case e-words: "eu" (European, eulogy, euro) and "ewe" are "you". */
export const E_CONSONANT_RE = /^(?:eu|ewe(?:s|r|rs)?$)/;

// Acronyms --------------------------------------------------------------------------------

/**
 * Acronyms read as words where their letters would give the other article, or read as letters
 * where the spelling does not show it. `consonant`: a NATO summit, a NASA probe, a FTSE 100 firm
 * ("footsie"), a UNESCO site; `vowel`: an MEP, an SUV, an MOT.
 */
export const ACRONYM_SOUNDS: ReadonlyMap<string, Sound | 'unsure'> = new Map<string, Sound | 'unsure'>([
  ...[
    'NATO', 'NASA', 'NAFTA', 'NICE', 'NIMBY', 'NEET', 'NASDAQ', 'FIFA', 'FEMA', 'FOMO', 'FARC',
    'FRELIMO', 'FTSE', 'LIBOR', 'LASER', 'LIDAR', 'MIDI', 'MORI', 'MENCAP', 'MOMA', 'MERS', 'MOOC',
    'RAM', 'ROM', 'RADAR', 'RADA', 'RIBA', 'SARS', 'SWAT', 'SIM', 'SCUBA', 'SALT', 'SEAL', 'SERPS',
    'SATS', 'SAGE', 'STEM', 'SONAR', 'SWIFT', 'HAMAS', 'NERC', 'ONE', 'ONCE', 'OUIJA', 'LOL',
  ].map((a) => [a, 'consonant'] as const),
  ...['MEP', 'MOT', 'SUV', 'HIV', 'NUS', 'NUT', 'NEC', 'RUC', 'SOS', 'MIT', 'FOI', 'REM', 'MOD', 'MOJ', 'SEC', 'NIH', 'MOU'].map(
    (a) => [a, 'vowel'] as const,
  ),
  // Read "oom-no", "un-ra", "ugg": the U does not say "you".
  ...['UMNO', 'UNRWA', 'UGG'].map((a) => [a, 'unsure'] as const),
  // Said "earl" by some, letter by letter by others.
  ['URL', 'unsure'],
]);

/** Initials in mixed case said letter by letter; other such words ("MiG", "MoMA") may be words. */
export const MIXED_INITIALS: ReadonlySet<string> = new Set([
  'MoD', 'MoJ', 'MoS', 'MoU', 'FoI', 'HoC', 'HoL', 'DfE', 'DoH', 'DoJ', 'DoE', 'PhD', 'BoE', 'BoJ',
]);

/** Pairs that begin an English syllable ("fl", "st"): an acronym opening with one may be read as a word. */
export const ONSETS: ReadonlySet<string> = new Set([
  'FL', 'FR', 'SC', 'SK', 'SL', 'SM', 'SN', 'SP', 'ST', 'SW', 'SH', 'SQ',
]);

/**
 * Pairs of consonants that start words said with a consonant: flag, fjord, school, sri, Szczecin,
 * Llanelli, Lhasa, Ljubljana, Lviv, Rhodes, Rwanda. Other pairs after f, l, m, n, r or s leave the
 * sound open.
 */
export const SPOKEN_ONSETS: ReadonlySet<string> = new Set([
  'fl', 'fr', 'fj', 'sc', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'sh', 'sq', 'sr', 'sz', 'll',
  'lh', 'lj', 'lv', 'rh', 'rw',
]);

// What follows an article --------------------------------------------------------------------

/**
 * Words that do not start a noun phrase: after them "a" is a letter or a typo ("a and b",
 * "an the" for "and the", "the word an before"), not an article to change. Also the first
 * words of foreign phrases: "a la carte", "a priori", "il y a un", German "an der Oder".
 */
export const NOT_AFTER_ARTICLE: ReadonlySet<string> = new Set([
  // after "a"
  'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'as', 'if', 'it', 'its', "it's", 'is', "isn't",
  'are', "aren't", 'am', 'also', 'into', 'onto', 'upon', 'unless', 'until', 'us', 'our', 'ours',
  'i', 'each', 'either', 'among', 'amongst', 'although', 'about', 'um', 'uh', 'eh', 'oh',
  // after "an"
  'the', 'to', 'for', 'by', 'with', 'from', 'be', 'been', 'being', 'was', 'were', 'he', 'she',
  'they', 'we', 'you', 'me', 'him', 'her', 'them', 'his', 'their', 'my', 'your', 'that', 'this',
  'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'not',
  'no', 'nor', 'so', 'than', 'then', 'there', 'thus', 'but', 'yet', 'because', 'though',
  'whether', 'while', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must',
  'has', 'have', 'had', 'do', 'does', 'did', 'said', 'says', 'per', 'via', 'before', 'behind',
  'below', 'beneath', 'beside', 'between', 'beyond', 'during', 'near', 'since', 'through',
  'toward', 'towards', 'within', 'without', 'despite',
  // foreign phrases
  'la', 'le', 'les', 'priori', 'posteriori', 'fortiori', 'cappella', 'capella', 'propos', 'deux',
  'gogo', 'tempo', 'outrance', 'un', 'une', 'uno', 'una', 'unos', 'unas', 'el', 'ella', 'ello',
  'os', 'usted', 'ustedes', 'ogni', 'otro', 'otra', 'eu', 'en', 'au', 'aux', 'der', 'den', 'dem',
  'die', 'das', 'des', 'einem', 'einer',
]);
