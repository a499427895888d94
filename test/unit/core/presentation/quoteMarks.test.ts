// Quotation-mark repairs: curling straight marks and closing each opening mark with its partner.
import assert from 'node:assert/strict';
import { closingMarkFor, curlyDoubleQuotes } from '../../../../src/core/presentation/quoteMarks';

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
