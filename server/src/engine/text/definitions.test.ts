import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definedBefore, findDefinitions, quotations, spelledOut, SpellingIndex, storyDefinitions } from './definitions.js';
import { TextModel } from './model.js';

/** The definitions of `text` as "full = short" strings, in order. */
function defs(text: string): string[] {
  return findDefinitions(text).definitions.map((d) => `${d.full} = ${d.short}`);
}

describe('findDefinitions: "Full Name (ABC)"', () => {
  const cases: [string, string[]][] = [
    ['Turkey backs the Government of National Accord (GNA) in Tripoli.', ['Government of National Accord = GNA']],
    ["Libya's UN-recognised Government of National Accord (GNA) holds Tripoli.", ['Government of National Accord = GNA']],
    ['a probe by the US Securities and Exchange Commission (SEC) is closing', ['Securities and Exchange Commission = SEC']],
    ['the Organisation for Economic Co-operation and Development (OECD) said', ['Organisation for Economic Co-operation and Development = OECD']],
    ['Internet Protocol television (IPTV) is coming', ['Internet Protocol television = IPTV']],
    ['the UK Independence Party (UKIP) won', ['UK Independence Party = UKIP']],
    ['drug maker GlaxoSmithKline (GSK) said', ['GlaxoSmithKline = GSK']],
    ['sales of personal video recorders (PVRs) rose', ['personal video recorders = PVRs']],
    ['Marks & Spencer (M&S) said', ['Marks & Spencer = M&S']],
    ['the Organisation of the Petroleum Exporting Countries (Opec) met', ['Organisation of the Petroleum Exporting Countries = Opec']],
    ['Transport for London (TfL) said', ['Transport for London = TfL']],
    ['Government of National\nAccord (GNA) forces', ['Government of National Accord = GNA']],
  ];
  for (const [text, want] of cases) it(text.replace(/\n/g, '\\n'), () => assert.deepEqual(defs(text), want));

  it('keeps the possessive out of the name and out of nothing else', () => {
    const text = "owners of 5% of Deutsche Boerse's (DB) shares";
    const [d] = findDefinitions(text).definitions;
    assert.equal(d.full, 'Deutsche Boerse');
    assert.equal(text.slice(d.fullStart, d.fullEnd), 'Deutsche Boerse');
    assert.equal(text.slice(d.start, d.end), "Deutsche Boerse's (DB)");
  });

  it('gives exact offsets of the parts', () => {
    const text = '😀 The Government of National Accord (GNA) said.';
    const [d] = findDefinitions(text).definitions;
    assert.equal(text.slice(d.start, d.end), 'Government of National Accord (GNA)');
    assert.equal(text.slice(d.shortStart, d.shortEnd), 'GNA');
    assert.equal(text.slice(d.fullStart, d.fullEnd), 'Government of National Accord');
    assert.equal(d.order, 'full-first');
    assert.equal(d.base, 'GNA');
  });
});

describe('findDefinitions: "ABC (Full Name)"', () => {
  it('finds the reverse order, a leading "the" left out of the name', () => {
    const text = 'The GNA (the Government of National Accord) holds Tripoli.';
    const [d] = findDefinitions(text).definitions;
    assert.equal(`${d.full} = ${d.short}`, 'Government of National Accord = GNA');
    assert.equal(text.slice(d.start, d.end), 'GNA (the Government of National Accord)');
    assert.equal(d.order, 'short-first');
  });
  it('reads square brackets as a quotation uses them', () => {
    assert.deepEqual(defs('"the SET [science, engineering and technology] industries"'), [
      'science, engineering and technology = SET',
    ]);
  });
  it('counts parentheses after an acronym that do not spell it as an explanation only', () => {
    const found = findDefinitions('a concert at the SECC (the big hall by the river) last month');
    assert.deepEqual(found.definitions, []);
    assert.deepEqual(found.explained.map((e) => e.base), ['SECC']);
  });
});

describe('findDefinitions: what is no definition', () => {
  const none = [
    'Shares in Google (GOOG) rose.',
    'Sony Ericsson (SNE) gained.',
    'companies that are minority ethnic led (Mel) are few',
    'The talks (which began on Monday) ended.',
    'He said (Reuters) it was over.',
    'It rose 5% (2004).',
    'Shares in Time Warner (TWX) rose.',
  ];
  for (const text of none) it(text, () => assert.deepEqual(defs(text), []));

  it('keeps an unmatched parenthesised acronym as explained', () => {
    const found = findDefinitions('Shares in Time Warner (TWX) rose, as did set-top boxes (IPTV) and (EV-DO) phones.');
    assert.deepEqual(found.explained.map((e) => e.base), ['TWX', 'IPTV', 'EV-DO']);
  });
  it('does not count a bare parenthesised acronym at the start of a line', () => {
    assert.deepEqual(findDefinitions('(GNA)\nThe GNA moved.').explained, []);
  });
});

describe('spelledOut', () => {
  // Asked alone, the prose is scanned; asked with four others, the index answers: both must agree.
  const others = ['QQA', 'QQB', 'QQC', 'QQD'];
  const spelledOutInProse = (text: string, letters: string) => {
    const scanned = spelledOut(new TextModel(text), [letters]).has(letters);
    const indexed = spelledOut(new TextModel(text), [letters, ...others]).has(letters);
    assert.equal(indexed, scanned, `scan and index disagree on ${letters}`);
    return scanned;
  };
  it('finds a run of words that spells the acronym', () => {
    assert.equal(spelledOutInProse('at the Consumer Electronics Show in Las Vegas', 'CES'), true);
    assert.equal(spelledOutInProse('using RSS - Really Simple Syndication - feeds', 'RSS'), true);
    assert.equal(spelledOutInProse('because of infra-red ports', 'IR'), true);
  });
  it('needs the words on one line, with nothing but spaces between them', () => {
    assert.equal(spelledOutInProse('the Consumer, Electronics Show', 'CES'), false);
    assert.equal(spelledOutInProse('the Consumer\nElectronics Show', 'CES'), false);
  });
  it('does not take chance matches', () => {
    assert.equal(spelledOutInProse('The Voice of the people', 'TV'), false);
    assert.equal(spelledOutInProse('prices rose 5 per cent', 'PC'), false);
    assert.equal(spelledOutInProse('a Police Constable said', 'PC'), true);
  });
  it('does not take the acronym itself, or a partial run, as its spelling', () => {
    assert.equal(spelledOutInProse('the CES show opened', 'CES'), false);
    assert.equal(spelledOutInProse('the Consumer Show opened', 'CES'), false);
  });
  it('takes small words, ampersands and capitals inside a word', () => {
    assert.equal(spelledOutInProse('the Bank of England said', 'BOE'), true);
    assert.equal(spelledOutInProse('shares in Marks & Spencer rose', 'M&S'), true);
    assert.equal(spelledOutInProse('drug maker GlaxoSmithKline said', 'GSK'), true);
  });
  it('answers many questions on a long text', () => {
    const text = 'Filler words here. '.repeat(20000) + 'the Consumer Electronics Show';
    const index = new SpellingIndex(text, new TextModel(text).wordTable, ['CES', 'XYZ']);
    assert.equal(index.spells('CES'), true);
    assert.equal(index.spells('XYZ'), false);
  });
});

describe('quotations', () => {
  const quoted = (text: string) => quotations(new TextModel(text)).map((s) => text.slice(s.start, s.end));
  it('finds straight and curly quotations', () => {
    assert.deepEqual(quoted('He said "the GNA is strong" and “it will win”.'), ['"the GNA is strong"', '“it will win”']);
  });
  it('runs an open quotation to the end of its paragraph', () => {
    assert.deepEqual(quoted('"We will win.\n"We will."'), ['"We will win.', '"We will."']);
  });
  it('closes at a lone closing mark a quotation that began with the paragraph', () => {
    assert.deepEqual(quoted('went on to say it was over." Then he left.'), ['went on to say it was over."']);
  });
});

describe('storyDefinitions', () => {
  it('is computed once per text model', () => {
    const doc = new TextModel('The Government of National Accord (GNA) met.');
    assert.equal(storyDefinitions(doc), storyDefinitions(doc));
  });
  it('ignores Markdown code and link targets', () => {
    const doc = new TextModel('`Government of National Accord (GNA)` and [a link](https://example.org/(GNA))', 'markdown');
    assert.deepEqual(storyDefinitions(doc).definitions, []);
  });
});

describe('definedBefore', () => {
  it('is true from the end of the first definition of that short form on', () => {
    const text = 'The GNA met. The Government of National Accord (GNA) said so. The GNA (Government of National Accord) again.';
    const doc = new TextModel(text);
    const end = text.indexOf('(GNA)') + '(GNA)'.length;
    assert.equal(definedBefore(doc, 'GNA', end - 1), false);
    assert.equal(definedBefore(doc, 'GNA', end), true);
    assert.equal(definedBefore(doc, 'UN', text.length), false);
  });
});
