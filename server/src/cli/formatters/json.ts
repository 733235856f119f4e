// ESLint's JSON formatter shape, so tools that read ESLint results read ours:
// [{filePath, messages: [{ruleId, severity, message, line, column, endLine, endColumn, fix?,
// suggestions?}], suppressedMessages, errorCount, fatalErrorCount, warningCount,
// fixableErrorCount, fixableWarningCount}].
// ESLint knows two severities, so error → 2 and warning, information and hint → 1; our own
// severity word rides along as `copydeskSeverity`. `fix.range` is in UTF-16 offsets of the
// file's text (after any BOM), as ESLint's. The file's source is not repeated in the output.

import type { FileReport } from '../check.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = (reports) => JSON.stringify(reports.map(toEslintResult)) + '\n';

function toEslintResult(report: FileReport) {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  const messages = report.messages.map((m) => {
    const severity = m.severity === 'error' ? 2 : 1;
    if (severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
    return {
      ruleId: m.ruleId,
      severity,
      copydeskSeverity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix ? { fix: m.fix } : {}),
      ...(m.suggestions ? { suggestions: m.suggestions } : {}),
    };
  });
  return {
    filePath: report.path,
    messages,
    suppressedMessages: [],
    errorCount,
    fatalErrorCount: 0,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
  };
}
