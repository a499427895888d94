// LineIndex: character offsets to line and column.
import assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/summary/lineIndex';

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
