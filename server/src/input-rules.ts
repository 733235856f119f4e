// The one rule, shared by the CLI (cli/read.ts) and the server (lsp/input-guard.ts), for which
// texts are fit to check. Both judge the decoded text, never the bytes, so a file checked by
// the CLI and the same file open in an editor get the same answer whatever its encoding:
//
// - Too large: more UTF-8 bytes than the limit. The server only ever has text, so the unit is
//   the text's size in UTF-8: for a UTF-8 file that is its size on disk (less a BOM), and a
//   UTF-16 file counts as its text would in UTF-8 (about half its size for English).
// - Binary: a NUL anywhere in the text (as git's test, but over the whole text, not only its
//   first 8 KiB, so that neither side depends on where the NUL is); or suspicious characters
//   making up more than a tenth of the whole text, and at least MIN_SUSPICIOUS of them, so that
//   a few stray control characters in a short text (a DEL, a U+0001 pasted from a wire feed)
//   do not make it binary. Suspicious: C0 controls other than tab, line feed, form feed and
//   carriage return; DEL; C1 controls (what a binary file shows when read as Latin-1); and
//   U+FFFD (what undecodable bytes become).
//
// Size is judged first: a huge binary file is "too large", in both.

export type TextVerdict =
  | { kind: 'ok' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'binary'; reason: BinaryReason };

/** Why a text is binary: it holds a NUL, or too many control or replacement characters. */
export type BinaryReason = 'nul' | 'control';

/** Share of suspicious characters above which a text is binary. */
export const MAX_SUSPICIOUS_SHARE = 0.1;
/** Fewer suspicious characters than this never make a text binary. */
export const MIN_SUSPICIOUS = 8;

const SUSPICIOUS = /[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/;

export function judgeText(text: string, maxBytes: number): TextVerdict {
  // A UTF-8 byte count is at least the UTF-16 length and at most three times it, so the exact
  // (and, on 20 MB, not free) count is only needed near the limit.
  if (text.length > maxBytes) return { kind: 'too-large', bytes: utf8Length(text), limit: maxBytes };
  if (text.length * 3 > maxBytes) {
    const bytes = utf8Length(text);
    if (bytes > maxBytes) return { kind: 'too-large', bytes, limit: maxBytes };
  }
  const reason = binaryReason(text);
  return reason ? { kind: 'binary', reason } : { kind: 'ok' };
}

/** The size of `text` in UTF-8; a lone surrogate counts as U+FFFD (3 bytes), as it is written. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Why `text` is binary, or undefined if it is text (see the rule at the top). */
export function binaryReason(text: string): BinaryReason | undefined {
  if (text.indexOf('\0') !== -1) return 'nul';
  // Most texts hold no suspicious character at all: one native scan answers for them.
  const first = text.search(SUSPICIOUS);
  if (first === -1) return undefined;
  const needed = Math.max(MIN_SUSPICIOUS, Math.floor(text.length * MAX_SUSPICIOUS_SHARE) + 1);
  let count = 0;
  for (let i = first; i < text.length; i++) {
    if (isSuspicious(text.charCodeAt(i)) && ++count >= needed) return 'control';
  }
  return undefined;
}

function isSuspicious(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0;
  return (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}

/** The one-line reason the CLI and the server give for skipping a binary text. */
export function describeBinary(reason: BinaryReason): string {
  return reason === 'nul' ? 'binary file (contains NUL bytes)' : 'binary file (mostly control characters)';
}
