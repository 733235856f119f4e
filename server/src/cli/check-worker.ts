// Checks the CLI's files one after another under the per-file time limit (time-limit.ts).
// Files are checked on the main thread, which costs nothing extra. Once a file has been stopped
// there, the engine's state in that thread may be half-updated (a stop skips `finally` blocks),
// so every later file is checked in a worker thread running the same bundle; a worker whose
// file was stopped is thrown away and the next file gets a fresh one. A stopped file gets one
// notice ("stopped after 12 s (time limit); not checked") that makes the exit code 2, like an
// unreadable file, and the run goes on.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Resources } from '../engine/types.js';
import { loadResources } from '../resources.js';
import { checkFile, checkSource, type CheckOptions, type FileReport, type Notice } from './check.js';
import type { ReadResult } from './read.js';
import { TimeLimitExceeded } from './time-limit.js';

export const CHECK_WORKER_ROLE = 'copydesk-cli-check-worker';

/**
 * What the main thread sends: CheckOptions without the word lists, which a worker loads itself,
 * and without the style, which goes once per style (`style` beside its `styleKey`) so that the
 * worker keeps one Style object per style and the engine builds its indexes once, not per file.
 */
type CheckRequest = { path: string; options: Omit<CheckOptions, 'resources' | 'style'>; styleKey?: number; style?: CheckOptions['style'] };
type CheckReply = { report?: FileReport; notices: Notice[]; stopped: boolean; error?: string };

export class FileChecker {
  /** Set once a file has been stopped on this thread: check the rest in workers. */
  private tainted = false;
  private worker: Worker | undefined;
  /** A number per style object, and those the current worker already holds. */
  private readonly styleKeys = new WeakMap<object, number>();
  private workerStyles = new Set<number>();
  private nextStyleKey = 0;

  constructor(
    /** The script a worker runs: the CLI bundle (dist/cli.js), which runs runCheckWorker in a worker. */
    private readonly workerFile: string = __filename,
  ) {}

  async check(path: string, options: CheckOptions, notices: Notice[]): Promise<FileReport | undefined> {
    if (!this.tainted) {
      try {
        return checkFile(path, options, notices);
      } catch (err) {
        if (!(err instanceof TimeLimitExceeded)) throw err;
        this.tainted = true;
        notices.push({ path, text: err.message, fatal: true });
        return undefined;
      }
    }
    const { resources: _resources, style, ...rest } = options;
    const request: CheckRequest = { path, options: rest };
    if (style) {
      let key = this.styleKeys.get(style);
      if (key === undefined) this.styleKeys.set(style, (key = this.nextStyleKey++));
      request.styleKey = key;
      request.style = style;
    }
    const reply = await this.inWorker(request);
    notices.push(...reply.notices);
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply.report;
  }

  /** Text that is not a file (standard input), checked on this thread under the time limit. */
  checkSource(path: string, read: ReadResult, options: CheckOptions, notices: Notice[]): FileReport | undefined {
    try {
      return checkSource(path, read, options, notices);
    } catch (err) {
      if (!(err instanceof TimeLimitExceeded)) throw err;
      this.tainted = true;
      notices.push({ path, text: err.message, fatal: true });
      return undefined;
    }
  }

  /** Ends the worker, if one is running; the run is over. */
  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private inWorker(request: CheckRequest): Promise<CheckReply> {
    if (!this.worker) this.workerStyles = new Set();
    const worker = (this.worker ??= new Worker(this.workerFile, { workerData: { role: CHECK_WORKER_ROLE } }));
    if (request.styleKey !== undefined) {
      // The style itself only the first time this worker meets it.
      if (this.workerStyles.has(request.styleKey)) delete request.style;
      else this.workerStyles.add(request.styleKey);
    }
    worker.ref();
    return new Promise<CheckReply>((resolve) => {
      const done = (reply: CheckReply) => {
        worker.off('message', done);
        worker.off('error', failed);
        worker.off('exit', exited);
        if (reply.stopped || reply.error !== undefined) this.drop(worker);
        else worker.unref(); // an idle worker must not keep the process alive
        resolve(reply);
      };
      const failed = (err: Error) => done({ notices: [], stopped: false, error: err.message });
      const exited = (code: number) => done({ notices: [], stopped: false, error: `check worker exited with code ${code}` });
      worker.on('message', done);
      worker.on('error', failed);
      worker.on('exit', exited);
      worker.postMessage(request);
    });
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}

/** Whether this thread is a check worker (then runCheckWorker, not the CLI, should run). */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === CHECK_WORKER_ROLE;
}

/** The worker side: checks each file it is sent, as the main thread would, and replies. */
export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker must run in a worker thread');
  let resources: Resources | undefined;
  const styles = new Map<number, NonNullable<CheckOptions['style']>>();
  port.on('message', ({ path, options, styleKey, style }: CheckRequest) => {
    const notices: Notice[] = [];
    try {
      resources ??= loadResources();
      if (styleKey !== undefined && style) styles.set(styleKey, style);
      const kept = styleKey === undefined ? undefined : styles.get(styleKey);
      const report = checkFile(path, { ...options, resources, ...(kept ? { style: kept } : {}) }, notices);
      port.postMessage({ report, notices, stopped: false } satisfies CheckReply);
    } catch (err) {
      if (err instanceof TimeLimitExceeded) {
        notices.push({ path, text: err.message, fatal: true });
        port.postMessage({ notices, stopped: true } satisfies CheckReply);
      } else {
        port.postMessage({ notices, stopped: false, error: err instanceof Error ? err.message : String(err) } satisfies CheckReply);
      }
    }
  });
}
