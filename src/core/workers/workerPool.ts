// The analysis service's workers: a small pool that analyses open documents (first) and summarises files
// for the index, each file under a time budget. A file over budget or a worker that dies takes down only
// that worker: the file is marked, the rest of its batch goes to a fresh worker. Nothing is re-run on the
// caller's thread; only when no worker can start at all do jobs fail with WorkersUnavailableError.
import type { Analysis, AnalysisWindow } from '../../engine';
import type { ReviewedAnalysis } from '../review/apply';
import { failedSummary } from '../summary/summary';
import type { ReviewInput } from './workerReview';
import type {
  StageFailure,
  SummarizeResult,
  WorkerFactory,
  WorkerFile,
  WorkerHandle,
  WorkerReply,
  WorkerRequest,
} from './workerProtocol';

export class AnalysisTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`analysis timed out after ${seconds} s`);
  }
}

/** No worker could be started here (no worker script, or the host forbids workers). */
export class WorkersUnavailableError extends Error {}

/** A queued analysis was replaced by a newer one for the same key before it started. */
export class SupersededError extends Error {}

/** The pool was disposed (the extension stops, or the settings changed): ask again. */
export class ServiceStoppedError extends Error {
  constructor() {
    super('analysis service stopped');
  }
}

export interface AnalysisResult {
  analysis: Analysis;
  ms: number;
  failures: StageFailure[];
  /** The analysis with the review it was asked with applied (in the worker). */
  reviewed?: ReviewedAnalysis;
}

/**
 * A review to apply in the worker with the analysis; with `machine`, to apply to that analysis only; with
 * `window`, the analysis is of that window of the text only (a long text's first part).
 */
export interface ReviewRequest {
  review?: ReviewInput;
  machine?: Analysis;
  window?: AnalysisWindow;
}

export interface PoolOptions {
  size: number;
  maxBytes: number;
  /** Time budget of one document or file. */
  timeoutMs: number;
  /** Workers hold a copy of the NLP model each: they end after this long without work. */
  idleMs?: number;
}

/** Worker count: the configured one, else one per core but one (2 to 4). */
export function indexWorkerCount(configured: number, cores: number): number {
  return configured > 0 ? configured : Math.min(4, Math.max(cores - 1, Math.min(cores, 2)));
}

interface AnalyzeJob {
  kind: 'analyze';
  key?: string;
  text: string;
  review?: ReviewRequest;
  resolve(result: AnalysisResult): void;
  reject(error: Error): void;
}

interface SummarizeJob {
  kind: 'summarize';
  files: WorkerFile[];
  results: SummarizeResult[];
  resolve(results: SummarizeResult[]): void;
  reject(error: Error): void;
}

type Job = AnalyzeJob | SummarizeJob;

interface Slot {
  worker: WorkerHandle;
  job?: Job;
  requestId?: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The worker said it loaded. */
  ready: boolean;
}

/** A new worker's time to load (the NLP model) is not charged to its first file; this bounds it. */
const STARTUP_ALLOWANCE_MS = 60_000;

/** Consecutive workers that die before they loaded, after which the pool gives up. */
const MAX_STARTUP_FAILURES = 2;

export class AnalysisWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly urgent: AnalyzeJob[] = [];
  private readonly queue: SummarizeJob[] = [];
  private nextId = 1;
  private startupFailures = 0;
  private unavailable: Error | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly options: PoolOptions,
  ) {}

  /**
   * Analyses a document's text, and applies its review when given; a newer call with the same key replaces
   * one still waiting.
   */
  analyze(text: string, key?: string, review?: ReviewRequest): Promise<AnalysisResult> {
    return new Promise((resolve, reject) => {
      if (key !== undefined) {
        const waiting = this.urgent.findIndex((j) => j.key === key);
        if (waiting >= 0)
          this.urgent.splice(waiting, 1)[0]!.reject(new SupersededError('superseded by a newer version'));
      }
      this.enqueue({ kind: 'analyze', key, text, review, resolve, reject });
    });
  }

  /** One result per file, in order; files over budget or that crash a worker get a failed summary. */
  summarize(files: WorkerFile[]): Promise<SummarizeResult[]> {
    if (!files.length) return Promise.resolve([]);
    return new Promise((resolve, reject) => this.enqueue({ kind: 'summarize', files, results: [], resolve, reject }));
  }

  get busy(): boolean {
    return this.urgent.length + this.queue.length > 0 || this.slots.some((s) => s.job);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    const error = new ServiceStoppedError();
    for (const job of [...this.urgent.splice(0), ...this.queue.splice(0)]) job.reject(error);
    for (const slot of this.slots.splice(0)) {
      clearTimeout(slot.timer);
      slot.job?.reject(error);
      slot.worker.terminate();
    }
  }

  private enqueue(job: Job): void {
    if (this.disposed) return job.reject(new ServiceStoppedError());
    if (this.unavailable) return job.reject(this.unavailable);
    if (job.kind === 'analyze') this.urgent.push(job);
    else this.queue.push(job);
    this.pump();
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    while (this.urgent.length || this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < Math.max(1, this.options.size)) slot = this.spawn();
      if (!slot) break;
      this.start(slot, (this.urgent.shift() ?? this.queue.shift())!);
    }
    if (!this.busy && this.slots.length && this.options.idleMs !== undefined) {
      this.idleTimer = setTimeout(() => this.endIdleWorkers(), this.options.idleMs);
    }
  }

  private start(slot: Slot, job: Job): void {
    const id = this.nextId++;
    slot.job = job;
    slot.requestId = id;
    const request: WorkerRequest =
      job.kind === 'analyze'
        ? { id, kind: 'analyze', text: job.text, ...job.review }
        : { id, kind: 'summarize', maxBytes: this.options.maxBytes, files: job.files.slice(job.results.length) };
    this.arm(slot);
    try {
      slot.worker.postMessage(request);
    } catch (error) {
      this.fail(slot, error as Error);
    }
  }

  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    const budget = this.options.timeoutMs + (slot.ready ? 0 : STARTUP_ALLOWANCE_MS);
    slot.timer = setTimeout(
      () => this.fail(slot, new AnalysisTimeoutError(Math.round(this.options.timeoutMs / 1000))),
      budget,
    );
  }

  private spawn(): Slot | undefined {
    let worker: WorkerHandle;
    try {
      worker = this.createWorker();
    } catch (error) {
      this.giveUp(error as Error);
      return undefined;
    }
    const slot: Slot = { worker, ready: false };
    worker.onMessage((reply) => this.receive(slot, reply));
    worker.onFailure((error) => this.fail(slot, error));
    this.slots.push(slot);
    return slot;
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    if (reply.kind === 'ready') {
      slot.ready = true;
      this.startupFailures = 0;
      if (slot.job) this.arm(slot);
      return;
    }
    const job = slot.job;
    if (!job || reply.id !== slot.requestId) return;
    if (reply.kind === 'analysis' && job.kind === 'analyze') {
      this.finish(slot);
      job.resolve({ analysis: reply.analysis, ms: reply.ms, failures: reply.failures, reviewed: reply.reviewed });
    } else if (reply.kind === 'file' && job.kind === 'summarize') {
      job.results.push(JSON.parse(reply.result) as SummarizeResult);
      if (job.results.length < job.files.length) return this.arm(slot);
      this.finish(slot);
      job.resolve(job.results);
    } else {
      this.finish(slot);
      const message = reply.kind === 'error' ? reply.message : `unexpected ${reply.kind} reply`;
      if (job.kind === 'analyze') job.reject(new Error(message));
      else
        job.resolve([...job.results, ...job.files.slice(job.results.length).map((f) => failedResult(f.path, message))]);
    }
    this.pump();
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.requestId = undefined;
  }

  /** The worker timed out or died: it goes; its file is marked and the rest of its batch queued again. */
  private fail(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    slot.worker.terminate();
    const job = slot.job;
    slot.job = undefined;
    if (!slot.ready && !(error instanceof AnalysisTimeoutError)) {
      // It never loaded: not the file's fault. Try another worker, then give up.
      if (job?.kind === 'analyze') this.urgent.unshift(job);
      else if (job) this.queue.unshift(job);
      if (++this.startupFailures >= MAX_STARTUP_FAILURES)
        return this.giveUp(new WorkersUnavailableError(`analysis workers cannot start: ${error.message}`));
      return this.pump();
    }
    if (job?.kind === 'analyze') job.reject(error);
    else if (job) {
      const reason =
        error instanceof AnalysisTimeoutError ? error.message : `analysis worker stopped: ${error.message}`;
      job.results.push(failedResult(job.files[job.results.length]!.path, reason));
      if (job.results.length < job.files.length) this.queue.unshift(job);
      else job.resolve(job.results);
    }
    if (!this.disposed) this.pump();
  }

  private giveUp(error: Error): void {
    this.unavailable = error;
    for (const job of [...this.urgent.splice(0), ...this.queue.splice(0)]) job.reject(error);
  }

  private endIdleWorkers(): void {
    if (this.busy) return;
    for (const slot of this.slots.splice(0)) slot.worker.terminate();
  }
}

function failedResult(path: string, reason: string): SummarizeResult {
  return { path, summary: failedSummary(path, reason) };
}
