// Files read through VS Code's file system API (virtual file systems such as github.dev's, and every file in
// the web host): their bytes go to the analysis service, their summaries into a cache under the
// workspace storage.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';
import { formatBytes } from '../../engine/text/decode';
import { reviewFingerprint } from '../../core/review/fingerprint';
import { failedSummary, type FileSummary } from '../../core/summary/summary';
import { TIMESTAMP_GRANULARITY_MS, type SummaryCache } from '../../core/summary/summaryCache';
import type { WorkerFile } from '../../core/workers/workerProtocol';
import { log } from '../log';
import type { ReviewStore } from '../review/store';
import { fileId } from './fileIds';

export class VirtualFileIndexer {
  private cache: Promise<SummaryCache | undefined> | undefined;

  constructor(
    private readonly service: AnalysisService,
    private readonly reviews: ReviewStore,
    private readonly openCache?: () => Promise<SummaryCache>,
  ) {}

  /** Summaries from the cache, else analysed by the service; never throws. */
  async summarize(
    uris: readonly vscode.Uri[],
    maxBytes: number,
  ): Promise<{ summaries: FileSummary[]; fromCache: number }> {
    if (!uris.length) return { summaries: [], fromCache: 0 };
    const cache = await this.cacheOf();
    const done: FileSummary[] = [];
    const files: WorkerFile[] = [];
    let fromCache = 0;
    const stamps = new Map<string, { mtime: number; size: number; reviews: string }>();
    for (const uri of uris) {
      const id = fileId(uri);
      try {
        const { size, mtime } = await vscode.workspace.fs.stat(uri);
        const reviews = [...this.reviews.annotationsFor(uri)];
        const stamp = { mtime, size, reviews: reviews.length ? reviewFingerprint(reviews) : '' };
        const hit = cache?.get(id, mtime, size, stamp.reviews);
        if (hit) {
          done.push(hit);
          fromCache++;
        } else if (size > maxBytes)
          done.push(failedSummary(id, `file is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit`));
        else {
          files.push({ path: id, bytes: await vscode.workspace.fs.readFile(uri), reviews });
          stamps.set(id, stamp);
        }
      } catch (error) {
        done.push(failedSummary(id, (error as Error)?.message ?? String(error)));
      }
    }
    let results: FileSummary[];
    try {
      results = (await this.service.summarize(files, maxBytes)).map((r) => r.summary);
    } catch (error) {
      log().error('Summarising files failed', error);
      return {
        summaries: [...done, ...files.map((f) => failedSummary(f.path, (error as Error)?.message ?? String(error)))],
        fromCache,
      };
    }
    for (const summary of results) {
      const stamp = stamps.get(summary.path);
      // A file changed within the timestamp granularity of now may change again unseen: not final.
      if (cache && stamp && Date.now() - stamp.mtime > TIMESTAMP_GRANULARITY_MS)
        cache.set(summary.path, stamp.mtime, stamp.size, summary, stamp.reviews);
    }
    return { summaries: [...done, ...results], fromCache };
  }

  private cacheOf(): Promise<SummaryCache | undefined> {
    this.cache ??= this.openCache
      ? this.openCache().catch((error) => (log().warn('No cache for files on virtual file systems', error), undefined))
      : Promise.resolve(undefined);
    return this.cache;
  }

  async clear(): Promise<void> {
    (await this.cacheOf())?.clear();
  }

  forget(id: string): void {
    void this.cache?.then((c) => c?.delete(id));
  }

  /** Keeps only these files (when given) and writes the cache. */
  async persist(keep?: ReadonlySet<string>): Promise<void> {
    const cache = await this.cache;
    if (!cache) return;
    if (keep) cache.retainOnly(keep);
    await cache.save().catch((error) => log().warn('Could not save the index cache', error));
  }
}
