import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE } from './diagnostics.js';
import { TypingGuard, updateTracked } from './typing-guard.js';

const at = (line: number, character: number) => ({ line, character });

function tracked(text: string, changes: TextDocumentContentChangeEvent[]) {
  const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
  const { doc: updated, lines } = updateTracked(doc, changes, 2);
  // The same text as TextDocument.update gives.
  const reference = TextDocument.update(TextDocument.create('file:///b.txt', 'plaintext', 1, text), changes, 2);
  assert.equal(updated.getText(), reference.getText());
  assert.equal(updated.version, 2);
  return lines;
}

function diagnostic(code: string, fromLine: number, toLine = fromLine): Diagnostic {
  return { range: { start: at(fromLine, 0), end: at(toLine, 3) }, message: code, source: SOURCE, code };
}

describe('updateTracked: the lines an edit touched, in the text after it', () => {
  it('a keystroke, a line break, a deletion over lines', () => {
    assert.deepEqual(tracked('One.\nTwo.\n', [{ range: { start: at(1, 4), end: at(1, 4) }, text: '"' }]), [{ start: 1, end: 1 }]);
    assert.deepEqual(tracked('One.\nTwo.\n', [{ range: { start: at(0, 4), end: at(0, 4) }, text: '\r\n' }]), [{ start: 0, end: 1 }]);
    assert.deepEqual(tracked('One.\nTwo.\nThree.\n', [{ range: { start: at(0, 2), end: at(2, 1) }, text: '' }]), [{ start: 0, end: 0 }]);
  });

  it('several changes in one edit (multiple cursors), each against the text the earlier left', () => {
    const lines = tracked('a\nb\nc\nd\n', [
      { range: { start: at(3, 0), end: at(3, 0) }, text: 'x' },
      // Two lines more above line 3: it moves down to 5.
      { range: { start: at(0, 0), end: at(0, 0) }, text: 'y\n\n' },
    ]);
    assert.deepEqual(lines, [{ start: 5, end: 5 }, { start: 0, end: 2 }]);
    const merged = tracked('a\nb\nc\n', [
      { range: { start: at(1, 0), end: at(1, 0) }, text: 'x' },
      { range: { start: at(0, 1), end: at(1, 1) }, text: '' },
    ]);
    assert.deepEqual(merged, [{ start: 0, end: 0 }]);
  });

  it('a whole new text: the lines between what it has in common with the old one', () => {
    assert.deepEqual(tracked('One.\nTwo.\nThree.\n', [{ text: 'One.\nTwo "x.\nThree.\n' }]), [{ start: 1, end: 1 }]);
    assert.deepEqual(tracked('One.\n', [{ text: 'One.\n' }]), [{ start: 1, end: 1 }]);
  });

  it('counts lines in UTF-16 positions: emoji and CRLF', () => {
    assert.deepEqual(tracked('😀 One.\r\nTwo.\r\n', [{ range: { start: at(0, 2), end: at(0, 2) }, text: ' "😀\r\n' }]), [{ start: 0, end: 1 }]);
  });
});

describe('TypingGuard', () => {
  const uri = 'file:///draft.txt';
  const setup = () => {
    let now = 1000;
    const guard = new TypingGuard(() => now);
    return { guard, advance: (ms: number) => (now += ms) };
  };
  const all = [diagnostic('unbalanced-quotes', 2), diagnostic('misspelling', 2), diagnostic('unbalanced-quotes', 4, 5)];

  it('holds unbalanced-quotes on the lines being typed in, and nothing else, until the delay passes', () => {
    const { guard, advance } = setup();
    guard.edited(uri, 7, [{ start: 2, end: 2 }]);
    const held = guard.hold(uri, 7, all, 5000);
    assert.deepEqual(held.shown, [all[1], all[2]]);
    assert.equal(held.until, 6000);
    advance(4999);
    assert.deepEqual(guard.hold(uri, 7, all, 5000).shown, [all[1], all[2]]);
    advance(1);
    assert.deepEqual(guard.hold(uri, 7, all, 5000), { shown: all, until: undefined });
  });

  it('an edit on any line a finding covers holds it; an edit elsewhere shows it', () => {
    const { guard } = setup();
    guard.edited(uri, 3, [{ start: 5, end: 6 }]);
    assert.deepEqual(guard.hold(uri, 3, all, 5000).shown, [all[0], all[1]]);
    guard.edited(uri, 4, [{ start: 3, end: 3 }]);
    assert.deepEqual(guard.hold(uri, 4, all, 5000), { shown: all, until: undefined });
  });

  it('holds nothing for another version, another source, a delay of 0, an open or after a close', () => {
    const { guard } = setup();
    guard.edited(uri, 3, [{ start: 2, end: 2 }]);
    assert.deepEqual(guard.hold(uri, 4, all, 5000).until, undefined);
    assert.deepEqual(guard.hold(uri, 3, all, 0).until, undefined);
    const other = { ...all[0], source: 'another-linter' };
    assert.deepEqual(guard.hold(uri, 3, [other], 5000).shown, [other]);
    assert.deepEqual(guard.hold('file:///other.txt', 3, all, 5000).until, undefined);
    guard.forget(uri);
    assert.deepEqual(guard.hold(uri, 3, all, 5000).until, undefined);
  });
});
