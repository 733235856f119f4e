import { runRuleTable } from '../testing/rule-tester.js';
import { attributionVerb } from './attribution-verb.js';

const ALL = { reportedStatements: true };

runRuleTable(attributionVerb, {
  valid: [
    // Other senses of the verbs, with no quote and no statement.
    'He was admitted to hospital on Sunday.',
    'She was admitted to the party in 1997.',
    { name: 'a passive with an adverb', text: 'He was later admitted to hospital with "serious" injuries.' },
    'Liverpool claimed the title on the last day.',
    'He claimed his first win in Bahrain.',
    'The floods claimed the lives of 200 people.',
    'She insisted on paying for the meal.',
    { name: 'a preposition before a quote', text: 'He insisted on "full" payment.' },
    'They conceded a goal in the first minute and two penalties after the break.',
    'He confessed to the murder in 2019.',
    'The rocket blasted off at dawn.',
    'She slammed the door and left.',
    { name: 'a quote after the object, past a comma', text: 'He slammed the door, shouting "Get out".' },
    'The boss boasted an increase in market share.',
    'The former director admitted fraud and faces up to four years in prison.',
    'WorldCom director admits lying',
    // Nouns.
    { name: 'the noun "claims" before that', text: 'The claims that he lied were denied.' },
    { name: 'the noun after a preposition', text: 'Police were called after claims that a man had been "assaulted".' },
    { name: 'the noun after "to"', text: 'It was in response to claims that a man had been assaulted.' },
    { name: 'a headline noun against a quote', text: "Disaster claims 'less than $10bn'\n\nThe floods cost insurers less than expected." },
    { name: 'blasts as a noun', text: 'The blasts "shook the whole city", a witness said.' },
    { name: 'fumes as a noun', text: 'Exhaust fumes "killed" him, the inquest heard.' },
    // Left alone on purpose.
    { name: 'alleged is the legal word', text: 'Prosecutors alleged that he had "lied to the court".' },
    'the alleged attack on the guard',
    { name: 'revealed before a statement', text: 'The survey revealed that most people were "happy".' },
    { name: 'pointed out before a statement', text: 'He pointed out that the plan had "failed".' },
    { name: 'a reported statement with no quote', text: 'He claimed that the plan failed.' },
    { name: 'a statement with no quote, no "that"', text: 'The minister conceded this was ambitious.' },
    // Inside a quotation the verb is what was said.
    '"I must admit that I was wrong," he said.',
    '“For us to claim we are going to make 200 million laptops is a big claim,” he said.',
    // The quote belongs to another verb.
    { name: 'a neutral verb between', text: '"Yes," she said, admitting defeat.' },
    { name: 'a full stop ends the quote', text: '"It was a disaster." Mr Smith admitted the charges.' },
    { name: 'another verb carries the quote', text: 'He admitted that the budget was tough but argued it was "fair".' },
    { name: 'a dash opens an aside', text: 'Orange claims the service has infringed its rights - known as "passing off".' },
    { name: 'the quote is in the next paragraph', text: 'He insisted it was over.\n\n"We lost," she said.' },
    // With the option on, objects, nouns and legal words stay alone.
    { name: 'option: an object', text: 'Liverpool claimed the title.', options: ALL },
    { name: 'option: a relative clause after the object', text: 'He claimed the title he had always wanted.', options: ALL },
    { name: 'option: the noun', text: 'The claims that he lied were denied.', options: ALL },
    { name: 'option: after claims that', text: 'The row grew after claims that the vote was rigged.', options: ALL },
    { name: 'option: alleged', text: 'Prosecutors alleged that he had lied.', options: ALL },
    { name: 'option: revealed', text: 'The research revealed that 90% of machines were infected.', options: ALL },
    { name: 'option: insisted on', text: 'She insisted on paying.', options: ALL },
    { name: 'option: admitted to', text: 'One in five admitted to getting up in the night to browse the web.', options: ALL },
    { name: 'option: off', text: '"It was wrong," she claimed.', style: { rules: { 'attribution-verb': 'off' } } },
  ],
  invalid: [
    // After a direct quote.
    { text: '"It was wrong," she claimed.', errors: [{ messageId: 'loaded', text: 'claimed' }], output: '"It was wrong," she said.' },
    { text: '"It was wrong," she claims.', errors: [{ text: 'claims', message: '"says"' }], output: '"It was wrong," she says.' },
    { name: 'keeps the perfect', text: '"It was wrong," she has admitted.', errors: [{ text: 'admitted' }], output: '"It was wrong," she has said.' },
    { name: 'verb before the speaker', text: '"It was wrong," claimed Mr Smith.', errors: [{ text: 'claimed' }], output: '"It was wrong," said Mr Smith.' },
    {
      name: 'an interrupted quote',
      text: '"A literate population," insisted Mr Sener, "will make a positive impact."',
      errors: [{ text: 'insisted' }],
      output: '"A literate population," said Mr Sener, "will make a positive impact."',
    },
    { name: 'a question', text: '"Who knew?" he conceded.', errors: [{ text: 'conceded' }], output: '"Who knew?" he said.' },
    { name: 'comma outside the mark', text: '"It is over", she admitted.', errors: [{ text: 'admitted' }], output: '"It is over", she said.' },
    { name: 'an adverb with the speaker', text: '"It is over," Mr Batter later admitted.', errors: [{ text: 'admitted' }], output: '"It is over," Mr Batter later said.' },
    { text: '"Go away," he fumed.', errors: [{ text: 'fumed' }], output: '"Go away," he said.' },
    { text: '"Nice try," she quipped.', errors: [{ text: 'quipped' }], output: '"Nice try," she said.' },
    { text: '"We are leaving," she revealed.', errors: [{ text: 'revealed' }], output: '"We are leaving," she said.' },
    { name: 'a particle verb', text: '"It was the market," he pointed out.', errors: [{ text: 'pointed out' }], output: '"It was the market," he said.' },
    { text: '"Madness," the chairman blasted.', errors: [{ text: 'blasted' }], output: '"Madness," the chairman said.' },
    { text: '"You are a disgrace," he lashed out.', errors: [{ text: 'lashed out' }], output: '"You are a disgrace," he said.' },
    { text: '"We will win," insisting the team was ready.', errors: [{ text: 'insisting' }], output: '"We will win," saying the team was ready.' },
    // Before a quote.
    { text: 'He admitted: "I was wrong."', errors: [{ text: 'admitted' }], output: 'He said: "I was wrong."' },
    { text: 'She confessed: "I did it."', errors: [{ text: 'confessed' }], output: 'She said: "I did it."' },
    { name: 'a comma before the quote', text: 'He boasted, "We are the best."', errors: [{ text: 'boasted' }], output: 'He said, "We are the best."' },
    { name: 'the quote in the next paragraph', text: 'The coach admitted:\n\n"We were poor."', errors: [{ text: 'admitted' }], output: 'The coach said:\n\n"We were poor."' },
    { text: 'He slammed: "It is madness."', errors: [{ text: 'slammed' }], output: 'He said: "It is madness."' },
    // A reported statement that carries a quote.
    { text: 'Mr Smith admitted he was "devastated".', errors: [{ text: 'admitted' }], output: 'Mr Smith said he was "devastated".' },
    {
      name: 'a subject and an auxiliary',
      text: 'Opposition leader Sam Patel claimed the council had "broken its promise to young people".',
      errors: [{ text: 'claimed' }],
      output: 'Opposition leader Sam Patel said the council had "broken its promise to young people".',
    },
    { text: 'He insisted that it was "nonsense".', errors: [{ text: 'insisted' }], output: 'He said that it was "nonsense".' },
    { name: 'an aside before that', text: 'He did, however, admit that owners have "partly lost control".', errors: [{ text: 'admit' }], output: 'He did, however, say that owners have "partly lost control".' },
    { name: 'capitalised', text: 'Admitting it was "a mistake", he left.', errors: [{ text: 'Admitting' }], output: 'Saying it was "a mistake", he left.' },
    { name: 'a name before claims', text: 'Critics claim the law is "a charter for snoopers".', errors: [{ text: 'claim' }], output: 'Critics say the law is "a charter for snoopers".' },
    { name: 'two findings', text: '"Fine," she insisted. He conceded there were "grey areas".', errors: [{ text: 'insisted' }, { text: 'conceded' }], output: '"Fine," she said. He said there were "grey areas".' },
    // Every reported statement, with the option.
    { name: 'option: that', text: 'He claimed that the plan failed.', options: ALL, errors: [{ text: 'claimed' }], output: 'He said that the plan failed.' },
    { name: 'option: a subject pronoun', text: 'She insisted they were innocent.', options: ALL, errors: [{ text: 'insisted' }], output: 'She said they were innocent.' },
    { name: 'option: a subject and an auxiliary', text: 'The minister conceded this was ambitious.', options: ALL, errors: [{ text: 'conceded' }], output: 'The minister said this was ambitious.' },
    { name: 'option: third person', text: 'Yukos claims its downfall was punishment.', options: ALL, errors: [{ text: 'claims' }], output: 'Yukos says its downfall was punishment.' },
    { name: 'option: a perfect', text: 'Ahold has admitted that it inflated its profits.', options: ALL, errors: [{ text: 'admitted' }], output: 'Ahold has said that it inflated its profits.' },
    { name: 'option: a contraction', text: 'He insists it’s fine.', options: ALL, errors: [{ text: 'insists' }], output: 'He says it’s fine.' },
    { name: 'option: an -ing form', text: 'The firm sued, claiming it had lost $145m.', options: ALL, errors: [{ text: 'claiming' }], output: 'The firm sued, saying it had lost $145m.' },
    // Verbs of criticism with a quote in their object: a suggestion, no fix.
    {
      name: 'slammed with a quoted object',
      text: 'Officials slammed the plan as "madness".',
      errors: [{ messageId: 'criticism', text: 'slammed', suggestions: ['Change to "criticised"'] }],
      output: null,
    },
    {
      name: 'what they called',
      text: 'Officials slammed what they called ‘reckless’ behaviour.',
      errors: [{ messageId: 'criticism', text: 'slammed', suggestions: ['Change to "criticised"'] }],
      output: null,
    },
    {
      name: 'lashed out at',
      text: 'He lashed out at the "unfair" ruling.',
      errors: [{ messageId: 'criticism', text: 'lashed out at', suggestions: ['Change to "criticised"'] }],
      output: null,
    },
    {
      name: 'a headline in en-US',
      text: "Minister slams 'reckless' plan\n\nThe plan was shelved.",
      style: { locale: 'en-US' },
      errors: [{ messageId: 'criticism', text: 'slams', suggestions: ['Change to "criticizes"'] }],
      output: null,
    },
    // Offsets in UTF-16, curly quotes and CRLF.
    {
      name: 'emoji, curly quotes and CRLF',
      text: '😀 “It’s over,” the union’s secretary, Amal Haddad, admitted.\r\n\r\nShe insisted it was “nonsense”.',
      errors: [{ text: 'admitted' }, { text: 'insisted' }],
      output: '😀 “It’s over,” the union’s secretary, Amal Haddad, said.\r\n\r\nShe said it was “nonsense”.',
    },
    {
      name: 'Markdown',
      text: '# Talks\n\n“It’s over,” *she* **conceded**.\n',
      languageId: 'markdown',
      errors: [{ text: 'conceded' }],
      output: '# Talks\n\n“It’s over,” *she* **said**.\n',
    },
  ],
});
