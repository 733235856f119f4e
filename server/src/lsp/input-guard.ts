// Decides whether a document is fit to lint: not above the size limit, and text rather than
// binary. The server skips anything else without diagnostics (see server.ts for the messages).

export type InputVerdict =
  | { kind: 'ok' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'binary' };

/** How much of the start of a document the binary sniff looks at. */
const SNIFF_LENGTH = 8192;
/** Share of control characters (or U+FFFD from undecodable bytes) above which text is binary. */
const MAX_CONTROL_SHARE = 0.1;

export function inspectInput(text: string, maxFileSize: number): InputVerdict {
  // A UTF-8 byte count is at least the UTF-16 length and at most three times it, so the exact
  // (and, on 20 MB, not free) count is only needed near the limit.
  if (text.length > maxFileSize) return { kind: 'too-large', bytes: utf8Length(text), limit: maxFileSize };
  if (text.length * 3 > maxFileSize) {
    const bytes = utf8Length(text);
    if (bytes > maxFileSize) return { kind: 'too-large', bytes, limit: maxFileSize };
  }
  return looksBinary(text) ? { kind: 'binary' } : { kind: 'ok' };
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Like git's check, a NUL in the first 8 KiB means binary; so does a sample in which more than
 * a tenth of the characters are control characters other than tab, line breaks and form feed,
 * or replacement characters (what an editor shows for bytes that are not UTF-8).
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_LENGTH);
  if (n === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) suspicious++;
  }
  return suspicious / n > MAX_CONTROL_SHARE;
}
