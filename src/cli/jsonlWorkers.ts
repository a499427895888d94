// Annotators of JSONL lines: in this thread, or spread over worker threads (dist/cliWorker.js).
// Both answer with the same bytes; the caller keeps the input order.
import { Worker } from 'node:worker_threads';
import { annotateJsonlLine, type JsonlLineResult, type JsonlTask } from './jsonlRecord';

export interface JsonlWorkerSettings {
  maxBytes: number;
  pretty: boolean;
}

export interface JsonlWorkerRequest {
  seq: number;
  task: JsonlTask;
}

export interface JsonlWorkerReply {
  seq: number;
  result: JsonlLineResult;
}

export interface JsonlAnnotator {
  annotate(task: JsonlTask): Promise<JsonlLineResult>;
  close(): Promise<void>;
}

/** Annotates each line at once, in this thread. */
export class InProcessAnnotator implements JsonlAnnotator {
  constructor(private readonly settings: JsonlWorkerSettings) {}

  annotate(task: JsonlTask): Promise<JsonlLineResult> {
    return Promise.resolve(annotateJsonlLine(task, this.settings.maxBytes, this.settings.pretty));
  }

  async close(): Promise<void> {}
}

/** Restarts allowed per worker before the run gives up on its workers. */
const MAX_RESTARTS_PER_WORKER = 8;

interface Pending {
  task: JsonlTask;
  resolve(result: JsonlLineResult): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
}

/** What a line gets when the worker analysing it stops: an error record naming its line. */
function workerStopped(task: JsonlTask, reason: string, pretty: boolean): JsonlLineResult {
  const error = `the analysis worker stopped: ${reason}`;
  return {
    output: JSON.stringify({ id: null, line: task.lineNo, error }, null, pretty ? 2 : undefined) + '\n',
    messages: [`stdin:${task.lineNo}: ${error}`],
    failed: true,
  };
}

/**
 * `size` worker threads; each line goes to the worker with the fewest lines in flight. A worker that
 * crashes fails the lines it held (error records, the run goes on) and is replaced.
 */
export class WorkerAnnotator implements JsonlAnnotator {
  private readonly slots: Slot[] = [];
  private nextSeq = 1;
  private closed = false;
  private restarts = 0;
  /** Why the workers were given up on, after too many restarts (a broken worker script). */
  private brokenReason?: string;

  constructor(
    private readonly workerScript: string,
    size: number,
    private readonly settings: JsonlWorkerSettings,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  annotate(task: JsonlTask): Promise<JsonlLineResult> {
    if (this.closed) return Promise.reject(new Error('the worker threads are closed'));
    if (this.brokenReason) return Promise.reject(new Error(`the analysis workers keep stopping: ${this.brokenReason}`));
    const slot = this.slots.reduce((best, s) => (s.inFlight.size < best.inFlight.size ? s : best));
    const seq = this.nextSeq++;
    return new Promise((resolve) => {
      slot.inFlight.set(seq, { task, resolve });
      const request: JsonlWorkerRequest = { seq, task };
      slot.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerScript, { workerData: this.settings });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on('message', (reply: JsonlWorkerReply) => {
      const pending = slot.inFlight.get(reply.seq);
      if (!pending) return;
      slot.inFlight.delete(reply.seq);
      pending.resolve(reply.result);
    });
    let stopped = false;
    const stop = (reason: string): void => {
      if (stopped || this.closed) return;
      stopped = true;
      for (const pending of slot.inFlight.values())
        pending.resolve(workerStopped(pending.task, reason, this.settings.pretty));
      slot.inFlight.clear();
      void worker.terminate();
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      if (++this.restarts > MAX_RESTARTS_PER_WORKER * this.slots.length) this.brokenReason = reason;
      else this.slots[index] = this.spawn();
    };
    worker.on('error', (error) => stop(error.message));
    worker.on('exit', (code) => stop(`exited with code ${code}`));
    return slot;
  }
}
