import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixAllWith } from '../fixes.js';
import { runRules } from '../lint.js';
import { runRuleTable } from '../testing/rule-tester.js';
import type { Style } from '../types.js';
import { acronymFirstUse } from './acronym-first-use.js';
import { entityNaming } from './entity-naming.js';

/** The built-in known list, read the way resources.ts reads it. */
const knownAcronyms = new Set(
  readFileSync(join(__dirname, '../../../data/known-acronyms.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean),
);
const resources = { knownAcronyms };

const GNA = 'Government of National Accord (GNA)';

runRuleTable(
  acronymFirstUse,
  {
    valid: [
      { name: 'spelled out at first use, then the short form', text: `Turkey backs Libya's UN-recognised ${GNA}. The US backs the GNA too.` },
      { name: 'the reverse order defines it too', text: 'The GNA (Government of National Accord) holds Tripoli. The GNA is recognised.' },
      { name: 'known acronyms', text: 'The US, UK and EU met NATO and the UN. The BBC and CNN reported it. US and UN officials spoke.' },
      { name: 'a known acronym spelled out late is left alone', text: 'The IMF said so. The International Monetary Fund (IMF) is in Washington.' },
      { name: 'plurals and possessives of known acronyms', text: "MPs and MEPs voted. The MP's office and the CEOs' pay. MPs' expenses." },
      { name: 'an acronym used once', text: 'Shares in TCI rose on Monday.' },
      { name: 'in the headline only', text: 'XYZ falls again\n\nShares fell on Monday.' },
      {
        name: 'used in the headline before the body spells it out',
        text: 'GNA forces advance\n\nForces of the Government of National Accord (GNA) advanced. The GNA said so.',
      },
      { name: 'a company name shown by the word before', text: 'Music firm EMI said sales fell. EMI is cutting jobs.' },
      { name: 'a company name shown by the word after', text: 'EMI shares fell. EMI chief Alain Levy left.' },
      { name: 'a name shown by an apposition', text: 'Consultants from EDS, the computer firm, said so. EDS won the contract.' },
      { name: 'introduced as a name', text: 'In the UK the technology is known as DAB. DAB radios sold well.' },
      { name: 'initials of a person', text: 'JK Rowling wrote it. JK Rowling signed it.' },
      { name: 'spelled out without parentheses', text: 'At the Consumer Electronics Show in Las Vegas, firms met. CES runs all week. CES ends Sunday.' },
      { name: 'explained in parentheses that do not spell it', text: 'Shares in Time Warner (TWX) rose. TWX gained 2%. TWX is up.' },
      { name: 'Roman numerals', text: 'Henry VIII and World War II. Henry VIII again, and Super Bowl XXXIX after Super Bowl XXXIX.' },
      { name: 'codes with digits', text: 'The PS3 and the X360 beat the PS3 and the X360.' },
      { name: 'hyphenated codes', text: 'EV-DO networks (EV-DO) and EV-DO phones.' },
      { name: 'units after numbers', text: 'A 200 MB file, a 4 GB card and another 300 MB.' },
      { name: 'tickers', text: 'IBM (NYSE: XYZQ) rose, as did (NYSE: XYZQ) again.' },
      { name: 'currencies', text: 'It made HK$327m, up from HK$300m.' },
      { name: 'titles joined by a colon', text: 'The show CSI:NY aired. CSI:NY is popular.' },
      { name: 'codes joined by a dot', text: 'The variants Bagle.AT and Bagle.AU spread, then Bagle.AT again.' },
      { name: 'shouting', text: 'WARNING: DO NOT OPEN THE BOX\nDO NOT OPEN IT' },
      { name: 'single capitals', text: 'A B C D and A B C D.' },
      { name: 'the "known" option', text: 'The XYZ met. The XYZ said so.', options: { known: ['XYZ'] } },
      { name: 'the "minUses" option', text: 'The XYZ met. The XYZ said so.', options: { minUses: 3 } },
      { name: 'Markdown: acronyms in code', languageId: 'markdown', text: 'Run `XYZ` and then `XYZ` again.' },
      { name: 'Markdown: acronyms in link targets', languageId: 'markdown', text: 'See [the report](https://example.org/XYZ/XYZ) and [this](https://example.org/XYZ).' },
      {
        name: 'Markdown: a setext heading uses the short form',
        languageId: 'markdown',
        text: 'GNA advances\n============\n\nThe Government of National Accord (GNA) advanced. The GNA said so.',
      },
      {
        name: 'Markdown: a heading uses the short form',
        languageId: 'markdown',
        text: '# GNA advances\n\nThe Government of National Accord (GNA) advanced. The GNA said so.',
      },
    ],
    invalid: [
      {
        name: 'used before it is spelled out',
        text: `The GNA took the town. Turkey backs the ${GNA}.`,
        errors: [
          {
            messageId: 'usedBeforeDefinition',
            text: 'GNA',
            message: 'Government of National Accord',
            fix: 'Spell out "GNA" at its first use: "Government of National Accord (GNA)"',
          },
        ],
        output: `The ${GNA} took the town. Turkey backs the ${GNA}.`,
      },
      {
        name: 'only the first early use is reported',
        text: `GNA forces moved. The GNA said so. Turkey backs the ${GNA}.`,
        errors: [{ text: 'GNA' }],
        output: `${GNA} forces moved. The GNA said so. Turkey backs the ${GNA}.`,
      },
      {
        name: 'the reverse-order definition gives the fix',
        text: 'The GNA moved. Later the GNA (Government of National Accord) said so.',
        errors: [{ messageId: 'usedBeforeDefinition', text: 'GNA' }],
        output: `The ${GNA} moved. Later the GNA (Government of National Accord) said so.`,
      },
      {
        name: 'a title-case short form',
        text: 'Opec met. The Organisation of the Petroleum Exporting Countries (Opec) cut output.',
        errors: [{ text: 'Opec', fix: 'Spell out "Opec" at its first use: "Organisation of the Petroleum Exporting Countries (Opec)"' }],
        output: 'Organisation of the Petroleum Exporting Countries (Opec) met. The Organisation of the Petroleum Exporting Countries (Opec) cut output.',
      },
      {
        name: 'a possessive is reported without a fix',
        text: `The GNA's forces moved. Turkey backs the ${GNA}.`,
        errors: [{ text: 'GNA' }],
        output: null,
      },
      {
        name: 'a hyphenated use is reported without a fix',
        text: `GNA-backed forces moved. Turkey backs the ${GNA}.`,
        errors: [{ text: 'GNA' }],
        output: null,
      },
      {
        name: 'a plural before a singular definition is reported without a fix',
        text: 'Sales of PVRs rose. A personal video recorder (PVR) stores shows.',
        errors: [{ text: 'PVRs' }],
        output: null,
      },
      {
        name: 'inside a quotation: reported, never rewritten',
        text: `"The GNA will win," he said. Turkey backs the ${GNA}.`,
        errors: [{ text: 'GNA' }],
        output: null,
      },
      {
        name: 'a body use after the headline',
        text: `GNA advances\n\nThe GNA moved. Turkey backs the ${GNA}.`,
        errors: [{ text: 'GNA' }],
        output: `GNA advances\n\nThe ${GNA} moved. Turkey backs the ${GNA}.`,
      },
      {
        name: 'never spelled out',
        text: 'The XYZ met on Monday. The XYZ said it would meet again.',
        errors: [{ messageId: 'neverSpelledOut', text: 'XYZ', message: '"XYZ" is never spelled out' }],
        output: null,
      },
      {
        name: 'never spelled out, counted with its plural',
        text: 'Two XYZs met. The XYZ said so.',
        errors: [{ messageId: 'neverSpelledOut', text: 'XYZs' }],
        output: null,
      },
      {
        name: 'minUses 1 reports a single use',
        text: 'The XYZ met on Monday.',
        options: { minUses: 1 },
        errors: [{ messageId: 'neverSpelledOut', text: 'XYZ' }],
        output: null,
      },
      {
        name: 'each acronym once',
        text: `The QRS and the GNA met. The QRS said so, and the GNA agreed. The ${GNA} left.`,
        errors: [{ text: 'QRS', messageId: 'neverSpelledOut' }, { text: 'GNA', messageId: 'usedBeforeDefinition' }],
        output: `The QRS and the ${GNA} met. The QRS said so, and the GNA agreed. The ${GNA} left.`,
      },
      {
        name: 'CRLF and an emoji before the finding',
        text: `😀 The GNA moved.\r\nTurkey backs the ${GNA}.\r\n`,
        errors: [{ text: 'GNA' }],
        output: `😀 The ${GNA} moved.\r\nTurkey backs the ${GNA}.\r\n`,
      },
      {
        name: 'Markdown: code and link targets are skipped, the prose use is not',
        languageId: 'markdown',
        text: `Run \`GNA\` or see [it](https://example.org/GNA). The **GNA** moved.\n\nTurkey backs the ${GNA}.`,
        errors: [{ text: 'GNA' }],
        output: `Run \`GNA\` or see [it](https://example.org/GNA). The **${GNA}** moved.\n\nTurkey backs the ${GNA}.`,
      },
    ],
  },
  resources,
);

describe('acronym-first-use with entity-naming', () => {
  const rules = [acronymFirstUse, entityNaming];
  const lintBoth = (text: string) => runRules(rules, text, { resources });

  it("reports nothing on the user's sample (examples/libya.draft)", () => {
    const sample = readFileSync(join(__dirname, '../../../../examples/libya.draft'), 'utf8');
    assert.deepEqual(runRules(rules, sample, { languageId: 'newsdraft', resources }), []);
  });

  it('moves the full name to the first use and shortens the later one', () => {
    const text = `The GNA took the town. Later the GNA said so. Turkey backs the ${GNA} and the Government of National Accord.`;
    const result = fixAllWith(rules, text, { resources });
    assert.equal(result.output, `The ${GNA} took the town. Later the GNA said so. Turkey backs the GNA and the GNA.`);
    assert.deepEqual(lintBoth(result.output), []);
    assert.ok(result.passes <= 3, `took ${result.passes} passes`);
  });

  it('converges for a reverse-order definition', () => {
    const text = 'The GNA moved. Later the GNA (Government of National Accord) said so.';
    const result = fixAllWith(rules, text, { resources });
    assert.equal(result.output, `The ${GNA} moved. Later the GNA said so.`);
    assert.deepEqual(lintBoth(result.output), []);
  });

  it('converges in Markdown with CRLF line endings', () => {
    const text = `# GNA advances\r\n\r\n😀 The GNA moved.\r\n\r\nTurkey backs the ${GNA}.\r\n`;
    const result = fixAllWith(rules, text, { languageId: 'markdown', resources });
    assert.equal(result.output, `# GNA advances\r\n\r\n😀 The ${GNA} moved.\r\n\r\nTurkey backs the GNA.\r\n`);
    assert.deepEqual(runRules(rules, result.output, { languageId: 'markdown', resources }), []);
  });
});

// The house style: its acronyms are known; its entities' short forms are not, but their names
// give the fix when the story never spells them out.
const style: Style = {
  acronyms: ['XYZ', 'ONS'],
  entities: [
    { name: 'Government of National Accord', short: 'GNA' },
    { name: 'Organization of the Petroleum Exporting Countries', short: 'Opec' },
    { name: 'European Union', short: 'EU' },
  ],
};

runRuleTable(
  acronymFirstUse,
  {
    valid: [
      { name: "the style's acronyms need no spelling out", style, text: 'The XYZ met. The XYZ said so. The ONS and the ONS agreed.' },
      { name: 'a style entity spelled out at its first use', style, text: `Turkey backs the ${GNA}. The GNA said so.` },
      { name: "an entity's short form on the known list stays known", style, text: 'The EU met. The EU said so.' },
      { name: 'a style entity in the headline only', style, text: 'GNA forces advance\n\nForces advanced on Monday.' },
      { name: 'the style turns the rule off', style: { ...style, rules: { 'acronym-first-use': 'off' } }, text: 'The GNA met.' },
    ],
    invalid: [
      {
        name: 'never spelled out: the fix comes from the style, even for one use',
        style,
        text: 'Forces of the GNA advanced.',
        errors: [
          {
            messageId: 'neverSpelledOutStyle',
            text: 'GNA',
            message: 'write "Government of National Accord (GNA)"',
            fix: 'Spell out "GNA" at its first use: "Government of National Accord (GNA)"',
          },
        ],
        output: `Forces of the ${GNA} advanced.`,
      },
      {
        name: 'the spell-out goes at the first use, outside the headline',
        style,
        text: 'GNA forces advance\n\nThe GNA moved. Later the GNA said so.',
        errors: [{ text: 'GNA' }],
        output: `GNA forces advance\n\nThe ${GNA} moved. Later the GNA said so.`,
      },
      {
        name: 'a name-like context excuses nothing for a style entity',
        style,
        text: 'GNA chief Fayez al-Sarraj spoke. GNA shares fell.',
        errors: [{ messageId: 'neverSpelledOutStyle' }],
        output: `${GNA} chief Fayez al-Sarraj spoke. GNA shares fell.`,
      },
      {
        name: 'spelled out later by the story: as without a style',
        style,
        text: `The GNA moved. Turkey backs the ${GNA}.`,
        errors: [{ messageId: 'usedBeforeDefinition' }],
        output: `The ${GNA} moved. Turkey backs the ${GNA}.`,
      },
      {
        name: 'a title-case short form',
        style,
        text: 'Opec cut output. Opec meets again.',
        errors: [{ text: 'Opec', message: '"Organization of the Petroleum Exporting Countries (Opec)"' }],
        output: 'Organization of the Petroleum Exporting Countries (Opec) cut output. Opec meets again.',
      },
      {
        name: 'a possessive first use is reported without a fix',
        style,
        text: "The GNA's forces advanced.",
        errors: [{ messageId: 'neverSpelledOutStyle', text: 'GNA' }],
        output: null,
      },
      {
        name: 'inside a quotation: reported without a fix',
        style,
        text: '"The GNA will win," he said.',
        errors: [{ messageId: 'neverSpelledOutStyle' }],
        output: null,
      },
      {
        name: 'CRLF and an emoji before the first use',
        style,
        text: '😀 Line one\r\n😀 The GNA moved.\r\n',
        errors: [{ text: 'GNA' }],
        output: `😀 Line one\r\n😀 The ${GNA} moved.\r\n`,
      },
    ],
  },
  resources,
);

describe('style entities across acronym-first-use and entity-naming', () => {
  it('fix all spells the entity out once, then uses the short form', () => {
    const withAvoid: Style = { entities: [{ name: 'Government of National Accord', short: 'GNA', avoid: ['Tripoli government'] }] };
    const text = 'The GNA moved. The GNA said the Tripoli government would hold.';
    const result = fixAllWith([acronymFirstUse, entityNaming], text, { resources, style: withAvoid });
    assert.equal(result.output, `The ${GNA} moved. The GNA said the GNA would hold.`);
    assert.deepEqual(runRules([acronymFirstUse, entityNaming], result.output, { resources, style: withAvoid }), []);
  });
});
