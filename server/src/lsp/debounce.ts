// One pending timer per key (document uri): scheduling again replaces the pending run, so a
// burst of keystrokes leads to one lint after the burst.

/** A pending run: a timer, or (for a delay of 0) an immediate. */
type Pending = { timer: NodeJS.Timeout } | { immediate: NodeJS.Immediate };

export class Debouncer {
  private readonly pending = new Map<string, Pending>();

  schedule(key: string, delayMs: number, run: () => void): void {
    this.cancel(key);
    const fire = () => {
      this.pending.delete(key);
      run();
    };
    // A delay of 0 runs once the input already read has been handled (so a burst that arrived
    // together still coalesces) instead of through a timer, which Node rounds up to 1 ms: a
    // whole millisecond of each keystroke's latency at debounceMs 0.
    this.pending.set(key, delayMs <= 0 ? { immediate: setImmediate(fire) } : { timer: setTimeout(fire, delayMs) });
  }

  cancel(key: string): void {
    const pending = this.pending.get(key);
    if (pending) clear(pending);
    this.pending.delete(key);
  }

  cancelAll(): void {
    for (const pending of this.pending.values()) clear(pending);
    this.pending.clear();
  }
}

function clear(pending: Pending): void {
  if ('timer' in pending) clearTimeout(pending.timer);
  else clearImmediate(pending.immediate);
}
