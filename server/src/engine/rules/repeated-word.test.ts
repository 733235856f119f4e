import { runRuleTable } from '../testing/rule-tester.js';
import { repeatedWord } from './repeated-word.js';

runRuleTable(repeatedWord, {
  valid: [
    'The cat sat on the mat.',
    'He had had enough, and said that that was that.',
    'They toured with Duran Duran last year.',
    { name: 'a name at the start of a headline', text: 'Duran Duran show set for US TV' },
    'The score was 10 10 at half time.',
    { name: 'a full stop between the words', text: 'He left the. The rest stayed.' },
    { name: 'a blank line between them', text: 'the\n\nthe' },
    { name: 'a comma between them', text: 'No, no, never.' },
    { name: 'a URL between them', text: 'It was posted on example.org on Sunday.' },
    { name: 'same first letter, other words', text: 'They then thanked the teacher.' },
    { name: 'same letters but one, in other cases', text: 'The THE. He was tHa thE one.' },
    { name: 'one word a prefix of the next', text: 'an and on one.' },
  ],
  invalid: [
    { text: 'It was the the best.', errors: [{ messageId: 'repeated', text: 'the the', fix: 'Delete the repeated "the"' }], output: 'It was the best.' },
    { name: 'case differs', text: 'The the end.', errors: [{ text: 'The the', fix: 'Delete the repeated "the"' }], output: 'The end.' },
    { name: 'across a line break', text: 'It was in the\nthe morning.', errors: [{ text: 'the\nthe' }], output: 'It was in the morning.' },
    {
      name: 'CRLF and emoji',
      text: '😀 one\r\nand and two',
      errors: [{ text: 'and and' }],
      output: '😀 one\r\nand two',
    },
    {
      name: 'letters past ASCII, in two cases',
      text: 'Un été été chaud, et ÉTÉ été froid.',
      errors: [{ text: 'été été' }, { text: 'ÉTÉ été' }],
      output: 'Un été chaud, et ÉTÉ froid.',
    },
    {
      name: 'a lower-case form of another length (dotted capital I)',
      text: 'in İzmir i̇zmir today',
      errors: [{ text: 'İzmir i̇zmir' }],
      output: 'in İzmir today',
    },
    {
      name: 'two repeats in one sentence',
      text: 'a a b b',
      errors: [{ text: 'a a' }, { text: 'b b' }],
      output: 'a b',
    },
  ],
});
