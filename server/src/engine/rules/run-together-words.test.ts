import { loadResources } from '../../resources.js';
import { runRuleTable } from '../testing/rule-tester.js';
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
