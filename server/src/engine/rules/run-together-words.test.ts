import { loadResources } from '../../resources.js';
import { runRuleTable } from '../testing/rule-tester.js';
import { newsTestDictionary } from '../testing/test-dictionary.js';
import type { SpellingDictionary } from '../types.js';
import { runTogetherWords } from './run-together-words.js';

runRuleTable(
  runTogetherWords,
  {
    valid: [
      'Follow us on Facebook, Twitter and Instagram.',
      { name: 'a brand in CamelCase that the company list knows', text: 'She sold it on PayPal and YouTube.' },
      { name: 'a CamelCase brand used twice is deliberate', text: 'WorldCom fell. WorldCom had lied.' },
      { name: 'surnames with prefixes', text: 'Leonardo DiCaprio and Paul McCartney met MacLean.' },
      { name: 'parts we do not know', text: 'The ZoneAlarm firewall.' },
    ],
    invalid: [
      {
        text: 'Follow us on FacebookTwitter and Instagram.',
        errors: [{ messageId: 'runTogether', text: 'FacebookTwitter' }],
        output: 'Follow us on Facebook Twitter and Instagram.',
      },
      {
        name: 'a part the story uses on its own',
        text: 'Officials in Tobruk and the Parliament met. The TobrukParliament session ran late.',
        errors: [{ text: 'TobrukParliament', message: 'Tobruk Parliament' }],
        output: 'Officials in Tobruk and the Parliament met. The Tobruk Parliament session ran late.',
      },
      {
        name: 'emoji before it on a CRLF line',
        text: 'x\r\n😀 GoogleFacebook',
        errors: [{ text: 'GoogleFacebook' }],
        output: 'x\r\n😀 Google Facebook',
      },
    ],
  },
  loadResources(),
);

// Lowercase words run together: with a dictionary, a word no list knows that reads as two
// common words in exactly one way.
runRuleTable(
  runTogetherWords,
  {
    valid: [
      'We met in the hall.',
      { name: 'a word the dictionary knows', text: 'She could not go into it; cannot, without it.' },
      { name: 'a typo one keystroke from a likelier word: "about", not "a bot"', text: 'It was abot the plan.' },
      { name: 'a typo one keystroke from a likelier word: "become", not "be cone"', text: 'It will becone clear.' },
      { name: 'a rare part: no split', text: 'The thezymurgy show.' },
      { name: 'even a rare word one keystroke away is a doubt: "tothe" may be "tithe"', text: 'They went tothe meeting.' },
      { name: 'two readings: "his self" or "hiss elf"', text: 'He did it hisself.' },
      { name: '"a" before a word that takes no article', text: 'It was athe plan.' },
      { name: '"a" before a vowel: "an", so a letter doubled', text: 'It was aact of war.' },
      { name: '"a" after a word that does not lead into it', text: 'It was morea plan.' },
      { name: 'too short to split', text: 'It was ina hall.' },
      { name: 'a capitalised word in mid-sentence is a name', text: 'We met Inthe in the hall.' },
      { name: "the style's words", style: { words: ['inthe'] }, text: 'We met inthe hall.' },
      { name: 'a word on the misspelling list is misspelling\'s', text: 'We met alot of people.' },
      { name: 'inside a URL', text: 'See https://example.com/inthe for more.' },
    ],
    invalid: [
      {
        text: 'We met inthe hall.',
        errors: [{ messageId: 'runTogether', text: 'inthe', message: '"in the"' }],
        output: 'We met in the hall.',
      },
      {
        name: 'a common word of three letters',
        text: 'Then heled the group.',
        errors: [{ text: 'heled', message: '"he led"' }],
        output: 'Then he led the group.',
      },
      {
        name: 'a pronoun and a verb',
        text: '"It works," hesaid.',
        errors: [{ text: 'hesaid' }],
        output: '"It works," he said.',
      },
      {
        name: 'at a sentence start, the capital is kept',
        text: 'Thelast time, they came.',
        errors: [{ text: 'Thelast', message: '"The last"' }],
        output: 'The last time, they came.',
      },
      {
        name: '"a" and a word',
        text: 'It was witha plan, for aman.',
        errors: [{ text: 'witha' }, { text: 'aman' }],
        output: 'It was with a plan, for a man.',
      },
      {
        name: 'a part of a compound, after an emoji on a CRLF line',
        text: 'x\r\n😀 a well-knownthe plan',
        errors: [{ text: 'knownthe' }],
        output: 'x\r\n😀 a well-known the plan',
      },
    ],
  },
  { dictionary: newsTestDictionary(), misspellings: new Map([['alot', ['a lot']]]) },
);

// A dictionary without frequencies (the SpellingDictionary interface promises none): a small
// word and a word of four letters or more, and no word at all one keystroke away.
const counted = newsTestDictionary();
const uncounted: SpellingDictionary = { has: (w, l) => counted.has(w, l), suggest: (w, l, m) => counted.suggest(w, l, m) };
runRuleTable(
  runTogetherWords,
  {
    valid: [
      { name: 'a word one keystroke away, however rare', text: 'They went tothe meeting.' },
      { name: 'a typo of a likelier word', text: 'It was abot the plan.' },
      { name: 'a part of three letters that is no small word: frequencies would tell', text: 'Then heled the group.' },
    ],
    invalid: [
      { text: 'We met inthe hall.', errors: [{ text: 'inthe' }], output: 'We met in the hall.' },
      { text: '"It works," hesaid.', errors: [{ text: 'hesaid' }], output: '"It works," he said.' },
    ],
  },
  { dictionary: uncounted },
);
