// Runs lint and fix-all off the server's main thread, in worker threads running the same
// bundle (see lint-worker.ts). Why: the engine is synchronous, and a long document (seconds
// for megabytes) would otherwise freeze the server, keystrokes and hovers included, and a
// runaway rule could never be stopped. Here the main thread stays free, and:
// - a newer request for the same document supersedes an older one: a queued one is dropped;
//   a running one has its result thrown away, and is killed (worker terminated, a fresh one
//   started) if it is still running after `killAfterMs`;
// - every job has a time limit that grows with the text; a job over it is killed and fails;
// - a worker that crashes (a rule's stack overflow, out of memory) fails its job only.
// One worker does the usual work (a draft takes milliseconds). A second one is started only
// when the busy ones have been held up for a while by a long check, so that one huge document
// does not hold up the others; up to `maxWorkers` run at once.

//
// Styles: a job names its house style by key (`styleKey`); the Style itself (a newsroom's can
// hold 17,000 entries) is posted to a worker once, before the first job that needs it, and the
// worker keeps that very object, so the engine's indexes memoised per Style object are built
// once per worker rather than once per keystroke. A style is known by its object identity: the
// caller hands the same object for as long as the style is unchanged (lsp/style-service.ts
// interns them). Each worker keeps the last few styles it was sent.

import { Worker } from 'node:worker_threads';
import type { Finding, Style } from '../engine/index.js';

/**
 * The time limit of one check of a text of `length` UTF-16 units: 10 s, plus 5 s per million
 * characters (about ten times what the engine needs). The CLI uses the same (cli/time-limit.ts).
 */
export function lintTimeLimitMs(length: number): number {
  return 10_000 + length / 200;
}

/** COPYDESK_TIME_LIMIT_MS=<n> replaces the limit by n ms, in the server and the CLI alike. */
export const TIME_LIMIT_ENV = 'COPYDESK_TIME_LIMIT_MS';

/** The limit for a check of a text of `length` UTF-16 units, the environment's override first. */
export function timeLimitFor(length: number, env: NodeJS.ProcessEnv = process.env): number {
  const override = env[TIME_LIMIT_ENV];
  if (override !== undefined && /^\s*\d+\s*$/.test(override) && Number(override) > 0) return Number(override);
  return Math.ceil(lintTimeLimitMs(length));
}

export type JobRequest = {
  id: number;
  kind: 'lint' | 'fixAll' | 'resolve';
  text: string;
  languageId: string;
  styleKey?: string;
  /** For 'resolve': the findings whose on-demand fixes are wanted (Finding.pending). */
  findings?: Finding[];
};
/** Sent to a worker before a job that names a style it has not been sent, or to drop one. */
export type StyleMessage = { kind: 'style'; key: string; style: Style } | { kind: 'dropStyle'; key: string };
export type WorkerMessage = JobRequest | StyleMessage;
export type JobReply = { id: number; findings?: Finding[]; output?: string; error?: string } | { log: string };

/** How many styles a worker keeps (a window rarely has drafts under more than two or three). */
export const STYLES_PER_WORKER = 6;

/** The rejection of a request that a newer one for the same document replaced. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request for the same document');
    this.name = 'Superseded';
  }
}

export interface LintServiceOptions {
  /** The script the workers run (the server bundle itself; see main.ts). */
  workerFile: string;
  log: (message: string) => void;
  maxWorkers?: number;
  /** A superseded job that has run this long is killed rather than waited for. */
  killAfterMs?: number;
  /** Another worker is started for a waiting job once every busy one has run this long. */
  spawnAfterMs?: number;
  /** The time limit of a job on a text of this many UTF-16 units. */
  timeLimitMs?: (length: number) => number;
  /** Heap limit of each worker: an out-of-memory worker dies alone, not the server. */
  maxOldGenerationSizeMb?: number;
}

interface Job {
  id: number;
  key: string;
  request: JobRequest;
  style?: Style;
  resolve: (reply: { findings?: Finding[]; output?: string }) => void;
  reject: (error: Error) => void;
  settled: boolean;
  startedAt?: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job?: Job;
  gone: boolean;
  /** Keys of the styles this worker holds, least recently used first. */
  styles: string[];
}

export class LintService {
  private queue: Job[] = [];
  private slots: Slot[] = [];
  private nextId = 1;
  private pumpTimer: NodeJS.Timeout | undefined;
  private readonly styleKeys = new WeakMap<Style, string>();
  private nextStyleKey = 1;
  private readonly maxWorkers: number;
  private readonly killAfterMs: number;
  private readonly spawnAfterMs: number;
  private readonly timeLimitMs: (length: number) => number;

  constructor(private readonly options: LintServiceOptions) {
    this.maxWorkers = options.maxWorkers ?? 2;
    // Killing costs a worker restart (the word lists load again, a few hundred ms), so a
    // check is killed only once it has shown itself to be long.
    this.killAfterMs = options.killAfterMs ?? 500;
    this.spawnAfterMs = options.spawnAfterMs ?? 250;
    this.timeLimitMs = options.timeLimitMs ?? ((length) => timeLimitFor(length));
  }

  /** Starts one worker ahead of the first request, so the first check is not slowed by it. */
  warmUp(): void {
    if (this.slots.length === 0) this.spawn();
  }

  /** Findings for `text`; rejects with Superseded if another lint for `uri` comes first. */
  async lint(uri: string, text: string, languageId: string, style?: Style): Promise<Finding[]> {
    return (await this.submit('lint', uri, text, languageId, style)).findings ?? [];
  }

  /** `text` with every fix applied until stable. */
  async fixAll(uri: string, text: string, languageId: string, style?: Style): Promise<string> {
    return (await this.submit('fixAll', uri, text, languageId, style)).output ?? text;
  }

  /**
   * `findings` (made for `text`) with their on-demand fixes computed: spelling suggestions,
   * asked for by the quick-fix menu only. In a worker, where the dictionary is.
   */
  async resolve(uri: string, text: string, languageId: string, findings: Finding[], style?: Style): Promise<Finding[]> {
    return (await this.submit('resolve', uri, text, languageId, style, findings)).findings ?? findings;
  }

  /** Drops (or stops) everything asked for `uri`, e.g. when it is closed. */
  cancel(uri: string): void {
    this.supersede(`lint ${uri}`);
    this.supersede(`fixAll ${uri}`);
    this.supersede(`resolve ${uri}`);
  }

  dispose(): void {
    clearTimeout(this.pumpTimer);
    for (const job of this.queue) this.settle(job, new Superseded());
    this.queue = [];
    for (const slot of [...this.slots]) this.kill(slot, new Superseded());
  }

  private submit(kind: JobRequest['kind'], uri: string, text: string, languageId: string, style?: Style, findings?: Finding[]) {
    const key = `${kind} ${uri}`;
    this.supersede(key);
    return new Promise<{ findings?: Finding[]; output?: string }>((resolve, reject) => {
      const id = this.nextId++;
      const request: JobRequest = { id, kind, text, languageId };
      if (findings) request.findings = findings;
      if (style) request.styleKey = this.styleKey(style);
      this.queue.push({ id, key, request, style, resolve, reject, settled: false });
      this.pump();
    });
  }

  private supersede(key: string): void {
    this.queue = this.queue.filter((job) => {
      if (job.key !== key) return true;
      this.settle(job, new Superseded());
      return false;
    });
    for (const slot of [...this.slots]) {
      const job = slot.job;
      if (!job || job.key !== key || job.settled) continue;
      const ranFor = Date.now() - (job.startedAt ?? 0);
      if (ranFor >= this.killAfterMs) {
        this.kill(slot, new Superseded());
      } else {
        // Likely nearly done: let it finish and ignore its result, but kill it if it is
        // still running at killAfterMs.
        this.settle(job, new Superseded());
        job.timer = setTimeout(() => {
          if (slot.job === job) this.kill(slot, new Superseded());
        }, this.killAfterMs - ranFor);
      }
    }
  }

  private pump(): void {
    clearTimeout(this.pumpTimer);
    for (let i = 0; i < this.queue.length; ) {
      const job = this.queue[i];
      // A superseded check of the same document is finishing: wait for its worker rather than
      // start another beside it.
      if (this.slots.some((s) => s.job?.key === job.key)) {
        i++;
        continue;
      }
      const slot = this.slots.find((s) => !s.job) ?? this.extraSlot();
      if (!slot) return;
      this.queue.splice(i, 1);
      this.start(slot, job);
    }
  }

  /** A new worker, if there is room and every busy one has been busy for spawnAfterMs. */
  private extraSlot(): Slot | undefined {
    if (this.slots.length >= this.maxWorkers) return undefined;
    if (this.slots.length === 0) return this.spawn();
    const now = Date.now();
    const wait = Math.max(...this.slots.map((s) => (s.job?.startedAt ?? now) + this.spawnAfterMs - now));
    if (wait <= 0) return this.spawn();
    this.pumpTimer = setTimeout(() => this.pump(), wait);
    return undefined;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    job.startedAt = Date.now();
    const limit = this.timeLimitMs(job.request.text.length);
    job.timer = setTimeout(() => {
      this.options.log(`Copydesk stopped a check that took longer than ${Math.round(limit / 1000)} s.`);
      this.kill(slot, new Error(`time limit of ${limit} ms exceeded`));
    }, limit);
    if (job.style && job.request.styleKey) this.provideStyle(slot, job.request.styleKey, job.style);
    slot.worker.postMessage(job.request);
  }

  private styleKey(style: Style): string {
    let key = this.styleKeys.get(style);
    if (!key) {
      key = `style-${this.nextStyleKey++}`;
      this.styleKeys.set(style, key);
    }
    return key;
  }

  /** Posts the style to the worker unless it has it; evicts its least recently used one. */
  private provideStyle(slot: Slot, key: string, style: Style): void {
    const at = slot.styles.indexOf(key);
    if (at >= 0) {
      slot.styles.splice(at, 1);
      slot.styles.push(key);
      return;
    }
    slot.worker.postMessage({ kind: 'style', key, style } satisfies StyleMessage);
    slot.styles.push(key);
    while (slot.styles.length > STYLES_PER_WORKER) {
      slot.worker.postMessage({ kind: 'dropStyle', key: slot.styles.shift()! } satisfies StyleMessage);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerFile, {
      // Not inherited: the parent's stdout may be the LSP channel itself (--stdio).
      stdout: true,
      stderr: true,
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 1536,
        // A smaller nursery than V8's default (~48 MB) keeps the server's RSS down: about 30 MB
        // less than the default while checking a 10,000-word draft at each keystroke, and 5 MB
        // less again at 12 than at 24 (117-118 MB against 121-123 after 100 keystrokes,
        // `npm run bench`). The price: a check of that draft (~2.5 MB of garbage) meets a
        // scavenge more often, and keystroke → diagnostics went from 8.3-8.6 to 9.7-9.9 ms at
        // the median (p95 12.4-12.6 → 13.3-14.6 ms).
        maxYoungGenerationSizeMb: 12,
      },
    });
    const slot: Slot = { worker, gone: false, styles: [] };
    this.slots.push(slot);
    const forward = (chunk: Buffer) => this.options.log(`[lint worker] ${chunk.toString('utf8').trimEnd()}`);
    worker.stdout.on('data', forward);
    worker.stderr.on('data', forward);
    worker.on('message', (reply: JobReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onGone(slot, error));
    worker.on('exit', (code) => this.onGone(slot, new Error(`lint worker exited with code ${code}`)));
    return slot;
  }

  private onReply(slot: Slot, reply: JobReply): void {
    if ('log' in reply) {
      this.options.log(reply.log);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.job = undefined;
    if (reply.error !== undefined) this.settle(job, new Error(reply.error));
    else this.settle(job, reply);
    this.pump();
  }

  private onGone(slot: Slot, error: Error): void {
    if (slot.gone) return;
    slot.gone = true;
    this.slots = this.slots.filter((s) => s !== slot);
    if (slot.job) {
      this.options.log(`Copydesk's lint worker failed: ${error.message}`);
      this.settle(slot.job, error);
      slot.job = undefined;
    }
    this.pump();
  }

  private kill(slot: Slot, reason: Error): void {
    const job = slot.job;
    slot.job = undefined;
    slot.gone = true;
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
    if (job) this.settle(job, reason);
    this.pump();
  }

  private settle(job: Job, outcome: Error | { findings?: Finding[]; output?: string }): void {
    clearTimeout(job.timer);
    if (job.settled) return;
    job.settled = true;
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
  }
}
