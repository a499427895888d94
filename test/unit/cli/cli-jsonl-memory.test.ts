// seed-annotate --jsonl keeps memory bounded: it reads only a window of lines ahead of what it has
// written, waits for a slow reader of its output, and streams an input far larger than its memory.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { runJsonlStream } from '../../../src/cli/jsonl';
import { repoRoot } from '../helpers/repoRoot';

const root = repoRoot();
const cli = path.join(root, 'dist/cli.js');
const workerScript = path.join(root, 'dist/cliWorker.js');

const line = (i: number): string =>
  JSON.stringify({ id: i, text: `Ann Lee said on Monday that the port in Lagos would reopen (${i}).` }) + '\n';

/** An output that takes its time: each write completes on a later turn, with a tiny buffer. */
class SlowOutput extends Writable {
  lines = 0;
  constructor(private readonly onLine: () => void) {
    super({ highWaterMark: 64 });
  }
  _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines += chunk.toString('utf8').split('\n').length - 1;
    this.onLine();
    setImmediate(done);
  }
}

describe('seed-annotate --jsonl memory', function () {
  this.timeout(120000);

  before(() => {
    for (const file of [cli, workerScript])
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run node scripts/build.mjs first`);
  });

  for (const workers of [1, 2]) {
    it(`--workers ${workers}: never more than the window of lines read ahead of the slow output`, async () => {
      const total = 400;
      const windowPerWorker = 3;
      const window = workers === 1 ? 1 : workers * windowPerWorker;
      let pulled = 0;
      let widestGap = 0;
      async function* input(): AsyncGenerator<Buffer> {
        for (let i = 0; i < total; i++) {
          pulled++;
          yield Buffer.from(line(i));
        }
      }
      const output = new SlowOutput(() => {
        widestGap = Math.max(widestGap, pulled - output.lines);
      });
      const result = await runJsonlStream(
        { input: input(), output, errors: { write: () => true } },
        { pretty: false, maxBytes: 1 << 20, workers, workerScript, windowPerWorker },
      );
      assert.equal(result.articles, total);
      assert.equal(output.lines, total);
      assert.ok(result.peakInFlight <= window, `at most ${window} lines in flight (saw ${result.peakInFlight})`);
      // A line is pulled before it waits for a place in the window, and one is being written.
      assert.ok(
        widestGap <= window + 2,
        `the input is pulled at most ${window + 2} lines ahead of the output (saw ${widestGap})`,
      );
    });
  }

  it('streams 384 MB of input through --workers 2 in far less memory than the input', async () => {
    const oversized = Buffer.from(JSON.stringify({ id: 'big', text: 'x'.repeat((1 << 20) - 30) }) + '\n');
    const bigLines = 384;
    const smallEvery = 4;
    const child = spawn(process.execPath, [cli, '--jsonl', '--workers', '2', '--max-bytes', '65536', '--progress'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let outputLines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 0x0a) outputLines++;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const write = async (data: Buffer | string): Promise<void> => {
      if (!child.stdin.write(data)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    };
    let small = 0;
    for (let i = 0; i < bigLines; i++) {
      await write(oversized);
      if (i % smallEvery === 0) await write(line(small++));
    }
    child.stdin.end();
    const status = await exited;
    assert.equal(status, 1, 'the oversized lines failed');
    assert.equal(outputLines, bigLines + small, 'one output line per input line');
    const peak = /peak memory ([\d.]+) MB/.exec(stderr);
    assert.ok(peak, `a summary with the peak memory: ${stderr.slice(-300)}`);
    assert.ok(Number(peak[1]) < 300, `peak memory ${peak[1]} MB for 384 MB of input`);
  });
});
