// The tables of `confused-words` (rules/confused-words.ts). Every entry was checked against
// edited news copy: a word goes in only where the pattern is never right English. All words
// are lower case, apostrophes straight (the rule reads "it’s" as "it's").

// then → than ------------------------------------------------------------------------------

/** Comparatives that take "than": "better then" → "better than". */
export const COMPARATIVES: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'better', 'worse', 'rather', 'other', 'higher', 'lower', 'bigger',
  'greater', 'larger', 'smaller', 'longer', 'shorter', 'faster', 'slower', 'cheaper', 'dearer',
  'stronger', 'weaker', 'older', 'younger', 'easier', 'harder', 'richer', 'poorer', 'wider',
  'narrower', 'deeper', 'heavier', 'lighter', 'quicker', 'tougher', 'safer', 'riskier',
  'costlier', 'further', 'farther', 'quieter', 'busier', 'happier', 'lesser', 'likelier',
  'broader', 'warmer', 'colder', 'hotter', 'newer', 'closer', 'smarter', 'healthier',
  'wealthier', 'cleaner', 'clearer', 'simpler', 'nearer', 'louder', 'steeper', 'sharper',
  'tighter', 'bolder', 'taller', 'brighter', 'darker', 'greener', 'fitter', 'wiser', 'worthier',
]);

/** Time comparatives ("a year later then …" starts a clause): only these may follow them. */
export const TIME_COMPARATIVES: ReadonlySet<string> = new Set(['earlier', 'later', 'sooner']);
export const AFTER_TIME_COMPARATIVE: ReadonlySet<string> = new Set([
  'expected', 'planned', 'scheduled', 'anticipated', 'forecast', 'predicted', 'thought', 'intended',
  'hoped', 'usual', 'normal', 'originally', 'previously', 'initially', 'first', 'before', 'last',
  'later', 'feared', 'promised', 'agreed', 'required', 'necessary', 'advertised', 'announced',
]);

/**
 * What may follow "then" for it to read as "than": the thing compared. A subject ("higher then
 * we …"), a verb ("the other then left"), "to" ("it is better then to wait"), a place or time
 * ("unemployment was lower then in the north") or the end of a clause ("Things were better
 * then.") mean "then" is right, so they are not here.
 */
export const COMPARED: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'that', 'this', 'those', 'these', 'ever', 'before', 'usual', 'normal',
  'average', 'expected', 'anticipated', 'forecast', 'predicted', 'planned', 'hoped', 'thought',
  'feared', 'intended', 'imagined', 'originally', 'previously', 'initially', 'last', 'any',
  'anything', 'anyone', 'anybody', 'anywhere', 'everything', 'everyone', 'most', 'many', 'others',
  'half', 'double', 'twice', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'millions', 'billion', 'billions', 'just', 'simply', 'merely', 'being', 'not',
  'him', 'her', 'me', 'us', 'them', 'his', 'their', 'our', 'my', 'your', 'its',
]);

/** A word before "other" that makes it a pronoun: "each other then left", "the other then …". */
export const PRONOUN_OTHER: ReadonlySet<string> = new Set(['each', 'the', 'every', 'one', 'another', 'any']);

/** Words before "more then" that make it an adverb ending a clause: "once more then …". */
export const CLAUSE_ENDING_MORE: ReadonlySet<string> = new Set(['once', 'any', 'no']);

/** Counts before "more": "two more then a third" lists, "then" starts the next item. */
export const COUNTS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'dozen', 'hundred', 'few', 'several', 'many', 'some',
]);

/** Before "rather" these make it "would rather [verb]": "I'd rather then go" is right. */
export const WOULD_RATHER: ReadonlySet<string> = new Set(['would', 'had', "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "it'd"]);

/** Subjects, which follow "rather then" when "then" starts a clause ("I'd rather, then, we …"). */
export const SUBJECTS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);

/**
 * Words that make a sentence conditional: "if it gets any bigger then we leave" uses "then"
 * rightly. In such a sentence only a number may follow ("if it is more then 5").
 */
export const CONDITIONALS: ReadonlySet<string> = new Set([
  'if', 'when', 'whenever', 'once', 'unless', 'until', 'provided', 'providing', 'suppose',
  'supposing', 'assuming', 'whether',
]);

// its / it's -------------------------------------------------------------------------------

/** "its" before these is "it's": no noun phrase starts with them ("its a", "its not", "its been"). */
export const AFTER_IT_IS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'not', 'been', 'so', 'too', 'also']);

/** Prepositions before a possessive: "on it's way", "for it's size", "in it's wake". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'on', 'in', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'at', 'within', 'across',
  'through', 'throughout', 'under', 'over', 'towards', 'toward', 'during', 'about', 'against',
  'without', 'beyond', 'behind', 'upon', 'despite', 'among', 'around', 'amid',
]);

/**
 * Nouns that after "on/in/of … it's" can only be possessed: "it's" before them is "its". Nouns
 * that also follow "it is" ("come on it's time", "it's history now") are left out.
 */
export const POSSESSED: ReadonlySet<string> = new Set([
  'own', 'way', 'behalf', 'wake', 'tracks', 'infancy', 'heyday', 'entirety', 'core', 'peak',
  'height', 'knees', 'feet', 'head', 'side', 'members', 'shareholders', 'customers', 'users',
  'employees', 'staff', 'workers', 'website', 'headquarters', 'predecessor', 'predecessors',
  'rivals', 'competitors', 'subsidiary', 'subsidiaries', 'name', 'size', 'kind', 'class',
  'stride', 'prime', 'favour', 'favor', 'credit', 'shares', 'profits', 'founder', 'owners',
]);

/** Verbs whose object is a way: "made it's way" → "made its way". */
export const WAY_VERBS: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'making', 'find', 'finds', 'found', 'finding', 'work', 'works',
  'worked', 'working', 'wend', 'wends', 'wended', 'wending', 'lose', 'loses', 'lost', 'losing',
  'pave', 'paved', 'paving', 'force', 'forced', 'forcing', 'fight', 'fought', 'edge', 'edged',
  'buy', 'bought',
]);

/** After "it's way" these make "way" an adverb ("it's way too late", "it's way better"). */
export const ADVERB_WAY_BEFORE: ReadonlySet<string> = new Set([
  'too', 'more', 'less', 'beyond', 'ahead', 'behind', 'above', 'below', 'past', 'off', 'over',
  'overdue', 'out', 'up', 'down', 'much', 'bigger', 'better', 'worse',
]);

// compounds written as two words ----------------------------------------------------------

export interface SplitCompound {
  /** The words as written, lower case. */
  words: readonly string[];
  joined: string;
  /** Next words that make the pair right: "through out of the window". */
  notBefore?: readonly string[];
}

/**
 * Only compounds whose parts never stand side by side in good copy. Left out on purpose:
 * "every one", "any more", "may be", "some one", "in to", "on to", "can not", "a lot", "for
 * ever", "where as" ("where as many as"), "with in", "there by", "over all", "out side" ("rule
 * out side effects"), "some where" / "any where" ("there are some where …"), "every body",
 * "no body", "web site", "work force", "week end" ("last week end users …").
 */
/** Nouns written after "self" as its own word: "her self esteem" is not "herself esteem". */
const SELF_NOUNS = [
  'esteem', 'confidence', 'belief', 'worth', 'image', 'respect', 'control', 'interest', 'doubt',
  'awareness', 'assurance', 'discipline', 'defence', 'defense', 'harm', 'help', 'portrait',
  'expression', 'identity', 'sufficiency', 'preservation', 'determination', 'love', 'pity',
  'promotion', 'employment', 'employed', 'made', 'taught', 'imposed', 'inflicted', 'regard',
  'deprecation', 'censorship', 'destruction', 'reliance', 'publishing', 'published', 'serving',
  'destruct', 'destructs', 'destructed', 'portraits', 'catering', 'service', 'build', 'built',
];

export const SPLIT_COMPOUNDS: readonly SplitCompound[] = [
  { words: ['through', 'out'], joined: 'throughout', notBefore: ['of'] },
  { words: ['some', 'how'], joined: 'somehow' },
  { words: ['never', 'the', 'less'], joined: 'nevertheless' },
  { words: ['an', 'other'], joined: 'another' },
  { words: ['my', 'self'], joined: 'myself', notBefore: SELF_NOUNS },
  { words: ['your', 'self'], joined: 'yourself', notBefore: SELF_NOUNS },
  { words: ['him', 'self'], joined: 'himself', notBefore: SELF_NOUNS },
  { words: ['her', 'self'], joined: 'herself', notBefore: SELF_NOUNS },
  { words: ['it', 'self'], joined: 'itself', notBefore: SELF_NOUNS },
  { words: ['our', 'selves'], joined: 'ourselves', notBefore: SELF_NOUNS },
  { words: ['your', 'selves'], joined: 'yourselves', notBefore: SELF_NOUNS },
  { words: ['them', 'selves'], joined: 'themselves', notBefore: SELF_NOUNS },
  { words: ['every', 'where'], joined: 'everywhere' },
  { words: ['no', 'where'], joined: 'nowhere' },
  { words: ['news', 'paper'], joined: 'newspaper' },
  { words: ['in', 'stead'], joined: 'instead' },
];

// should of → should have -----------------------------------------------------------------

/** Modals before "of" meaning "have". "might", "must" and "may" are also nouns ("the might of"). */
export const HAVE_MODALS: ReadonlySet<string> = new Set([
  'should', 'would', 'could', "shouldn't", "wouldn't", "couldn't", 'might', 'must', "mightn't", "mustn't",
]);
export const NOUN_MODALS: ReadonlySet<string> = new Set(['might', 'must']);

/** Past participles that do not end in -ed or -en ("should of known" ends in -n, "got" does not). */
export const PARTICIPLES: ReadonlySet<string> = new Set([
  'been', 'had', 'done', 'gone', 'got', 'seen', 'known', 'thought', 'said', 'made', 'come',
  'become', 'run', 'put', 'won', 'lost', 'told', 'left', 'kept', 'felt', 'found', 'brought',
  'bought', 'caught', 'taught', 'heard', 'held', 'let', 'meant', 'met', 'paid', 'sent', 'set',
  'spent', 'stood', 'understood', 'sold', 'sat', 'begun', 'drunk', 'sung', 'swum', 'struck',
  'stuck', 'led', 'fed', 'dealt', 'built', 'lent', 'hit', 'hurt', 'cut', 'shut', 'quit', 'read',
  'bet', 'taken', 'given', 'gotten', 'chosen', 'driven', 'eaten', 'fallen', 'flown', 'forgotten',
  'broken', 'spoken', 'stolen', 'thrown', 'written', 'beaten', 'shown', 'grown', 'drawn', 'worn',
  'torn', 'sworn', 'won', 'slept', 'swept', 'wept', 'fought', 'sought', 'hung', 'dug', 'spun',
]);

/** Words ending in -ed or -en that are not participles: "could of the open market". */
export const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'open', 'even', 'often', 'seven', 'eleven', 'ten', 'hundred', 'children', 'women', 'men', 'red',
  'bed', 'seed', 'need', 'speed', 'feed', 'united', 'kitchen', 'garden', 'golden', 'wooden',
]);

// less → fewer ----------------------------------------------------------------------------

/** Plural count nouns: "less people" → "fewer people". Collectives ("staff", "police") are out. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'jobs', 'cars', 'vehicles', 'workers', 'employees', 'users', 'customers',
  'viewers', 'listeners', 'readers', 'voters', 'visitors', 'passengers', 'tourists', 'players',
  'members', 'subscribers', 'shoppers', 'buyers', 'consumers', 'women', 'men', 'children',
  'students', 'pupils', 'patients', 'doctors', 'nurses', 'teachers', 'officers', 'soldiers',
  'troops', 'immigrants', 'migrants', 'refugees', 'babies', 'births', 'deaths', 'mistakes',
  'errors', 'problems', 'things', 'items', 'products', 'companies', 'firms', 'businesses',
  'shops', 'stores', 'banks', 'homes', 'houses', 'cases', 'crimes', 'accidents', 'incidents',
  'games', 'goals', 'points', 'votes', 'seats', 'words', 'pages', 'books', 'films', 'songs',
  'albums', 'records', 'pictures', 'photos', 'calls', 'complaints', 'options', 'choices',
  'opportunities', 'chances', 'restrictions', 'rules', 'weapons', 'trains', 'buses', 'flights',
  'planes', 'journeys', 'trips', 'applications', 'animals', 'trees', 'hospitals', 'schools',
  'beds', 'calories', 'cigarettes', 'drinks', 'meals', 'hours', 'days', 'weeks', 'months',
  'years', 'minutes', 'computers', 'phones', 'handsets', 'machines', 'devices', 'channels',
  'programmes', 'programs', 'shows', 'episodes', 'titles', 'artists', 'bands', 'fans',
  'candidates', 'applicants', 'graduates', 'staffers', 'jobseekers', 'homeowners', 'drivers',
]);

/** Nouns after the count noun that make it a modifier: "less jobs growth" is right. */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'growth', 'market', 'markets', 'tax', 'taxes', 'spending', 'figures', 'data', 'rate', 'rates',
  'power', 'traffic', 'time',
]);

/** Words before "less" that make it no quantity of a noun: "the less people know", "no less". */
export const NOT_QUANTITY_BEFORE: ReadonlySet<string> = new Set(['the', 'no', 'much', 'none']);

// two finite verbs in a row --------------------------------------------------------------

/** Finite forms of be, have and do, and modals, by what may stand first in a pair. */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am']);
export const HAVE: ReadonlySet<string> = new Set(['has', 'have', 'had']);
export const DO: ReadonlySet<string> = new Set(['does', 'did']);
/** Modals that may stand first, and only after a pronoun ("will" and "can" are also nouns). */
export const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'should', 'shall', 'will', 'can', 'must']);
/**
 * What may stand second. Not "had" after be ("a good time was had"), "have" or "do" after do
 * or a modal ("did have", "would do"), "will" or "can" (nouns and verbs: "has will", "will can
 * the plan"), nor a modal or do after be ("the question is will it work").
 */
export const SECOND_AFTER: Readonly<Record<'be' | 'have' | 'do' | 'modal', ReadonlySet<string>>> = {
  be: new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have']),
  have: new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'does', 'did', 'would', 'could', 'should', 'shall', 'must']),
  do: new Set(['is', 'are', 'was', 'were', 'am', 'has', 'had', 'does', 'did', 'would', 'could', 'should', 'shall', 'must']),
  modal: new Set(['is', 'are', 'was', 'were', 'am', 'has', 'had', 'does', 'did', 'would', 'could', 'should', 'shall', 'must']),
};

/**
 * Words that, before the pair, make it grammatical: a pseudo-cleft ("what it is is", "all they
 * do is"), a relative ("the level of responsibility they have has"), an infinitive ("to have is
 * to hold") or an embedded question ("the question is are they ready").
 */
export const PAIR_BLOCKERS: ReadonlySet<string> = new Set([
  'what', 'whatever', 'which', 'who', 'whom', 'whose', 'that', 'all', 'everything', 'anything',
  'nothing', 'something', 'where', 'when', 'how', 'why', 'if', 'whether', 'than', 'as', 'those',
  'one', 'ones', 'to', 'question', 'questions', 'issue', 'point', 'problem', 'thing', 'answer',
  'test', 'worry', 'concern', 'fear', 'doubt', 'mystery', 'dilemma', 'challenge', 'debate',
  'wonder', 'ask', 'asked', 'asks', 'asking',
]);

export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their',
]);

export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
