// unbalanced-quotes: an opening quotation mark that is never closed in its paragraph, and a
// closing double mark with nothing open before it. A quote running over several paragraphs
// follows the news convention: each paragraph re-opens with a mark and only the last one
// closes, so a paragraph left open is fine when the next one re-opens (also when paragraphs
// were joined on one line and the re-opening mark follows the end of a sentence).

import { quotationsOf } from '../text/quotes.js';
import type { Rule } from '../types.js';

export const unbalancedQuotes: Rule = {
  meta: {
    id: 'unbalanced-quotes',
    family: 'quotes',
    description: 'An opening quotation mark with no closing mark in its paragraph, or a stray closing mark.',
    explanation:
      'Each quotation needs a closing mark in its paragraph. A quote running over several paragraphs ' +
      'is the exception: leave each paragraph but the last open and re-open the next paragraph with ' +
      'a quotation mark. A closing mark with no opening mark before it usually means the opening one ' +
      'was lost in an edit.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      unclosed: 'This opening quotation mark ({mark}) has no closing mark in its paragraph.',
      interrupted: 'This opening quotation mark ({mark}) is not closed before the next quotation opens.',
      stray: 'This closing quotation mark ({mark}) has no opening mark before it.',
    },
  },
  check({ doc, report }) {
    const { quotations, strayCloses } = quotationsOf(doc);
    // A straight or right single mark left open is far more often an elision the model does not
    // know ('orrible, 'appen) than a quotation, unless the story quotes with single marks.
    const singlesQuote = quotations.some((q) => q.kind === 'single' && q.depth === 0 && q.standalone && q.endsWithPunctuation);
    for (const q of quotations) {
      if (q.closed || q.continuesInto || q.depth > 0) continue;
      if (q.kind === 'single' && q.openMark !== '‘' && !singlesQuote) continue;
      report({
        messageId: q.interrupted ? 'interrupted' : 'unclosed',
        data: { mark: q.openMark },
        // From the mark to the end of its paragraph (or to the mark that cut it off), where
        // the closing mark is missing: long enough to see and to hover.
        start: q.start,
        end: q.end,
      });
    }
    for (const s of strayCloses) {
      report({ messageId: 'stray', data: { mark: s.mark }, start: wordStartBefore(doc.prose, s.offset), end: s.offset + 1 });
    }
  },
};

/** The word before a stray closing mark together with the mark. */
function wordStartBefore(prose: string, offset: number): number {
  let start = offset;
  while (start > 0 && offset - start < 30 && /[\p{L}\p{M}\p{N}'’.,!?-]/u.test(prose[start - 1])) start--;
  return start;
}
