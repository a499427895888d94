// A reader's speaker correction carries over to the quotes the engine attributed through the same words:
// the other half of a quote split around its cue and the quote continuing it; never to a quote with its
// own evidence, and never over the reader's own decision on a quote.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import type { Analysis, Quote } from '../../../../src/engine/types';
import { applyReviews, type ReviewedAnalysis } from '../../../../src/core/review/apply';
import { entityRules, type ReviewAnnotation, type ReviewBody } from '../../../../src/core/review/model';
import { annotate } from '../../helpers/reviewFixtures';

const HARBOUR = `date 2024-05-02 The council met on Monday to discuss the harbour.

“The harbour needs dredging,” said council spokesperson Mira Holt, “and it needs it this year.”

“We will pay for it from the reserve.”

Later, she added: “Nobody wants a closed harbour.”
`;
const FIRST = '“The harbour needs dredging,”';
const SECOND = '“and it needs it this year.”';
const CONTINUED = '“We will pay for it from the reserve.”';
const OWN = '“Nobody wants a closed harbour.”';

describe('a speaker correction carries over', function () {
  this.timeout(20000);
  let machine: Analysis;
  const on = (exact: string, body: ReviewBody, options = {}): ReviewAnnotation =>
    annotate(HARBOUR, exact, body, options);
  const apply = (annotations: ReviewAnnotation[]): ReviewedAnalysis =>
    applyReviews(machine, HARBOUR, annotations, entityRules(annotations));
  const at = (r: Analysis, exact: string): Quote => r.quotes.find((q) => HARBOUR.slice(q.start, q.end) === exact)!;
  const speakers = (r: Analysis): (string | undefined)[] =>
    [FIRST, SECOND, CONTINUED, OWN].map((exact) => at(r, exact)?.speaker?.name);
  const correct = (exact: string, speaker: string, options = {}): ReviewAnnotation =>
    on(exact, { kind: 'quote', status: 'corrected', speaker }, options);

  before(() => {
    machine = analyze(HARBOUR, { expectHeader: true });
    // The premises: one speaker mention for the split quote and its continuation, a pronoun for the last.
    assert.deepEqual(speakers(machine), ['Mira Holt', 'Mira Holt', 'Mira Holt', 'Mira Holt']);
    assert.deepEqual(
      [FIRST, SECOND, CONTINUED, OWN].map((exact) => at(machine, exact).speaker!.rule),
      ['inverted', 'inverted', 'previous-quote', 'pronoun'],
    );
  });

  it('to the other half of the split quote and to the quote continuing it, not to one with its own cue', () => {
    const r = apply([correct(FIRST, 'Ada Brook')]);
    assert.deepEqual(speakers(r), ['Ada Brook', 'Ada Brook', 'Ada Brook', 'Mira Holt']);
  });

  it('says so in the evidence, keeps the engine’s rule and confidence, and leaves the quotes unreviewed', () => {
    const r = apply([correct(FIRST, 'Ada Brook')]);
    const continued = at(r, CONTINUED);
    const engine = at(machine, CONTINUED).speaker!;
    assert.match(
      continued.speaker!.evidence[0]!,
      /follows a reader's correction: Ada Brook \(the engine said Mira Holt\)/,
    );
    assert.deepEqual([continued.speaker!.rule, continued.speaker!.confidence], [engine.rule, engine.confidence]);
    assert.equal(continued.review, undefined);
    assert.equal(r.review.reviewed, 1);
  });

  it('from a correction on any of them: the continuation corrected carries back to the quote it continues', () => {
    const r = apply([correct(CONTINUED, 'Ada Brook')]);
    assert.deepEqual(speakers(r), ['Ada Brook', 'Ada Brook', 'Ada Brook', 'Mira Holt']);
  });

  it('to a person of the article: the quotes follow that person’s entity', () => {
    const r = apply([correct(SECOND, 'Mira Holt'), correct(FIRST, 'Ada Brook')]);
    assert.deepEqual(speakers(r), ['Ada Brook', 'Mira Holt', 'Ada Brook', 'Mira Holt']);
    const holt = r.entities.find((e) => e.name === 'Mira Holt')!;
    assert.equal(at(r, SECOND).speaker!.entityId, holt.id);
  });

  it('never over the reader’s own decision on a quote', () => {
    const r = apply([
      on(CONTINUED, { kind: 'quote', status: 'confirmed' }),
      correct(FIRST, 'Ada Brook'),
      on(SECOND, { kind: 'quote', status: 'corrected', noSpeaker: true }),
    ]);
    assert.deepEqual(speakers(r), ['Ada Brook', undefined, 'Mira Holt', 'Mira Holt']);
  });

  it('no longer once the correction is replaced by a later confirmation, or the quote rejected', () => {
    const later = { modified: '2030-01-01T00:00:00Z' };
    const confirmedLater = apply([
      correct(FIRST, 'Ada Brook'),
      on(FIRST, { kind: 'quote', status: 'confirmed' }, later),
    ]);
    assert.deepEqual(speakers(confirmedLater), ['Mira Holt', 'Mira Holt', 'Mira Holt', 'Mira Holt']);
    const rejectedLater = apply([correct(FIRST, 'Ada Brook'), on(FIRST, { kind: 'quote', status: 'rejected' }, later)]);
    assert.deepEqual(speakers(rejectedLater), [undefined, 'Mira Holt', 'Mira Holt', 'Mira Holt']);
  });

  it('never mutates the machine analysis', () => {
    const before = JSON.stringify(machine);
    apply([correct(FIRST, 'Ada Brook')]);
    assert.equal(JSON.stringify(machine), before);
  });
});
