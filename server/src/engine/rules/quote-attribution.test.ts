import { runRuleTable } from '../testing/rule-tester.js';
import { quoteAttribution } from './quote-attribution.js';

runRuleTable(quoteAttribution, {
  valid: [
    '"We will win," she said.',
    '"We will win," says the minister.',
    'Asked about the vote, she said: "We will win."',
    '“We will win,” she told reporters.',
    "'We will win,' she said.",
    'He added: "The other side has nothing to offer."',
    'Mr Smith: "The other side has nothing to offer."',
    '"We regret the decision," the club said in a statement.',
    '"We regret the decision." The statement gave no reason for it.',
    '"Sales will rise this year." That is the view of the bank, according to its chief economist.',
    '"We will not leave," the agency quoted the general as saying.',
    '"Is this the end?" she asked.',
    '"It is over," he added, "and we are going home."',
    {
      name: 'a quote woven into a sentence of reporting prose',
      text: 'In a resolution passed late Monday, the legislature authorised "Egyptian armed forces to intervene to protect the national security of Libya and Egypt if they see an imminent danger to both our countries".',
    },
    { name: 'a short partial quote', text: 'The two leaders agreed to work "more closely" on Libya.' },
    { name: 'scare quotes', text: 'The so-called "peace dividend" never came.' },
    { name: 'what it termed', text: 'It acted in light of what it termed a Turkish "occupation".' },
    { name: 'a title starting the sentence', text: '"Million Dollar Baby" won four Oscars on Sunday.' },
    { name: 'a long title starting the sentence', text: '"Lord of the Rings: The Return of the King" won 11 Oscars.' },
    '"Out, out, out!" fans chanted as he left.',
    { name: 'a short phrase standing alone', text: '"Knowledge economy". That was the buzzword of the year.' },
    { name: 'a quote as the headline', text: '"We will fight on"\n\nThe minister said the party would contest the seat.' },
    {
      name: 'a quote in the headline',
      text: "'My memories of Marley...'\n\nTo mark the anniversary, his former press officer recalls the man.",
    },
    {
      name: 'the user sample: quotes attributed in their paragraphs',
      text:
        "Erdogan, Trump agree to work 'more closely' on Libya\n\n" +
        'Erdogan and the US president "agreed to cooperate more closely, as allies, ... to promote lasting stability in Libya," it said.\n\n' +
        'In its statement, Egypt\'s parliament said Libya and Cairo should work together "to guarantee the occupier\'s defeat and preserve our shared national security" in the face of "the dangers posed by the Turkish occupation".',
    },
    {
      name: 'a multi-paragraph quote attributed in its first paragraph',
      text: 'Mr Smith said: "The first part of what I have to say.\n\n"The second part.\n\n"And the last part."',
    },
    {
      name: 'a multi-paragraph quote attributed in its last paragraph',
      text: '"The first part of what I have to say.\n\n"And the last part," Mr Smith said.',
    },
    { name: 'paragraphs joined on one line', text: '"First para of the quote. "Second para," he said.' },
    { name: 'a paragraph ending with a colon introduces it', text: 'Her reply was short:\n\n"No comment on that today."' },
    { name: 'CRLF line endings', text: '"We will win," she said.\r\n\r\n"First part.\r\n"Second part," he added.\r\n' },
    { name: 'an emoji before the quote', text: '😀 "We will win," she said.' },
    { name: 'Markdown: a quotation inside code', languageId: 'markdown', text: 'Type `"We will win the vote."` in the box.' },
    { name: 'Markdown: a block quote with attribution', languageId: 'markdown', text: '> "We will win," she said.' },
    { name: 'an unclosed quote is left to unbalanced-quotes', text: 'The count ended. "We will win the vote.' },
    {
      name: 'Markdown: a quote in the front matter title is the headline',
      languageId: 'markdown',
      text: "---\ntitle: '\"We will fight on to the very end of this.\"'\nauthor: Desk\n---\n\nThe minister said the party would contest the seat.\n",
    },
    {
      name: 'Markdown: after the front matter, the first paragraph can still be a headline',
      languageId: 'markdown',
      text: '---\ndescription: The party will contest the seat, the minister said.\n---\n\n# "We will fight on"\n\nThe minister said the party would contest the seat.\n',
    },
    {
      name: 'option previousParagraph accepts the speaker named just before',
      text: '"We will win," she said.\n\n"The other side has nothing to offer."',
      options: { previousParagraph: true },
    },
  ],
  invalid: [
    {
      name: 'a first paragraph that ends like a sentence is not a headline',
      text: '"We won the vote." The hall cheered.\n\nThe count ended at midnight.',
      errors: [{ text: '"We won the vote."' }],
    },
    {
      text: 'The minister spoke for an hour.\n\n"We will win the vote."',
      errors: [{ messageId: 'missing', text: '"We will win the vote."' }],
    },
    { name: 'curly marks', text: '“We will win the vote.” The meeting ended.', errors: [{ text: '“We will win the vote.”' }] },
    { name: 'single marks', text: "'We will win the vote.' The meeting ended.", errors: [{ text: "'We will win the vote.'" }] },
    { name: 'a question', text: 'The count ended. "Who could have seen this coming?"', errors: [{ text: '"Who could have seen this coming?"' }] },
    {
      name: 'a multi-paragraph quote with no attribution, flagged once over all its paragraphs',
      text: '"The first part of the quote.\n\n"The second part."',
      errors: [{ text: '"The first part of the quote.\n\n"The second part."' }],
    },
    { name: 'paragraphs joined on one line', text: '"First para. "Second para."', errors: [{ text: '"First para. "Second para."' }] },
    {
      name: 'a long quote ending the sentence without punctuation of its own',
      text: '"We will never accept a deal that hurts our workers".',
      errors: [{ text: '"We will never accept a deal that hurts our workers"' }],
    },
    {
      name: 'attribution in the paragraph before does not count by default',
      text: '"We will win," she said.\n\n"The other side has nothing to offer."',
      errors: [{ text: '"The other side has nothing to offer."' }],
    },
    {
      name: 'a reporting verb inside the quote does not count',
      text: '"I said we would win, and we did." The crowd cheered.',
      errors: [{ text: '"I said we would win, and we did."' }],
    },
    {
      name: 'a long quote is flagged whole',
      text: 'The hall fell silent. "We have fought this election on the issues that matter to working people, and we have won it."',
      errors: [{ text: '"We have fought this election on the issues that matter to working people, and we have won it."' }],
    },
    {
      name: 'a quote of several sentences is flagged whole',
      text: 'The count ended. "Nobody came for three days. We had no clean water and no power for the whole week."',
      errors: [{ text: '"Nobody came for three days. We had no clean water and no power for the whole week."' }],
    },
    {
      name: 'a long quote with curly marks and an emoji, flagged whole',
      text: 'The count ended. “Nobody came for three days 😀 and we had no clean water or power for the whole of the week.” Then it rained.',
      errors: [{ text: '“Nobody came for three days 😀 and we had no clean water or power for the whole of the week.”' }],
    },
    {
      name: 'a multi-paragraph quote with CRLF line endings, flagged over all its paragraphs',
      text: 'The count ended.\r\n\r\n"First part of it.\r\n\r\n"Last part of it."\r\n',
      errors: [{ text: '"First part of it.\r\n\r\n"Last part of it."' }],
    },
    {
      name: 'CRLF line endings and an emoji',
      text: '😀 Results are in.\r\n\r\n"We won the vote." The hall cheered.\r\n',
      errors: [{ text: '"We won the vote."' }],
    },
    {
      name: 'Markdown: a quote in the front matter standfirst needs its speaker too',
      languageId: 'markdown',
      text: "---\r\ntitle: Council approves budget\r\ndescription: '“We will win the vote.” The hall cheered.'\r\n---\r\n\r\nThe count ended.\r\n",
      errors: [{ text: '“We will win the vote.”' }],
    },
    {
      name: 'Markdown: the quote in code is ignored, the one in prose is not',
      languageId: 'markdown',
      text: '# Results\n\nThe count ended. "We won the vote." The hall cheered `"quote"`.',
      errors: [{ text: '"We won the vote."' }],
    },
  ],
});
