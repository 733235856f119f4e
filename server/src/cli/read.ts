// Reading a draft from disk, and writing it back after --fix in the encoding it came in.
// - Only regular files are opened: a device, FIFO or socket is skipped with what it is, however
//   it was reached (named, globbed, walked, through a symlink). The path is stat'ed first, so a
//   device is never opened; the file is then opened with O_NONBLOCK (a FIFO swapped in after
//   the stat cannot block the open) and fstat'ed, so what is read is what was checked.
// - Whether it is checked at all is the rule shared with the server (../input-rules.ts), on the
//   decoded text: over the size limit in UTF-8 bytes, or binary, it is skipped. A file whose
//   text is certainly over the limit is skipped from its size alone, before reading.
// - UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; the BOM is kept aside so
//   that offsets start at the first character and the BOM is written back on --fix.
// - Invalid UTF-8 is decoded with U+FFFD for the bad bytes (TextDecoder, fatal: false) and
//   checked, with a warning; --fix leaves such a file alone, since writing it back would
//   replace the bad bytes for good.
// - Standard input (--stdin) goes through the same decoding and the same rule (readStream).

import { closeSync, constants, fstatSync, openSync, readSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { describeBinary, judgeText } from '../input-rules.js';

export type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';

export type ReadResult =
  | { kind: 'text'; text: string; encoding: Encoding; invalidUtf8: boolean }
  | { kind: 'skipped'; reason: string }
  | { kind: 'error'; reason: string };

/** O_NONBLOCK where the platform has it (not on Windows, which has no FIFOs to block on). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readDraft(path: string, maxFileSize: number): ReadResult {
  let fd: number | undefined;
  try {
    const special = notRegular(statSync(path));
    if (special) return { kind: 'skipped', reason: special };
    fd = openSync(path, OPEN_FLAGS);
    const stat = fstatSync(fd);
    const swapped = notRegular(stat);
    if (swapped) return { kind: 'skipped', reason: swapped };
    const bytes = readAll(fd, stat.size, maxFileSize);
    if (bytes.kind === 'too-large') return tooLarge(bytes.atLeast, maxFileSize, bytes.encoding, false);
    return judgeBytes(bytes.bytes, maxFileSize);
  } catch (err) {
    return { kind: 'error', reason: describeFsError(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A draft's bytes as text, or why they are not checked (the rule shared with the server). */
export function judgeBytes(bytes: Buffer, maxFileSize: number): ReadResult {
  const read = decode(bytes);
  if (read.kind !== 'text') return read;
  const verdict = judgeText(read.text, maxFileSize);
  if (verdict.kind === 'too-large') return tooLarge(verdict.bytes, maxFileSize, read.encoding, true);
  if (verdict.kind === 'binary') return { kind: 'skipped', reason: describeBinary(verdict.reason) };
  return read;
}

/**
 * A text piped to standard input, judged as a file's would be. Reading stops as soon as the
 * text is certainly over the limit (the same lower bound as for a file's size), so a runaway
 * pipe is not buffered whole. `bytes` is what came in, for --fix to give back unchanged when
 * the text cannot be fixed.
 */
export async function readStream(stream: AsyncIterable<Buffer | string>, maxFileSize: number): Promise<{ read: ReadResult; bytes?: Buffer }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      size += buf.length;
      if (size > maxFileSize) {
        const encoding = encodingOf(Buffer.concat(chunks, Math.min(size, 3)));
        const atLeast = textLowerBound(encoding, size);
        if (atLeast > maxFileSize) return { read: tooLarge(atLeast, maxFileSize, encoding, false, true) };
      }
    }
  } catch (err) {
    return { read: { kind: 'error', reason: describeFsError(err) } };
  }
  const bytes = Buffer.concat(chunks, size);
  return { read: judgeBytes(bytes, maxFileSize), bytes };
}

/** The fewest UTF-8 bytes of text `size` bytes in this encoding can decode to. */
function textLowerBound(encoding: Encoding, size: number): number {
  return encoding === 'utf16le' || encoding === 'utf16be' ? Math.floor((size - 2) / 2) : size - (encoding === 'utf8bom' ? 3 : 0);
}

/** What a path is if it is not a regular file (a folder, device, FIFO, socket), as a reason. */
export function notRegular(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'is a folder, not a file';
  if (stat.isFIFO()) return 'is a FIFO (named pipe), not a file';
  if (stat.isCharacterDevice()) return 'is a character device, not a file';
  if (stat.isBlockDevice()) return 'is a block device, not a file';
  if (stat.isSocket()) return 'is a socket, not a file';
  return 'is not a regular file';
}

type Bytes = { kind: 'bytes'; bytes: Buffer } | { kind: 'too-large'; atLeast: number; encoding: Encoding };

/**
 * The file's bytes, unless its text is certainly over `maxBytes` in UTF-8: decoding never makes
 * a UTF-8 file's text smaller than its bytes less a BOM (a bad byte becomes a 3-byte U+FFFD),
 * and every UTF-16 unit is at least one UTF-8 byte.
 */
function readAll(fd: number, size: number, maxBytes: number): Bytes {
  const head = Buffer.alloc(Math.min(size, 3));
  readFully(fd, head, 0);
  const encoding = encodingOf(head);
  const atLeast = textLowerBound(encoding, size);
  if (atLeast > maxBytes) return { kind: 'too-large', atLeast, encoding };
  const bytes = Buffer.allocUnsafe(size);
  head.copy(bytes);
  // A file that shrank while read is taken as far as it goes; one that grew, as far as fstat said.
  return { kind: 'bytes', bytes: bytes.subarray(0, head.length + readFully(fd, bytes.subarray(head.length), head.length)) };
}

function readFully(fd: number, into: Buffer, position: number): number {
  let done = 0;
  while (done < into.length) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

function encodingOf(head: Buffer): Encoding {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8bom';
  return 'utf8';
}

/** `exact`: `bytes` is the text's size in UTF-8; else a lower bound (from a size, or a read cut short). */
function tooLarge(bytes: number, limit: number, encoding: Encoding, exact: boolean, cutShort = false): ReadResult {
  // The limit counts UTF-8 bytes of the text, which for a UTF-16 file is not its size on disk.
  const utf16 = encoding === 'utf16le' || encoding === 'utf16be';
  const unit = utf16 ? ` of text in UTF-8${exact ? '' : ' or more'}` : cutShort ? ' or more' : '';
  return {
    kind: 'skipped',
    reason: `${formatBytes(bytes)}${unit} is above the limit of ${formatBytes(limit)} (raise it with --max-file-size)`,
  };
}

/**
 * The text of a file's bytes. Binary and size are judged afterwards, on the text, by the rule
 * shared with the server; a NUL in a UTF-16 file is a NUL character there like anywhere else.
 */
export function decode(bytes: Buffer): ReadResult {
  const encoding = encodingOf(bytes);
  // UTF-16 goes through Buffer rather than TextDecoder, which would turn lone surrogates into
  // U+FFFD: here they reach the engine as they are, and --fix writes them back unchanged.
  if (encoding === 'utf16le') {
    return { kind: 'text', text: bytes.toString('utf16le', 2), encoding, invalidUtf8: false };
  }
  if (encoding === 'utf16be') {
    const le = Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16();
    return { kind: 'text', text: le.toString('utf16le'), encoding, invalidUtf8: false };
  }
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
