// The human format, after ESLint's "stylish": findings grouped under their file, one aligned
// line each (line:col, severity, message, rule id), then a summary. A skipped file gets one
// warning line with no position or rule. Nothing is printed for a clean run.

import { skippedMessage, type CliMessage, type FileReport } from '../check.js';
import { displayPath } from '../files.js';
import { CHUNK, type Formatter } from './types.js';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

type Paint = (code: string, s: string) => string;

export const formatStylish: Formatter = ({ cwd, color }) => {
  const paint: Paint = color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_code, s) => s;
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  let fixed = 0;
  return {
    *file(report: FileReport) {
      fixed += report.fixed;
      if (report.skipped !== undefined) {
        // A warning about the whole file, where its findings would be: no position, no rule.
        counts.warning++;
        const label = paint(severityColor({ severity: 'warning' }), SEVERITY_LABEL.warning);
        yield `\n${paint('4', displayPath(cwd, report.path))}\n  ${paint('2', '-')}  ${label}  ${skippedMessage(report.skipped)}\n`;
        return;
      }
      const messages = report.messages;
      if (messages.length === 0) return;
      // Column widths first, over the whole file, so its rows align; then the rows in pieces.
      const width = [0, 0, 0];
      for (const m of messages) {
        counts[m.severity]++;
        if (m.fix) fixable++;
        width[0] = Math.max(width[0], position(m).length);
        width[1] = Math.max(width[1], SEVERITY_LABEL[m.severity].length);
        width[2] = Math.max(width[2], oneLine(m.message).length);
      }
      let piece = `\n${paint('4', displayPath(cwd, report.path))}\n`;
      for (let i = 0; i < messages.length; i++) {
        const m = messages[i];
        piece +=
          `  ${paint('2', position(m).padEnd(width[0]))}  ${paint(severityColor(m), SEVERITY_LABEL[m.severity].padEnd(width[1]))}` +
          `  ${oneLine(m.message).padEnd(width[2])}  ${paint('2', m.ruleId)}\n`;
        if ((i + 1) % CHUNK === 0) {
          yield piece;
          piece = '';
        }
      }
      if (piece) yield piece;
    },
    end() {
      let out = '';
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
    },
  };
};

function position(m: CliMessage): string {
  return `${m.line}:${m.column}`;
}

function severityColor(m: Pick<CliMessage, 'severity'>): string {
  return m.severity === 'error' ? '31' : m.severity === 'warning' ? '33' : m.severity === 'information' ? '36' : '2';
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
