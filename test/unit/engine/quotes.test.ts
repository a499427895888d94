// Direct quotes: quotation mark styles, multi-paragraph quotes, nesting, apostrophes, partial fragments, unbalanced marks.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

const quotesOf = (text: string) =>
  analyze(text).quotes.map((q) => ({
    text: q.text,
    partial: q.partial,
    unclosed: q.unclosed,
    slice: text.slice(q.start, q.end),
  }));

describe('findQuotes', () => {
  const shapes: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'curly marks',
      text: '“We will stay the course,” the minister said.',
      expected: ['We will stay the course,'],
    },
    {
      name: 'straight marks',
      text: '"We will stay the course," the minister said.',
      expected: ['We will stay the course,'],
    },
    {
      name: "'' style",
      text: "''We will stay the course,'' the minister said.",
      expected: ['We will stay the course,'],
    },
    {
      name: "`` and '' style",
      text: "``We will stay the course,'' the minister said.",
      expected: ['We will stay the course,'],
    },
    {
      name: 'two quotes in one paragraph',
      text: '“First part,” she said. “Second part.”',
      expected: ['First part,', 'Second part.'],
    },
    {
      name: 'nested single quotes stay inside',
      text: '“He told me ‘never again’ and left,” she said.',
      expected: ['He told me ‘never again’ and left,'],
    },
    {
      name: 'double quotes nested in a single-quoted quote',
      text: '‘We read “War and Peace” twice,’ he said.',
      expected: ['We read “War and Peace” twice,'],
    },
    {
      name: 'apostrophes are not marks',
      text: 'Ukraine’s army didn’t retreat in the ’90s, and the soldiers’ morale held.',
      expected: [],
    },
  ];
  for (const { name, text, expected } of shapes) {
    it(name, () =>
      assert.deepEqual(
        quotesOf(text).map((q) => q.text),
        expected,
      ),
    );
  }

  it('spans include the marks and inner excludes them', () => {
    const text = 'She said: “Stay calm.”';
    const [q] = analyze(text).quotes;
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), '“Stay calm.”');
    assert.equal(text.slice(q.inner.start, q.inner.end), 'Stay calm.');
  });

  it('a quote running over paragraphs gives one span per paragraph, the open ones unclosed', () => {
    const text =
      'The mayor said: “The first paragraph of the statement runs on.\n\n“The second paragraph goes on.\n\n“And the third ends it.”';
    const analysis = analyze(text);
    assert.deepEqual(
      analysis.quotes.map((q) => [q.paragraph, q.unclosed]),
      [
        [0, true],
        [1, true],
        [2, false],
      ],
    );
    assert.equal(analysis.problems.filter((p) => p.code === 'unbalanced-quote').length, 0);
  });

  it('short fragments inside running text are partial, full quotes are not', () => {
    const text =
      'He said the capture would not be a “turning point” of the war. “We are ready for a long fight,” he added.';
    assert.deepEqual(
      quotesOf(text).map((q) => [q.text, q.partial]),
      [
        ['turning point', true],
        ['We are ready for a long fight,', false],
      ],
    );
  });

  it('a short quote right after a speech verb is a quotation; after a naming verb it is a label', () => {
    const text =
      'The crowd chanted “four more years” and the mayor said, “thanks.” She called the plan “a disgrace” on Monday.';
    assert.deepEqual(
      quotesOf(text).map((q) => [q.text, q.partial]),
      [
        ['four more years', false],
        ['thanks.', false],
        ['a disgrace', true],
      ],
    );
  });

  it('a short quoted name opening a sentence that goes on is partial; a quote set off by its own punctuation is not', () => {
    const text =
      '“Refoulement” (forcible return) is forbidden.\n\n‘Night Train’ has fun with the rumours. It aired in May. “Night Train” was a hit.\n\n“Never,” she said. “No.” He left.';
    assert.deepEqual(
      quotesOf(text).map((q) => [q.text, q.partial]),
      [
        ['Refoulement', true],
        ['Night Train', true],
        ['Night Train', true],
        ['Never,', false],
        ['No.', false],
      ],
    );
  });

  it('titles in quotation marks are partial', () => {
    const text = 'She appeared on the show, “Meet the Press Daily,” on Sunday.';
    assert.equal(quotesOf(text)[0]?.partial, true);
  });

  const unbalanced: { name: string; text: string }[] = [
    { name: 'opened and never closed', text: 'He said: “This never ends.\n\nThe next paragraph is narration.' },
    { name: 'a stray closing mark', text: 'This sentence ends” oddly.' },
    { name: 'an odd straight mark at the end', text: 'He said "this never ends.' },
  ];
  for (const { name, text } of unbalanced) {
    it(`reports an unbalanced quote: ${name}`, () => {
      const problems = analyze(text).problems.filter((p) => p.code === 'unbalanced-quote');
      assert.equal(problems.length, 1);
      assert.ok(problems[0]!.message.length > 10);
    });
  }

  // Growth is measured by npm run bench:scaling and counted without a clock in scaling.test.ts.
  it('finds every quote of a long run of quotes, and one quote on a very long line', function () {
    this.timeout(120000);
    assert.equal(analyze('“Yes,” he said. '.repeat(10000)).quotes.length, 10000);
    assert.equal(analyze(`“${'word '.repeat(200000)}`).quotes.length, 1);
  });
});
