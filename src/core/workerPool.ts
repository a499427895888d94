// A small pool of worker threads running dist/analysisWorker.js. Batches queue up and go to the first
// idle worker; a crashed worker fails its batch (the caller falls back) and is replaced on demand.
import { Worker } from 'node:worker_threads';
import type { ReviewAnnotation } from './review/model';
import type { SummarizeRequest, SummarizeResponse, SummarizeResult } from './workerProtocol';

interface Job {
  paths: string[];
  reviews?: Record<string, ReviewAnnotation[]>;
  resolve(results: SummarizeResult[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job?: Job & { id: number };
}

/** Worker threads for indexing: the configured count, else one per core but one (2 to 4). */
export function indexWorkerCount(configured: number, cores: number): number {
  return configured > 0 ? configured : Math.min(4, Math.max(cores - 1, Math.min(cores, 2)));
}

export class AnalysisWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly workerScript: string,
    private readonly size: number,
    private readonly maxBytes: number,
  ) {}

  summarize(paths: string[], reviews?: Record<string, ReviewAnnotation[]>): Promise<SummarizeResult[]> {
    if (this.disposed) return Promise.reject(new Error('worker pool disposed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ paths, reviews, resolve, reject });
      this.pump();
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('worker pool disposed'));
    for (const slot of this.slots.splice(0)) {
      slot.job?.reject(new Error('worker pool disposed'));
      void slot.worker.terminate();
    }
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = { ...job, id: this.nextId++ };
      const request: SummarizeRequest = { id: slot.job.id, paths: job.paths, maxBytes: this.maxBytes, ...(job.reviews ? { reviews: job.reviews } : {}) };
      slot.worker.postMessage(request);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerScript);
    const slot: Slot = { worker };
    worker.on('message', (response: SummarizeResponse) => {
      const job = slot.job;
      if (!job || job.id !== response.id) return;
      slot.job = undefined;
      job.resolve(response.results);
      this.pump();
    });
    const fail = (error: Error): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.job?.reject(error);
      slot.job = undefined;
      void worker.terminate();
      if (!this.disposed) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}
