// Claims: the named rules that find a claim's source (CLAIM_SOURCE_RULES, CLAIM_SHAPE_RULES), as tables.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { CLAIM_SHAPE_RULES, CLAIM_SOURCE_RULES } from '../../../src/engine/claims/claimSourceRules';

/** The rule a claim's evidence names: `cue "said" (rule next-to-cue: …)`. */
function rulesOf(text: string): [string, string][] {
  return analyze(text).claims.map((c) => [
    c.source.name,
    /\(rule ([a-z-]+):/.exec(c.source.evidence[0] ?? '')?.[1] ?? '',
  ]);
}

describe('the claim source rule table', () => {
  it('tries the rules for a cue that opens its content in this order', () => {
    assert.deepEqual(
      CLAIM_SOURCE_RULES.map((r) => r.id),
      [
        'previous-claim',
        'next-to-cue',
        'infinitive',
        'relative-clause',
        'gerund-clause',
        'sentence-subject',
        'subject-at-start',
        'clause-subject',
      ],
    );
  });

  it('names the shapes whose clause brings its source', () => {
    assert.deepEqual(
      CLAIM_SHAPE_RULES.map((r) => r.id),
      [
        'label',
        'closing-clause',
        'closing-inverted',
        'according-to',
        'in-survey',
        'passive-agent',
        'fronted-clause',
        'noun-owner',
        'noun-subject',
      ],
    );
  });

  it('names each rule once, so a rule id points at one function', () => {
    const ids = [...CLAIM_SOURCE_RULES, ...CLAIM_SHAPE_RULES].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const finders = CLAIM_SOURCE_RULES.map((r) => r.find);
    assert.equal(new Set(finders).size, finders.length);
  });

  it('gives every rule a label and a confidence in (0, 1]', () => {
    for (const r of [...CLAIM_SOURCE_RULES, ...CLAIM_SHAPE_RULES])
      assert.ok(r.label && r.confidence > 0 && r.confidence <= 1, r.id);
  });

  const cases: { text: string; expected: [string, string][] }[] = [
    { text: 'Maria Lopez said that the plan would fail.', expected: [['Maria Lopez', 'next-to-cue']] },
    { text: 'The plan would fail, Maria Lopez said.', expected: [['Maria Lopez', 'closing-clause']] },
    {
      text: 'The plan would fail, said Maria Lopez, a city councillor.',
      expected: [['Maria Lopez', 'closing-inverted']],
    },
    { text: 'According to Maria Lopez, the plan would fail.', expected: [['Maria Lopez', 'according-to']] },
    {
      text: 'In a new poll released on Monday, the mayor leads by nine points.',
      expected: [['a new poll released on Monday', 'in-survey']],
    },
    { text: 'The plan was criticized by Maria Lopez as too costly.', expected: [['Maria Lopez', 'passive-agent']] },
    {
      text: 'Ready to back the mayor, Maria Lopez said the plan would work.',
      expected: [
        ['Maria Lopez', 'fronted-clause'],
        ['Maria Lopez', 'next-to-cue'],
      ],
    },
    {
      text: 'Maria Lopez said that the plan would fail, adding that the budget was too small.',
      expected: [
        ['Maria Lopez', 'next-to-cue'],
        ['Maria Lopez', 'previous-claim'],
      ],
    },
    {
      text: 'The department failed to respond to questions about the plan.',
      expected: [['The department', 'infinitive']],
    },
    {
      text: 'The protesters, who have taken to the streets and called for new elections, left on Monday.',
      expected: [['The protesters', 'relative-clause']],
    },
    {
      text: 'Trump inflamed tensions on Monday by saying the plan would fail.',
      expected: [['Trump', 'gerund-clause']],
    },
    {
      text: 'The mayor left early, while those surveyed said the plan would fail.',
      expected: [['The mayor', 'sentence-subject']],
    },
    { text: "Maria Lopez's claim that the plan would fail was wrong.", expected: [['Maria Lopez', 'noun-owner']] },
    { text: 'Democrats raised the concern that the plan would fail.', expected: [['Democrats', 'noun-subject']] },
    { text: 'Lopez: The plan will fail.', expected: [['Lopez', 'label']] },
  ];
  for (const { text, expected } of cases)
    it(`${expected.map(([, rule]) => rule).join(', ')}: ${text}`, () => assert.deepEqual(rulesOf(text), expected));

  it('is less sure of a subject found away from the cue than of a source next to it', () => {
    const [near] = analyze('Maria Lopez said that the plan would fail.').claims;
    const [far] = analyze('The department failed to respond to questions about the plan.').claims;
    // the rules' own confidences, before the fitted model (claims/claimConfidence.ts) replaces them
    assert.equal(near?.source.ruleConfidence, 0.9);
    assert.equal(far?.source.ruleConfidence, 0.6);
    assert.ok(near!.source.confidence > far!.source.confidence);
  });
});
