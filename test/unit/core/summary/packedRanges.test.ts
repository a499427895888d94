// Ranges packed four numbers each: what the index keeps of an entity's mentions.
import assert from 'node:assert/strict';
import { mergeRanges, packRanges, rangeAt, rangeCount, unpackRanges } from '../../../../src/core/summary/packedRanges';
import { summarize } from '../../../../src/core/summary/summary';
import { analyze } from '../../../../src/engine';

describe('packed ranges', () => {
  const tuples: [number, number, number, number][] = [
    [0, 4, 0, 9],
    [2, 0, 2, 7],
  ];

  it('pack and unpack, count and index', () => {
    const packed = packRanges(tuples);
    assert.deepEqual(packed, [0, 4, 0, 9, 2, 0, 2, 7]);
    assert.equal(rangeCount(packed), 2);
    assert.deepEqual(rangeAt(packed, 1), [2, 0, 2, 7]);
    assert.equal(rangeAt(packed, 2), undefined);
    assert.deepEqual(unpackRanges(packed), tuples);
  });

  it('merge two lists in document order', () => {
    assert.deepEqual(unpackRanges(mergeRanges(packRanges([tuples[1]!]), packRanges([tuples[0]!, [3, 1, 3, 2]]))), [
      ...tuples,
      [3, 1, 3, 2],
    ]);
  });

  it('a summary keeps an entity’s mentions packed, in document order', () => {
    const text = 'date 2024-01-02 Ann Lee spoke.\n\n“We won,” Ann Lee said. Lee left.\n';
    const summary = summarize('/w/a.txt', text, analyze(text, { expectHeader: true }));
    const ann = summary.entities.find((e) => e.name === 'Ann Lee');
    assert.ok(ann);
    assert.ok(ann.mentions.every((n) => typeof n === 'number'));
    const ranges = unpackRanges(ann.mentions);
    assert.equal(ranges.length, rangeCount(ann.mentions));
    assert.ok(ranges.length >= 2);
    assert.deepEqual(ranges[0], [0, 16, 0, 23]);
    assert.deepEqual(
      [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
      ranges,
    );
  });
});
