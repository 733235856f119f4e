// copy-artifacts: web-page furniture pasted in with a story ("2 min read", "Read more: …",
// "Follow us on …", share and advert labels) and the headline pasted twice. Each is a whole
// line; the fix deletes the line with its line break.

import { trimSpan, type Span } from '../text/span.js';
import type { Rule } from '../types.js';

/** Lines that are page furniture, matched against the whole trimmed line. */
const FURNITURE: { re: RegExp; what: string }[] = [
  { re: /^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i, what: 'a reading-time label' },
  { re: /^(?:read more|related|see also|also read|more on this story|recommended|related articles?|related stories|most read|you may also like)\s*[:|»›>-]/i, what: 'a related-links line' },
  { re: /^(?:read more|related stories|more on this story|most read|you may also like)$/i, what: 'a related-links line' },
  { re: /^follow us on\b/i, what: 'a "follow us" line' },
  { re: /^(?:share|share this(?: article| story| page)?|share on (?:facebook|twitter|x|whatsapp|linkedin))$/i, what: 'a share button' },
  { re: /^(?:advertisement|advertisment|sponsored(?: content)?|skip advert(?:isement)?|continue reading(?: below)?|story continues below(?: advertisement)?)$/i, what: 'an advert label' },
  { re: /^(?:sign up|subscribe)\b.*\b(?:newsletter|updates|inbox)\b.*$/i, what: 'a newsletter sign-up' },
  { re: /^click here to\b/i, what: 'a "click here" link' },
  { re: /^(?:listen to|watch):?\s*(?:this|the) (?:article|story)\b/i, what: 'a media player label' },
];

export const copyArtifacts: Rule = {
  meta: {
    id: 'copy-artifacts',
    family: 'hygiene',
    description: 'Pasted web furniture: "2 min read", "Read more:", "Follow us on …", a duplicated headline.',
    explanation:
      'Copy taken from a web page often brings the page\'s furniture with it: reading-time labels, ' +
      '"Read more" links, "Follow us" lines, share and advert labels, or the headline a second time. ' +
      'None of it belongs in the story. The fix deletes the line.',
    defaultSeverity: 'information',
    fixable: true,
    messages: {
      furniture: 'This line looks like pasted web furniture ({what}).',
      duplicateHeadline: 'The headline is repeated here.',
    },
  },
  check({ doc, report }) {
    // Match on the prose (Markdown syntax and link targets blanked), report the whole line.
    const lines = doc.lines.filter((l) => /\S/.test(doc.prose.slice(l.start, l.end)));
    const proseOf = (l: Span) => {
      const t = trimSpan(doc.prose, l);
      return doc.prose.slice(t.start, t.end);
    };
    const headline = lines[0] && proseOf(lines[0]);
    lines.forEach((raw, i) => {
      const line = trimSpan(doc.text, raw);
      const text = proseOf(raw);
      const furniture = FURNITURE.find((f) => f.re.test(text));
      let messageId: string | undefined;
      if (furniture) messageId = 'furniture';
      else if (i > 0 && headline && text === headline && text.length >= 15) messageId = 'duplicateHeadline';
      if (!messageId) return;
      report({
        messageId,
        data: { what: furniture?.what ?? '' },
        start: line.start,
        end: line.end,
        fix: { title: 'Delete this line', edits: [deleteLine(doc.text, line)] },
      });
    });
  },
};

/** The edit that removes a line and one line break: the one after it, or before it at the end. */
function deleteLine(text: string, line: Span) {
  let start = line.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = line.end;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (end < text.length) {
    end += text.startsWith('\r\n', end) ? 2 : 1;
  } else if (start > 0) {
    start -= text.slice(0, start).endsWith('\r\n') ? 2 : 1;
  }
  return { start, end, newText: '' };
}
