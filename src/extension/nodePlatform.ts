// The desktop (Node) platform: worker threads, and local files read by the workers with an on-disk cache.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { fileCacheStorage } from '../node/fileCacheStorage';
import { readFileHead } from '../node/fileHead';
import { summarizeFiles } from '../node/indexBuilder';
import { nodeWorkerFactory } from '../node/nodeWorkers';
import { SUMMARY_FORMAT_VERSION } from '../core/summary/summary';
import { SummaryCache } from '../core/summary/summaryCache';
import type { LocalFileIndexer, LocalSummarizeOptions, Platform } from './platform';

const workerScript = (context: vscode.ExtensionContext): string =>
  context.asAbsolutePath(path.join('dist', 'analysisWorker.js'));

export const nodePlatform: Platform = {
  cores: os.availableParallelism(),
  fetchHost: 'node',
  async workerFactory(context) {
    const script = workerScript(context);
    return fs.existsSync(script) ? nodeWorkerFactory(script) : undefined;
  },
  localFiles: (context) => new NodeFileIndexer(context),
};

class NodeFileIndexer implements LocalFileIndexer {
  private cache: Promise<SummaryCache | undefined> | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  readonly readHead = (filePath: string): Promise<Uint8Array> => readFileHead(filePath);

  async summarize(options: LocalSummarizeOptions) {
    const cache = await this.openCache();
    if (options.fresh) cache?.clear();
    return summarizeFiles({ ...options, cache });
  }

  isFile(filePath: string): Promise<boolean> {
    return fs.promises.stat(filePath).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  forget(filePath: string): void {
    void this.cache?.then((c) => c?.delete(filePath));
  }

  async persist(keep?: ReadonlySet<string>): Promise<void> {
    const cache = await this.openCache();
    if (keep) cache?.retainOnly(keep);
    await cache?.save();
  }

  /** The cache lives in the workspace's storage, keyed by the summary format and the worker bundle. */
  private openCache(): Promise<SummaryCache | undefined> {
    this.cache ??= (async () => {
      const storage = this.context.storageUri ?? this.context.globalStorageUri;
      if (storage.scheme !== 'file') return undefined;
      let fingerprint = 'no-worker';
      try {
        fingerprint = crypto
          .createHash('sha1')
          .update(await fs.promises.readFile(workerScript(this.context)))
          .digest('hex')
          .slice(0, 16);
      } catch {
        // without a worker bundle the cache is keyed by the format version alone
      }
      const cache = new SummaryCache(
        fileCacheStorage(path.join(storage.fsPath, 'index-cache.json')),
        `${SUMMARY_FORMAT_VERSION}:${fingerprint}`,
      );
      await cache.load();
      return cache;
    })();
    return this.cache;
  }
}
