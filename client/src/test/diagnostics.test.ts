// Diagnostics arrive by event when a draft opens, carry the rule id and link, and match what
// the CLI reports on the same file.

import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  cliFindings,
  closeAllEditors,
  freshCopy,
  openInEditor,
  ruleOf,
  waitForDiagnostics,
  waitForFinding,
} from './helpers';

/** The diagnostics as CLI-shaped tuples (1-based, end column exclusive), sorted. */
function asCliTuples(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${ruleOf(d)}`)
    .sort();
}

async function expectSameAsCli(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): Promise<void> {
  const cli = (await cliFindings(uri)).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`).sort();
  assert.deepEqual(asCliTuples(diagnostics), cli);
}

describe('diagnostics', () => {
  after(closeAllEditors);

  it('reports the sample draft (libya.draft) as a newsdraft, with the must-list findings', async () => {
    const uri = await freshCopy('examples/libya.draft');
    const { document } = await openInEditor(uri);
    assert.equal(document.languageId, 'newsdraft');

    const typo = await waitForFinding(document, 'misspelling', 'interally');
    assert.equal(typo.source, 'copydesk');
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Warning);
    const code = typo.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'misspelling');
    // The rule's page shipped with the extension, opened in a Markdown preview (rule-docs.test.ts).
    assert.equal(code.target.toString(true), 'command:copydesk.showRuleDoc?["misspelling"]');

    const diagnostics = await waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => ruleOf(d) === 'run-together-words') && ds.some((d) => ruleOf(d) === 'copy-artifacts'),
      'the run-together and copy-artifact findings',
    );
    const texts = diagnostics.map((d) => `${ruleOf(d)}: ${document.getText(d.range)}`);
    assert.ok(texts.includes('run-together-words: FacebookTwitter'), texts.join('\n'));
    for (const furniture of ['2 min read', 'Read more:', 'Follow us on']) {
      assert.ok(
        diagnostics.some((d) => ruleOf(d) === 'copy-artifacts' && document.getText(d.range).includes(furniture)),
        `copy-artifacts covers "${furniture}":\n${texts.join('\n')}`,
      );
    }
    // The must-not list: the GNA naming, the quotes and the names are never flagged.
    for (const d of diagnostics) {
      assert.ok(!['acronym-first-use', 'entity-naming', 'quote-attribution', 'unbalanced-quotes'].includes(ruleOf(d)), texts.join('\n'));
    }
    await expectSameAsCli(uri, diagnostics);
  });

  it("reports a Markdown draft and its front matter's title, and skips the other keys, code, link targets and HTML", async () => {
    const uri = await freshCopy('fixtures/harbour-vote.md');
    const { document } = await openInEditor(uri);
    assert.equal(document.languageId, 'markdown');

    const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => ruleOf(d) === 'repeated-word'), 'a repeated-word finding');
    const found = diagnostics.map((d) => `${ruleOf(d)}: ${document.getText(d.range)}`).sort();
    // Prose, link text and the front matter's title (the headline) are checked…
    for (const expected of ['misspelling: recieve', 'misspelling: occured', 'repeated-word: the', 'misspelling: seperate']) {
      assert.ok(found.some((f) => f.startsWith(expected)), `${expected} in ${found.join(' | ')}`);
    }
    // …while the other front matter keys, link targets, code and HTML hold the same typos and are not.
    const text = document.getText();
    for (const skipped of [
      'tags: [goverment, harbour]',
      'https://example.com/definately-occured',
      '`intresting --check`',
      '<aside class="promo">Subscribe untill Friday</aside>',
      '<!-- Desk note: seperate and goverment in this comment are never checked. -->',
      'recieve untill seperate',
    ]) {
      const start = text.indexOf(skipped);
      assert.ok(start >= 0, `the fixture holds ${skipped}`);
      const span = new vscode.Range(document.positionAt(start), document.positionAt(start + skipped.length));
      const inside = diagnostics.filter((d) => {
        const overlap = span.intersection(d.range);
        return overlap !== undefined && !overlap.isEmpty;
      });
      assert.deepEqual(inside.map((d) => `${ruleOf(d)}: ${document.getText(d.range)}`), [], `nothing is checked in ${skipped}`);
    }
    await expectSameAsCli(uri, diagnostics);
  });
});
