// A lint worker's first checks of a long draft are slow: V8 compiles a function to fast code
// only once it has run a while, and a draft's own words take code paths (and deoptimisations)
// that no other text warms. On a 10,000-word draft the keystrokes right after opening it took
// 25–48 ms to their diagnostics, and 8–9 ms from about the eighth check on. A short text of
// our own, checked many times at start-up, warmed only the first check (tried and measured).
//
// So, while no job waits, a worker checks the draft it has just checked again, a few times,
// and throws the findings away: the reporter reading the draft they opened pays nothing, and
// their first keystrokes get warm code. Each re-check is one turn of the event loop
// (setImmediate): a job that arrives meanwhile is handled first (cancel()), and waits at most
// for the one re-check under way. Once the worker has checked enough text it stops for good.

/** Re-checks after any one job. */
export const RECHECKS_PER_JOB = 8;
/** Characters of text a worker checks (jobs and re-checks) before it counts as warm. */
export const WARM_AFTER_CHARS = 600_000;
/**
 * Longer texts are not re-checked: a keystroke arriving during a re-check waits for it, and a
 * check of 150,000 characters (25,000 words) takes 20–60 ms cold. Their own checks warm the worker.
 */
export const MAX_RECHECK_CHARS = 150_000;

export class IdleWarmUp {
  private checked = 0;
  private generation = 0;

  constructor(
    private readonly options: { rechecksPerJob?: number; warmAfterChars?: number; maxRecheckChars?: number } = {},
  ) {}

  /** Whether the worker has checked enough text to stop re-checking. */
  get warm(): boolean {
    return this.checked >= (this.options.warmAfterChars ?? WARM_AFTER_CHARS);
  }

  /** A job arrived: stop the re-checks scheduled for the last one. */
  cancel(): void {
    this.generation++;
  }

  /**
   * A job checked `length` characters; `recheck` checks that text again. Schedules the
   * re-checks, one per turn of the event loop, until cancel(), the worker is warm, or
   * rechecksPerJob have run; none for a text over maxRecheckChars. A re-check that throws ends
   * them (the job reported the error).
   */
  afterJob(length: number, recheck: () => void): void {
    this.checked += length;
    const generation = ++this.generation;
    let left = this.options.rechecksPerJob ?? RECHECKS_PER_JOB;
    const step = () => {
      if (generation !== this.generation || this.warm || left-- <= 0) return;
      try {
        recheck();
      } catch {
        return;
      }
      this.checked += length;
      setImmediate(step);
    };
    if (length > 0 && length <= (this.options.maxRecheckChars ?? MAX_RECHECK_CHARS) && !this.warm) setImmediate(step);
  }
}
