// Descriptions as speakers ("the mayor", "the utility") resolved to the entity the article names; the words in the
// text stay the speaker's mention.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

interface Row {
  text: string;
  /** The speaker of the last direct quote. */
  name: string;
  /** The words the mention covers. */
  mention: string;
}

const rows: Row[] = [
  {
    text: 'Mayor Irene Vask opened the session. “The budget is balanced,” the mayor said.',
    name: 'Irene Vask',
    mention: 'the mayor',
  },
  {
    text: 'Northfield Power Corp. raised its rates in March. “The increase is needed,” the utility said.',
    name: 'Northfield Power Corp.',
    mention: 'the utility',
  },
  {
    text: 'Lena Ortiz, the county clerk, counted the ballots. “It is done,” the clerk said.',
    name: 'Lena Ortiz',
    mention: 'the clerk',
  },
  {
    text:
      'Rivertown Bank fined Alder Mining Ltd. last year. The Alder Mining Ltd. board met on Monday.\n\n' +
      '“We will appeal,” the company said.',
    name: 'Alder Mining Ltd.',
    mention: 'the company',
  },
  {
    text: 'The Department of Roads closed the bridge. “It is unsafe,” the department said.',
    name: 'Department of Roads',
    mention: 'the department',
  },
];

describe('speakers: descriptions resolved to the named entity', () => {
  for (const row of rows) {
    it(row.text.split('\n')[0]!, () => {
      const quotes = analyze(row.text).quotes.filter((q) => !q.partial);
      const speaker = quotes[quotes.length - 1]?.speaker;
      assert.equal(speaker?.name, row.name);
      assert.equal(speaker?.mention && row.text.slice(speaker.mention.start, speaker.mention.end), row.mention);
      assert.equal(speaker?.description, row.mention);
      assert.ok(speaker?.evidence.some((e) => e.includes('(described)')));
    });
  }

  it('leaves a description as it is when nothing in the article fits', () => {
    const text = 'Lena Ortiz counted the ballots. “It is done,” the mayor said.';
    const speaker = analyze(text).quotes[0]?.speaker;
    assert.equal(speaker?.name, 'the mayor');
    assert.equal(speaker?.description, undefined);
  });

  it('never resolves "the company" to a person or a place', () => {
    const text = 'Ana Ruiz flew to Denver. “We will appeal,” the company said.';
    assert.equal(analyze(text).quotes[0]?.speaker?.name, 'the company');
  });
});
