// Claims: topic cues, a quote's own cue, verb forms that read as nouns, and where a claim's source comes from, as tables.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';

interface Seen {
  source: string;
  mention: string;
  cue: string;
  content: string;
}

function claimsOf(text: string): Seen[] {
  return analyze(text).claims.map((c) => ({
    source: c.source.name,
    mention: c.source.mention ? text.slice(c.source.mention.start, c.source.mention.end) : '',
    cue: text.slice(c.cue.start, c.cue.end),
    content: text.slice(c.content.start, c.content.end),
  }));
}

const cases: { name: string; text: string; expected: Seen[] }[] = [
  // Topic cues: the claim is the topic phrase after the preposition.
  {
    name: '"said of" after a quote claims its topic',
    text: '“It is fine,” Maria Lopez said of the plan.',
    expected: [{ source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said of', content: 'the plan' }],
  },
  {
    name: "a topic participle after a closing clause keeps the closing clause's source",
    text: 'The economy is weak, Maria Lopez said, referring to the new budget.',
    expected: [
      { source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said', content: 'The economy is weak' },
      { source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'referring to', content: 'the new budget' },
    ],
  },
  {
    name: 'a topic phrase ends at the comma; a participle after it is a claim of its own',
    text: 'Tom Baker warned against a deal with the company, saying it would fail.',
    expected: [
      { source: 'Tom Baker', mention: 'Tom Baker', cue: 'warned against', content: 'a deal with the company' },
      { source: 'Tom Baker', mention: 'Tom Baker', cue: 'saying', content: 'it would fail' },
    ],
  },
  // After the cue of a direct quote only a clause is a claim.
  {
    name: 'the object of "told" after a quote is not a claim',
    text: '“We will win,” Maria Lopez told The Daily Courier on Monday.',
    expected: [],
  },
  {
    name: "a manner phrase after a quote's cue is not a claim",
    text: '“We will win,” Maria Lopez said to cheers.',
    expected: [],
  },
  {
    name: "a time phrase after a quote's cue is not a claim",
    text: '“We will win,” Maria Lopez said several months after the vote.',
    expected: [],
  },
  // Verb forms that read as nouns where they stand.
  {
    name: '"States" inside a name is not a cue',
    text: 'Members of the United States Conference of Mayors met on Monday.',
    expected: [],
  },
  {
    name: 'a possessive before a plural makes it a noun ("His remarks")',
    text: 'His remarks drew criticism on Monday.',
    expected: [],
  },
  {
    name: 'a number and a noun before a plural make it a noun ("seven battleground states")',
    text: 'The party won seven battleground states and a seat.',
    expected: [],
  },
  {
    name: 'a preposition before a plural makes it a noun ("in states")',
    text: 'The party lost in states with closed primaries.',
    expected: [],
  },
  {
    name: 'a noun-prone plural without a subject and an object is a noun ("battleground states")',
    text: 'Obama is touring the battleground states on behalf of the nominee.',
    expected: [],
  },
  {
    name: 'a noun-prone plural after a modifier and before a verb is a noun ("the Paris attacks")',
    text: 'The Paris attacks changed the race.',
    expected: [],
  },
  {
    name: '"back" after a verb is an adverb, not a cue',
    text: 'He would bring jobs back to the country.',
    expected: [],
  },
  {
    name: 'an -ing form after an article and an adjective is a noun ("a strong showing")',
    text: 'The mayor had a strong showing in the suburbs.',
    expected: [],
  },
  {
    name: '"questions" after a verb and before a preposition is a noun',
    text: 'The furor raises questions about the party.',
    expected: [],
  },
  {
    name: 'a cue form after "article + adjective" is a noun ("the only real question")',
    text: 'The only real question now is the cost of the bridge.',
    expected: [],
  },
  {
    name: 'a clause-only verb with a plain object is not a claim ("maintained a pace")',
    text: 'Mrs. Hart maintained an energetic pace into her eighties.',
    expected: [],
  },
  {
    name: '"speaking on condition of anonymity" is not a claim',
    text: 'The guard was speaking on condition of anonymity.',
    expected: [],
  },
  {
    name: 'a capitalised cue in a Title-Case headline is still a cue',
    text: 'Maria Lopez Says The Bridge Is Safe',
    expected: [{ source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'Says', content: 'The Bridge Is Safe' }],
  },
  // Sources.
  {
    name: 'a relative pronoun after an earlier claim takes its antecedent, with "who" as the mention',
    text: 'Maria Lopez cited Tom Baker, who noted that the bridge was closed.',
    expected: [
      { source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'cited', content: 'Tom Baker' },
      { source: 'Tom Baker', mention: 'who', cue: 'noted', content: 'the bridge was closed' },
    ],
  },
  {
    name: "a later verb of a relative clause is the relative pronoun's",
    text: 'The plan angered local farmers, who marched to the capital and called for new elections.',
    expected: [{ source: 'local farmers', mention: 'who', cue: 'called for', content: 'new elections' }],
  },
  {
    name: 'a subject that is neither a name nor a noun phrase is taken from the clause start',
    text: 'While those surveyed said the bridge was safe, engineers disagreed.',
    expected: [
      {
        source: 'those surveyed',
        mention: 'those surveyed',
        cue: 'said',
        content: 'the bridge was safe, engineers disagreed',
      },
    ],
  },
  {
    name: "a sentence-initial phrase led by the cue takes the main clause's subject",
    text: 'In addition to stating that the bridge was safe, Maria Lopez said the road would reopen.',
    expected: [
      { source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'stating', content: 'the bridge was safe' },
      { source: 'Maria Lopez', mention: 'Maria Lopez', cue: 'said', content: 'the road would reopen' },
    ],
  },
];

describe('claims: topic cues, quote cues, noun readings and sources', () => {
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(claimsOf(c.text), c.expected));
  }
});

/** Who is the source of the claim at `cue`: its name and the words of its mention. */
const sourceCases: { name: string; text: string; cue: string; source: string; mention: string }[] = [
  {
    name: 'a relative clause set off by commas is skipped to its antecedent',
    text: 'Hal Brenner, who lives near the river in Dover County, said the levee would hold.',
    cue: 'said',
    source: 'Hal Brenner',
    mention: 'Hal Brenner',
  },
  {
    name: 'a cue inside that relative clause does not hide the antecedent from the main verb',
    text: 'Ana Ruiz, who has argued that taxes are too high, lamented that the repairs were late.',
    cue: 'lamented',
    source: 'Ana Ruiz',
    mention: 'Ana Ruiz',
  },
  {
    name: 'a number before ", who" is an age, not the antecedent',
    text: 'Tom Walsh, 58, who lives outside the city, says he never trusted the plan.',
    cue: 'says',
    source: 'Tom Walsh',
    mention: 'Tom Walsh',
  },
  {
    name: 'a time phrase with "this past" between subject and cue is skipped',
    text: 'Lena Ortiz, the party chairwoman, this past week announced that the rules would change.',
    cue: 'announced',
    source: 'Lena Ortiz',
    mention: 'Lena Ortiz',
  },
  {
    name: 'a negated contraction between subject and cue is skipped',
    text: 'The plan failed, and he doesn’t even believe it could work.',
    cue: 'believe',
    source: 'he',
    mention: 'he',
  },
  {
    name: 'a pronoun contracted with its auxiliary is the source, spanning the pronoun only',
    text: 'The senator is back, and she’ll likely want other aides to testify.',
    cue: 'want',
    source: 'she',
    mention: 'she',
  },
  {
    name: 'a gerund after an object takes the subject of the clause’s verb',
    text: 'The council met on Monday. Later, he sent a long memo to the newspaper explaining that the budget was short.',
    cue: 'explaining',
    source: 'he',
    mention: 'he',
  },
  {
    name: '"with X saying" keeps X as the source',
    text: 'The vote was close, with analysts saying the result would stand.',
    cue: 'saying',
    source: 'analysts',
    mention: 'analysts',
  },
  {
    name: 'a participle before "as" with no "be" is passive: nobody is named',
    text: 'The town, a place widely seen as a bellwether, voted early.',
    cue: 'seen',
    source: '',
    mention: '',
  },
  {
    name: 'a participial phrase set off by commas is skipped to the subject',
    text: 'One former aide, speaking on condition of anonymity because of an agreement, said the deal was dead.',
    cue: 'said',
    source: 'One former aide',
    mention: 'One former aide',
  },
  {
    name: 'a time phrase ending in "ago" is skipped',
    text: 'The ministry less than two weeks ago said that the border was closed.',
    cue: 'said',
    source: '',
    mention: 'The ministry',
  },
  {
    name: 'a cue after "verb object," shares the first verb\'s subject',
    text: 'The agency repeatedly hid the files, admitted it withheld emails, and delayed its findings.',
    cue: 'admitted',
    source: '',
    mention: 'The agency',
  },
  {
    name: 'a plural noun read as a verb before "and" is not the first verb',
    text: 'The campaign expanded its ads in seven battleground states and announced that it would add a tour.',
    cue: 'announced',
    source: '',
    mention: 'The campaign',
  },
  {
    name: '"back" after a modal is a cue',
    text: 'In the race, 44 percent would back the mayor.',
    cue: 'back',
    source: '44 percent',
    mention: '44 percent',
  },
  {
    name: 'a clause-only verb with "that" is a claim',
    text: 'Mrs. Hart maintained that the vote was fair.',
    cue: 'maintained',
    source: '',
    mention: 'Mrs. Hart',
  },
  {
    name: 'an impersonal "it’s hard to" names no source',
    text: 'Similarly, it’s hard to know where the donors will put their money.',
    cue: 'know',
    source: '',
    mention: '',
  },
  {
    name: 'a passive cue takes its "by" agent a few words later',
    text: 'Scenes from the film were described to him by a local reporter.',
    cue: 'described',
    source: '',
    mention: 'a local reporter',
  },
  {
    name: '"were worried that" is the subject\'s own state of mind, not a passive',
    text: 'But a number of officials were worried that the statement would look political.',
    cue: 'worried',
    source: '',
    mention: 'a number of officials',
  },
  {
    name: 'a reporting noun with no owner takes the subject of the verb that governs it',
    text: 'Democrats raised the concern that the plan was too costly.',
    cue: 'concern that',
    source: 'Democrats',
    mention: 'Democrats',
  },
  {
    name: 'a common noun in the possessive owns a reporting noun',
    text: "The ruling rested on the charity's assurances that none of its work was political.",
    cue: 'assurances that',
    source: '',
    mention: 'the charity',
  },
  {
    name: 'an -ly adverb between "been" and the participle keeps it passive',
    text: 'The governor has been harshly criticized for the new toll.',
    cue: 'criticized',
    source: '',
    mention: '',
  },
  {
    name: 'a two-word link makes a reduced passive ("referred to as")',
    text: 'The sniper, referred to as the deadliest in the army, has been seen at the rally.',
    cue: 'referred to',
    source: '',
    mention: '',
  },
  {
    name: 'a pronoun before "described as" makes it active',
    text: 'The marchers, whom he described as peaceful, walked the whole route.',
    cue: 'described',
    source: '',
    mention: 'he',
  },
  {
    name: '"appeared to" before a reporting verb keeps the subject as the source',
    text: 'Last week the chief executive appeared to blame low-level workers for the scheme.',
    cue: 'appeared to',
    source: '',
    mention: 'the chief executive',
  },
  {
    name: '"seems to be" names no source',
    text: 'The lack of enthusiasm seems to be a real issue for her campaign.',
    cue: 'seems to',
    source: '',
    mention: '',
  },
  {
    name: 'an infinitive cue takes the subject of the verb before "to"',
    text: 'The mayor sued after the department failed to respond to his request.',
    cue: 'respond',
    source: '',
    mention: 'the department',
  },
  {
    name: 'a dateline before the sentence is not its subject',
    text: 'LYON, May 3 (Wire) - The party leader, Ana Duval, backed the candidate on Wednesday, saying he would win.',
    cue: 'saying',
    source: 'Ana Duval',
    mention: 'Ana Duval',
  },
  {
    name: '"City, State," closes a modifier of the subject',
    text: 'After the video, a student group at the college in Dover, Del., derided him as a man who lies.',
    cue: 'derided',
    source: '',
    mention: 'a student group at the college',
  },
  {
    name: 'an appositive does not reach back past ", but"',
    text: 'Lopez won in the northern counties, but the state’s senior senator, Mara Quinn, had already endorsed Lopez’s rival.',
    cue: 'endorsed',
    source: 'Mara Quinn',
    mention: 'Mara Quinn',
  },
  {
    name: '"when asked" is an elliptical passive: nobody named asks',
    text: 'The senator bristled when asked afterward whether the event was a stunt.',
    cue: 'asked',
    source: '',
    mention: '',
  },
  {
    name: 'a participle after "…,” said X," is X\'s, not the quote\'s first word',
    text: '“Oh, let him decide,” said Vice President Tom Hale, urging patience.',
    cue: 'urging',
    source: 'Tom Hale',
    mention: 'Vice President Tom Hale',
  },
  {
    name: 'a cue joined to the last claim by "and" shares its source',
    text: "The mayor drew the governor's ire, and he called her “weak” and said she had no support upstate.",
    cue: 'said',
    source: 'he',
    mention: 'he',
  },
  {
    name: 'a coordinated cue skips the verbs of a reported "that" clause',
    text: 'Lena Ortiz argued that Tom Reyes should focus on the budget instead and then mocked the plan for its cost.',
    cue: 'mocked',
    source: 'Lena Ortiz',
    mention: 'Lena Ortiz',
  },
  {
    name: '"There is little doubt that" names no source',
    text: 'There is little doubt that he would use the power.',
    cue: 'doubt',
    source: '',
    mention: '',
  },
  {
    name: '"I\'m told" is a passive: nobody named tells',
    text: "I'm told the senator considered resigning.",
    cue: 'told',
    source: '',
    mention: '',
  },
  {
    name: '"he\'s said" is a perfect, not a passive',
    text: "While he's said he believes in the plan, he voted against it.",
    cue: 'said',
    source: 'he',
    mention: 'he',
  },
  {
    name: '", then says" continues the first verb\'s subject',
    text: 'Tom Reyes jokingly offered the man a job as head of the board, then says he will welcome advice.',
    cue: 'says',
    source: 'Tom Reyes',
    mention: 'Tom Reyes',
  },
];

describe('claims: the source of a claim at its cue', () => {
  for (const c of sourceCases) {
    it(c.name, () => {
      const claim = claimsOf(c.text).find((x) => x.cue === c.cue);
      assert.ok(claim, `no claim at "${c.cue}" among ${JSON.stringify(claimsOf(c.text))}`);
      assert.equal(claim.mention, c.mention);
      assert.equal(claim.source.startsWith(c.source) || c.source === claim.source, true, `source ${claim.source}`);
    });
  }
});
