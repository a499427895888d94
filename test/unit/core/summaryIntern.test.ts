// Interned summaries: the same content, with names and keys repeated across articles held as one string;
// measured by heap after GC over generated copies (a ratio in one run, not a time).
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { internSummary, StringPool } from '../../../src/core/summary/intern';
import type { FileSummary } from '../../../src/core/summary/summary';

/** A fresh copy, as a worker thread or the cache file hands it over: every string a new instance. */
function copy(i: number): FileSummary {
  // names and roles longer than the short strings V8 may share by itself when parsing JSON
  const name = ['Alexandria', 'Ocasio-Cortez'].join(' ');
  return JSON.parse(
    JSON.stringify({
      path: `/w/${i}.txt`,
      date: '2024-01-02',
      title: 't',
      entities: [
        {
          key: `PER:${name.toLowerCase()}`,
          type: 'PER',
          name,
          aliases: [name, 'Ocasio-Cortez'],
          role: 'Representative for New York',
          mentions: [[0, 0, 0, 5]],
        },
      ],
      quotes: [
        {
          range: [1, 0, 1, 9],
          text: `quote ${i}`,
          partial: false,
          speaker: name,
          speakerKey: 'PER:alexandria ocasio-cortez',
          rule: 'adjacent',
        },
      ],
      claims: [
        {
          range: [2, 0, 2, 9],
          text: `claim ${i}`,
          source: name,
          sourceKey: 'PER:alexandria ocasio-cortez',
          cue: 'said',
          hedges: ['may'],
        },
      ],
      problemCounts: {},
    }),
  ) as FileSummary;
}

describe('interned summaries', () => {
  it('keep their content', () => {
    const pool = new StringPool();
    assert.deepEqual(internSummary(copy(1), pool), copy(1));
  });

  it('share one string per name across articles', () => {
    const pool = new StringPool();
    const [a, b] = [internSummary(copy(1), pool), internSummary(copy(2), pool)];
    assert.equal(pool.size > 0, true);
    // the same instance: the pool returns the first one it saw
    assert.equal(pool.intern(b.entities[0]!.name), pool.intern(a.entities[0]!.name));
  });

  it('take less heap per article than the copies they replace', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = (make: (i: number) => FileSummary): number => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = Array.from({ length: 20000 }, (_, i) => make(i));
      gc();
      const used = process.memoryUsage().heapUsed - before;
      assert.equal(kept.length, 20000);
      return used;
    };
    const pool = new StringPool();
    const plain = heap(copy);
    const interned = heap((i) => internSummary(copy(i), pool));
    assert.ok(interned < plain * 0.9, `interned ${interned} B vs ${plain} B`);
  });
});
