// maskMarkdown on long and hostile Markdown: the parts it parses one by one, the blank lines it
// leaves out and the parts it reads as plain text must not change what ordinary Markdown
// reads as. The reference is the whole document through the parser in one piece.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { maskMarkdown, MAX_NESTING, MAX_PARAGRAPH_MARKS } from './markdown.js';
import { trimSpan, type Span } from './span.js';

interface MdNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdNode[];
}

/** The masking as it was before parts: one parse of the whole text (recursive; small inputs only). */
function reference(text: string): { prose: string; paragraphs: Span[] } {
  const tree = fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])],
  }) as MdNode;
  const keep: Span[] = [];
  const paragraphs: Span[] = [];
  const walk = (node: MdNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') return void keep.push({ start, end });
    if (['paragraph', 'heading', 'tableCell'].includes(node.type)) paragraphs.push({ start, end });
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  let prose = '';
  let last = 0;
  for (const s of keep) {
    prose += text.slice(last, s.start).replace(/[^\r\n]/g, ' ') + text.slice(s.start, s.end);
    last = s.end;
  }
  prose += text.slice(last).replace(/[^\r\n]/g, ' ');
  return { prose, paragraphs: paragraphs.map((p) => trimSpan(prose, p)).filter((p) => p.end > p.start) };
}

/** Blocks of ordinary Markdown, some of them holding blank lines the cutting must respect. */
const BLOCKS = [
  '# A heading about the GNA',
  'A paragraph with *emphasis*, a [link](https://example.com/a) and `code`.',
  'A paragraph using a [reference link][ref] defined far away.',
  '[ref]: https://example.com/ref "Title"',
  '- a list item\n- another item\n  - nested once',
  '1. first\n\n2. second, loose',
  '> a quotation\n> over two lines',
  '```\nfenced code\n\n\n\nwith blank lines inside\n```',
  '~~~js\nmore code\n\n# not a heading\n~~~',
  '<!--\nan HTML comment\n\nover blank lines\n-->',
  '<pre>\npreformatted\n\n[not a link](x)\n</pre>',
  '    indented code\n\n    more of it',
  '| a | b |\n| - | - |\n| c | d |',
  'Setext heading\n===',
  '***',
  '\n\n\n\n\n',
  'Words "quoted" and more words to make the paragraph long enough to matter at all.',
];

describe('maskMarkdown', () => {
  it('reads long documents as one parse of the whole would, blank lines and parts notwithstanding', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: BLOCKS.length - 1 }), { minLength: 400, maxLength: 1200 }), (picks) => {
        const text = picks.map((i) => BLOCKS[i]).join('\n\n') + '\n';
        const masked = maskMarkdown(text);
        assert.deepEqual(masked.notes, []);
        const expected = reference(text);
        assert.equal(masked.prose.length, text.length);
        assert.equal(masked.prose, expected.prose);
        assert.deepEqual(masked.paragraphs, expected.paragraphs);
      }),
      { numRuns: 12 },
    );
  });

  it('keeps front matter blanked and offsets exact when runs of blank lines are left out', () => {
    const text = `---\ntitle: x\n\nmore: y\n---\n${'\n'.repeat(5000)}Recieve it.\r\n\r\n\r\n\r\nNext *one*.\n`;
    const masked = maskMarkdown(text, []);
    assert.equal(masked.prose, reference(text).prose);
    const words = masked.paragraphs.map((p) => text.slice(p.start, p.end));
    assert.deepEqual(words, ['Recieve it.', 'Next *one*.']);
    // The title is copy by default: only it differs from the reference, which blanks it all.
    const withTitle = maskMarkdown(text);
    const at = text.indexOf('x\n');
    assert.equal(withTitle.prose, reference(text).prose.slice(0, at) + 'x' + reference(text).prose.slice(at + 1));
    assert.deepEqual(withTitle.paragraphs.map((p) => text.slice(p.start, p.end)), ['x', 'Recieve it.', 'Next *one*.']);
    assert.deepEqual(withTitle.frontMatterFields, [{ key: 'title', start: at, end: at + 1 }]);
  });

  it('reads a line nested deeper than the limit as plain text without its container marks', () => {
    const deep = `${'> '.repeat(MAX_NESTING + 1)}Deep text.`;
    const text = `Before.\n\n${deep}\n`;
    const masked = maskMarkdown(text);
    assert.equal(masked.notes.length, 1);
    assert.match(masked.notes[0], new RegExp(`nested ${MAX_NESTING + 1} deep.*line 1`));
    assert.deepEqual(masked.paragraphs.map((p) => text.slice(p.start, p.end)), ['Before.', 'Deep text.']);
    assert.equal(masked.prose.trim().replace(/\s+/g, ' '), 'Before. Deep text.');
    // At the limit, the parser reads it.
    assert.deepEqual(maskMarkdown(`${'> '.repeat(MAX_NESTING)}Deep text.\n`).notes, []);
  });

  it('reads a paragraph dense with marks as plain text, and only the part that holds it', () => {
    const normal = 'An ordinary paragraph with a [link](https://example.com).\n\n'.repeat(400);
    const dense = '['.repeat(MAX_PARAGRAPH_MARKS + 1);
    const text = `${normal}${dense}\n`;
    const masked = maskMarkdown(text);
    assert.equal(masked.notes.length, 1);
    assert.match(masked.notes[0], /Markdown marks/);
    // The first part (cut after 16 KB) is still parsed: its link targets are blanked.
    assert.ok(!masked.prose.slice(0, 16_000).includes('https://'));
    assert.ok(masked.prose.slice(16_000).includes('https://'), 'the part with the dense paragraph is plain text');
    assert.ok(masked.prose.endsWith(`${dense}\n`));
  });

  it('walks a tree of any depth the parser builds without recursion', () => {
    // Nested to the limit, many times over: nothing overflows.
    const text = `${'> '.repeat(MAX_NESTING)}"Deep."\n\n`.repeat(200);
    assert.equal(maskMarkdown(text).paragraphs.length, 200);
  });
});
