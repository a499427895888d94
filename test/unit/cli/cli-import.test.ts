// `seed-annotate import` against a local web server on 127.0.0.1: pages, a feed, redirects and every bad answer.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { repoRoot } from '../helpers/repoRoot';
import { articlePage, html, redirect, startImportServer, type TestServer } from '../helpers/importServer';

const cli = path.join(repoRoot(), 'dist/cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  records: Record<string, unknown>[];
}

/** Runs the CLI without blocking this process (the server answers from here). */
function runCli(args: string[], cwd: string, stdin?: string, command: string[] = ['import']): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...command, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const records = args.includes('--jsonl')
        ? stdout
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l))
        : [];
      resolve({ status, stdout, stderr, records });
    });
    child.stdin.end(stdin ?? '');
  });
}

const FEED = (base: string): string => `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title>
<item><title>Parks budget approved</title><link>${base}/nodate-parks.html</link><pubDate>Tue, 23 Jun 2020 22:15:00 -0500</pubDate></item>
<item><title>Library hours extended</title><link>${base}/gone.html</link><pubDate>Wed, 24 Jun 2020 08:00:00 -0500</pubDate>
<content:encoded><![CDATA[<p>The city library will open until nine on weekdays from next month, the library board decided on Wednesday evening.</p><p>The board said the longer hours would be paid for by savings elsewhere in the budget and by a state grant.</p>]]></content:encoded></item>
</channel></rss>`;

const EXACT_FIELDS = ['source', 'url', 'status', 'file', 'date', 'dateEvidence', 'title', 'outlet', 'byline', 'words'];

/** A one-page PDF with a dateline and three paragraphs, or with no text at all. */
async function makePdf(withText: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([600, 800]);
  const lines = [
    'March 9, 2021',
    '',
    'The regional water board approved new limits on river',
    'withdrawals on Tuesday after a summer of low water levels.',
    '',
    'Farmers said the limits would cost them a season of crops,',
    'while anglers welcomed the decision at the public hearing.',
    '',
    'The board will review the limits again next year.',
  ];
  if (withText) lines.forEach((text, i) => text && page.drawText(text, { x: 50, y: 740 - i * 14, size: 10, font }));
  else page.drawRectangle({ x: 50, y: 50, width: 100, height: 100 });
  return document.save();
}

describe('seed-annotate import (local web server)', function () {
  this.timeout(60000);
  let server: TestServer;
  let dir = '';

  before(async () => {
    const [textPdf, scanPdf] = [Buffer.from(await makePdf(true)), Buffer.from(await makePdf(false))];
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
    server = await startImportServer({
      '/council.html': html(
        articlePage({ title: 'Council Backs Housing Plan', date: '2021-03-04', canonical: '/news/council' }),
      ),
      '/nodate-parks.html': html(articlePage({ title: 'Parks Budget Approved' })),
      '/nodate.html': html(articlePage({ title: 'Undated Story About Roads' })),
      '/feed.xml': (_q, res, s) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED(s.base)),
      '/hop1': redirect('/hop2', 301),
      '/hop2': redirect('/moved.html'),
      '/moved.html': html(articlePage({ title: 'Schools Reopen After Storm', date: '2022-01-10' })),
      '/loop': redirect('/loop'),
      '/error500': (_q, res) => void res.writeHead(500).end('oops'),
      '/slow.html': (_q, res) => void res.writeHead(200, { 'content-type': 'text/html' }).write('<html><body>'),
      '/huge.html': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1 << 20, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < 22 && res.write(chunk)) sent++;
          if (sent < 22) res.once('drain', pump);
          else res.end();
        };
        res.on('error', () => undefined);
        pump();
      },
      '/image.png': html('\x89PNG\r\n', 'image/png'),
      '/binary.html': (_q, res) =>
        void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([0, 1, 2, 3, 0, 255, 0, 9])),
      '/bad-feed.xml': html('<rss><channel><item><title>broken', 'application/rss+xml'),
      '/report.pdf': (_q, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(textPdf),
      '/scan.pdf': (_q, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(scanPdf),
      '/empty.html': html('<html><head><title>Nothing here</title></head><body><nav>Home</nav></body></html>'),
      '/busy.html': (_q, res, s) => {
        if ((s.hits.get('/busy.html') ?? 0) === 1) res.writeHead(429, { 'retry-after': '1' }).end();
        else
          res
            .writeHead(200, { 'content-type': 'text/html' })
            .end(articlePage({ title: 'Port Strike Ends', date: '2023-05-06' }));
      },
    });
  });
  after(() => server?.close());
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-import-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a page: seed file, provenance sidecar, snapshot, the exact JSONL fields, a User-Agent naming the tool', async () => {
    const r = await runCli([`${server.base}/council.html`, '--jsonl'], dir);
    assert.equal(r.status, 0, r.stderr);
    const [record] = r.records;
    assert.deepEqual(Object.keys(record!), EXACT_FIELDS);
    assert.equal(record!.status, 'imported');
    assert.equal(record!.date, '2021-03-04');
    assert.equal(record!.dateEvidence, 'meta article:published_time');
    assert.equal(record!.url, `${server.base}/news/council`);
    assert.equal(record!.file, 'articles/2021-03-04-test-gazette-council-backs-housing-plan.txt');
    const text = fs.readFileSync(path.join(dir, record!.file as string), 'utf8');
    assert.match(text, /^date 2021-03-04 Council Backs Housing Plan was the subject/);
    assert.doesNotMatch(text, /Home|Copyright/);
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, '.seed-annotations', `${record!.file}.json`), 'utf8'));
    const annotation = sidecar.items[0];
    assert.equal(annotation.motivation, 'describing');
    assert.deepEqual(annotation.target, { source: record!.file });
    assert.equal(annotation.body['seed:url'], `${server.base}/news/council`);
    assert.equal(annotation.body['seed:outlet'], 'Test Gazette');
    assert.ok(fs.existsSync(path.join(dir, annotation.body['seed:snapshot'])), 'the snapshot is kept');
    assert.match(server.userAgents.at(-1)!, /^SeedAnnotator\/\S+ \(\+import\)$/);
  });

  it('--collection lists imported articles with title, url and outlet; the W3C export has the provenance', async () => {
    const r = await runCli([`${server.base}/council.html`, '--jsonl'], dir);
    const collection = JSON.parse((await runCli(['--collection', 'articles'], dir, '', [])).stdout);
    assert.deepEqual(collection.articleFiles, [
      {
        file: r.records[0]!.file,
        title: 'Council Backs Housing Plan',
        url: `${server.base}/news/council`,
        outlet: 'Test Gazette',
        byline: null,
        date: '2021-03-04',
      },
    ]);
    const w3c = JSON.parse((await runCli(['--export', 'w3c', 'articles'], dir, '', [])).stdout);
    const describing = w3c.first.items.filter((i: { motivation?: string }) => i.motivation === 'describing');
    assert.equal(describing.length, 1);
    assert.equal(describing[0].body['seed:url'], `${server.base}/news/council`);
  });

  it('a second import of the same page is a duplicate of the first file (exit 0)', async () => {
    const first = await runCli([`${server.base}/council.html`, '--jsonl'], dir);
    const again = await runCli([`${server.base}/council.html?utm_source=x`, '--jsonl', '--no-snapshot'], dir);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(again.records[0]!.status, 'duplicate');
    assert.equal(again.records[0]!.duplicateOf, first.records[0]!.file);
    assert.equal(again.records[0]!.file, first.records[0]!.file);
  });

  it('a feed gives one line per item: the pubDate when the page has none, the content:encoded when the page is gone', async () => {
    const r = await runCli([`${server.base}/feed.xml`, '--jsonl'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.records.length, 2);
    assert.deepEqual(
      r.records.map((x) => [x.status, x.date, x.dateEvidence]),
      [
        ['imported', '2020-06-23', 'feed item date'],
        ['imported', '2020-06-24', 'feed item date'],
      ],
    );
    const gone = fs.readFileSync(path.join(dir, r.records[1]!.file as string), 'utf8');
    assert.match(gone, /^date 2020-06-24 The city library will open until nine/);
  });

  it('follows redirects, and refuses a redirect loop', async () => {
    const r = await runCli([`${server.base}/hop1`, `${server.base}/loop`, '--jsonl'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.records[0]!.status, 'imported');
    assert.equal(r.records[0]!.date, '2022-01-10');
    assert.equal(r.records[1]!.status, 'failed');
    assert.match(String(r.records[1]!.error), /too many redirects/);
    assert.equal(server.hits.get('/loop'), 6, 'the first request and 5 redirects');
  });

  it('bad answers fail with a clear reason, in input order, and leave nothing behind', async () => {
    const paths = ['/missing', '/error500', '/image.png', '/binary.html', '/bad-feed.xml', '/empty.html'];
    const r = await runCli([...paths.map((p) => server.base + p), '--jsonl'], dir);
    assert.equal(r.status, 1);
    assert.deepEqual(
      r.records.map((x) => x.source),
      paths.map((p) => server.base + p),
    );
    const errors = r.records.map((x) => `${x.status}: ${x.error}`);
    assert.match(errors[0]!, /^failed: HTTP 404/);
    assert.match(errors[1]!, /^failed: HTTP 500/);
    assert.match(errors[2]!, /^failed: not a web page, a PDF or a feed \(Content-Type: image\/png\)/);
    assert.match(errors[3]!, /^failed: not an article: binary data/);
    assert.match(errors[4]!, /^failed: malformed feed/);
    assert.match(errors[5]!, /^failed: no article text/);
    assert.deepEqual(fs.readdirSync(dir), [], 'no folder or file was written');
  });

  it('imports a PDF (its snapshot a .pdf.gz); a PDF without text fails with the reason', async () => {
    const r = await runCli([`${server.base}/report.pdf`, `${server.base}/scan.pdf`, '--jsonl'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.records[0]!.status, 'imported', String(r.records[0]!.error));
    assert.equal(r.records[0]!.date, '2021-03-09');
    const text = fs.readFileSync(path.join(dir, r.records[0]!.file as string), 'utf8');
    assert.match(text, /^date 2021-03-09 The regional water board approved new limits on river withdrawals on Tuesday/);
    const snapshots = fs.readdirSync(path.join(dir, '.seed-annotations', 'snapshots'));
    assert.equal(snapshots.length, 1);
    assert.match(snapshots[0]!, /^[0-9a-f]{64}\.pdf\.gz$/);
    assert.equal(r.records[1]!.status, 'failed');
    assert.match(String(r.records[1]!.error), /no text layer/);
  });

  it('a slow page hits --timeout', async () => {
    const r = await runCli([`${server.base}/slow.html`, '--timeout', '1', '--jsonl'], dir);
    assert.equal(r.status, 1);
    assert.match(String(r.records[0]!.error), /timed out after 1 s/);
  });

  it('a huge page stops at 20 MB', async () => {
    const r = await runCli([`${server.base}/huge.html`, '--jsonl'], dir);
    assert.equal(r.status, 1);
    assert.match(String(r.records[0]!.error), /too large: more than 20 MB/);
  });

  it('retries a 429 after its Retry-After', async () => {
    const r = await runCli([`${server.base}/busy.html`, '--jsonl'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.records[0]!.status, 'imported');
    assert.equal(server.hits.get('/busy.html'), 2);
  });

  it('without a date the source is skipped with the reason; --list gives the date and the url', async () => {
    const r = await runCli([`${server.base}/nodate.html`, '--jsonl'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.records[0]!.status, 'skipped');
    assert.match(String(r.records[0]!.error), /^no publication date found; give one with --list/);
    fs.writeFileSync(path.join(dir, 'page.html'), articlePage({ title: 'Saved Page About Roads' }));
    const list = [
      JSON.stringify({ source: `${server.base}/nodate.html`, date: '2019-11-05' }),
      'not json',
      JSON.stringify({ source: 'page.html', url: 'https://news.example/2018/02/03/roads' }),
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'list.jsonl'), list);
    const listed = await runCli(['--list', 'list.jsonl', '--jsonl'], dir);
    assert.deepEqual(
      listed.records.map((x) => [x.status, x.date, x.dateEvidence]),
      [
        ['imported', '2019-11-05', 'given'],
        ['failed', null, null],
        ['imported', '2018-02-03', 'url date'],
      ],
    );
    assert.equal(listed.records[2]!.url, 'https://news.example/2018/02/03/roads');
  });

  it('text on standard input, odd file names, and name clashes (-2)', async () => {
    const odd = path.join(dir, "Été d'“odd” name #1.html");
    fs.writeFileSync(
      odd,
      articlePage({ title: 'Same Title Here', date: '2020-01-02', words: 'A first story entirely.' }),
    );
    fs.writeFileSync(
      path.join(dir, 'b.html'),
      articlePage({ title: 'Same Title Here', date: '2020-01-02', words: 'A second, other story.' }),
    );
    const stdin =
      'Flood Warning Issued\n\nMarch 3, 2021\n\nThe river rose above its banks overnight and officials told residents of low streets to move their cars before the morning.\n\nSchools stayed open.';
    const r = await runCli([odd, path.join(dir, 'b.html'), '-', '--jsonl', '--out', 'out'], dir, stdin);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.records.map((x) => x.file),
      [
        'out/2020-01-02-test-gazette-same-title-here.txt',
        'out/2020-01-02-test-gazette-same-title-here-2.txt',
        'out/2021-03-03-flood-warning-issued.txt',
      ],
    );
    assert.equal(r.records[2]!.dateEvidence, 'date line');
  });

  it('refuses an output folder that is a symbolic link', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
    const hits = server.hits.get('/council.html') ?? 0;
    const r = await runCli([`${server.base}/council.html`, '--out', 'link', '--jsonl'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /link is a symbolic link/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), []);
    assert.equal(server.hits.get('/council.html') ?? 0, hits, 'nothing was fetched');
  });
});
