// What package.json contributes, as a reporter meets it: settings labelled and described in
// plain words (VS Code derives a setting's label from its key, "debounceMs" → "Debounce Ms"),
// the languages setting offering the language ids Copydesk knows, the .draft file icon, and the
// newsdraft defaults that stop VS Code boxing the no-break spaces of pasted copy.

import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { copydesk } from './helpers';

interface Property {
  type?: string;
  description?: string;
  markdownDescription?: string;
  markdownDeprecationMessage?: string;
  enum?: string[];
  enumDescriptions?: string[];
  items?: { enum?: string[]; enumDescriptions?: string[] };
}

function contributes(): { configuration: { properties: Record<string, Property> }; languages: { id: string; icon?: { light: string; dark: string } }[] } {
  return copydesk().packageJSON.contributes;
}

/** The label the Settings editor shows for a key, as VS Code 1.100 derives it (wordifyKey). */
function label(key: string): string {
  return key
    .slice(key.lastIndexOf('.') + 1)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^[a-z]/, (c) => c.toUpperCase());
}

/** Reads as a sentence of plain words: a capital, at least five words, a full stop. */
function plainSentence(text: string | undefined): boolean {
  return text !== undefined && /^[A-Z`*]/.test(text) && /[.)]$/.test(text) && text.split(/\s+/).length >= 5;
}

describe('package.json contributions', () => {
  const properties = () => Object.entries(contributes().configuration.properties);

  it('every setting has a plain description, and its label has no abbreviated unit', () => {
    for (const [key, p] of properties()) {
      assert.ok(plainSentence(p.markdownDescription ?? p.description), `${key}: a description in plain words (${p.markdownDescription ?? p.description})`);
      // A renamed setting is hidden in the Settings editor unless it is set.
      if (p.markdownDeprecationMessage) continue;
      assert.doesNotMatch(label(key), /\b(?:Ms|Sec|Kb|Mb)\b/, `${key}: label "${label(key)}"`);
      if (p.enum) assert.equal(p.enumDescriptions?.length, p.enum.length, `${key}: a description for each choice`);
    }
  });

  it('the delay after typing is labelled so, in milliseconds, and its old key is deprecated, still read', () => {
    const all = contributes().configuration.properties;
    assert.equal(label('copydesk.delayAfterTyping'), 'Delay After Typing');
    assert.match(all['copydesk.delayAfterTyping'].markdownDescription ?? '', /milliseconds/);
    assert.match(all['copydesk.debounceMs'].markdownDeprecationMessage ?? '', /#copydesk\.delayAfterTyping#/);
    const config = vscode.workspace.getConfiguration('copydesk');
    assert.equal(config.inspect('delayAfterTyping')?.defaultValue, 150);
    // Both reach the server, which reads the old one while the new one is unset (server/src/lsp/settings.ts).
    assert.equal(config.get('debounceMs'), 150);
  });

  it('copydesk.languages offers the language ids Copydesk checks, each described', () => {
    const languages = contributes().configuration.properties['copydesk.languages'];
    assert.deepEqual(languages.items?.enum, ['plaintext', 'markdown', 'newsdraft']);
    assert.equal(languages.items?.enumDescriptions?.length, 3);
    for (const d of languages.items?.enumDescriptions ?? []) assert.ok(plainSentence(d), d);
  });

  it('.draft files have an icon for light and dark themes', async () => {
    const newsdraft = contributes().languages.find((l) => l.id === 'newsdraft');
    assert.ok(newsdraft?.icon, 'the newsdraft language has an icon');
    for (const path of [newsdraft.icon.light, newsdraft.icon.dark]) {
      const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(copydesk().extensionUri, path)));
      assert.match(svg, /^<svg [^>]*viewBox="0 0 16 16"/, path);
    }
  });

  it('VS Code does not box the no-break spaces and curly quotes of a draft (nor of text and Markdown, by its own defaults)', () => {
    const highlight = (languageId: string) => vscode.workspace.getConfiguration('editor.unicodeHighlight', { languageId });
    const draft = highlight('newsdraft');
    assert.equal(draft.get('invisibleCharacters'), false);
    assert.equal(draft.get('ambiguousCharacters'), false);
    assert.equal(draft.get('nonBasicASCII'), false);
    // VS Code itself turns these off for plain text and Markdown; Copydesk leaves those languages alone.
    for (const languageId of ['plaintext', 'markdown']) {
      assert.equal(highlight(languageId).get('invisibleCharacters'), false, languageId);
      assert.equal(highlight(languageId).get('ambiguousCharacters'), false, languageId);
    }
    // Another language keeps VS Code's highlighting.
    assert.equal(highlight('javascript').get('invisibleCharacters'), true);
  });
});
