// Reading a style file from disk without surprises: a folder, a file too large to parse in
// reasonable time, or bytes that are not UTF-8 are each a clear StyleReadError, never a hang.

import { readFileSync, statSync } from 'node:fs';
import { MAX_STYLE_CHARS } from './parse.js';

export type StyleReadErrorKind = 'folder' | 'too-large' | 'encoding' | 'unreadable';

export class StyleReadError extends Error {
  constructor(
    message: string,
    readonly kind: StyleReadErrorKind,
  ) {
    super(message);
    this.name = 'StyleReadError';
  }
}

/** The text of a style file on disk; undefined if there is none. A BOM is dropped. */
export function readStyleFileFromDisk(path: string): string | undefined {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new StyleReadError('this is a folder, not a style file', 'folder');
    size = st.size;
  } catch (err) {
    if (err instanceof StyleReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new StyleReadError(`cannot read the style file (${code ?? (err as Error).message})`, 'unreadable');
  }
  if (size > MAX_STYLE_CHARS) {
    throw new StyleReadError(`style file too large: ${(size / (1024 * 1024)).toFixed(1)} MB, more than the ${MAX_STYLE_CHARS / (1024 * 1024)} MB Copydesk reads`, 'too-large');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new StyleReadError(`cannot read the style file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'unreadable');
  }
  return decodeUtf8(bytes);
}

/** Strict UTF-8 (a BOM accepted and dropped); anything else is a StyleReadError. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? ' (it looks like UTF-16)' : '';
    throw new StyleReadError(`not UTF-8 text${hint}: save the style file as UTF-8`, 'encoding');
  }
}
