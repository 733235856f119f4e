// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
// diff. error → ::error, warning → ::warning, information and hint → ::notice.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

import { sep } from 'node:path';
import { displayPath } from '../files.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

export const formatGithub: Formatter = (reports, { cwd }) => {
  let out = '';
  for (const report of reports) {
    const file = displayPath(cwd, report.path).split(sep).join('/');
    for (const m of report.messages) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`copydesk(${m.ruleId})`)}`,
      ];
      out += `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}\n`;
    }
  }
  return out;
};

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
