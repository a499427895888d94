// The speaker picker's ranking: what the reader types highlights the best existing name before a new one.
import * as assert from 'node:assert/strict';
import { acceptedName, bestNameMatch, nameMatchScore } from '../../../../src/core/review/choices';

const CHOICES = [
  { name: 'Hillary Clinton' },
  { name: 'Sybil Stone' },
  { name: 'Billings Gazette' },
  { name: 'Bill Clinton' },
  { name: 'Billy Joel' },
];

describe('name pick ranking', () => {
  const table: [typed: string, expected: string | undefined][] = [
    ['Bill', 'Bill Clinton'],
    ['Bil', 'Billings Gazette'],
    ['bill', 'Bill Clinton'],
    ['  BILL  ', 'Bill Clinton'],
    ['Bill Clinton', 'Bill Clinton'],
    ['bill cl', 'Bill Clinton'],
    ['bi cl', 'Bill Clinton'],
    ['Clinton', 'Hillary Clinton'],
    ['Billy', 'Billy Joel'],
    ['Gazette', 'Billings Gazette'],
    ['ybil', 'Sybil Stone'],
    ['Zed', undefined],
    ['', undefined],
  ];
  for (const [typed, expected] of table)
    it(`"${typed}" highlights ${expected ?? 'nothing'}`, () => {
      assert.equal(bestNameMatch(typed, CHOICES)?.name, expected);
    });

  it('scores the whole name over its first words over its start over a word start over anywhere', () => {
    assert.equal(nameMatchScore('bill clinton', 'Bill Clinton'), 5);
    assert.equal(nameMatchScore('bill', 'Bill Clinton'), 4);
    assert.equal(nameMatchScore('bill c', 'Bill Clinton'), 3);
    assert.equal(nameMatchScore('clin', 'Bill Clinton'), 2);
    assert.equal(nameMatchScore('ll cl', 'Bill Clinton'), 1);
    assert.equal(nameMatchScore('bob', 'Bill Clinton'), 0);
  });

  it('Enter on the highlighted best match takes it, not the typed prefix as a new name', () => {
    const highlighted = bestNameMatch('Bill', CHOICES);
    assert.deepEqual(acceptedName('Bill', highlighted, CHOICES), { name: 'Bill Clinton' });
  });
});
