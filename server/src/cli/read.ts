// Reading a draft from disk, and writing it back after --fix in the encoding it came in.
// - Larger than the limit: skipped before reading (the size comes from stat).
// - A NUL byte outside UTF-16: binary, skipped.
// - UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; the BOM is kept aside so
//   that offsets start at the first character and the BOM is written back on --fix.
// - Invalid UTF-8 is decoded with U+FFFD for the bad bytes (TextDecoder, fatal: false) and
//   checked, with a warning; --fix leaves such a file alone, since writing it back would
//   replace the bad bytes for good.

import { readFileSync, statSync, writeFileSync } from 'node:fs';

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';

export type ReadResult =
  | { kind: 'text'; text: string; encoding: Encoding; invalidUtf8: boolean }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; reason: string };

export function readDraft(path: string, maxFileSize: number): ReadResult {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxFileSize) {
      return {
        kind: 'skipped',
        reason: `${formatBytes(size)} is above the limit of ${formatBytes(maxFileSize)} (raise it with --max-file-size)`,
      };
    }
    bytes = readFileSync(path);
  } catch (err) {
    return { kind: 'error', reason: describeFsError(err) };
  }
  return decode(bytes);
}

export function decode(bytes: Buffer): ReadResult {
  // UTF-16 goes through Buffer rather than TextDecoder, which would turn lone surrogates into
  // U+FFFD: here they reach the engine as they are, and --fix writes them back unchanged.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: bytes.toString('utf16le', 2), encoding: 'utf16le', invalidUtf8: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const le = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16();
    return { kind: 'text', text: le.toString('utf16le'), encoding: 'utf16be', invalidUtf8: false };
  }
  if (bytes.indexOf(0) !== -1) return { kind: 'skipped', reason: 'binary file (contains NUL bytes)' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const encoding: Encoding = bom ? 'utf8bom' : 'utf8';
  // The strict decoder is as fast as the lenient one; only a failure pays for a second pass.
  // Both drop a leading BOM; `encoding` remembers it.
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding, invalidUtf8: false };
  } catch {
    return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes), encoding, invalidUtf8: true };
  }
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  }
}

export function writeDraft(path: string, text: string, encoding: Encoding): void {
  writeFileSync(path, encode(text, encoding));
}

export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder';
    default:
      return e.code ? `${e.code} ${e.message}` : String(err);
  }
}

function formatBytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}
