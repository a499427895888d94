// Claims: participles, noun cues, claim-only verbs, clause ends and spurious cues, as tables.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

interface Seen {
  source: string;
  cue: string;
  content: string;
}

function claimsOf(text: string): Seen[] {
  return analyze(text).claims.map((c) => ({
    source: c.source.name,
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
  }));
}

describe('claims: cues and clause ends', () => {
  const cases: { name: string; text: string; expected: Seen[] }[] = [
    {
      name: 'a participle after a comma reports a claim of its own',
      text: 'Maria Lopez said the report was false, adding that the agreements were signed early.',
      expected: [
        { source: 'Maria Lopez', cue: 'said', content: 'the report was false' },
        { source: 'Maria Lopez', cue: 'adding', content: 'the agreements were signed early' },
      ],
    },
    {
      name: 'a participle after a closing reporting clause keeps its source',
      text: '“This is bad,” Jason Chaffetz said in a statement, adding that the agreements were signed early.',
      expected: [{ source: 'Jason Chaffetz', cue: 'adding', content: 'the agreements were signed early' }],
    },
    {
      name: 'a noun cue with a possessive owner ("call for")',
      text: "Lopez's call for new elections was rejected.",
      expected: [{ source: 'Lopez', cue: 'call for', content: 'new elections' }],
    },
    {
      name: 'a claim-only verb ("stated")',
      text: 'David Brooks stated that the debate was good.',
      expected: [{ source: 'David Brooks', cue: 'stated', content: 'the debate was good' }],
    },
    {
      name: 'a cue verb tagged as a noun ("survey show that")',
      text: 'Data from the survey show that women earned less.',
      expected: [{ source: 'Data from the survey', cue: 'show', content: 'women earned less' }],
    },
    {
      name: 'a semicolon ends the content',
      text: 'Republicans said the timing was not intentional; the hearing went on.',
      expected: [{ source: 'Republicans', cue: 'said', content: 'the timing was not intentional' }],
    },
    {
      name: 'a second reporting clause after "while" starts a new claim',
      text: 'Maria Lopez said the bridge will reopen, while critics said the plan would fail.',
      expected: [
        { source: 'Maria Lopez', cue: 'said', content: 'the bridge will reopen' },
        { source: 'critics', cue: 'said', content: 'the plan would fail' },
      ],
    },
    {
      name: 'a closing quotation mark and a capital end the sentence',
      text: 'She said that "it is over." Then Maria Lopez said the talks had failed.',
      expected: [
        { source: 'She', cue: 'said', content: 'it is over' },
        { source: 'Maria Lopez', cue: 'said', content: 'the talks had failed' },
      ],
    },
    {
      name: '"find" locating a thing or with a reflexive object, and the verb "found", are no cues; a finding is',
      text: 'The senator found herself in a tight race. Ailes helped found the network in 1996. The drug was found in his car. The official was found to have lied. Investigators found that the money was missing.',
      expected: [
        { source: '', cue: 'found', content: 'The official was found to have lied' },
        { source: 'Investigators', cue: 'found', content: 'the money was missing' },
      ],
    },
    {
      name: '"show up", "show off", "went on to win", "went on the offensive" and a perceived "was seen …" are no cues; "was seen as" and "polls show" are',
      text: 'Republicans may now show up to vote. The skaters filmed moves to show off later. Reagan went on to win that year. Trump went on the offensive. Officers were seen gathered around a man. The mayor was seen as a reformer. Polls show Clinton ahead.',
      expected: [
        { source: '', cue: 'seen', content: 'The mayor was seen as a reformer' },
        { source: 'Polls', cue: 'show', content: 'Clinton ahead' },
      ],
    },
    {
      name: 'the whole listener of "told" is skipped: a name, its last word kept as the subject when a verb follows',
      text: '“You don’t belong,” his son told The Morning Show in a 2013 interview. Mnuchin told The Washington Post earlier this week that the party needs money. Smith told Fox News Trump would win.',
      expected: [
        { source: 'Mnuchin', cue: 'told', content: 'the party needs money' },
        { source: 'Smith', cue: 'told', content: 'Trump would win' },
      ],
    },
    {
      name: 'an impression ("seems to") has no source',
      text: 'The plan seems to be the common refrain.',
      expected: [{ source: '', cue: 'seems to', content: 'be the common refrain' }],
    },
    {
      name: "a question without its asker is not claimed by the answer's speaker",
      text: 'Asked about the bomb, Clinton said, “I think it is important to know the facts.”',
      expected: [{ source: '', cue: 'Asked about', content: 'the bomb' }],
    },
    { name: 'a naming verb is not a claim', text: 'He starred in a show called The Apprentice.', expected: [] },
    {
      name: 'an action verb takes a position: "portrayed … as"',
      text: 'Senator Hale portrayed the deal as a giveaway to the builders.',
      expected: [{ source: 'Hale', cue: 'portrayed', content: 'the deal as a giveaway to the builders' }],
    },
    {
      name: 'an action verb with its particle: "pushed for"',
      text: 'The union pushed for a shorter week.',
      expected: [{ source: 'The union', cue: 'pushed for', content: 'a shorter week' }],
    },
    {
      name: 'an action verb: "downplayed"',
      text: 'The governor downplayed the risk of flooding.',
      expected: [{ source: 'The governor', cue: 'downplayed', content: 'the risk of flooding' }],
    },
    {
      name: 'an action verb is a claim cue, not a quote cue',
      text: '“We will fix the roads,” the mayor said, offering a plan to repave every street.',
      expected: [{ source: 'the mayor', cue: 'offering', content: 'a plan to repave every street' }],
    },
    {
      name: 'a naming verb after a noun is not a claim',
      text: 'She joined a group named the Harbor Watch.',
      expected: [],
    },
    {
      name: '"called for" after a name is a call, not a name given',
      text: 'Senator Hale called for an inquiry into the contract.',
      expected: [{ source: 'Hale', cue: 'called for', content: 'an inquiry into the contract' }],
    },
    {
      name: 'a present "calls" after a common noun is a claim',
      text: 'The mayor calls the plan a disaster.',
      expected: [{ source: 'The mayor', cue: 'calls', content: 'the plan a disaster' }],
    },
    {
      name: '"called it" after a common noun is a claim',
      text: 'The mayor called it a disaster.',
      expected: [{ source: 'The mayor', cue: 'called', content: 'it a disaster' }],
    },
    { name: '"denied bail" is not a claim', text: 'The suspect was denied bail on Monday.', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = claimsOf(c.text).filter((x) => c.expected.length === 0 || c.expected.some((e) => e.cue === x.cue));
      assert.deepEqual(got, c.expected);
    });
  }

  it('a quote cue introducing a "that" clause still reports the clause', () => {
    const text =
      '“Who should serve on the court?”  The Brennan Center for Justice noted that through March, ad spending had reached $2 million.';
    const noted = claimsOf(text).find((c) => c.cue === 'noted');
    assert.equal(noted?.content, 'through March, ad spending had reached $2 million');
  });
});
