// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
// diff. error → ::error, warning → ::warning, information and hint → ::notice. A skipped file
// is a ::warning on the file with no line.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

import { sep } from 'node:path';
import { skippedMessage } from '../check.js';
import { displayPath } from '../files.js';
import { CHUNK, type Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

export const formatGithub: Formatter = ({ cwd }) => ({
  *file(report) {
    const file = escapeProperty(displayPath(cwd, report.path).split(sep).join('/'));
    if (report.skipped !== undefined) {
      // A warning on the file as a whole: no line.
      yield `::warning file=${file},title=${escapeProperty('copydesk')}::${escapeData(skippedMessage(report.skipped))}\n`;
      return;
    }
    const title = new Map<string, string>();
    let piece = '';
    for (let i = 0; i < report.messages.length; i++) {
      const m = report.messages[i];
      let t = title.get(m.ruleId);
      if (t === undefined) title.set(m.ruleId, (t = escapeProperty(`copydesk(${m.ruleId})`)));
      const props = [`file=${file}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${t}`];
      piece += `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}\n`;
      if ((i + 1) % CHUNK === 0) {
        yield piece;
        piece = '';
      }
    }
    if (piece) yield piece;
  },
  end: () => '',
});

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
