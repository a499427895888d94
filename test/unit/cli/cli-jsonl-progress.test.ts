// Progress of seed-annotate --jsonl on stderr: which mode, how often it draws, messages above the bar.
import assert from 'node:assert/strict';
import { JsonlProgress, progressMode, type ProgressMode } from '../../../src/cli/progress';

class FakeStderr {
  written: string[] = [];
  constructor(
    readonly isTTY: boolean,
    readonly columns = 100,
  ) {}
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
}

describe('seed-annotate --jsonl progress', () => {
  const modes: [requested: boolean | undefined, tty: boolean, mode: ProgressMode][] = [
    [undefined, true, 'bar'],
    [undefined, false, 'off'],
    [true, true, 'bar'],
    [true, false, 'lines'],
    [false, true, 'off'],
    [false, false, 'off'],
  ];
  for (const [requested, tty, mode] of modes) {
    it(`${requested === undefined ? 'by default' : requested ? '--progress' : '--no-progress'} ${tty ? 'on a terminal' : 'off a terminal'}: ${mode}`, () => {
      assert.equal(progressMode(requested, new FakeStderr(tty)), mode);
    });
  }

  it('a bar redrawn in place at most every 100 ms, with the share of the input; messages go above it', () => {
    let now = 0;
    const stderr = new FakeStderr(true);
    const progress = new JsonlProgress(stderr, 'bar', 1000, () => now);
    now = 50;
    progress.update({ articles: 1, failed: 0, bytesRead: 100 });
    assert.deepEqual(stderr.written, [], 'too soon to draw');
    now = 2000;
    progress.update({ articles: 4, failed: 1, bytesRead: 500 });
    assert.equal(stderr.written.length, 1);
    assert.match(stderr.written[0]!, /^\r\[#+\.+\] 4 articles, 2\.0\/s, 1 failed, 50% of the input\x1b\[K$/);
    progress.message('seed-annotate: stdin:5: not valid JSON\n');
    assert.deepEqual(
      stderr.written.slice(1),
      ['\r\x1b[K', 'seed-annotate: stdin:5: not valid JSON\n'],
      'the bar is cleared before a message',
    );
    progress.finish({ articles: 10, failed: 1, bytesRead: 1000 }, { cpuSeconds: 3, peakMemoryBytes: 150 << 20 });
    assert.equal(
      stderr.written.at(-1),
      'seed-annotate: 10 articles in 2.0 s (5.0/s), 1 failed, CPU 3.0 s, peak memory 150.0 MB\n',
    );
  });

  it('off a terminal with --progress: one plain line every 10 s, without a percentage when the size is unknown', () => {
    let now = 0;
    const stderr = new FakeStderr(false);
    const progress = new JsonlProgress(stderr, 'lines', undefined, () => now);
    for (now = 1000; now <= 25000; now += 1000)
      progress.update({ articles: now / 1000, failed: 0, bytesRead: now * 10 });
    assert.equal(stderr.written.length, 2, 'at 10 s and 20 s');
    assert.match(stderr.written[0]!, /^seed-annotate: 10 articles, 1\.0\/s, 0 failed, 0\.1 MB read\n$/);
  });

  it('--no-progress writes nothing, not even the summary', () => {
    const stderr = new FakeStderr(true);
    const progress = new JsonlProgress(stderr, 'off', 100, () => 5000);
    progress.update({ articles: 1, failed: 0, bytesRead: 10 });
    progress.finish({ articles: 1, failed: 0, bytesRead: 10 }, { cpuSeconds: 1, peakMemoryBytes: 1 << 20 });
    assert.deepEqual(stderr.written, []);
  });
});
