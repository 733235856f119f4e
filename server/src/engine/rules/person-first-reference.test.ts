import { runRuleTable } from '../testing/rule-tester.js';
import { TestDictionary } from '../testing/test-dictionary.js';
import { personFirstReference } from './person-first-reference.js';

/** Every story opens with a headline, as news copy does; the rule leaves headlines alone. */
const H = 'Talks end in Tripoli\n\n';

// No word lists: the rule reads names from the story alone.
runRuleTable(personFirstReference, {
  valid: [
    { name: 'full name first, then the surname', text: `${H}John Smith, the foreign minister, resigned. Smith said he was tired.` },
    { name: 'full name first, then a title and the surname', text: `${H}John Smith, the minister, resigned. Mr Smith said he was tired.` },
    { name: 'a title before the full name counts as the full name', text: `${H}Prime Minister Tony Blair spoke. Blair said so. Mr Blair left.` },
    { name: 'only ever title and surname: no full name to ask for', text: `${H}Mr Dbeibah said the talks had failed. Mr Dbeibah left.` },
    { name: 'only ever the surname', text: `${H}Dbeibah said the talks had failed. Dbeibah left.` },
    { name: 'a surname alone in the headline (first line)', text: 'Smith quits as minister\n\nJohn Smith, the minister, resigned.' },
    { name: 'a surname alone in a crosshead', text: `${H}The talks failed on Monday.\n\nSmith speaks out\n\nJohn Smith, the minister, said so.` },
    {
      name: 'a surname alone in Markdown headings',
      languageId: 'markdown',
      text: '# Smith quits\n\nThe talks failed.\n\n## Why Smith left\n\nJohn Smith resigned. Smith said so.',
    },
    { name: 'a well-known name', text: `${H}Obama said so. Barack Obama agreed. Putin did not. Vladimir Putin left.` },
    { name: 'a mononym', text: `${H}Madonna sang first. Madonna Ciccone is her full name.` },
    { name: "the style's words", style: { words: ['Dbeibah'] }, text: `${H}Dbeibah said so. Abdul Hamid Dbeibah agreed.` },
    { name: 'two people share the surname ("John and Mary")', text: `${H}Smith said so. John and Mary Smith agreed.` },
    { name: 'two people share the surname', text: `${H}Smith said so. John Smith and Mary Smith agreed.` },
    { name: 'part of a company name with &', text: `${H}Shares in Smith & Nephew fell. John Smith, an analyst, said so.` },
    { name: 'part of a longer name', text: `${H}The Adam Smith Institute said so. John Smith agreed. They live on Smith Street.` },
    { name: 'part of a name with "of"', text: `${H}The Duke of Wellington came. Arthur Wellington met him.` },
    { name: 'inside a quotation', text: `${H}"Smith is a liar," the woman said. John Smith denied it.` },
    { name: 'a place after "in"', text: `${H}Talks in Mosul failed. Ahmed Mosul, a trader, said so.` },
    { name: 'a place on the list', text: `${H}The tour of Jordan ended. Michael Jordan played.` },
    { name: 'a film', text: `${H}The biopic Kinsey opened. Alfred Kinsey was a scientist.` },
    { name: 'a film, by what follows', text: `${H}Kinsey starring Liam Neeson opened. Alfred Kinsey was a scientist.` },
    { name: 'a company, by what stands before it', text: `${H}Shares in oil firm Exel rose. Mary Exel founded it.` },
    { name: 'an article before the name', text: `${H}The Smith report is out. John Smith wrote it.` },
    { name: 'a product with a number', text: `${H}Windows 95 sold well. Microsoft Windows is old.` },
    { name: 'a shop: a possessive with no noun', text: `${H}He shops at Sainsbury's. John Sainsbury founded it.` },
    { name: 'a family', text: `${H}The Smith family left. John Smith, the father, said so.` },
    { name: 'a first name after a royal title', text: `${H}Prince Charles spoke. Ray Charles sang.` },
    { name: 'a surname that is also a first name in the story', text: `${H}John said so. John Lennon agreed. Elton John sang.` },
    { name: 'a hyphenated adjective is no first name', text: `${H}Ferrovial bought it. Madrid-based Ferrovial is big.` },
    { name: 'a place-like first word is no first name', text: `${H}Korea said so. North Korea agreed.` },
    { name: 'a short form in brackets', text: `${H}Voice over IP (Voip) grows. Skype Voip is one service.` },
    { name: 'a lone name joined to another by "and"', text: `${H}Liggett and Brown and Williamson were sued. Ann Williamson said so.` },
    { name: 'a surname after a particle', text: `${H}de Gaulle said so. Charles de Gaulle agreed.` },
    {
      name: 'a crosshead of 20 words, with no closing punctuation',
      text: `${H}Smith said the talks had failed and that the two sides would not meet again before the end of May\n\nJohn Smith, the minister, resigned.`,
    },
    { name: 'the rule turned off', style: { rules: { 'person-first-reference': 'off' } }, text: `${H}Smith said so. John Smith agreed.` },
  ],
  invalid: [
    {
      name: 'a surname before the full name',
      text: `${H}Smith said the talks had failed. Later, John Smith, the minister, resigned.`,
      errors: [{ messageId: 'beforeFullName', text: 'Smith', message: '"John Smith"' }],
    },
    {
      name: 'a title and the surname before the full name',
      text: `${H}Mr Smith said the talks had failed. Later, John Smith, the minister, resigned.`,
      errors: [{ text: 'Mr Smith' }],
    },
    {
      name: 'a title of two words',
      text: `${H}Prime Minister Dbeibah said so. Abdul Hamid Dbeibah agreed.`,
      errors: [{ text: 'Prime Minister Dbeibah', message: '"Abdul Hamid Dbeibah"' }],
    },
    { name: 'a hyphenated title', text: `${H}Vice-President Jones said so. Mary Jones agreed.`, errors: [{ text: 'Vice-President Jones' }] },
    { name: 'a title with a full stop', text: `${H}Mr. Smith said so. John Smith agreed.`, errors: [{ text: 'Mr. Smith' }] },
    {
      name: 'a place name as a surname, after a title',
      text: `${H}The tour of Jordan ended. Mr Jordan spoke. Eddie Jordan, the team boss, agreed.`,
      errors: [{ text: 'Mr Jordan', message: '"Eddie Jordan"' }],
    },
    { name: 'a possessive', text: `${H}Smith's plan failed. John Smith resigned.`, errors: [{ text: 'Smith' }] },
    {
      name: 'CRLF, emoji and a curly apostrophe',
      text: 'Talks end 😀\r\n\r\n😀 Smith’s plan failed.\r\n\r\nJohn Smith resigned.',
      errors: [{ text: 'Smith' }],
    },
    { name: 'only the first bare use', text: `${H}Smith said so. Smith left. John Smith agreed. Smith came back.`, errors: [{ text: 'Smith' }] },
    { name: 'after a word that starts the sentence', text: `${H}The talks failed. Meanwhile Smith left. John Smith agreed.`, errors: [{ text: 'Smith' }] },
    { name: 'a first name with an initial', text: `${H}Smith spoke. John F. Smith agreed.`, errors: [{ text: 'Smith' }] },
    { name: 'a surname with a prefix', text: `${H}al-Mahdi spoke first. Sadiq al-Mahdi agreed.`, errors: [{ text: 'al-Mahdi' }] },
    { name: 'a surname with a prefix of three letters', text: `${H}abd-Rabbuh spoke first. Mansur abd-Rabbuh agreed.`, errors: [{ text: 'abd-Rabbuh' }] },
    { name: 'a surname with a lower-case ending', text: `${H}Smith-led talks failed. John Smith was sad.`, errors: [{ text: 'Smith' }] },
    {
      name: 'one finding for each person',
      text: `${H}Smith and Jones met. Haftar did not. John Smith, Mary Jones and Khalifa Haftar then spoke.`,
      // "Jones", after a lone "Smith and", may be a firm ("Brown and Williamson"): left alone.
      errors: [{ text: 'Smith', message: '"John Smith"' }, { text: 'Haftar', message: '"Khalifa Haftar"' }],
    },
    { name: 'a full name with a particle', text: `${H}Gaulle said so. Charles de Gaulle agreed.`, errors: [{ text: 'Gaulle', message: '"Charles de Gaulle"' }] },
    {
      name: 'a full name with a particle of one letter',
      text: `${H}Gasset wrote so. José Ortega y Gasset agreed.`,
      errors: [{ text: 'Gasset', message: '"José Ortega y Gasset"' }],
    },
    {
      name: 'a paragraph of 21 words with no closing punctuation is no crosshead',
      text: `${H}Smith said the talks had failed and that the two sides would not meet again before the end of next May\n\nJohn Smith, the minister, resigned.`,
      errors: [{ text: 'Smith' }],
    },
    { name: 'in Markdown', languageId: 'markdown', text: '# Talks\n\nSmith said so.\n\nJohn *Smith* agreed. John Smith left.', errors: [{ text: 'Smith' }] },
    { name: 'in a .draft file', languageId: 'newsdraft', text: `${H}[[check this]] Smith said so. John Smith agreed.`, errors: [{ text: 'Smith' }] },
  ],
});

// With word lists: a surname that is also a word or a company's name needs the story to show
// a person there; a first name that is also a company's needs the same for the full name.
const dictionary = new TestDictionary({
  both: 'brown Brown smith Smith glazer five nobles rice said cheap the',
});
const companies = new Set(['Ford', 'Smith', 'Microsoft', 'Khalifa', 'Windows']);

runRuleTable(
  personFirstReference,
  {
    valid: [
      { name: 'a company: "it" follows', text: `${H}Ford said it would cut jobs. Henry Ford founded the firm.` },
      { name: 'a company name: nothing shows a person', text: `${H}Smith said the talks had failed. John Smith agreed.` },
      { name: 'a word at a sentence start', text: `${H}Brown rice is cheap. Gordon Brown agreed.` },
      { name: 'only a word to the dictionary, and nothing shows a person', text: `${H}He sampled Five to One. The Jackson Five sang.` },
      { name: 'a first name that is a company: no person shown', text: `${H}Windows rose. Microsoft Windows is old.` },
      { name: 'a first name that is a company: no person shown, bare', text: `${H}Haftar fell. Khalifa Haftar rose.` },
    ],
    invalid: [
      { name: 'a company name, and "he" follows', text: `${H}Smith said he would resign. John Smith, the minister, resigned.`, errors: [{ text: 'Smith' }] },
      { name: 'a company name, and "Mr" in the story', text: `${H}Ford spoke first. Henry Ford agreed. Mr Ford left.`, errors: [{ text: 'Ford' }] },
      { name: 'a title makes it a person', text: `${H}Mr Ford said so. Henry Ford agreed.`, errors: [{ text: 'Mr Ford' }] },
      { name: 'a word, with an apposition', text: `${H}The bid came from Glazer, who is 76. Malcolm Glazer agreed.`, errors: [{ text: 'Glazer' }] },
      { name: 'a word, with a verb of speech, CRLF', text: 'Talks end\r\n\r\nGlazer said so.\r\n\r\nMalcolm Glazer agreed.', errors: [{ text: 'Glazer' }] },
      { name: 'a word, after a title', text: `${H}"We agree," said Dr Nobles. Dr Phil Nobles is an expert.`, errors: [{ text: 'Dr Nobles' }] },
      {
        name: 'a first name that is a company, vouched for by a noun for a person',
        text: `${H}Haftar said so. The eastern commander Khalifa Haftar then left.`,
        errors: [{ text: 'Haftar', message: '"Khalifa Haftar"' }],
      },
    ],
  },
  { dictionary, companies },
);
