// The CLI's per-file time limit: the server's (lsp/lint-service.ts, 10 s plus 5 s per million
// characters), so that a draft the editor gives up on is given up on by the CLI too, with one
// clear line instead of a run that never ends.
//
// The engine is synchronous. Rather than pay for a worker thread on every run (about 70 ms,
// most of a one-article run), each engine call runs on this thread under node:vm's `timeout`,
// whose watchdog stops even a runaway regular expression. A stop skips `finally` blocks, so
// the engine's state in this thread is not to be trusted afterwards: check-worker.ts checks the
// remaining files in a fresh worker thread instead.
//
// COPYDESK_TIME_LIMIT_MS=<n> replaces the limit by n milliseconds for every file (tests use it to
// show a stop quickly; a CI job may use it to fail fast).

import { createContext, Script } from 'node:vm';
import { TIME_LIMIT_ENV, timeLimitFor } from '../lsp/lint-service.js';

export { TIME_LIMIT_ENV, timeLimitFor };

/** Thrown by withTimeLimit when the work ran over its limit and was stopped. */
export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`stopped after ${formatDuration(limitMs)} (time limit); not checked`);
    this.name = 'TimeLimitExceeded';
  }
}


// One context and one script for every call: the cost of a call is then the watchdog thread
// node starts for it (about 0.3 ms), not a new context.
const context = createContext({ job: undefined as (() => unknown) | undefined });
const script = new Script('job()', { filename: 'copydesk-time-limit' });

/** `run()`'s result, or TimeLimitExceeded if it takes longer than the limit for `length`. */
export function withTimeLimit<T>(length: number, run: () => T): T {
  const limit = timeLimitFor(length);
  context.job = run;
  try {
    return script.runInContext(context, { timeout: limit }) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitExceeded(limit);
    throw err;
  } finally {
    context.job = undefined;
  }
}

/** "12 s", or "250 ms" under a second. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`;
}
