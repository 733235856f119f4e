// The human format, after ESLint's "stylish": findings grouped under their file, one aligned
// line each (line:col, severity, message, rule id), then a summary. Nothing is printed for a
// clean run.

import type { CliMessage } from '../check.js';
import { displayPath } from '../files.js';
import type { Formatter } from './types.js';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

type Paint = (code: string, s: string) => string;

export const formatStylish: Formatter = (reports, { cwd, color }) => {
  const paint: Paint = color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  let fixed = 0;
  let out = '';
  for (const report of reports) {
    fixed += report.fixed;
    if (report.messages.length === 0) continue;
    out += `\n${paint('4', displayPath(cwd, report.path))}\n`;
    const rows = report.messages.map((m) => {
      counts[m.severity]++;
      if (m.fix) fixable++;
      return [`${m.line}:${m.column}`, SEVERITY_LABEL[m.severity], oneLine(m.message), m.ruleId];
    });
    const width = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
    rows.forEach((row, i) => {
      const m = report.messages[i];
      out +=
        `  ${paint('2', row[0].padEnd(width[0]))}  ${paint(severityColor(m), row[1].padEnd(width[1]))}` +
        `  ${row[2].padEnd(width[2])}  ${paint('2', row[3])}\n`;
    });
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total > 0) {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.information) parts.push(`${counts.information} info`);
    if (counts.hint) parts.push(plural(counts.hint, 'hint'));
    const tone = counts.error ? '31;1' : counts.warning ? '33;1' : '1';
    out += `\n${paint(tone, `✖ ${plural(total, 'problem')} (${parts.join(', ')})`)}\n`;
    if (fixable) out += paint(tone, `  ${fixable} fixable with the --fix option.`) + '\n';
  }
  if (fixed) out += `${total ? '' : '\n'}${paint('32', `✔ ${plural(fixed, 'fix', 'fixes')} written.`)}\n`;
  return out;
};

function severityColor(m: CliMessage): string {
  return m.severity === 'error' ? '31' : m.severity === 'warning' ? '33' : m.severity === 'information' ? '36' : '2';
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
