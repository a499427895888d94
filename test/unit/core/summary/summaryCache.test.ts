// The summary cache: keyed by mtime and size, saved and loaded through a storage, robust to stale and damaged entries.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summarizeFiles } from '../../../../src/node/indexBuilder';
import { fileCacheStorage } from '../../../../src/node/fileCacheStorage';
import { MAX_CACHE_ENTRIES, SummaryCache } from '../../../../src/core/summary/summaryCache';
import { failedSummary } from '../../../../src/core/summary/summary';

describe('SummaryCache', () => {
  it('returns entries only for the same mtime and size, and survives a save and load', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cache-'));
    try {
      const file = path.join(dir, 'nested', 'cache.json');
      const cache = new SummaryCache(fileCacheStorage(file), 'v1');
      cache.set('/w/a.txt', 100, 20, failedSummary('/w/a.txt', 'x'));
      await cache.save();
      const reloaded = new SummaryCache(fileCacheStorage(file), 'v1');
      await reloaded.load();
      assert.equal(reloaded.get('/w/a.txt', 100, 20)?.error, 'x');
      assert.equal(reloaded.get('/w/a.txt', 101, 20), undefined);
      const otherVersion = new SummaryCache(fileCacheStorage(file), 'v2');
      await otherVersion.load();
      assert.equal(otherVersion.size, 0);
      fs.writeFileSync(file, '{not json');
      const corrupt = new SummaryCache(fileCacheStorage(file), 'v1');
      await corrupt.load();
      assert.equal(corrupt.size, 0);
      assert.deepEqual(fs.readdirSync(path.dirname(file)), ['cache.json'], 'no temp files left');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a collection of 100,000 articles, and no more than its limit', () => {
    const cache = new SummaryCache(
      { read: () => Promise.reject(new Error('none')), write: async () => {}, removeLeftovers: async () => {} },
      'v',
    );
    const summary = failedSummary('/w/a.txt', 'x');
    for (let i = 0; i < 100_000; i++) cache.set(`/w/${i}.txt`, 1, 1, summary);
    assert.equal(cache.size, 100_000);
    for (let i = 100_000; i <= MAX_CACHE_ENTRIES; i++) cache.set(`/w/${i}.txt`, 1, 1, summary);
    assert.equal(cache.size, MAX_CACHE_ENTRIES);
  });
});

describe('SummaryCache on another storage (the web: workspace storage through VS Code)', () => {
  it('reads and writes through the storage, cleans leftovers first, and stays dirty when a write fails', async () => {
    let stored: string | undefined;
    let failWrites = false;
    const calls: string[] = [];
    const storage = {
      read: async () => (stored === undefined ? Promise.reject(new Error('none')) : stored),
      write: async (text: string) => {
        calls.push('write');
        if (failWrites) throw new Error('disk full');
        stored = text;
      },
      removeLeftovers: async () => void calls.push('clean'),
    };
    const cache = new SummaryCache(storage, 'v');
    await cache.load();
    assert.deepEqual(calls, ['clean']);
    cache.set('vscode-vfs://github/o/r/a.txt', 5, 6, failedSummary('a', 'x'));
    failWrites = true;
    await assert.rejects(cache.save(), /disk full/);
    failWrites = false;
    await cache.save();
    const reloaded = new SummaryCache(storage, 'v');
    await reloaded.load();
    assert.equal(reloaded.get('vscode-vfs://github/o/r/a.txt', 5, 6)?.error, 'x');
  });
});

describe('SummaryCache against stale and damaged entries', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cache-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a same-size edit within one second is not served stale (inode and change time are part of the key)', async () => {
    const article = path.join(dir, 'a.txt');
    fs.writeFileSync(article, 'date 2024-01-01 The vote passed.\n\n“We won,” said Ann Lee.\n');
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    fs.utimesSync(article, past, past);
    const cache = new SummaryCache(fileCacheStorage(path.join(dir, 'cache.json')), 't');
    const first = await summarizeFiles({ paths: [article], maxBytes: 1 << 20, cache });
    assert.equal(first.analysed, 1);
    fs.writeFileSync(article, 'date 2024-01-01 The vote passed.\n\n“We won,” said Bob Lee.\n'); // same size
    fs.utimesSync(article, past, past); // and the same one-second timestamp
    const second = await summarizeFiles({ paths: [article], maxBytes: 1 << 20, cache });
    assert.equal(second.fromCache, 0, 'the changed file is analysed again');
    assert.equal(second.summaries.get(article)?.quotes[0]?.speaker, 'Bob Lee');
  });

  it('a file modified just now is analysed but not cached as final', async () => {
    const article = path.join(dir, 'b.txt');
    fs.writeFileSync(article, 'date 2024-01-01 Nothing to see.\n');
    const cache = new SummaryCache(fileCacheStorage(path.join(dir, 'cache.json')), 't');
    await summarizeFiles({ paths: [article], maxBytes: 1 << 20, cache });
    assert.equal(cache.size, 0);
  });

  it('drops entries of the wrong shape and removes leftover temporary files on load', async () => {
    const file = path.join(dir, 'cache.json');
    const good = { mtimeMs: 1, size: 2, summary: failedSummary('/w/good.txt', 'x') };
    fs.writeFileSync(
      file,
      JSON.stringify({
        version: 'v',
        entries: {
          '/w/good.txt': good,
          '/w/bad.txt': { mtimeMs: 1, size: 2, summary: { path: '/w/bad.txt', entities: 7 } },
          '/w/worse.txt': null,
        },
      }),
    );
    fs.writeFileSync(`${file}.123.456.tmp`, 'half a cache');
    const cache = new SummaryCache(fileCacheStorage(file), 'v');
    await cache.load();
    assert.equal(cache.size, 1);
    assert.equal(cache.get('/w/good.txt', 1, 2)?.error, 'x');
    assert.deepEqual(fs.readdirSync(dir), ['cache.json']);
  });
});
