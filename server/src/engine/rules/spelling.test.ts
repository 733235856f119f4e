import { runRuleTable } from '../testing/rule-tester.js';
import { newsTestDictionary } from '../testing/test-dictionary.js';
import type { Resources } from '../types.js';
import { spelling } from './spelling.js';

const resources: Resources = {
  dictionary: newsTestDictionary(),
  misspellings: new Map([['recieve', ['receive']]]),
  companies: new Set(['adidas', 'eBay', 'Tesco']),
  knownAcronyms: new Set(['BBC', 'NATO']),
};

runRuleTable(
  spelling,
  {
    valid: [
      'The government said it would act.',
      // Names: capitalised in mid-sentence, whatever the dictionary says.
      { name: 'names in mid-sentence', text: 'Talks between Erdogan and Haftar in Tobruk failed, al-Sisi said.' },
      { name: 'a name at a sentence start that the story uses in mid-sentence', text: "Haftar's forces advanced. Officials said Haftar would talk." },
      { name: 'a possessive name used plain in mid-sentence', text: 'Erdogan’s plan failed. Officials met Erdogan.' },
      { name: 'a name at a sentence start near no word is a name', text: 'Tobruk was the seat of the government.' },
      { name: 'a first name at a sentence start: a capitalised word follows', text: 'Kamal Nath said no.' },
      { name: 'a capitalised compound at a sentence start that the story uses in mid-sentence', text: "Plna-group, the firm, said no. The Plna-group's head left." },
      { name: 'particles before a name', text: 'Officials met el-Sisi and bin-Salman, and abu-Bakr.' },
      { name: 'two capitalised parts are a name', text: 'Jean-Pierre said no.' },
      { name: 'a name inside a compound', text: 'The pro-Haftar forces and anti-Erdogan groups met.' },
      // Both locales are words: which one a story should use is the dialect rule's question.
      { name: 'en-GB spelling under en-US', style: { locale: 'en-US' }, text: 'The colour of the flag.' },
      { name: 'en-US spelling under en-GB', style: { locale: 'en-GB' }, text: 'The color of the flag.' },
      { name: 'either with no locale', text: 'The colour, the color, the centre and the center.' },
      // Compounds, part by part.
      { name: 'prefixes as parts', text: 'They co-operate to re-elect a well-known anti-vaccine group.' },
      { name: 'more prefixes', text: 'A non-state, self-made, semi-open, multi-party, sub-group, over-long, cross-party, half-time, ultra-hard, mega-plan and ex-official.' },
      { name: 'a prefix and a year', text: 'In mid-2004 and the mid-1990s.' },
      { name: 'a capitalised compound at a sentence start', text: 'Well-known officials came. Anti-vaccine groups failed. Mid-2004 was hard.' },
      { name: 'a compound with capitals', text: 'The non-NATO and US-UK talks.' },
      // Numbers, units, capitals, letters.
      { name: 'numbers with units, ordinals and decades', text: 'It ran 10km in the 1960s, the 3rd of 5bn, £3m at 9am, 20mph in the mid-1990s.' },
      { name: 'unit abbreviations after a number', text: 'It ran 10 km at 20 mph for 5 bn.' },
      { name: 'capitals', text: 'The BBC and NATO said WARNING TEH GOVERNMNET.' },
      { name: 'single letters and Roman numerals', text: 'Part ii of plan b, and part iv, vi and xii.' },
      { name: 'a capital inside the word', text: 'She sold it on eBay and an iPhone, said McDonald.' },
      // Possessives, contractions, elisions, apostrophes straight and curly.
      { name: 'possessives', text: "The BBC's plan, the BBC’s plan, the government’s plan, the Jones' house." },
      { name: 'contractions, straight and curly', text: "We don't know; we’ll see; she could've; it won’t; we can't." },
      { name: 'elisions', text: "At ten o'clock the rock'n'roll show came, and rock 'n' roll. Tell 'em." },
      { name: 'a dropped g', text: "Goin' home, they were goin' home." },
      // New words of the news, made of known ones, and forms the lists write otherwise.
      { name: 'closed compounds and prefixed words', text: 'The gameshow and the reinsurers; a delisting.' },
      { name: 'the plural of an uncommon word', text: 'It sent shockwaves.' },
      { name: 'a lowercase word the list writes capitalised or in capitals', text: 'The european view on tv, and wi-fi.' },
      { name: 'a compound in title case, without its hyphen, or plural', text: 'The hi-fi and hi-fis, a docu-drama.' },
      { name: 'a suffix as a part', text: 'The X-ers came.' },
      { name: 'a lowercase part of a name in mid-sentence', text: 'Officials said Yoo Ji-chang and Kim Dae-jung left.' },
      { name: 'a brand at a sentence start', text: 'Ipod owners came.' },
      { name: 'a dropped h and a file extension', text: "It's 'orrible, said the .png files." },
      { name: 'a letter drawn out on purpose', text: 'It was sooo good, hmmmm.' },
      // Accents: as written, composed, or without them.
      { name: 'accented words found without their accents', text: 'A naïve café owner; a cafe\u0301 too.' },
      // Not prose.
      { name: 'URLs and e-mail addresses', text: 'See https://example.com/governmnet or write to governmnet@example.com.' },
      { name: 'code in Markdown', languageId: 'markdown', text: 'Run `governmnet` now.\n\n```\nteh plna\n```\n' },
      { name: 'hashtags, handles and HTML entities', text: 'Follow #governmnet and @teh, at the caf&#233; &amp; more.' },
      { name: 'other scripts', text: 'The talks in Москва and 北京 failed.' },
      // Other rules' and lists' words.
      { name: 'a word on the misspelling list is that rule\'s', text: 'We recieve it.' },
      { name: 'the company list', text: 'The adidas and Tesco stores.' },
      { name: 'two words run together are run-together-words\'', text: 'We met inthe hall.' },
      // What the desk accepts.
      { name: "the style's words", style: { words: ['teh', 'tarik', 'Tobruk'] }, text: 'A cup of teh tarik. Teh is sweet.' },
      { name: "a style entity's and a term's words", style: { entities: [{ name: 'Zawiya Group', aliases: ['the plna group'] }], terms: [{ use: 'governmnet', avoid: ['government'] }] }, text: 'The plna and the governmnet.' },
      { name: 'copydesk-ignore', text: '[[copydesk-ignore plna teh]]\nThe plna is teh plan.' },
    ],
    invalid: [
      {
        name: 'the one word a keystroke away is the fix',
        text: 'The governmnet said it would act.',
        errors: [{ messageId: 'unknown', text: 'governmnet', suggestions: [] }],
        output: 'The government said it would act.',
      },
      {
        name: 'far more common than the next word a keystroke away: the fix',
        text: 'It was teh end.',
        errors: [{ text: 'teh', message: '"teh" is not in the dictionary.' }],
        output: 'It was the end.',
      },
      {
        name: 'two likely words: suggestions only, fix-all leaves it',
        text: 'He sold the gole.',
        errors: [{ text: 'gole', suggestions: ['Change to "gold"', 'Change to "hole"', 'Change to "role"', 'Change to "sole"'] }],
        output: null,
      },
      {
        name: 'a capitalised typo at a sentence start keeps its capital',
        text: 'Teh plan failed.',
        errors: [{ text: 'Teh' }],
        output: 'The plan failed.',
      },
      {
        name: 'a part of a compound',
        text: 'An anti-vacine group and a well-knwon one.',
        errors: [{ text: 'vacine' }, { text: 'knwon' }],
        output: 'An anti-vaccine group and a well-known one.',
      },
      {
        name: 'the stem of a possessive, straight or curly',
        text: "The governmnet's plan and the governmnet’s plan.",
        errors: [{ text: 'governmnet' }, { text: 'governmnet' }],
        output: "The government's plan and the government’s plan.",
      },
      {
        name: 'a contraction without its apostrophe',
        text: 'He wouldnt go.',
        errors: [{ text: 'wouldnt' }],
        output: "He wouldn't go.",
      },
      {
        name: 'CRLF and an emoji before the word keep exact UTF-16 offsets',
        text: 'Line one\r\n😀 the governmnet said\r\n',
        errors: [{ text: 'governmnet' }],
        output: 'Line one\r\n😀 the government said\r\n',
      },
      {
        name: 'Markdown prose is checked',
        languageId: 'markdown',
        text: '# Heading\n\nThe *governmnet* and `plna`.\n',
        errors: [{ text: 'governmnet' }],
        output: '# Heading\n\nThe *government* and `plna`.\n',
      },
      {
        name: "suggestions follow the style's locale",
        style: { locale: 'en-US' },
        text: 'The organizaton said.',
        errors: [{ text: 'organizaton', suggestions: [] }],
        output: 'The organization said.',
      },
      {
        name: 'under en-GB the same slip is two keystrokes from its word: a suggestion',
        style: { locale: 'en-GB' },
        text: 'The organizaton said.',
        errors: [{ text: 'organizaton', suggestions: ['Change to "organisation"'] }],
        output: null,
      },
      {
        name: 'a doubled letter doubled: one letter less is a word',
        text: 'They seeem calm.',
        errors: [{ text: 'seeem' }],
        output: 'They seem calm.',
      },
      {
        name: 'three letters in lower case are a typo more often than an acronym (BST)',
        text: 'It was the bst plan.',
        errors: [{ text: 'bst', suggestions: ['Change to "bet"', 'Change to "but"', 'Change to "best"', 'Change to "bot"'] }],
        output: null,
      },
      {
        name: 'a missing plural of a common word is a slip',
        text: 'The childrens came.',
        errors: [{ text: 'childrens', suggestions: [] }],
        output: 'The children came.',
      },
      {
        name: 'a compound of known words a keystroke from a word is that word mistyped',
        text: 'Thank everone.',
        errors: [{ text: 'everone' }],
        output: 'Thank everyone.',
      },
      {
        name: 'a name written in lower case is reported',
        text: 'Officials in Tobruk said tobruk was calm.',
        errors: [{ text: 'tobruk' }],
        output: null,
      },
      {
        name: 'a word the style accepts only capitalised',
        style: { words: ['Plna'] },
        text: 'The Plna and the plna.',
        errors: [{ text: 'plna' }],
        output: 'The Plna and the plan.',
      },
    ],
  },
  resources,
);

runRuleTable(spelling, { valid: [{ name: 'no dictionary, no findings', text: 'The governmnet said.' }], invalid: [] }, {});
