// The summary cache on disk (JSON lines): round trips, corrupt and partial files, the 0.3.0 cache read once
// and replaced, a storage without line access (the web), and no temporary files left behind.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CACHE_FORMAT, SummaryCache, type CacheStorage } from '../../../src/core/summary/summaryCache';
import { failedSummary, type FileSummary } from '../../../src/core/summary/summary';
import { fileCacheStorage } from '../../../src/node/fileCacheStorage';

function summary(i: number): FileSummary {
  return {
    path: `/w/${i}.txt`,
    date: '2024-01-02',
    title: `Title ${i} — “quoted”\nsecond line`,
    entities: [{ key: 'PER:ann lee', type: 'PER', name: 'Ann Lee', aliases: ['Lee'], mentions: [0, 1, 0, 8] }],
    quotes: [
      {
        range: [1, 0, 1, 20],
        text: `We will reopen ${i}`,
        partial: false,
        speaker: 'Ann Lee',
        speakerKey: 'PER:ann lee',
      },
    ],
    claims: [],
    problemCounts: { 'no-date': 1 },
  };
}

describe('summary cache file', () => {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cache-file-'));
    file = path.join(dir, 'index-cache.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function saved(n: number, version = 'v1'): Promise<void> {
    const cache = new SummaryCache(fileCacheStorage(file), version);
    for (let i = 0; i < n; i++) cache.set(`/w/${i}.txt`, 100 + i, 20, summary(i), i % 2 ? 'r1' : '', 'ino');
    await cache.save();
  }

  async function loaded(version = 'v1'): Promise<SummaryCache> {
    const cache = new SummaryCache(fileCacheStorage(file), version);
    await cache.load();
    return cache;
  }

  it('round trip: every entry back, one line each after a header', async () => {
    await saved(50);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, 51);
    assert.deepEqual(JSON.parse(lines[0]!), { format: CACHE_FORMAT, version: 'v1' });
    const cache = await loaded();
    assert.equal(cache.size, 50);
    assert.deepEqual(cache.get('/w/7.txt', 107, 20, 'r1', 'ino'), summary(7));
    assert.equal(cache.get('/w/7.txt', 107, 20, '', 'ino'), undefined, 'the review fingerprint is kept');
    assert.deepEqual(fs.readdirSync(dir), ['index-cache.json'], 'no temporary file left');
  });

  it('another version: empty', async () => {
    await saved(3);
    assert.equal((await loaded('v2')).size, 0);
  });

  for (const [name, content] of [
    ['garbage', 'not json at all\n\u0000\u0001'],
    ['an empty file', ''],
    ['a JSON array', '[1,2,3]\n'],
    ['binary', '\u00ff\u00fe\u0000x'],
  ] as const)
    it(`a corrupt file (${name}): empty, no crash, and the next save replaces it`, async () => {
      fs.writeFileSync(file, content);
      const cache = await loaded();
      assert.equal(cache.size, 0);
      cache.set('/w/1.txt', 1, 2, summary(1));
      await cache.save();
      assert.equal((await loaded()).size, 1);
    });

  it('a missing file: empty', async () => {
    assert.equal((await loaded()).size, 0);
  });

  it('a partial file (a crash cut the last line, a line damaged): the other entries, rewritten at the next save', async () => {
    await saved(10);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[3] = '{"damaged": true}';
    const text = lines.join('\n');
    fs.writeFileSync(file, text.slice(0, text.length - 40));
    const cache = await loaded();
    assert.equal(cache.size, 8);
    assert.ok(cache.get('/w/0.txt', 100, 20, '', 'ino'));
    await cache.save();
    const after = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(after.length, 9, 'the damaged lines are gone');
    assert.equal((await loaded()).size, 8);
  });

  it('the 0.3.0 cache (one JSON object) is read once and replaced by the line format', async () => {
    const legacy = {
      version: 'v1',
      entries: {
        '/w/1.txt': { mtimeMs: 5, size: 6, summary: summary(1) },
        '/w/2.txt': { mtimeMs: 5, size: 6, summary: { broken: true } },
      },
    };
    fs.writeFileSync(file, JSON.stringify(legacy));
    const cache = await loaded();
    assert.equal(cache.size, 1);
    assert.deepEqual(cache.get('/w/1.txt', 5, 6), summary(1));
    await cache.save();
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]!), {
      format: CACHE_FORMAT,
      version: 'v1',
    });
    assert.equal((await loaded()).size, 1);
  });

  it('a 0.3.0 cache of another version is dropped and replaced', async () => {
    fs.writeFileSync(
      file,
      JSON.stringify({ version: 'old', entries: { '/w/1.txt': { mtimeMs: 5, size: 6, summary: summary(1) } } }),
    );
    const cache = await loaded();
    assert.equal(cache.size, 0);
    await cache.save();
    assert.match(fs.readFileSync(file, 'utf8'), new RegExp(CACHE_FORMAT));
  });

  it('a storage without line access (the web) keeps the same format', async () => {
    let stored = '';
    const storage: CacheStorage = {
      read: async () => stored,
      write: async (text) => void (stored = text),
      removeLeftovers: async () => undefined,
    };
    const cache = new SummaryCache(storage, 'v');
    cache.set('/w/a.txt', 1, 2, failedSummary('/w/a.txt', 'binary'));
    await cache.save();
    assert.equal(stored.split('\n')[0], JSON.stringify({ format: CACHE_FORMAT, version: 'v' }));
    const reloaded = new SummaryCache(storage, 'v');
    await reloaded.load();
    assert.deepEqual(reloaded.get('/w/a.txt', 1, 2), failedSummary('/w/a.txt', 'binary'));
  });
});

describe('summary cache file: reading lines', () => {
  it('gives every line whole, across read chunks, without line breaks (LF or CRLF), the last without one too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cache-lines-'));
    try {
      const file = path.join(dir, 'cache.json');
      const long = 'x'.repeat(3 * (1 << 20) + 17); // longer than a read chunk
      fs.writeFileSync(file, `first\n${long}\r\nthird “é”\n\nlast`);
      const lines: string[] = [];
      for await (const line of fileCacheStorage(file).readLines!()) lines.push(line);
      assert.deepEqual(
        lines.map((l) => (l.length > 100 ? l.length : l)),
        ['first', long.length, 'third “é”', '', 'last'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
