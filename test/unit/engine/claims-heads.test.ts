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
    text: 'Turnout fell sharply, according to Federal Election Commission records.',
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
    text: 'The firm paid no tax, according to a 40-page civil complaint.',
    cue: 'according to',
    name: 'a 40-page civil complaint',
  },
  {
    text: 'Turnout rose 3 percent, according to data released Friday by state regulators.',
    cue: 'according to',
    name: 'data released Friday by state regulators',
  },
  {
    text: 'The levy failed, according to a poll taken last week.',
    cue: 'according to',
    name: 'a poll taken last week',
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

/** The speaker is the head noun; the name after its preposition only says whose: the whole phrase is the source. */
const complementCases: { text: string; cue: string; name: string }[] = [
  {
    text: 'A spokeswoman for Harbor Freight Lines said that the trucks were safe.',
    cue: 'said',
    name: 'A spokeswoman for Harbor Freight Lines',
  },
  {
    text: 'A study by the Lakeside Institute found that the schools were underfunded.',
    cue: 'found',
    name: 'A study by the Lakeside Institute',
  },
  {
    text: 'Advisers to Mayor Tom Reyes say he has grown tired of the fight.',
    cue: 'say',
    name: 'Advisers to Mayor Tom Reyes',
  },
  { text: 'Even some of his admirers wonder whether he can win.', cue: 'wonder', name: 'some of his admirers' },
  {
    text: 'The management of the station said on Monday that its lawyers were busy.',
    cue: 'said',
    name: 'The management of the station',
  },
  // unchanged: a name that holds "of", a modifier after "in"
  { text: 'The Bank of Lisbon said that rates would rise.', cue: 'said', name: 'Bank of Lisbon' },
  { text: 'A staffer in the room said that the talks broke down.', cue: 'said', name: 'A staffer' },
];

describe('claims: a source with a complement is the whole phrase, headed by its noun', () => {
  for (const c of complementCases) it(`${c.name}: ${c.text}`, () => assert.equal(sourceAt(c.text, c.cue).name, c.name));
});

describe('claims: a surname that reads as a verb form is still a source', () => {
  it('"Dana Weingarten declared that …"', () =>
    assert.equal(sourceAt('Dana Weingarten declared that the schools matter.', 'declared').name, 'Dana Weingarten'));
});

describe('claims: the phrase before ", who …," is the head it modifies, not the place after "in"', () => {
  it('"A bank teller in Ohio, who …, said"', () =>
    assert.equal(
      sourceAt('A bank teller in Ohio, who has worked there for years, said the rules changed.', 'said').name,
      'A bank teller',
    ));
  it('"… a bank teller in Ohio, who said …"', () =>
    assert.equal(
      sourceAt('The mayor met a bank teller in Ohio, who said the rules had changed.', 'said').name,
      'a bank teller',
    ));
});
