// The analysis service's pool: priorities, time budgets, crashed workers and idle workers, with scripted
// workers, then with real worker threads running dist/analysisWorker.js.
import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import { nodeWorkerFactory } from '../../../src/node/nodeWorkers';
import { summarize } from '../../../src/core/summary/summary';
import {
  AnalysisTimeoutError,
  AnalysisWorkerPool,
  SupersededError,
  WorkersUnavailableError,
} from '../../../src/core/workers/workerPool';
import type { WorkerFile, WorkerHandle, WorkerReply, WorkerRequest } from '../../../src/core/workers/workerProtocol';

/** What a scripted worker does with one file: answer, hang, or crash; `no-start` workers die as they load. */
type Behaviour = 'answer' | 'hang' | 'crash' | 'no-start';

interface Scripted {
  started: number;
  requests: WorkerRequest[];
  terminated: number;
}

/** Workers that answer on the next tick, except for files whose name says `hang` or `crash`. */
function scriptedFactory(
  behaviourOf: (file: string) => Behaviour = (f) =>
    f.includes('hang') ? 'hang' : f.includes('crash') ? 'crash' : 'answer',
): { factory: () => WorkerHandle; log: Scripted } {
  const log: Scripted = { started: 0, requests: [], terminated: 0 };
  const factory = (): WorkerHandle => {
    log.started++;
    let onMessage: (reply: WorkerReply) => void = () => undefined;
    let onFailure: (error: Error) => void = () => undefined;
    let alive = true;
    setImmediate(() =>
      behaviourOf('') === 'no-start' ? onFailure(new Error('cannot load')) : onMessage({ id: 0, kind: 'ready' }),
    );
    return {
      postMessage(request) {
        log.requests.push(request);
        setImmediate(() => {
          if (!alive) return;
          if (request.kind === 'analyze') {
            if (request.text.includes('hang')) return;
            onMessage({ id: request.id, kind: 'analysis', analysis: analyze(request.text), ms: 1, failures: [] });
            return;
          }
          for (const file of request.files) {
            const behaviour = behaviourOf(file.path);
            if (behaviour === 'hang') return;
            if (behaviour === 'crash') return onFailure(new Error('out of memory'));
            onMessage({
              id: request.id,
              kind: 'file',
              result: JSON.stringify({ path: file.path, summary: summarize(file.path, 'x', analyze('x')) }),
            });
          }
        });
      },
      onMessage: (listener) => (onMessage = listener),
      onFailure: (listener) => (onFailure = listener),
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
  };
  return { factory, log };
}

const files = (...names: string[]): WorkerFile[] => names.map((n) => ({ path: `/w/${n}.txt` }));

describe('analysis worker pool', () => {
  it('answers every file in order', async () => {
    const { factory } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 2, maxBytes: 1e6, timeoutMs: 1000 });
    const results = await pool.summarize(files('a', 'b', 'c'));
    assert.deepEqual(
      results.map((r) => [r.path, r.summary.error]),
      [
        ['/w/a.txt', undefined],
        ['/w/b.txt', undefined],
        ['/w/c.txt', undefined],
      ],
    );
    pool.dispose();
  });

  it('marks a file over its time budget, ends that worker and finishes the batch in a fresh one', async () => {
    const { factory, log } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 50 });
    const results = await pool.summarize(files('a', 'hang', 'b', 'c'));
    assert.deepEqual(
      results.map((r) => r.path),
      ['/w/a.txt', '/w/hang.txt', '/w/b.txt', '/w/c.txt'],
    );
    assert.match(results[1]!.summary.error ?? '', /timed out/);
    assert.ok(results.every((r, i) => i === 1 || !r.summary.error));
    assert.equal(log.terminated, 1);
    assert.equal(log.started, 2);
    const retried = log.requests.at(-1)!;
    assert.ok(
      retried.kind === 'summarize' && retried.files.map((f) => f.path).join() === '/w/b.txt,/w/c.txt',
      'only the rest of the batch is sent again',
    );
    pool.dispose();
  });

  it('marks the file that crashed its worker and goes on', async () => {
    const { factory } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 1000 });
    const results = await pool.summarize(files('a', 'crash', 'b'));
    assert.deepEqual(
      results.map((r) => r.summary.error ?? 'ok'),
      ['ok', 'analysis worker stopped: out of memory', 'ok'],
    );
    pool.dispose();
  });

  it('gives up with WorkersUnavailableError when workers die before they load', async () => {
    const { factory } = scriptedFactory(() => 'no-start');
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 1000 });
    await assert.rejects(pool.summarize(files('a', 'b')), WorkersUnavailableError);
    await assert.rejects(pool.analyze('text'), WorkersUnavailableError);
    pool.dispose();
  });

  it('gives up when workers cannot be created at all', async () => {
    const pool = new AnalysisWorkerPool(
      () => {
        throw new Error('Creating workers is not supported');
      },
      { size: 1, maxBytes: 1e6, timeoutMs: 1000 },
    );
    await assert.rejects(pool.analyze('text'), /not supported/);
  });

  it('rejects an analysis over budget with AnalysisTimeoutError and serves the next one', async () => {
    const { factory } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 50 });
    await assert.rejects(pool.analyze('hang forever'), AnalysisTimeoutError);
    const { analysis } = await pool.analyze('“Fine,” she said.');
    assert.equal(analysis.quotes.length, 1);
    pool.dispose();
  });

  it('serves open documents before queued index batches', async () => {
    const { factory, log } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 1000 });
    const batches = [pool.summarize(files('a')), pool.summarize(files('b')), pool.summarize(files('c'))];
    const document = pool.analyze('“Now,” he said.');
    await Promise.all([...batches, document]);
    assert.deepEqual(
      log.requests.map((r) => r.kind),
      ['summarize', 'analyze', 'summarize', 'summarize'],
    );
    pool.dispose();
  });

  it('replaces a waiting analysis of the same document by the newer one', async () => {
    const { factory } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 1000 });
    const busy = pool.summarize(files('a'));
    const older = pool.analyze('version 1', 'doc');
    const newer = pool.analyze('version 2', 'doc');
    await assert.rejects(older, SupersededError);
    assert.equal((await newer).analysis.length, 'version 2'.length);
    await busy;
    pool.dispose();
  });

  it('ends idle workers and starts new ones on demand', async () => {
    const { factory, log } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 1000, idleMs: 10 });
    await pool.summarize(files('a'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.equal(log.terminated, 1);
    await pool.summarize(files('b'));
    assert.equal(log.started, 2);
    pool.dispose();
  });

  it('rejects what is queued when disposed', async () => {
    const { factory } = scriptedFactory();
    const pool = new AnalysisWorkerPool(factory, { size: 1, maxBytes: 1e6, timeoutMs: 1000 });
    const pending = pool.summarize(files('hang'));
    pool.dispose();
    await assert.rejects(pending, /stopped/);
  });
});

describe('analysis worker pool with worker threads', function () {
  this.timeout(60_000);
  const worker = path.join(repoRoot(), 'dist/analysisWorker.js');

  it('analyses text, and ends a worker stuck on one file while the rest of the batch completes', async function () {
    if (!fs.existsSync(worker)) this.skip();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-pool-'));
    // A worker that spins forever on any file named *hang*, and is the real analysis worker otherwise.
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
const on = parentPort.on.bind(parentPort);
parentPort.on = (event, handler) => on(event, event !== 'message' ? handler : (r) => {
  if (r.kind !== 'summarize') return handler(r);
  for (const f of r.files) { if (f.path.includes('hang')) for (;;) {} handler({ ...r, files: [f] }); }
});
require(${JSON.stringify(worker)});
`,
    );
    const article = (name: string): string => {
      const file = path.join(dir, `${name}.txt`);
      fs.writeFileSync(file, `date 2024-05-01 “We will rebuild,” Mayor Ana Ruiz said on Monday in ${name}.\n`);
      return file;
    };
    const pool = new AnalysisWorkerPool(nodeWorkerFactory(script), { size: 1, maxBytes: 1e6, timeoutMs: 10_000 });
    try {
      const { analysis } = await pool.analyze('date 2024-05-01 “Yes,” Ana Ruiz said.');
      assert.equal(analysis.quotes[0]?.speaker?.name, 'Ana Ruiz');
      const results = await pool.summarize([article('one'), article('hang'), article('two')].map((p) => ({ path: p })));
      assert.deepEqual(
        results.map((r) => (r.summary.error ? 'timed out' : r.summary.quotes[0]?.speaker)),
        ['Ana Ruiz', 'timed out', 'Ana Ruiz'],
      );
    } finally {
      pool.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
