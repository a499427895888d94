// `seed-annotate --jsonl`: a stream of {"id","text"} lines in, one output line per line out, in input
// order. Memory stays bounded on any input: lines are read only while fewer than a window of them (and
// of their bytes) are in flight, and output waits for the reader to drain (backpressure both ways).
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Writable } from 'node:stream';
import type { JsonlLineResult } from './jsonlRecord';
import { InProcessAnnotator, WorkerAnnotator, type JsonlAnnotator } from './jsonlWorkers';
import { readJsonlLines } from './lineReader';
import { JsonlProgress, progressMode, type ProgressCounts, type ProgressStream } from './progress';

export interface JsonlRunOptions {
  pretty: boolean;
  maxBytes: number;
  /** Lines analysed at once: 1 in this thread; more in that many worker threads; 0 one per core. */
  workers: number;
  /** true: progress even off a terminal; false: none; undefined: a bar on a terminal only. */
  progress?: boolean;
  /** The worker thread script (dist/cliWorker.js). */
  workerScript: string;
  /** Lines in flight per worker thread before reading waits (default 4). */
  windowPerWorker?: number;
}

export interface JsonlStreams {
  input: AsyncIterable<Buffer | string>;
  output: Writable;
  errors: ProgressStream;
  /** The input's size in bytes when known, for the progress bar's percentage. */
  inputBytes?: number;
}

export interface JsonlRunResult {
  articles: number;
  failed: number;
  /** The most lines that were read but not yet written at any one time. */
  peakInFlight: number;
}

/** Bytes of lines in flight before reading waits, besides the line count (one line may exceed it). */
const WINDOW_BYTES = 32 << 20;

/** Worker threads for `--workers 0`: one per core. */
export function jsonlWorkerCount(requested: number): number {
  return requested > 0 ? requested : Math.max(1, os.availableParallelism());
}

function makeAnnotator(options: JsonlRunOptions, workers: number): JsonlAnnotator {
  const settings = { maxBytes: options.maxBytes, pretty: options.pretty };
  if (workers <= 1) return new InProcessAnnotator(settings);
  if (!fs.existsSync(options.workerScript))
    throw new Error(`the worker script ${options.workerScript} is missing (run node scripts/build.mjs)`);
  return new WorkerAnnotator(options.workerScript, workers, settings);
}

interface InFlight {
  result: Promise<JsonlLineResult>;
  bytes: number;
}

/** Writes results in input order and keeps the counts; waits for the output to drain when it is full. */
class OrderedWriter {
  readonly counts: ProgressCounts = { articles: 0, failed: 0, bytesRead: 0 };
  private readonly queue: InFlight[] = [];
  private queuedBytes = 0;
  peakInFlight = 0;

  constructor(
    private readonly output: Writable,
    private readonly progress: JsonlProgress,
  ) {}

  get size(): number {
    return this.queue.length;
  }

  get bytes(): number {
    return this.queuedBytes;
  }

  push(entry: InFlight): void {
    entry.result.catch(() => undefined); // awaited in order later; a failure then ends the run
    this.queue.push(entry);
    this.queuedBytes += entry.bytes;
    this.peakInFlight = Math.max(this.peakInFlight, this.queue.length);
  }

  /** Bytes of a skipped (blank) line still count as read. */
  skip(bytes: number): void {
    this.counts.bytesRead += bytes;
  }

  async writeOldest(): Promise<void> {
    const entry = this.queue.shift()!;
    const result = await entry.result;
    this.queuedBytes -= entry.bytes;
    this.counts.articles++;
    this.counts.bytesRead += entry.bytes;
    if (result.failed) this.counts.failed++;
    for (const message of result.messages) this.progress.message(`seed-annotate: ${message}\n`);
    if (!this.output.write(result.output)) await once(this.output, 'drain');
    this.progress.update(this.counts);
  }
}

/** Runs the whole stream; rejects only when the run cannot go on (output closed, workers unusable). */
export async function runJsonlStream(streams: JsonlStreams, options: JsonlRunOptions): Promise<JsonlRunResult> {
  const workers = jsonlWorkerCount(options.workers);
  const windowLines = workers <= 1 ? 1 : workers * (options.windowPerWorker ?? 4);
  const progress = new JsonlProgress(
    streams.errors,
    progressMode(options.progress, streams.errors),
    streams.inputBytes,
  );
  const writer = new OrderedWriter(streams.output, progress);
  const annotator = makeAnnotator(options, workers);
  try {
    for await (const task of readJsonlLines(streams.input, options.maxBytes)) {
      const lineBytes = task.bytes + 1;
      if (task.text !== undefined && !task.text.trim()) {
        writer.skip(lineBytes);
        continue;
      }
      while (writer.size >= windowLines || (writer.size > 0 && writer.bytes + lineBytes > WINDOW_BYTES))
        await writer.writeOldest();
      writer.push({ result: annotator.annotate(task), bytes: lineBytes });
    }
    while (writer.size) await writer.writeOldest();
  } finally {
    await annotator.close();
  }
  const usage = process.resourceUsage(); // the whole process: every worker thread included
  progress.finish(writer.counts, {
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    peakMemoryBytes: usage.maxRSS * 1024,
  });
  return { articles: writer.counts.articles, failed: writer.counts.failed, peakInFlight: writer.peakInFlight };
}

/** The size of stdin when it is a regular file (`< input.jsonl`), for the progress bar. */
export function stdinBytes(): number | undefined {
  try {
    const stat = fs.fstatSync(0);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
