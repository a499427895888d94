// Work of the engine's own finders grows linearly with the input: counted as reads of the token and
// sentence arrays when the input doubles, not timed (speed itself is measured by `npm run bench:scaling`).
import assert from 'node:assert/strict';
import { prepareText, runFinders } from '../../../src/engine/pipeline';

/** Most reads one doubling of the input may add: 2 is linear, 4 quadratic. */
const MAX_READ_GROWTH = 2.3;
const SIZE = 12000;

/** `array` behind a proxy that counts element reads into `counter`. */
function counted<T>(array: T[], counter: { reads: number }): T[] {
  return new Proxy(array, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function finderReads(text: string): number {
  const prepared = prepareText(text, { expectHeader: true });
  const counter = { reads: 0 };
  prepared.ctx.tokens = counted(prepared.ctx.tokens, counter);
  prepared.ctx.sentences = counted(prepared.ctx.sentences, counter);
  runFinders(prepared, { referenceDate: '2023-03-08' });
  return counter.reads;
}

const repeat =
  (unit: string) =>
  (size: number): string =>
    unit.repeat(Math.round(size / unit.length));
/** `build` after one word, so that a text of marks alone is still read as a paragraph. */
const withWord =
  (build: (size: number) => string) =>
  (size: number): string =>
    `Words ${build(size)}`;
const inputs: { name: string; build: (size: number) => string }[] = [
  { name: 'repeated weekdays', build: repeat('They met on Monday. ') },
  { name: 'weekdays without full stops', build: repeat('they met on Monday and ') },
  { name: 'nested quotes', build: (size) => `${'“‘'.repeat(size / 4)}word${'’”'.repeat(size / 4)}` },
  {
    name: 'nested quotes around words',
    build: (size) => `${'“a ‘b '.repeat(size / 12)}word${' c’ d”'.repeat(size / 12)}`,
  },
  // (Marks with no space at all make one token per parse chunk: the finders' binary searches then add a
  // log factor that counts as growth here; bench:scaling times that input instead.)
  // A line without letters or digits is no paragraph (structure.ts), so one word keeps the marks in the text.
  { name: 'runs of quotation marks between spaces', build: withWord(repeat('“”"\'‘’ ')) },
  { name: 'quotes with cues', build: repeat('“We will win,” she said, “and “soon” they say ‘never’. ') },
  { name: 'partial quotes in one sentence', build: repeat('he called it “a” and “b” and ') },
  { name: 'colon introductions', build: repeat('She said: “Yes” and: “No” ') },
  { name: 'capitals', build: repeat('A B C D E F G ') },
  { name: 'commas', build: repeat('Smith, a, b, c, said ') },
  {
    name: 'claims',
    build: repeat(
      'Officials claimed that the plan, which critics said would fail, was working, adding that it had support. ',
    ),
  },
];

describe('scaling: the finders read the tokens a linear number of times', function () {
  this.timeout(120000);
  for (const { name, build } of inputs) {
    it(name, () => {
      const small = finderReads(`date 2023-03-08\n${build(SIZE)}`);
      const large = finderReads(`date 2023-03-08\n${build(2 * SIZE)}`);
      assert.ok(small > 0, 'the finders read the tokens');
      assert.ok(
        large / small <= MAX_READ_GROWTH,
        `reads grew ×${(large / small).toFixed(2)} when the input doubled (${small} → ${large})`,
      );
    });
  }

  it('counts a quadratic scan as one (the probe itself works)', () => {
    const scan = (n: number): number => {
      const counter = { reads: 0 };
      const tokens = counted(
        Array.from({ length: n }, (_, i) => i),
        counter,
      );
      for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) void tokens[j];
      return counter.reads;
    };
    assert.ok(scan(400) / scan(200) > MAX_READ_GROWTH);
  });
});
