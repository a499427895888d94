// summarizeFiles: summaries from worker threads, then from the cache; cancellation; the in-process fallback.
import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summarizeFiles } from '../../../src/node/indexBuilder';
import { fileCacheStorage } from '../../../src/node/fileCacheStorage';
import { SummaryCache } from '../../../src/core/summary/summaryCache';
import { nodeWorkerFactory } from '../../../src/node/nodeWorkers';
import { AnalysisWorkerPool } from '../../../src/core/workers/workerPool';

describe('summarizeFiles with worker threads', () => {
  const worker = path.join(repoRoot(), 'dist/analysisWorker.js');
  const sample = path.join(repoRoot(), 'test/fixtures/workspace/seeds');

  it('summarises files in workers, then from the cache, and reports unreadable ones', async function () {
    if (!fs.existsSync(worker)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-index-'));
    const pool = new AnalysisWorkerPool(nodeWorkerFactory(worker), {
      size: 2,
      maxBytes: 1024 * 1024,
      timeoutMs: 60_000,
    });
    try {
      const paths = fs.readdirSync(sample).map((f) => path.join(sample, f));
      const binary = path.join(dir, 'binary.txt');
      fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
      const cache = new SummaryCache(fileCacheStorage(path.join(dir, 'cache.json')), 'test');
      const first = await summarizeFiles({
        paths: [...paths, binary, path.join(dir, 'missing.txt')],
        maxBytes: 1024 * 1024,
        cache,
        pool,
      });
      assert.equal(first.analysed, paths.length + 2);
      assert.match(first.summaries.get(binary)?.error ?? '', /binary/);
      assert.ok(first.summaries.get(path.join(dir, 'missing.txt'))?.error);
      const sampleSummary = first.summaries.get(paths[0]!);
      assert.equal(sampleSummary?.date, '2023-03-08');
      const second = await summarizeFiles({ paths, maxBytes: 1024 * 1024, cache, pool });
      assert.equal(second.fromCache, paths.length);
      assert.deepEqual(second.summaries.get(paths[0]!), sampleSummary);
    } finally {
      pool.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops between batches when cancelled, keeping what it has', async () => {
    const paths = fs.readdirSync(sample).map((f) => path.join(sample, f));
    let batches = 0;
    const result = await summarizeFiles({
      paths,
      maxBytes: 1024 * 1024,
      batchSize: 1,
      concurrency: 1,
      onProgress: () => batches++,
      isCancelled: () => batches >= 2,
    });
    assert.equal(result.cancelled, true);
    assert.ok(
      result.summaries.size >= 1 && result.summaries.size < paths.length,
      `${result.summaries.size} of ${paths.length}`,
    );
  });

  it('falls back to in-process analysis when the worker cannot start', async () => {
    const pool = new AnalysisWorkerPool(nodeWorkerFactory('/nonexistent/worker.js'), {
      size: 1,
      maxBytes: 1024,
      timeoutMs: 60_000,
    });
    try {
      const file = path.join(sample, '001_missing_header.txt');
      const result = await summarizeFiles({ paths: [file], maxBytes: 1024 * 1024, pool });
      assert.equal(result.summaries.get(file)?.problemCounts['missing-header'], 1);
    } finally {
      pool.dispose();
    }
  });
});
