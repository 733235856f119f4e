// A very long text (8 million units or more, as a 20 MB draft with the size limit raised) is
// checked with V8's --optimize-for-size on: the heap then grows in smaller steps, collecting
// sooner, so the check's peak memory stays lower. On a 20 MB draft the server's peak went from
// 294–310 MB to 266–271 MB, the CLI's from 246–261 MB to 194–196 MB, and the check took about
// 8 % longer (4.1 → 4.4 s). Other texts are checked as before: the flag costs about 8 % of the
// engine's speed, which a keystroke should not pay.
//
// V8 flags belong to the process, not to one thread: while a long text is checked, the other
// threads (the server's main thread, another lint worker) run under the flag too, which only
// makes them tidier. The flag is set back once the check ends. Node documents changing flags
// after start-up as unsupported in general; this one is read by the collector's heuristics and
// by the compilers, each time they run, which is why it may change between checks.

import { setFlagsFromString } from 'node:v8';

/**
 * Texts of this many UTF-16 units or more are checked in the low-memory mode: above the
 * 1,000,000-word file of the bench (6 million units, 2 s), whose time the mode would lengthen,
 * and well below the 20 MB draft whose memory it is for.
 */
export const LOW_MEMORY_FROM_CHARS = 8_000_000;

export class MemoryMode {
  /** Checks under way in this thread that turned the mode on. */
  private active = 0;

  constructor(
    private readonly setFlags: (flags: string) => void = setFlagsFromString,
    private readonly fromChars = LOW_MEMORY_FROM_CHARS,
  ) {}

  /** Runs `check` (of a text `length` units long), in the low-memory mode if the text is long. */
  run<T>(length: number, check: () => T): T {
    if (length < this.fromChars) return check();
    if (this.active++ === 0) this.setFlags('--optimize-for-size');
    try {
      return check();
    } finally {
      if (--this.active === 0) this.setFlags('--no-optimize-for-size');
    }
  }
}

/** This thread's. */
export const memoryMode = new MemoryMode();
