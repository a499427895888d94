// Claims: a claim's source is the whole phrase up to its head noun, not a name or modifier inside it, as tables.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

/** The source name and the words it rests on, of the claim at `cue`. */
function sourceAt(text: string, cue: string): { name: string; words: string } {
  const claim = analyze(text).claims.find((c) => text.slice(c.cue.start, c.cue.end) === cue);
  assert.ok(claim, `no claim at "${cue}"`);
  const span = claim.source.phrase ?? claim.source.mention;
  return { name: claim.source.name, words: span ? text.slice(span.start, span.end) : '' };
}

const accordingCases: { text: string; cue: string; name: string }[] = [
  {
    text: 'Turnout fell sharply, according to Federal Election Commission records released on Friday.',
    cue: 'according to',
    name: 'Federal Election Commission records',
  },
  {
    text: 'The mayor leads by nine points, according to a new Daily Star-KTV poll.',
    cue: 'according to',
    name: 'a new Daily Star-KTV poll',
  },
  { text: 'According to Lopez’s memo, the bridge was never inspected.', cue: 'According to', name: 'Lopez’s memo' },
  {
    text: 'The firm paid no tax, according to a 40-page civil complaint filed by the state.',
    cue: 'according to',
    name: 'a 40-page civil complaint',
  },
  // unchanged: a name alone, a name before its appositive, a plain noun phrase
  { text: 'According to Maria Lopez, the plan would fail.', cue: 'According to', name: 'Maria Lopez' },
  { text: 'The plan would fail, according to the Harbor Institute.', cue: 'according to', name: 'Harbor Institute' },
  {
    text: 'He won the county easily, according to three radio stations.',
    cue: 'according to',
    name: 'three radio stations',
  },
];

describe('claims: "according to" takes the source up to its head noun', () => {
  for (const c of accordingCases) it(`${c.name}: ${c.text}`, () => assert.equal(sourceAt(c.text, c.cue).name, c.name));
});
