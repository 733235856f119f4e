// ESLint's JSON formatter shape, so tools that read ESLint results read ours:
// [{filePath, messages: [{ruleId, severity, message, line, column, endLine, endColumn, fix?,
// suggestions?}], suppressedMessages, errorCount, fatalErrorCount, warningCount,
// fixableErrorCount, fixableWarningCount}].
// ESLint knows two severities, so error → 2 and warning, information and hint → 1; our own
// severity word rides along as `copydeskSeverity`. `fix.range` is in UTF-16 offsets of the
// file's text (after any BOM), as ESLint's. The file's source is not repeated in the output.
// A skipped file (binary, over the size limit, not a regular file) is reported as ESLint
// reports a file it did not lint: one message {ruleId: null, fatal: false, severity: 1, message}
// with no position, counted in warningCount.

import { skippedMessage, type CliMessage, type FileReport } from '../check.js';
import { CHUNK, type Formatter } from './types.js';

// The output is JSON.stringify of the array of results, written one file (and one CHUNK of
// messages) at a time: the same bytes, pieced together.
export const formatJson: Formatter = () => {
  let started = false;
  return {
    *file(report) {
      yield* resultPieces(report, started ? ',' : '[');
      started = true;
    },
    end: () => `${started ? '' : '['}]\n`,
  };
};

function* resultPieces(report: FileReport, before: string): Generator<string> {
  if (report.skipped !== undefined) {
    // As ESLint reports a file it did not lint: one warning with no rule and no position.
    const message = { ruleId: null, fatal: false, severity: 1, copydeskSeverity: 'warning', message: skippedMessage(report.skipped) };
    const counts = { suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 };
    yield before + JSON.stringify({ filePath: report.path, messages: [message], ...counts });
    return;
  }
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of report.messages) {
    if (m.severity === 'error') {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  // {"filePath":…,"messages":[…],"suppressedMessages":[],…}, key order as ESLint's.
  const head = JSON.stringify({ filePath: report.path });
  const tail = JSON.stringify({ suppressedMessages: [], errorCount, fatalErrorCount: 0, warningCount, fixableErrorCount, fixableWarningCount });
  let piece = `${before}${head.slice(0, -1)},"messages":[`;
  const messages = report.messages;
  for (let i = 0; i < messages.length; i++) {
    piece += (i > 0 ? ',' : '') + JSON.stringify(toEslintMessage(messages[i]));
    if ((i + 1) % CHUNK === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}],${tail.slice(1)}`;
}

function toEslintMessage(m: CliMessage) {
  return {
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    copydeskSeverity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: m.fix } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions } : {}),
  };
}
