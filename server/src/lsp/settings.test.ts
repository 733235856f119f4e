// copydesk.delayAfterTyping, and copydesk.debounceMs, its old name, still read.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, normalizeSettings } from './settings.js';

const delay = (raw: Record<string, unknown>) => normalizeSettings(raw).debounceMs;

describe('copydesk.delayAfterTyping (once copydesk.debounceMs)', () => {
  it('reads the new name', () => {
    assert.equal(delay({ delayAfterTyping: 300 }), 300);
    assert.equal(delay({ delayAfterTyping: 0 }), 0);
  });

  it('reads the old name when the new one is not given (an editor with the old settings)', () => {
    assert.equal(delay({ debounceMs: 400 }), 400);
    assert.equal(delay({ delayAfterTyping: 'soon', debounceMs: 20 }), 20);
  });

  it('as VS Code sends them (both, each at its default when unset): the one that was set wins', () => {
    const unset = DEFAULT_SETTINGS.debounceMs;
    assert.equal(delay({ delayAfterTyping: unset, debounceMs: 400 }), 400);
    assert.equal(delay({ delayAfterTyping: 300, debounceMs: unset }), 300);
    assert.equal(delay({ delayAfterTyping: 300, debounceMs: 400 }), 300);
    assert.equal(delay({ delayAfterTyping: unset, debounceMs: unset }), unset);
  });

  it('falls back to the default and keeps to the range under either name', () => {
    assert.equal(delay({}), DEFAULT_SETTINGS.debounceMs);
    assert.equal(delay({ delayAfterTyping: 99_999 }), 10_000);
    assert.equal(delay({ debounceMs: -5 }), 0);
    assert.equal(delay({ delayAfterTyping: Number.NaN, debounceMs: Number.POSITIVE_INFINITY }), DEFAULT_SETTINGS.debounceMs);
  });
});
