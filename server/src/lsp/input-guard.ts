// Decides whether a document is fit to lint: not above the size limit, and text rather than
// binary. The server skips anything else without diagnostics (see server.ts for the messages).
// The rule itself lives in ../input-rules.ts, shared with the CLI, so that both give the same
// answer on the same text; this module keeps the server's names for it.

import { binaryReason, judgeText, type TextVerdict } from '../input-rules.js';

export { utf8Length } from '../input-rules.js';

export type InputVerdict = TextVerdict;

/** The document's verdict; `maxFileSize` counts UTF-8 bytes of the text. */
export function inspectInput(text: string, maxFileSize: number): InputVerdict {
  return judgeText(text, maxFileSize);
}

/** Whether the text is binary: a NUL anywhere, or mostly control characters (see input-rules.ts). */
export function looksBinary(text: string): boolean {
  return binaryReason(text) !== undefined;
}
