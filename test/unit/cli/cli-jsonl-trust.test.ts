// Issue 16 §5: --jsonl never cuts a text silently (a text above the engine's 2,000,000 characters is marked
// `"truncated": true`, carries the truncated-input problem and is named on stderr), and a line of invalid
// UTF-8 gets an error record, as file mode does.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { runJsonlStream } from '../../../src/cli/jsonl';
import { DEFAULT_MAX_CHARS } from '../../../src/engine';
import { repoRoot } from '../helpers/repoRoot';

const workerScript = path.join(repoRoot(), 'dist/cliWorker.js');

class Collect extends Writable {
  text = '';
  _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function run(lines: Buffer[]): Promise<{ records: Record<string, unknown>[]; stderr: string; failed: number }> {
  const output = new Collect();
  let stderr = '';
  const errors = { write: (s: string) => ((stderr += s), true), isTTY: false };
  const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
  const result = await runJsonlStream(
    { input: Readable.from([input]), output, errors },
    { pretty: false, maxBytes: 8 << 20, workers: 1, workerScript, progress: false },
  );
  const records = output.text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { records, stderr, failed: result.failed };
}

const line = (record: unknown): Buffer => Buffer.from(JSON.stringify(record), 'utf8');

describe('seed-annotate --jsonl: truncation and encoding', function () {
  this.timeout(120_000);

  it('marks a text longer than the engine’s limit as truncated, with the problem and a stderr line', async () => {
    const long = 'Rain fell. '.repeat(Math.ceil((DEFAULT_MAX_CHARS + 5000) / 11));
    const { records, stderr, failed } = await run([
      line({ id: 'long', text: long }),
      line({ id: 'short', text: 'Hi.' }),
    ]);
    assert.equal(failed, 0);
    const [cut, whole] = records;
    assert.equal(cut!.id, 'long');
    assert.equal(cut!.truncated, true);
    const problems = cut!.problems as { code: string; message: string }[];
    assert.deepEqual(
      problems.map((p) => p.code),
      ['truncated-input'],
    );
    assert.match(problems[0]!.message, /Only the first [\d,]+ of [\d,]+ characters were analysed/);
    assert.match(
      stderr,
      /seed-annotate: stdin:1: truncated: Only the first [\d,]+ of [\d,]+ characters were analysed\. \(id "long"\)/,
    );
    assert.equal(whole!.id, 'short');
    assert.ok(!('truncated' in whole!) && !('problems' in whole!), 'other records keep the prediction format');
  });

  it('answers a line of invalid UTF-8 with an error record naming its id', async () => {
    const invalid = Buffer.concat([
      Buffer.from('{"id":"bad","text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait"}'),
    ]);
    const { records, stderr, failed } = await run([invalid, line({ id: 'good', text: 'Hi.' })]);
    assert.equal(failed, 1);
    assert.deepEqual(records[0], { id: 'bad', error: 'not valid UTF-8 text' });
    assert.equal(records[1]!.id, 'good');
    assert.match(stderr, /stdin:1: not valid UTF-8 text \(id "bad"\)/);
  });
});
