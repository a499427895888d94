// Issue 16 §4: reviews are applied in the analysis worker with the analysis, and a sidecar beyond the caps
// is not applied.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { handleWorkerRequest } from '../../../../src/core/workers/workerMain';
import type { WorkerReply } from '../../../../src/core/workers/workerProtocol';
import { reviewInput } from '../../../../src/core/workers/workerReview';
import { entityKey } from '../../../../src/core/summary/entityKey';
import { entityRules } from '../../../../src/core/review/model';
import { MAX_SIDECAR_ANNOTATIONS, MAX_SIDECAR_BYTES, sidecarOverCap } from '../../../../src/core/review/limits';
import { annotate, BRIDGE_ARTICLE, entityDecision } from '../../helpers/reviewFixtures';

const Q_BRANDT = '“It will change how people move through the valley,”';

function ask(request: Parameters<typeof handleWorkerRequest>[0]): WorkerReply[] {
  const replies: WorkerReply[] = [];
  handleWorkerRequest(request, (r) => replies.push(r));
  return replies;
}

describe('reviews applied in the analysis worker', () => {
  const annotations = [
    annotate(BRIDGE_ARTICLE, Q_BRANDT, { kind: 'quote', status: 'corrected', speaker: 'Anna Keller' }),
    entityDecision(BRIDGE_ARTICLE, 'Riverton Council', {
      entity: entityKey('ORG', 'Riverton Council'),
      entityName: 'x',
      type: 'none',
    }),
  ];
  const review = reviewInput(annotations, entityRules(annotations));

  it('answers an analysis with the review applied', () => {
    const [reply] = ask({ id: 7, kind: 'analyze', text: BRIDGE_ARTICLE, review });
    assert.ok(reply?.kind === 'analysis');
    const quote = reply.reviewed?.quotes.find((q) => BRIDGE_ARTICLE.slice(q.start, q.end) === Q_BRANDT);
    assert.equal(quote?.speaker?.name, 'Anna Keller');
    assert.equal(quote?.review?.status, 'corrected');
    assert.equal(reply.reviewed?.review.reviewed, 1);
    assert.ok(!reply.reviewed?.entities.some((e) => e.name === 'Riverton Council'), 'entity decisions apply too');
    assert.ok(
      reply.analysis.entities.some((e) => e.name === 'Riverton Council'),
      'the machine analysis is kept',
    );
  });

  it('applies a changed review to a given analysis without analysing again', () => {
    const machine = analyze(BRIDGE_ARTICLE, { expectHeader: true });
    const [reply] = ask({ id: 8, kind: 'analyze', text: BRIDGE_ARTICLE, review, machine });
    assert.ok(reply?.kind === 'analysis');
    assert.equal(reply.ms, 0);
    assert.equal(reply.analysis, machine);
    assert.equal(reply.reviewed?.review.reviewed, 1);
  });

  it('leaves the analysis alone without a review', () => {
    const [reply] = ask({ id: 9, kind: 'analyze', text: BRIDGE_ARTICLE });
    assert.ok(reply?.kind === 'analysis');
    assert.equal(reply.reviewed, undefined);
  });
});

describe('sidecar caps', () => {
  const cases: [number, number, RegExp | undefined][] = [
    [1000, 10, undefined],
    [MAX_SIDECAR_BYTES, MAX_SIDECAR_ANNOTATIONS, undefined],
    [MAX_SIDECAR_BYTES + 1, 1, /bytes, above the 5000000-byte cap: its review is not applied/],
    [1000, MAX_SIDECAR_ANNOTATIONS + 1, /20001 annotations, above the cap of 20000: its review is not applied/],
  ];
  for (const [bytes, count, expected] of cases)
    it(`${bytes} bytes, ${count} annotations → ${expected ? 'not applied' : 'applied'}`, () => {
      const reason = sidecarOverCap(bytes, count);
      if (expected) assert.match(reason ?? '', expected);
      else assert.equal(reason, undefined);
    });
});
