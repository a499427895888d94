// Speakers on every outlet's style: small annotated articles, one per style, as a table.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { SPEAKER_RULES } from '../../../src/engine/quotes/attribution';

/** [speaker name, rule] of each direct quote, in order. */
const speakersOf = (text: string) =>
  analyze(text)
    .quotes.filter((q) => !q.partial)
    .map((q) => [q.speaker?.name ?? null, q.speaker?.rule ?? null]);

interface Article {
  style: string;
  text: string;
  expected: [string | null, string | null][];
}

const articles: Article[] = [
  {
    style: 'a name with age and home town, then a relative clause, before the cue',
    text: 'The poll closed on Monday.\n\n“The race is too close,” Mara Quint, 41, of Dayton, Ohio, who voted early, said by phone.',
    expected: [['Mara Quint', 'appositive']],
  },
  {
    style: 'a cue word inside an organization’s name is no cue ("Iowa State University’s …")',
    text: 'The poll closed on Monday.\n\n“Voters are tired,” Ohio State University’s Mara Quint said.',
    expected: [['Mara Quint', 'adjacent']],
  },
  {
    style: 'the writer’s "and I quote" is an aside, not a speaker',
    text: 'The poll closed on Monday.\n\nNo wonder Mara Quint said, and I quote, “We love long lines.”',
    expected: [['Mara Quint', 'adjacent']],
  },
  {
    style: 'a closing quotation mark glued to the speaker’s name (no space after it)',
    text: 'The board met on Monday.\n\n“The plan came as a surprise to me,”Lena Ortiz said. “Some of it was unfair.”',
    expected: [
      ['Lena Ortiz', 'adjacent'],
      ['Lena Ortiz', 'continuation'],
    ],
  },
  {
    style: 'an opening quotation mark glued to the comma after the cue',
    text: 'The board met on Monday.\n\nLena Ortiz said,“The plan came as a surprise to all of us.” The vote was put off.',
    expected: [['Lena Ortiz', 'adjacent']],
  },
  {
    style: 'a quote-only paragraph takes the previous paragraph’s reporting clause',
    text: 'Dana Howell says she wants the council to act before winter.\n\n“We cannot wait another year for this bridge.”',
    expected: [['Dana Howell', 'previous-paragraph']],
  },
  {
    style: 'a quote-only line after a single line break, before the next speaker’s line',
    text: 'Ana Ruiz spoke after the vote.\n“It is a sad day for the town.”\nTom Berg asked the mayor to resign.',
    expected: [['Ana Ruiz', 'previous-paragraph']],
  },
  {
    style: '"." lines between paragraphs',
    text: 'Ana Ruiz spoke first.\n.\n“We will appeal,” she said.\n.\nThe council adjourned after midnight.',
    expected: [['Ana Ruiz', 'pronoun']],
  },
  {
    style: 'a photo credit line before the speaker',
    text: 'Kim Lee / The Daily Ledger\nAnne Marie Costa said: “We were never told about the closure.”',
    expected: [['Anne Marie Costa', 'adjacent']],
  },
  {
    style: '"― Name" after the quote',
    text: '“Leadership is a choice, not a title.” ― Ruth Alder',
    expected: [['Ruth Alder', 'signature']],
  },
  {
    style: '"- Name." in the next paragraph',
    text: 'The candidates were asked about the transcripts.\n\n“I will look into it, and I will tell you what I find.”\n\n- Laura Chen.',
    expected: [['Laura Chen', 'signature']],
  },
  {
    style: 'a colon introduction without a speech verb',
    text: 'Senator Paul Grant released the following statement:\n\n“Our thoughts are with the families of the victims tonight.”',
    expected: [['Paul Grant', 'introduction']],
  },
  {
    style: 'a colon label with the outlet after a comma',
    text: 'Gerald Stone, The Morning Ledger: “The debate was a draw, and both of them knew it.”',
    expected: [['Gerald Stone', 'label']],
  },
  {
    style: 'the object of "told" is not the speaker',
    text: '“We are ready for the final,” Maria Lopez told Radio Nord on Sunday.',
    expected: [['Maria Lopez', 'adjacent']],
  },
  {
    style: 'a document as the speaker ("the report stated")',
    text: '“Growth will slow sharply next year,” the report stated.',
    expected: [['the report', 'adjacent']],
  },
  {
    style: 'an adjective before a name is not part of it',
    text: 'Donald Reed spoke first.\n\n“France will always be France,” an angry Hollande retaliated.',
    expected: [['Hollande', 'adjacent']],
  },
  {
    style: 'an adverb between the speaker and the verb',
    text: '“I hate to say it, but I am becoming mainstream,” Tom Field jokingly said.',
    expected: [['Tom Field', 'adjacent']],
  },
  {
    style: 'a prepositional phrase after the speaker',
    text: '“Will he be the next mayor?” a staffer in the room wondered.',
    expected: [['a staffer', 'adjacent']],
  },
  {
    style: 'a relative clause without commas after the speaker',
    text: 'An official who spoke anonymously to discuss internal strategy said, “There are talks between the two teams.”',
    expected: [['An official', 'adjacent']],
  },
  {
    style: 'the object of the verb is not the speaker',
    text: 'The senator emailed supporters saying: “The struggle continues and we will win in the end.”',
    expected: [['The senator', 'adjacent']],
  },
  {
    style: 'a participle cue takes the subject of its own clause',
    text: 'After the attack on the office (Ana Ruiz called it “unacceptable”), Tom Berg inflamed tensions by saying, “They firebombed our office.”',
    expected: [['Tom Berg', 'adjacent']],
  },
  {
    style: 'an auxiliary and a negation between the speaker and the verb',
    text: 'Weaver didn’t seem impressed with the comments Tuesday, telling reporters, “A lot of people said the governor should step down.”',
    expected: [['Weaver', 'adjacent']],
  },
  {
    style: 'a lower-case noun read as a verb does not cut the name',
    text: '“We will achieve justice,” Tulsa police Chief Chuck Jordan said Monday.',
    expected: [['Chuck Jordan', 'adjacent']],
  },
  {
    style: 'she: the woman, by her first name',
    text: 'Anna Berg met Tom Field at the ministry.\n\n“It was useful,” she said.',
    expected: [['Anna Berg', 'pronoun']],
  },
  {
    style: 'he: the man, by his first name',
    text: 'Peter Hansen met Anna Berg at the ministry.\n\n“It was useful,” he said.',
    expected: [['Peter Hansen', 'pronoun']],
  },
  {
    style:
      'a short quote right after a speech verb is a quotation, its speaker the clause’s subject (a participle after a comma too)',
    text: 'Teachers gathered outside, chanting "no contract, no peace" after the vote.\n\nMarchers walking through the park chanted "What curfew?" and kept going.',
    expected: [
      ['Teachers', 'adjacent'],
      ['Marchers', 'adjacent'],
    ],
  },
  {
    style: 'a name before a noun read as a verb ("the Harlow campaign explained"); "remembered" reports speech',
    text: '“The money paid for construction,” the Harlow campaign explained in a release.\n\n“Nobody listened to us,” remembered Dale Fenwick, a former spokesman.',
    expected: [
      ['Harlow campaign', 'adjacent'],
      ['Dale Fenwick', 'inverted'],
    ],
  },
  {
    style: 'a signature line after a pull quote names its speaker',
    text: 'The council met on Monday.\n\n“We need a new bridge before the winter comes.”\nNora Pike, Elmdale mayor\n\nThe vote is next week.',
    expected: [['Nora Pike', 'signature']],
  },
  {
    style: 'a content label before a colon is no speaker ("ANALYST’S TAKE:")',
    text: 'The council met on Monday.\n\nANALYST’S TAKE: “The deal is good for the town.”',
    expected: [[null, null]],
  },
  {
    style: 'a "WATCH:" label is no speaker',
    text: 'The council met on Monday.\n\nWATCH: “This is the moment we have waited for.”',
    expected: [[null, null]],
  },
  {
    style: 'a surname that reads as a verb form ("-ing") after the quote',
    text: '“We live in the city now,” Ebeling said.',
    expected: [['Ebeling', 'adjacent']],
  },
  {
    style: 'a surname that reads as a participle ("-en") after the quote',
    text: '“The schools matter more than ever,” Weingarten declared.',
    expected: [['Weingarten', 'adjacent']],
  },
  {
    style: 'a hyphenated modifier inside the speaker phrase after the verb',
    text: '“We will win the county,” said one well-connected official.',
    expected: [['one well-connected official', 'inverted']],
  },
  {
    style: 'a hyphenated modifier inside the speaker phrase before the verb',
    text: '“From day one, the roads were the priority,” the 71-year-old engineer said.',
    expected: [['the 71-year-old engineer', 'adjacent']],
  },
  {
    style: 'the speaker is the noun before "for", not the name after it',
    text: '“We follow every rule,” a spokeswoman for Harbor Freight Lines said.',
    expected: [['a spokeswoman for Harbor Freight Lines', 'adjacent']],
  },
  {
    style: 'the speaker is the noun before "to", not the name after it',
    text: '“He is tired of the fight,” advisers to Mayor Tom Reyes said.',
    expected: [['advisers to Mayor Tom Reyes', 'adjacent']],
  },
];

describe('speakers on every outlet’s style', () => {
  for (const { style, text, expected } of articles) {
    it(style, () => assert.deepEqual(speakersOf(text), expected));
  }

  it('he/she never resolves to an organisation or a place', () => {
    for (const text of [
      'The Ministry of Finance issued new rules.\n\n“We disagree,” she said.',
      'Norway signed the treaty.\n\n“We disagree,” he said.',
    ]) {
      const name = analyze(text).quotes[0]?.speaker?.name;
      assert.ok(name !== 'Ministry of Finance' && name !== 'Norway', `${text} → ${name}`);
    }
  });
});

describe('cue verbs in every form', () => {
  const forms: [string, string][] = [
    ['admitted', 'Ana Ruiz'],
    ['slammed', 'Ana Ruiz'],
    ['stated', 'Ana Ruiz'],
    ['echoed', 'Ana Ruiz'],
    ['mocked', 'Ana Ruiz'],
    ['surmised', 'Ana Ruiz'],
    ['pressed', 'Ana Ruiz'],
    ['blurted out', 'Ana Ruiz'],
    ['quipped', 'Ana Ruiz'],
  ];
  for (const [verb, speaker] of forms) {
    it(`“…,” Ana Ruiz ${verb}.`, () =>
      assert.equal(analyze(`“We made mistakes along the way,” Ana Ruiz ${verb}.`).quotes[0]?.speaker?.name, speaker));
  }
  it('a particle verb needs its particle', () =>
    assert.equal(analyze('“We made mistakes along the way,” Ana Ruiz blurted.').quotes[0]?.speaker, null));
});

describe('the speaker rule table', () => {
  it('names each rule once, so a rule id points at one function', () => {
    const ids = SPEAKER_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const finders = SPEAKER_RULES.map((r) => r.find);
    assert.equal(new Set(finders).size, finders.length);
  });
  it('gives every rule a label and a confidence in (0, 1]', () => {
    for (const r of SPEAKER_RULES) assert.ok(r.label && r.confidence > 0 && r.confidence <= 1, r.id);
  });
});
