// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the log GitHub code scanning
// and other CI tools read: one run, the rule catalogue in tool.driver.rules, one result per
// finding with its region and, when it has one, its safe fix. helpUri is the rule page the
// language server links from each diagnostic (rule-docs.ts).
// - Columns: the schema's `run.columnKind` has no default in its description ("Specifies the
//   unit in which the tool measures columns", utf16CodeUnits | unicodeCodePoints), so the run
//   names it: utf16CodeUnits, which is what the engine's offsets are. Lines and columns are
//   1-based and endColumn is "the column number of the character following the end of the
//   region", i.e. exclusive, exactly as the other formats print them.
// - Line breaks: the schema's default newlineSequences is ["\r\n", "\n"]; Copydesk (like LSP)
//   also breaks at a lone "\r", so the run lists all three.
// - Paths: relative to the working directory against the uriBaseId %SRCROOT%, whose absolute
//   file: URI is in originalUriBaseIds; a file outside it gets an absolute file: URI.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html

import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../engine/registry.js';
import type { Severity } from '../../engine/types.js';
import { ruleDocUrl } from '../../rule-docs.js';
import type { CliMessage } from '../check.js';
import { displayPath } from '../files.js';
import { packageInfo } from '../package-info.js';
import { CHUNK, type Formatter, type RunSummary } from './types.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'none' | 'note' | 'warning' | 'error';
const LEVEL: Record<Exclude<Severity, 'off'>, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export const formatSarif: Formatter = (context) => {
  const rules = RULES.map((r) => r.meta);
  const ruleIndex = new Map(rules.map((meta, i) => [meta.id, i]));
  const { version, homepage } = packageInfo();

  // The log is one object, but its results are written as each file is checked: the log is
  // printed with no results, and the results go where its empty list stood. So `results`
  // comes before `invocations`, which says how the run went and is known only at the end.
  const log = (summary: RunSummary) => ({
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            ...(homepage ? { informationUri: homepage } : {}),
            version,
            rules: rules.map((meta) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.explanation },
              helpUri: ruleDocUrl(meta.id),
              defaultConfiguration:
                meta.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[meta.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        newlineSequences: ['\r\n', '\n', '\r'],
        results: [],
        invocations: [invocation(context.cwd, summary)],
      },
    ],
  });
  // JSON.stringify escapes every quote inside a string, so this key occurs once, as the key.
  const split = (summary: RunSummary): [string, string] => {
    const text = JSON.stringify(log(summary), null, 2) + '\n';
    const at = text.indexOf(RESULTS_KEY) + RESULTS_KEY.length - 1;
    return [text.slice(0, at), text.slice(at)];
  };
  const head = split({})[0];
  let headWritten = false;
  let count = 0;

  return {
    *file(report) {
      let piece = headWritten ? '' : head;
      headWritten = true;
      const where = artifactLocation(context.cwd, report.path);
      for (const m of report.messages) {
        const index = ruleIndex.get(m.ruleId);
        const result = {
          ruleId: m.ruleId,
          ...(index === undefined ? {} : { ruleIndex: index }),
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: where, region: region(m) } }],
          ...(m.fixEdits ? { fixes: [fix(where, m.fixEdits)] } : {}),
        };
        // An element of the results list, indented as JSON.stringify(log, null, 2) would.
        piece += `${count > 0 ? ',' : ''}\n${RESULT_INDENT}${JSON.stringify(result, null, 2).replace(/\n/g, `\n${RESULT_INDENT}`)}`;
        if (++count % CHUNK === 0) {
          yield piece;
          piece = '';
        }
      }
      if (piece) yield piece;
    },
    end(summary) {
      const tail = split(summary)[1];
      return (headWritten ? '' : head) + (count === 0 ? '' : `\n${RESULT_INDENT.slice(2)}`) + tail;
    },
  };
};

const RESULTS_KEY = '"results": []';
/** Depth of a result in the log: runs[0].results[i]. */
const RESULT_INDENT = ' '.repeat(8);

function region(m: Pick<CliMessage, 'line' | 'column' | 'endLine' | 'endColumn'>) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

function fix(artifact: ReturnType<typeof artifactLocation>, fixEdits: NonNullable<CliMessage['fixEdits']>) {
  return {
    description: { text: fixEdits.description },
    artifactChanges: [
      {
        artifactLocation: artifact,
        replacements: fixEdits.edits.map((e) => ({
          deletedRegion: region(e),
          insertedContent: { text: e.newText },
        })),
      },
    ],
  };
}

/**
 * Notices and style problems, so a CI log says why a file is missing: a skipped file (binary,
 * over the size limit, not a regular file) is a warning notification at the file, "skipped:
 * binary file (contains NUL bytes)"; an unreadable file, a stopped check or a path that gives
 * no file ("no such file or folder: x", no location) is an error one.
 */
function invocation(cwd: string, summary: RunSummary) {
  const notices = summary.notices ?? [];
  const styleProblems = summary.styleProblems ?? [];
  const toolExecutionNotifications = notices.map((n) => ({
    level: n.fatal ? 'error' : 'warning',
    message: { text: n.text },
    ...(n.path === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(cwd, n.path) } }] }),
  }));
  const toolConfigurationNotifications = styleProblems.map((p) => ({
    level: 'error',
    message: { text: p.message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(cwd, p.file), region: region(p) } }],
  }));
  return {
    executionSuccessful: !notices.some((n) => n.fatal) && styleProblems.length === 0,
    ...(toolExecutionNotifications.length ? { toolExecutionNotifications } : {}),
    ...(toolConfigurationNotifications.length ? { toolConfigurationNotifications } : {}),
  };
}

/** A relative URI against %SRCROOT% for a file under the working directory, else a file: URI. */
function artifactLocation(cwd: string, path: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(cwd, path);
  if (isAbsolute(shown)) return { uri: pathToFileURL(path).href };
  return { uri: shown.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A folder's file: URI with the trailing slash a base URI needs. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

