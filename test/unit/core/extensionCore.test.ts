// The vscode-free parts of the extension: line index, summaries, workspace aggregation, quotation-mark
// repairs, CSV export, the summary cache and the worker pool.
import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import { annotationsJson, quotesCsv } from '../../../src/core/model/exportFormats';
import { summarizeFiles } from '../../../src/node/indexBuilder';
import { LineIndex } from '../../../src/core/summary/lineIndex';
import { closingMarkFor, curlyDoubleQuotes } from '../../../src/core/presentation/quoteMarks';
import { buildSourceTree, findNode } from '../../../src/core/presentation/sourceNodes';
import {
  failedSummary,
  isQuoteFragment,
  summarize,
  type FileSummary,
  type QuoteSummary,
} from '../../../src/core/summary/summary';
import { fileCacheStorage } from '../../../src/node/fileCacheStorage';
import { SummaryCache } from '../../../src/core/summary/summaryCache';
import { nodeWorkerFactory } from '../../../src/node/nodeWorkers';
import { AnalysisWorkerPool } from '../../../src/core/workers/workerPool';
import { buildWorkspaceModel } from '../../../src/core/model/workspaceModel';

function article(
  path: string,
  entities: [type: 'PER' | 'LOC' | 'ORG', name: string, aliases: string[], mentions: number][],
  quotes: [speaker: string, key: string][] = [],
): FileSummary {
  return {
    path,
    title: path,
    entities: entities.map(([type, name, aliases, mentions]) => ({
      key: `${type}:${name.toLowerCase()}`,
      type,
      name,
      aliases,
      mentions: Array.from({ length: mentions }, (_, i) => [i, 0, i, name.length] as [number, number, number, number]),
    })),
    quotes: quotes.map(([speaker, key], i) => ({
      range: [10 + i, 0, 10 + i, 5],
      text: `quote ${i}`,
      partial: false,
      speaker,
      speakerKey: key,
      rule: 'adjacent',
      confidence: 0.9,
    })),
    claims: [],
    problemCounts: {},
  };
}

describe('LineIndex', () => {
  const cases: [text: string, offset: number, expected: [number, number]][] = [
    ['abc', 0, [0, 0]],
    ['abc', 3, [0, 3]],
    ['a\nbc', 2, [1, 0]],
    ['a\nbc\n\nd', 6, [3, 0]],
    ['a\r\nb', 3, [1, 0]],
  ];
  for (const [text, offset, expected] of cases) {
    it(`puts offset ${offset} of ${JSON.stringify(text)} at ${expected}`, () => {
      assert.deepEqual(new LineIndex(text).position(offset), expected);
    });
  }
});

describe('buildWorkspaceModel', () => {
  const files = [
    article(
      '/w/a.txt',
      [
        ['PER', 'Jens Stoltenberg', ['Jens Stoltenberg', 'Stoltenberg'], 3],
        ['LOC', 'Bakhmut', ['Bakhmut'], 2],
      ],
      [['Jens Stoltenberg', 'PER:jens stoltenberg']],
    ),
    article(
      '/w/b.txt',
      [
        ['PER', 'Stoltenberg', ['Stoltenberg'], 2],
        ['LOC', 'Bakhmut', ['Bakhmut'], 1],
      ],
      [
        ['Stoltenberg', 'PER:stoltenberg'],
        ['officials', 'ANON:officials'],
      ],
    ),
  ];
  const model = buildWorkspaceModel(files);

  it('merges a surname-only entity into the one full name that carries it', () => {
    const person = model.people.find((p) => p.name === 'Jens Stoltenberg');
    assert.equal(model.people.length, 1);
    assert.equal(person?.total, 5);
    assert.deepEqual(
      person?.files.map((f) => f.path),
      ['/w/a.txt', '/w/b.txt'],
    );
  });

  it('groups quotes under the resolved speaker, named by the canonical name', () => {
    const speaker = model.speakers[0]!;
    assert.equal(speaker.name, 'Jens Stoltenberg');
    assert.equal(speaker.quotes.length, 2);
    assert.ok(model.speakers.some((s) => s.key === 'ANON:officials'));
  });

  it('does not merge a surname shared by two full names', () => {
    const ambiguous = buildWorkspaceModel([
      article('/w/a.txt', [
        ['PER', 'Anna Smith', [], 1],
        ['PER', 'John Smith', [], 1],
      ]),
      article('/w/b.txt', [['PER', 'Smith', [], 1]]),
    ]);
    assert.equal(ambiguous.people.length, 3);
  });

  it('counts places by mentions and articles', () => {
    assert.deepEqual(
      model.places.map((p) => [p.name, p.total, p.files.length]),
      [['Bakhmut', 3, 2]],
    );
  });

  it('builds a tree whose nodes know their parents, with filter and sort', () => {
    const roots = buildSourceTree(model, { sort: 'count', fileLabel: (p) => path.basename(p) });
    const article = findNode(roots, 'speaker:PER:jens stoltenberg')?.children[0];
    assert.equal(article?.kind, 'article');
    assert.equal(article?.parent?.parent?.id, 'group:speakers');
    assert.equal(article?.children[0]?.parent, article);
    const filtered = buildSourceTree(model, { sort: 'name', filter: 'bakh', fileLabel: (p) => p });
    assert.deepEqual(
      filtered.map((r) => r.children.length),
      [0, 1, 0, 0],
    );
  });
});

describe("Sources tree: a speaker's quotes by article", () => {
  const quote = (line: number, text: string, partial = false): QuoteSummary => ({
    range: [line, 0, line, 5],
    text,
    partial,
    speaker: 'Ana Ruiz',
    speakerKey: 'PER:ana ruiz',
  });
  const file = (path: string, date: string | undefined, quotes: QuoteSummary[]): FileSummary => ({
    path,
    ...(date ? { date } : {}),
    title: path,
    entities: [],
    quotes,
    claims: [],
    problemCounts: {},
  });
  const long = `We will rebuild every school, ${'and every clinic, '.repeat(12)}before the winter comes.`;
  const model = buildWorkspaceModel([
    file('/w/b.txt', '2016-06-09', [
      quote(2, long),
      quote(4, 'disgusting'),
      quote(6, 'a real turning point for the town', true),
    ]),
    file('/w/a.txt', '2016-07-01', [quote(3, 'The bridge will open in May, and not a day later.')]),
    file('/w/c.txt', undefined, [quote(1, 'shameful')]),
  ]);
  const roots = buildSourceTree(model, {
    sort: 'count',
    fileLabel: (p) => path.basename(p),
    dateOf: (p) => (({ '/w/a.txt': '2016-07-01', '/w/b.txt': '2016-06-09' }) as Record<string, string>)[p],
  });
  const speaker = findNode(roots, 'speaker:PER:ana ruiz')!;

  it('lists the articles in date order, undated last, with their counts', () => {
    assert.equal(speaker.description, '5 quotes · 3 articles');
    assert.deepEqual(
      speaker.children.map((a) => [a.kind, a.label, a.description]),
      [
        ['article', 'b.txt', '2016-06-09 · 1 quote · 2 phrases'],
        ['article', 'a.txt', '2016-07-01 · 1 quote'],
        ['article', 'c.txt', '1 phrase'],
      ],
    );
  });

  it('puts full quotes first and short fragments under "phrases"', () => {
    const [b] = speaker.children;
    assert.deepEqual(
      b!.children.map((n) => n.kind),
      ['quote', 'phrases'],
    );
    const phrases = b!.children[1]!;
    assert.deepEqual(
      phrases.children.map((n) => n.label),
      ['“disgusting”', '“a real turning point for the town”'],
    );
    assert.equal(phrases.children[0]!.parent, phrases);
    assert.deepEqual(phrases.children[1]!.location, { path: '/w/b.txt', range: [6, 0, 6, 5] });
  });

  it('shortens long quotes in labels only', () => {
    const label = speaker.children[0]!.children[0]!.label;
    assert.ok(label.length <= 163 && label.endsWith('…”'), label);
    assert.ok(model.speakers[0]!.quotes.some((q) => q.quote.text === long));
  });

  it('expands the article of a speaker quoted in one article only', () => {
    const single = buildSourceTree(
      buildWorkspaceModel([file('/w/a.txt', undefined, [quote(1, 'One statement made in full here.')])]),
      { sort: 'count', fileLabel: (p) => p },
    );
    assert.equal(findNode(single, 'speaker:PER:ana ruiz')?.children[0]?.expanded, true);
    assert.equal(speaker.children[0]!.expanded, false);
  });

  const fragments: [text: string, partial: boolean, fragment: boolean][] = [
    ['disgusting', false, true],
    ['a turning point', false, true],
    ['We will not accept this', false, false],
    ['We will not accept this', true, true],
    ['state-of-the-art, well-known plan', false, true],
  ];
  for (const [text, partial, fragment] of fragments) {
    it(`“${text}”${partial ? ' (partial)' : ''} is ${fragment ? 'a fragment' : 'a full quote'}`, () =>
      assert.equal(isQuoteFragment({ text, partial }), fragment));
  }
});

describe('exports carry whole quotes', () => {
  const statement = `“${'The reconstruction of the harbour will take longer than anyone in this council hoped, '.repeat(3)}and we owe the people of this city the truth about it,” said Maria Costa, the mayor.`;
  const text = `date 2024-02-20 The council met on Tuesday.\n\n${statement}\n`;
  const summary = summarize('/w/harbour.txt', text, analyze(text, { expectHeader: true }));
  const full = statement.slice(1, statement.indexOf('”'));

  it('keeps the full quote text in the summary', () => {
    assert.ok(full.length > 200);
    assert.equal(summary.quotes[0]?.text, full);
  });

  it('writes the full text into the CSV and the JSON', () => {
    const csv = quotesCsv([summary], (p) => path.basename(p));
    assert.ok(csv.includes(full), csv);
    assert.ok(csv.split('\r\n')[1]!.startsWith('harbour.txt,2024-02-20,3,'), csv);
    const json = JSON.parse(annotationsJson([summary], buildWorkspaceModel([summary]), (p) => path.basename(p))) as {
      files: FileSummary[];
      speakers: { quotes: { text: string }[] }[];
    };
    assert.equal(json.files[0]!.quotes[0]!.text, full);
    assert.equal(json.speakers[0]!.quotes[0]!.text, full);
  });
});

describe('quotation marks', () => {
  const cases: [string, string][] = [
    ['"Yes," he said.', '“Yes,” he said.'],
    ['He said "no" twice.', 'He said “no” twice.'],
    ['“Mixed" marks', '“Mixed” marks'],
    ['(”odd”)', '(“odd”)'],
    ['no marks at all', 'no marks at all'],
  ];
  for (const [input, expected] of cases) {
    it(`curls ${JSON.stringify(input)}`, () => assert.equal(curlyDoubleQuotes(input), expected));
  }
  it('closes each opening mark with its partner', () => {
    assert.deepEqual(['“', '‘', '«', '"'].map(closingMarkFor), ['”', '’', '»', '"']);
  });
});

describe('quotesCsv', () => {
  it('quotes cells with commas and neutralises formulas', () => {
    const file = article('/w/a.txt', [], [['=HYPERLINK("x")', 'SRC:x']]);
    file.quotes[0]!.text = 'one, "two"';
    const [header, row] = quotesCsv([file], (p) => path.basename(p))
      .trim()
      .split('\r\n');
    assert.equal(
      header,
      'file,date,line,column,speaker,rule,confidence,partial,quote,review_status,machine_speaker,note',
    );
    assert.equal(row, `a.txt,,11,1,"'=HYPERLINK(""x"")",adjacent,0.90,no,"one, ""two""",unreviewed,,`);
  });
});

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

describe('src/core stays vscode-free', () => {
  it('imports nothing from vscode, Node or the adapter', () => {
    const core = path.join(repoRoot(), 'src/core');
    const files = fs
      .readdirSync(core, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 40, `${files.length} files under src/core`);
    for (const file of files) {
      const source = fs.readFileSync(path.join(core, file), 'utf8');
      assert.doesNotMatch(source, /from ['"](vscode|node:[^'"]+)['"]|require\(['"]vscode['"]\)/, file);
      for (const [, spec] of source.matchAll(/from ['"](\.[^'"]+)['"]/g)) {
        const target = path.relative(
          path.join(repoRoot(), 'src'),
          path.resolve(path.dirname(path.join(core, file)), spec!),
        );
        assert.match(target, /^(core|engine)(\/|$)/, `${file} imports ${spec}, outside src/core and src/engine`);
      }
    }
  });
});
