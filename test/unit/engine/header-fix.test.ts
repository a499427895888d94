// Dates as people write them on an article's first lines, rewritten as the `date YYYY-MM-DD` header.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { articleDateLine, headerFixFor } from '../../../src/engine/text/headerFix';

/** The first line after applying the fix. */
const rewritten = (text: string): string | null => {
  const fix = headerFixFor(text);
  return fix ? (text.slice(0, fix.start) + fix.header + text.slice(fix.end)).split('\n')[0]! : null;
};

describe('header fixes', () => {
  const rows: [string, string | null][] = [
    ['Date: 2016-07-05\nBody.', 'date 2016-07-05'],
    ['2016-07-05\nBody.', 'date 2016-07-05'],
    ['July 5, 2016\nBody.', 'date 2016-07-05'],
    ['5 July 2016\nBody.', 'date 2016-07-05'],
    ['Published July 5, 2016\nBody.', 'date 2016-07-05'],
    ['Posted on Tuesday, Nov. 8th, 2022 — Local news\nBody.', 'date 2022-11-08 — Local news'],
    ['date 2016-7-5 The council met.', 'date 2016-07-05 The council met.'],
    ['Updated: 2019/03/09 14:00', 'date 2019-03-09 14:00'],
    ['February 30, 2016\nBody.', null],
    ['The council met on July 5, 2016.', null],
    ['Mayday 5, 2016', null],
  ];
  for (const [text, expected] of rows)
    it(`${JSON.stringify(text.split('\n')[0])} → ${JSON.stringify(expected)}`, () =>
      assert.equal(rewritten(text), expected));

  it('every header problem of a date line has a fix that leaves no header problem', () => {
    for (const [text, expected] of rows) {
      if (!expected) continue;
      const before = analyze(text, { expectHeader: true, today: '2030-01-01' }).problems;
      assert.ok(
        before.some((p) => /header/.test(p.code)),
        `a header problem for ${text}`,
      );
      const fixed = expected + text.slice(text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
      const after = analyze(fixed, { expectHeader: true, today: '2030-01-01' }).problems;
      assert.deepEqual(
        after.filter((p) => /header/.test(p.code)).map((p) => p.code),
        [],
      );
    }
  });

  it('finds the date in the first lines of a plain-text article, not further down', () => {
    const text = 'Council backs the bridge\nBy Ana Ruiz\nJuly 5, 2016\n\nThe council voted.';
    const found = articleDateLine(text);
    assert.equal(found?.header, 'date 2016-07-05');
    assert.equal(text.slice(found!.start, found!.end), 'July 5, 2016');
    assert.equal(articleDateLine('One\nTwo\nThree\nFour\nJuly 5, 2016'), null);
    assert.equal(articleDateLine(''), null);
  });
});
