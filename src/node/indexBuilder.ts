// Builds summaries for many seed files: cache hits first, the rest in worker-thread batches (or
// in-process when no pool is available). vscode-free so benchmarks can drive it from Node.
import * as fs from 'node:fs';
import { fileIdentity, summarizeFile } from './summarizeFile';
import { reviewFingerprint } from '../core/review/fingerprint';
import type { ReviewAnnotation } from '../core/review/model';
import { TIMESTAMP_GRANULARITY_MS, type SummaryCache } from '../core/summary/summaryCache';
import type { FileSummary } from '../core/summary/summary';
import { internSummary, sharedStrings } from '../core/summary/intern';
import { WorkersUnavailableError, type AnalysisWorkerPool } from '../core/workers/workerPool';
import type { SummarizeResult } from '../core/workers/workerProtocol';

export interface SummarizeFilesOptions {
  paths: readonly string[];
  maxBytes: number;
  cache?: SummaryCache;
  pool?: AnalysisWorkerPool;
  /** Batches in flight at once (default 4). */
  concurrency?: number;
  batchSize?: number;
  onProgress?(done: number, total: number): void;
  /** Each summary as soon as it is known (from the cache or analysed). */
  onResult?(path: string, summary: FileSummary): void;
  isCancelled?(): boolean;
  /** The review annotations of an article, when it has a sidecar. */
  reviewsFor?(path: string): readonly ReviewAnnotation[] | undefined;
}

export interface SummarizeFilesResult {
  summaries: Map<string, FileSummary>;
  fromCache: number;
  analysed: number;
  cancelled: boolean;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function summarizeFiles(options: SummarizeFilesOptions): Promise<SummarizeFilesResult> {
  const { paths, cache, pool, maxBytes } = options;
  const reviews = new Map<string, ReviewAnnotation[]>();
  for (const p of paths) {
    const list = options.reviewsFor?.(p);
    if (list?.length) reviews.set(p, [...list]);
  }
  const fingerprints = new Map([...reviews].map(([p, list]) => [p, reviewFingerprint(list)]));
  const summaries = new Map<string, FileSummary>();
  const misses: string[] = [];
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(done, paths.length);
  };

  for (let i = 0; i < paths.length; i += 64) {
    if (options.isCancelled?.()) return { summaries, fromCache: summaries.size, analysed: 0, cancelled: true };
    const chunk = paths.slice(i, i + 64);
    const stats = await Promise.all(chunk.map((p) => fs.promises.stat(p).catch(() => undefined)));
    chunk.forEach((p, j) => {
      const stat = stats[j];
      const hit = stat && cache?.get(p, stat.mtimeMs, stat.size, fingerprints.get(p), fileIdentity(stat));
      if (hit) {
        summaries.set(p, hit);
        options.onResult?.(p, hit);
      } else misses.push(p);
    });
  }
  const fromCache = summaries.size;
  progress(fromCache);

  const batchSize = options.batchSize ?? 8;
  const batches: string[][] = [];
  for (let i = 0; i < misses.length; i += batchSize) batches.push(misses.slice(i, i + batchSize));

  const record = (results: SummarizeResult[]): void => {
    for (const r of results) {
      internSummary(r.summary, sharedStrings);
      summaries.set(r.path, r.summary);
      options.onResult?.(r.path, r.summary);
      // A file changed within the file system's timestamp granularity of now may change again unseen: not final.
      const settled = r.mtimeMs !== undefined && Date.now() - r.mtimeMs > TIMESTAMP_GRANULARITY_MS;
      if (cache && settled && r.size !== undefined)
        cache.set(r.path, r.mtimeMs!, r.size, r.summary, fingerprints.get(r.path), r.identity);
    }
    progress(results.length);
  };
  const inProcess = async (batch: string[]): Promise<SummarizeResult[]> => {
    const results: SummarizeResult[] = [];
    for (const p of batch) {
      results.push(summarizeFile(p, maxBytes, reviews.get(p)));
      await yieldToEventLoop();
    }
    return results;
  };
  // Workers when they can start; otherwise (no worker script, workers refused) small in-process slices.
  let workers = pool;
  const summarizeBatch = async (batch: string[]): Promise<SummarizeResult[] | undefined> => {
    if (workers) {
      try {
        return await workers.summarize(
          batch.map((p) => ({ path: p, ...(reviews.has(p) ? { reviews: reviews.get(p) } : {}) })),
        );
      } catch (error) {
        if (!(error instanceof WorkersUnavailableError)) return undefined; // the service stopped: cancelled
        workers = undefined;
      }
    }
    return inProcess(batch);
  };

  let next = 0;
  let cancelled = false;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      if (options.isCancelled?.()) {
        cancelled = true;
        return;
      }
      const results = await summarizeBatch(batches[next++]!);
      if (!results) {
        cancelled = true;
        return;
      }
      record(results);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, lane));
  return { summaries, fromCache, analysed: summaries.size - fromCache, cancelled };
}
