// seed-annotate --jsonl as a stream: input order kept, worker threads byte-identical to one thread,
// malformed lines answered with error records, memory bounded by a window (pulls, not timings).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runJsonlStream, type JsonlRunOptions, type JsonlRunResult } from '../../../src/cli/jsonl';
import { readJsonlLines } from '../../../src/cli/lineReader';
import { analyze, toPrediction } from '../../../src/engine';
import { repoRoot } from '../helpers/repoRoot';

const root = repoRoot();
const cli = path.join(root, 'dist/cli.js');
const workerScript = path.join(root, 'dist/cliWorker.js');

const NAMES = ['Ann Lee', 'Omar Haddad', 'Sofia Rossi', 'Ken Ito', 'Maria Lopez'];
const PLACES = ['Lagos', 'Lima', 'Oslo', 'Hanoi'];

/** A short news-like text; `paragraphs` makes it longer (and slower to analyse). */
function article(i: number, paragraphs = 1): string {
  const who = NAMES[i % NAMES.length]!;
  const where = PLACES[i % PLACES.length]!;
  const one = `“We will reopen the port by March,” ${who} said in ${where} on Monday. Officials said the plan may cost more than $${i + 2} million.`;
  return Array.from({ length: paragraphs }, () => one).join('\n\n');
}

const jsonLine = (id: string | number, text: string): string => JSON.stringify({ id, text });

/** Long and short texts alternate, so with several workers later lines often finish first. */
function mixedInput(count: number): string[] {
  return Array.from({ length: count }, (_, i) => jsonLine(`doc-${i}`, article(i, i % 3 === 0 ? 12 : 1)));
}

class Collect extends Writable {
  text = '';
  _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

const silent = { write: () => true, isTTY: false };

async function runStream(
  input: string | Buffer[],
  options: Partial<JsonlRunOptions> = {},
): Promise<JsonlRunResult & { output: string }> {
  const output = new Collect();
  const chunks = typeof input === 'string' ? [Buffer.from(input, 'utf8')] : input;
  const result = await runJsonlStream(
    { input: Readable.from(chunks), output, errors: silent },
    { pretty: false, maxBytes: 1 << 20, workers: 1, workerScript, ...options },
  );
  return { ...result, output: output.text };
}

function runCli(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60000,
    maxBuffer: 64 << 20,
  });
  assert.equal(r.error, undefined, `the CLI ran to completion: ${r.error?.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('seed-annotate --jsonl streaming', function () {
  this.timeout(60000);

  before(() => {
    for (const file of [cli, workerScript])
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run node scripts/build.mjs first`);
  });

  it('keeps the input order with 3 worker threads, and each line is what the engine predicts', async () => {
    const lines = mixedInput(18);
    const r = await runStream(lines.join('\n') + '\n', { workers: 3, windowPerWorker: 3 });
    const outputs = r.output
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string });
    assert.deepEqual(
      outputs.map((o) => o.id),
      lines.map((_, i) => `doc-${i}`),
    );
    const expected = lines
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((d) => JSON.stringify(toPrediction(d.id, analyze(d.text))));
    assert.deepEqual(r.output.split('\n').filter(Boolean), expected);
    assert.deepEqual([r.articles, r.failed], [18, 0]);
  });

  it('--workers 2 and 3 write the same bytes as one thread, malformed, blank, CRLF and oversized lines included', async () => {
    const lines = [
      '\ufeff' + jsonLine('first', article(1)),
      'not json at all',
      '',
      jsonLine(5, article(2, 8)) + '\r',
      JSON.stringify({ id: 'no-text' }),
      '   ',
      jsonLine('huge', 'x'.repeat(5000)),
      JSON.stringify({ text: 'no id' }),
      jsonLine('last', article(3)),
    ];
    const input = lines.join('\n'); // no newline after the last line
    const one = await runStream(input, { maxBytes: 4096 });
    for (const workers of [2, 3]) {
      const many = await runStream(input, { maxBytes: 4096, workers });
      assert.equal(many.output, one.output, `--workers ${workers} is byte-identical`);
    }
    const records = one.output
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string | null; line?: number; error?: string });
    assert.deepEqual(
      records.map((o) => [o.id, o.line ?? null, Boolean(o.error)]),
      [
        ['first', null, false],
        [null, 2, true],
        ['5', null, false],
        ['no-text', null, true],
        [null, 7, true],
        [null, 8, true],
        ['last', null, false],
      ],
    );
    assert.equal(records[4]!.error, `skipped: ${Buffer.byteLength(lines[6]!)} bytes is above the 4096-byte limit`);
    assert.deepEqual([one.articles, one.failed], [7, 4]);
  });

  it('a line split across input chunks, even inside a multi-byte character, is read whole', async () => {
    const line = jsonLine('split', '“Déjà vu,” said Zoë Brontë in Köln. 東京');
    const bytes = Buffer.from(line + '\n' + line + '\n', 'utf8');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const lines: (string | undefined)[] = [];
    for await (const task of readJsonlLines(Readable.from(chunks), 1 << 20)) lines.push(task.text);
    assert.deepEqual(lines, [line, line]);
  });

  // Each malformed line is followed by a good one, all in one run; `line` is filled in per position.
  const malformed: { name: string; line: string; record: Record<string, unknown>; message: string }[] = [
    {
      name: 'broken JSON',
      line: '{"id": "b", "text": ',
      record: { id: null, line: 0, error: 'not valid JSON' },
      message: 'not valid JSON',
    },
    {
      name: 'no text',
      line: '{"id": "c"}',
      record: { id: 'c', error: 'a line needs a string "text"' },
      message: 'a line needs a string "text" (id "c")',
    },
    {
      name: 'text not a string',
      line: '{"id": 3, "text": ["a"]}',
      record: { id: '3', error: 'a line needs a string "text"' },
      message: 'a line needs a string "text" (id "3")',
    },
    {
      name: 'no id',
      line: '{"text": "Hello."}',
      record: { id: null, line: 0, error: 'a line needs an "id" (a string or a number)' },
      message: 'a line needs an "id" (a string or a number)',
    },
    {
      name: 'an object id',
      line: '{"id": {"x": 1}, "text": "Hello."}',
      record: { id: null, line: 0, error: 'a line needs an "id" (a string or a number)' },
      message: 'a line needs an "id"',
    },
    {
      name: 'not an object',
      line: '[1, 2]',
      record: { id: null, line: 0, error: 'a line needs a JSON object with an "id" and a string "text"' },
      message: 'a line needs a JSON object',
    },
    {
      name: 'null',
      line: 'null',
      record: { id: null, line: 0, error: 'a line needs a JSON object with an "id" and a string "text"' },
      message: 'a line needs a JSON object',
    },
  ];
  it('each malformed line gets an error record in its place (its id, else its line), the run goes on and exits 1', () => {
    const input = malformed.flatMap((c, i) => [c.line, jsonLine(`ok-${i}`, article(i))]);
    const r = runCli(['--jsonl', '--workers', '2'], input.join('\n') + '\n');
    assert.equal(r.status, 1);
    const records = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(records.length, input.length, 'one output line per input line');
    malformed.forEach((c, i) => {
      const lineNo = 2 * i + 1;
      const expected = 'line' in c.record ? { ...c.record, line: lineNo } : c.record;
      assert.deepEqual(records[2 * i], expected, c.name);
      assert.equal(records[2 * i + 1]!.id, `ok-${i}`, `the line after ${c.name} is annotated`);
      assert.ok(Array.isArray(records[2 * i + 1]!.quotes));
      assert.ok(
        r.stderr.includes(`seed-annotate: stdin:${lineNo}: ${c.message}`),
        `stderr names line ${lineNo} (${c.name}): ${r.stderr}`,
      );
    });
  });

  it('exits 0 when every line is annotated; usage errors for --workers exit 2', () => {
    const good = runCli(
      ['--jsonl', '--workers', '2'],
      [jsonLine('a', article(0)), jsonLine('b', article(1))].join('\n'),
    );
    assert.equal(good.status, 0, good.stderr);
    assert.equal(good.stderr, '', 'no progress off a terminal unless asked for');
    for (const args of [
      ['--jsonl', '--workers', '-1'],
      ['--jsonl', '--workers', 'two'],
      ['--jsonl', '--workers'],
      ['--workers', '2', 'seeds'],
    ]) {
      const r = runCli(args, '');
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /--workers/);
    }
  });

  it('--progress off a terminal: progress lines and a summary with the peak memory on stderr, stdout untouched', () => {
    const r = runCli(['--jsonl', '--progress'], jsonLine('a', article(0)) + '\n');
    assert.equal(r.status, 0);
    assert.match(
      r.stderr,
      /^seed-annotate: 1 articles in [\d.]+ s \([\d.–]+\/s\), 0 failed, CPU [\d.]+ s, peak memory [\d.]+ MB\n$/,
    );
    assert.deepEqual(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id),
      ['a'],
    );
  });

  it('a worker that crashes fails only its line with an error record; the run keeps order and goes on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-jsonl-crash-'));
    try {
      const crashing = path.join(dir, 'crashingWorker.js');
      // The real worker, except that a line containing CRASH ends its thread.
      fs.writeFileSync(
        crashing,
        [
          `const { parentPort } = require('node:worker_threads');`,
          `const on = parentPort.on.bind(parentPort);`,
          `parentPort.on = (event, listener) => on(event, (m) => (event === 'message' && m.task.text.includes('CRASH') ? process.exit(3) : listener(m)));`,
          `require(${JSON.stringify(workerScript)});`,
        ].join('\n'),
      );
      const lines = [
        jsonLine('a', article(0)),
        jsonLine('b', 'CRASH'),
        jsonLine('c', article(1)),
        jsonLine('d', article(2)),
      ];
      const r = await runStream(lines.join('\n'), { workers: 2, windowPerWorker: 1, workerScript: crashing });
      const records = r.output
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string | null; line?: number; error?: string });
      assert.deepEqual(
        records.map((o) => o.id ?? `line ${o.line}`),
        ['a', 'line 2', 'c', 'd'],
      );
      assert.match(records[1]!.error!, /the analysis worker stopped: exited with code 3/);
      assert.equal(r.failed, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing or broken worker script ends the run with a clear error, not a hang', async () => {
    await assert.rejects(
      runStream(jsonLine('a', 'A.'), { workers: 2, workerScript: path.join(os.tmpdir(), 'no-such-worker.js') }),
      /worker script .* is missing/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-jsonl-broken-'));
    try {
      const broken = path.join(dir, 'brokenWorker.js');
      fs.writeFileSync(broken, `throw new Error('cannot start');`);
      const input = Array.from({ length: 200 }, (_, i) => jsonLine(i, 'A.')).join('\n');
      await assert.rejects(
        runStream(input, { workers: 2, windowPerWorker: 1, workerScript: broken }),
        /analysis workers keep stopping: cannot start/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
