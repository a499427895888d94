import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import type { DateMention } from '../../../src/engine/types';

const REF = '2023-03-08'; // a Wednesday

function datesOf(text: string, referenceDate?: string): DateMention[] {
  return analyze(text, referenceDate ? { referenceDate } : {}).dates;
}

describe('dates: relative forms against a reference date', () => {
  const cases: { text: string; mention: string; date?: string; range?: [string, string] }[] = [
    { text: 'He spoke on Wednesday.', mention: 'Wednesday', date: '2023-03-08' },
    { text: 'He spoke on Tuesday.', mention: 'Tuesday', date: '2023-03-07' },
    { text: 'He spoke on Thursday.', mention: 'Thursday', date: '2023-03-02' },
    { text: 'It aired Wednesday night.', mention: 'Wednesday night', date: '2023-03-08' },
    { text: 'They met last Wednesday.', mention: 'last Wednesday', date: '2023-03-01' },
    { text: 'They meet next Monday.', mention: 'next Monday', date: '2023-03-13' },
    { text: 'The leaders will meet on Friday.', mention: 'Friday', date: '2023-03-10' },
    { text: 'Monday’s vote was close.', mention: 'Monday', date: '2023-03-06' },
    { text: 'It rained yesterday.', mention: 'yesterday', date: '2023-03-07' },
    { text: 'It rains today.', mention: 'today', date: '2023-03-08' },
    { text: 'It happened two days ago.', mention: 'two days ago', date: '2023-03-06' },
    { text: 'It happened a week ago.', mention: 'a week ago', date: '2023-03-01' },
    { text: 'They met last week.', mention: 'last week', range: ['2023-02-27', '2023-03-05'] },
    { text: 'They meet next month.', mention: 'next month', range: ['2023-04-01', '2023-04-30'] },
    { text: 'Prices rose last year.', mention: 'last year', range: ['2022-01-01', '2022-12-31'] },
    { text: 'Fighting grew over the last weeks.', mention: 'the last weeks', range: ['2023-02-22', '2023-03-08'] },
    {
      text: 'Fighting grew in the past three days.',
      mention: 'the past three days',
      range: ['2023-03-05', '2023-03-08'],
    },
    { text: 'He resigned earlier this month.', mention: 'earlier this month', range: ['2023-03-01', '2023-03-08'] },
  ];
  for (const c of cases) {
    it(`${c.text} → ${c.date ?? c.range?.join('..')}`, () => {
      const d = datesOf(c.text, REF).find((x) => x.text === c.mention);
      assert.ok(d, `no "${c.mention}" in ${JSON.stringify(datesOf(c.text, REF))}`);
      assert.equal(d.relative, true);
      assert.equal(d.date, c.date);
      assert.deepEqual(d.range && [d.range.start, d.range.end], c.range);
      assert.equal(c.text.slice(d.start, d.end), c.mention);
    });
  }
});

describe('dates: absolute and unresolved', () => {
  it('a full date is absolute with its day', () => {
    const d = datesOf('The deal was signed on March 7, 2023 in Paris.')[0];
    assert.ok(d);
    assert.equal(d.relative, false);
    assert.equal(d.date, '2023-03-07');
  });
  it('a day without a year takes the year from the reference date', () => {
    const d = datesOf('Talks started on Sept. 11 in Geneva.', REF)[0];
    assert.ok(d);
    assert.equal(d.text, 'Sept. 11');
    assert.equal(d.relative, false);
    assert.equal(d.date, '2022-09-11');
  });
  it('a day without a year and no reference date is found but not resolved', () => {
    const d = datesOf('Talks started on Sept. 11 in Geneva.')[0];
    assert.ok(d);
    assert.equal(d.date, undefined);
  });
  it('without a reference date relative mentions are found, unresolved', () => {
    const ds = datesOf('He spoke on Tuesday, two days ago, and last week.');
    assert.deepEqual(
      ds.map((d) => d.text),
      ['Tuesday', 'two days ago', 'last week'],
    );
    for (const d of ds) {
      assert.equal(d.relative, true);
      assert.equal(d.date, undefined);
      assert.equal(d.range, undefined);
    }
  });
  it('modal "may" and the verb "march" are not dates', () => {
    assert.deepEqual(datesOf('Bakhmut may fall. Protesters march on.', REF), []);
  });
});

describe('dates: absolute forms', () => {
  const cases: { text: string; mention: string; date?: string; range?: [string, string] }[] = [
    {
      text: 'Talks ran March 7-9 in Paris.',
      mention: 'March 7-9',
      date: '2023-03-07',
      range: ['2023-03-07', '2023-03-09'],
    },
    { text: 'It was the 7th March 2023.', mention: '7th March 2023', date: '2023-03-07' },
    { text: 'By Dec. 31, 2022 it was over.', mention: 'Dec. 31, 2022', date: '2022-12-31' },
    { text: 'They met on Jan 1st.', mention: 'Jan 1st', date: '2023-01-01' },
    { text: 'They met in June 2020.', mention: 'June 2020', range: ['2020-06-01', '2020-06-30'] },
    { text: 'A leap day: Feb 29, 2024.', mention: 'Feb 29, 2024', date: '2024-02-29' },
    { text: 'Not a day: Feb 29, 2023.', mention: 'Feb 29, 2023' },
    { text: 'Not a day: 2023-02-30.', mention: '2023-02-30' },
    { text: 'Back in September 97 it rained.', mention: 'September 97', range: ['1997-09-01', '1997-09-30'] },
  ];
  for (const c of cases) {
    it(`${c.text} → ${c.date ?? c.range?.join('..') ?? 'unresolved'}`, () => {
      const d = datesOf(c.text, REF).find((m) => m.text === c.mention);
      assert.ok(d, `no mention "${c.mention}"`);
      assert.equal(d.relative, false);
      assert.equal(d.date, c.date);
      assert.deepEqual(d.range && [d.range.start, d.range.end], c.range);
    });
  }
});

describe('dates: future cues stay within the weekday’s sentence', () => {
  it('a future verb in the previous sentence does not move a weekday forward', () => {
    const d = datesOf('The board will decide soon. It met on Monday.', REF).find((m) => m.text === 'Monday');
    assert.equal(d?.date, '2023-03-06');
  });
  it('a future verb earlier in the same sentence does', () => {
    const d = datesOf('The board will meet again on Monday.', REF).find((m) => m.text === 'Monday');
    assert.equal(d?.date, '2023-03-13');
  });
  it('every one of many repeated weekdays is found once', () => {
    const ds = datesOf('They met on Monday. '.repeat(3000), REF);
    assert.equal(ds.length, 3000);
    assert.ok(ds.every((d) => d.date === '2023-03-06'));
  });
});

describe('dates: the sample article', () => {
  const text = fs.readFileSync(path.join(repoRoot(), 'seeds/000_ff2cfafdf74160c4.txt'), 'utf8');
  const dates = analyze(text, { expectHeader: true }).dates;
  it('Wednesday → 2023-03-08', () => assert.ok(dates.some((d) => d.text === 'Wednesday' && d.date === '2023-03-08')));
  it('Tuesday → 2023-03-07', () => assert.ok(dates.some((d) => d.text === 'Tuesday' && d.date === '2023-03-07')));
  it('Wednesday night → 2023-03-08', () =>
    assert.ok(dates.some((d) => d.text === 'Wednesday night' && d.date === '2023-03-08')));
  it('over the last weeks → a range ending on the article date', () => {
    const d = dates.find((x) => x.text.endsWith('last weeks'));
    assert.ok(d?.range);
    assert.equal(d.range.end, '2023-03-08');
  });
});
