// Quote attribution: each rule, pronoun resolution, and the sample seed file.
import { repoRoot } from '../helpers/repoRoot';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/engine';
import type { Quote } from '../../../src/engine/types';

const speakersOf = (text: string) =>
  analyze(text)
    .quotes.filter((q) => !q.partial)
    .map((q) => [q.speaker?.name ?? null, q.speaker?.rule ?? null]);
const mentionText = (text: string, q: Quote | undefined) =>
  q?.speaker?.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null;

describe('attributeQuotes', () => {
  const rules: { name: string; text: string; expected: [string | null, string | null][] }[] = [
    {
      name: 'adjacent, speaker after the quote',
      text: '“We will not give up,” Maria Lopez said.',
      expected: [['Maria Lopez', 'adjacent']],
    },
    {
      name: 'adjacent, speaker before the quote',
      text: 'Maria Lopez said: “We will not give up.”',
      expected: [['Maria Lopez', 'adjacent']],
    },
    { name: 'inverted', text: '“We will not give up,” said Maria Lopez.', expected: [['Maria Lopez', 'inverted']] },
    {
      name: 'appositive',
      text: '“We will not give up,” Maria Lopez, a nurse at the city hospital, said.',
      expected: [['Maria Lopez', 'appositive']],
    },
    {
      name: 'according to',
      text: 'According to Maria Lopez, “nobody will give up.”',
      expected: [['Maria Lopez', 'adjacent']],
    },
    {
      name: 'pronoun resolves to the last person mentioned',
      text: 'Peter Hansen spoke in Oslo on Monday.\n\n“We stand together,” he added.',
      expected: [['Peter Hansen', 'pronoun']],
    },
    {
      name: 'continuation of the previous quote in the paragraph',
      text: '“We stand together,” Peter Hansen said. “Nothing will change that.”',
      expected: [
        ['Peter Hansen', 'adjacent'],
        ['Peter Hansen', 'continuation'],
      ],
    },
    {
      name: 'next sentence gives the speaker',
      text: 'The meeting ended. “It went well.” “We agreed on everything,” Peter Hansen said.',
      expected: [
        ['Peter Hansen', 'next-sentence'],
        ['Peter Hansen', 'adjacent'],
      ],
    },
    {
      name: 'previous sentence introduces the quote',
      text: 'Peter Hansen told reporters after the vote:\n\n“It went well for everyone in the room.”',
      expected: [['Peter Hansen', 'introduction']],
    },
    {
      name: 'a multi-paragraph quote shares its speaker',
      text: 'Peter Hansen said: “The first part of the statement runs on.\n\n“The second part ends it.”',
      expected: [
        ['Peter Hansen', 'adjacent'],
        ['Peter Hansen', 'multi-paragraph'],
      ],
    },
    {
      name: 'a label before a colon',
      text: 'Maria Lopez: “We will not give up.”',
      expected: [['Maria Lopez', 'label']],
    },
    {
      name: 'a transcript speaker tag',
      text: '“LOPEZ: We will not give up on this city.”',
      expected: [['LOPEZ', 'label']],
    },
    {
      name: 'a participle introduces the quote',
      text: 'Maria Lopez closed the meeting, saying, “We will not give up.”',
      expected: [['Maria Lopez', 'adjacent']],
    },
    {
      name: 'an inverted speaker stops at the sentence end',
      text: '“We will not give up,” said Maria Lopez. Then she left the room.',
      expected: [['Maria Lopez', 'inverted']],
    },
    {
      name: 'no speaker at all',
      text: 'It was cold. “Closed for the winter.” Nobody knew why.',
      expected: [[null, null]],
    },
  ];
  for (const { name, text, expected } of rules) {
    it(name, () => assert.deepEqual(speakersOf(text), expected));
  }

  it('a pronoun speaker keeps the pronoun as its mention and names the person', () => {
    const text = 'Peter Hansen spoke in Oslo on Monday. “We stand together,” he said.';
    const q = analyze(text).quotes[0];
    assert.equal(mentionText(text, q), 'he');
    assert.equal(q?.speaker?.name, 'Peter Hansen');
    assert.ok(q?.speaker?.evidence.some((e) => e.includes('"he" → Peter Hansen')));
  });

  it('"she" skips a man mentioned later and "he" never resolves to an organization', () => {
    const text = 'Mrs. Anna Berg met Mr. Tom Field at the Ministry of Finance. “It was useful,” she said.';
    assert.equal(analyze(text).quotes[0]?.speaker?.name, 'Anna Berg');
    const org = 'The Ministry of Finance issued a statement. “We disagree,” he said.';
    assert.notEqual(analyze(org).quotes[0]?.speaker?.name, 'Ministry of Finance');
  });

  it('a partial quote inside reported speech goes to the reporting source', () => {
    const text = 'Peter Hansen said the plan was “a disaster” for the region.';
    const q = analyze(text).quotes[0];
    assert.equal(q?.partial, true);
    assert.deepEqual([q?.speaker?.name, q?.speaker?.rule], ['Peter Hansen', 'reported-speech']);
  });

  it('gives cue, confidence and evidence', () => {
    const text = '“We will not give up,” Maria Lopez said.';
    const s = analyze(text).quotes[0]?.speaker;
    assert.ok(s && s.cue && s.confidence > 0.5 && s.confidence <= 1 && s.evidence.length > 0);
    assert.equal(text.slice(s.cue.start, s.cue.end), 'said');
  });

  describe('on the sample seed file', () => {
    // Tests run from out/test/unit; the sample lives at the repository root.
    const text = fs.readFileSync(path.join(repoRoot(), 'seeds/000_ff2cfafdf74160c4.txt'), 'utf8');
    const quotes = analyze(text, { expectHeader: true }).quotes;
    const byText = (start: string) => quotes.find((q) => q.text.startsWith(start));

    const expected: [string, string, boolean][] = [
      ['And over the last weeks', 'Jens Stoltenberg', false],
      ['They have suffered big losses', 'Jens Stoltenberg', false],
      ['turning point', 'Jens Stoltenberg', true],
      ['underestimate', 'Jens Stoltenberg', true],
      ['This is an issue', 'Jens Stoltenberg', false],
      ['And we are now going', 'Jens Stoltenberg', false],
      ['likely', 'Institute for the Study of War', true],
      ['tactical', 'Volodymyr Zelensky', true],
    ];
    for (const [start, speaker, partial] of expected) {
      it(`“${start}…” → ${speaker}`, () => {
        const q = byText(start);
        assert.ok(q, `quote “${start}” found`);
        assert.equal(q.partial, partial);
        assert.equal(q.speaker?.name, speaker);
      });
    }

    it('“he added” rests on the pronoun', () => {
      const q = byText('They have suffered big losses');
      assert.equal(mentionText(text, q), 'he');
      assert.equal(q?.speaker?.rule, 'pronoun');
    });

    it('finds exactly these quotes', () => assert.equal(quotes.length, expected.length));
  });
});
