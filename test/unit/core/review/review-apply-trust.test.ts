// Applying a review never puts a reader's decision on words it was not made on (issue 16 §1): a position
// alone is trusted only while its seed:textHash matches, a confirmation or correction that finds no machine
// quote never becomes an added quote, and a deleted reviewed passage never lends its review to a twin.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { applyReviews } from '../../../../src/core/review/apply';
import { describeSpan, textHash } from '../../../../src/core/review/anchoring/anchoring';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import type { ReviewAnnotation, ReviewBody } from '../../../../src/core/review/model';
import { annotate, BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

const Q_FARMERS = '“Nobody asked the farmers.”';

function positionOnly(id: string, start: number, end: number, hash?: string, body?: ReviewBody): ReviewAnnotation {
  return {
    id,
    created: '2026-11-30T10:00:00Z',
    source: 'seeds/bridge.txt',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end, ...(hash ? { textHash: hash } : {}) },
    },
    body: body ?? { kind: 'quote', status: 'rejected' },
  };
}

const hashAt = (text: string, start: number, end: number) => textHash(describeSpan(text, start, end).quote);
const review = (text: string, annotations: ReviewAnnotation[]) =>
  applyReviews(analyze(text, { expectHeader: true }), text, annotations);
const orphanIds = (r: ReturnType<typeof review>) => r.review.orphans.map((o) => o.annotation.id).sort();

describe('applying reviews: positions alone', function () {
  this.timeout(20000);
  const start = BRIDGE_ARTICLE.indexOf(Q_FARMERS);
  const end = start + Q_FARMERS.length;

  it('a position with a matching seed:textHash applies; without a hash, or past the end, it orphans', () => {
    const r = review(BRIDGE_ARTICLE, [
      positionOnly('urn:x:hashed', start, end, hashAt(BRIDGE_ARTICLE, start, end)),
      positionOnly('urn:x:bare', start, end),
      positionOnly('urn:x:out', BRIDGE_ARTICLE.length + 5, BRIDGE_ARTICLE.length + 9, 'fnv1a32:4:00000000'),
    ]);
    assert.equal(
      r.quotes.some((q) => BRIDGE_ARTICLE.slice(q.start, q.end) === Q_FARMERS),
      false,
      'the hashed rejection applied',
    );
    assert.deepEqual(orphanIds(r), ['urn:x:bare', 'urn:x:out']);
    assert.match(r.review.orphans.find((o) => o.annotation.id === 'urn:x:bare')!.reason, /textHash/);
  });

  it('after edits, a position alone whose text changed orphans: a correction never lands on other words', () => {
    const edited = BRIDGE_ARTICLE.replace('date 2024-05-02 Mayor', 'date 2024-05-02 The mayor');
    const correction: ReviewBody = { kind: 'quote', status: 'corrected', speaker: 'Zed Tester' };
    const r = review(edited, [positionOnly('urn:x:moved', start, end, hashAt(BRIDGE_ARTICLE, start, end), correction)]);
    assert.deepEqual(orphanIds(r), ['urn:x:moved']);
    assert.match(r.review.orphans[0]!.reason, /no longer the annotated text/);
    assert.ok(!r.quotes.some((q) => q.speaker?.name === 'Zed Tester'));
    assert.ok(!r.quotes.some((q) => q.review?.status === 'added'));
  });

  it('the hash is written beside every position and read back for a position alone', () => {
    const a = annotate(BRIDGE_ARTICLE, Q_FARMERS, { kind: 'quote', status: 'rejected' });
    const written = JSON.parse(serializeSidecar([a])) as { items: { target: { selector: unknown[] } }[] };
    const position = written.items[0]!.target.selector.find(
      (s) => (s as { type: string }).type === 'TextPositionSelector',
    ) as Record<string, unknown>;
    assert.equal(position['seed:textHash'], hashAt(BRIDGE_ARTICLE, start, end));
    // Another tool keeps only the position: it still applies while the text is unchanged.
    const stripped = JSON.stringify({
      type: 'AnnotationPage',
      items: [{ ...written.items[0], target: { source: 'seeds/bridge.txt', selector: [position] } }],
    });
    const parsed = parseSidecar(stripped).annotations;
    assert.equal(parsed[0]!.selectors.position?.textHash, hashAt(BRIDGE_ARTICLE, start, end));
    assert.deepEqual(orphanIds(review(BRIDGE_ARTICLE, parsed)), []);
  });
});

describe('applying reviews: a decision needs the item it was made on', function () {
  this.timeout(20000);

  it('a corrected or confirmed quote review where the engine finds no quote is an orphan, never an added quote', () => {
    const plain = 'Officials claimed that the project cost less than planned';
    const decisions = [
      annotate(BRIDGE_ARTICLE, plain, { kind: 'quote', status: 'corrected', speaker: 'Zed Tester' }, { id: 'urn:x:c' }),
      annotate(BRIDGE_ARTICLE, plain, { kind: 'quote', status: 'confirmed' }, { id: 'urn:x:k' }),
    ];
    const r = review(BRIDGE_ARTICLE, decisions);
    assert.ok(!r.quotes.some((q) => q.review?.status === 'added' || q.speaker?.name === 'Zed Tester'));
    assert.deepEqual(orphanIds(r), ['urn:x:c', 'urn:x:k']);
    assert.ok(r.problems.some((p) => p.code === 'orphaned-annotation'));
  });

  it('an added quote is still added', () => {
    const plain = 'Officials claimed that the project cost less than planned';
    const r = review(BRIDGE_ARTICLE, [
      annotate(BRIDGE_ARTICLE, plain, { kind: 'quote', status: 'added', speaker: 'Zed Tester' }),
    ]);
    assert.ok(r.quotes.some((q) => q.review?.status === 'added' && q.speaker?.name === 'Zed Tester'));
  });

  it('a verdict on a deleted claim never moves onto the parallel claim', () => {
    const farm =
      'Speaking in the north, the farm minister said that the deal would cost 40,000 jobs in farming over ten years.';
    const fish =
      'Speaking on the coast, the fisheries minister said that the deal would cost 4,000 jobs in fishing over ten years.';
    const before = `date 2024-05-02 Trade talks\n\nMinisters met on Monday.\n\n${fish}\n\n${farm}\n\nTalks resume next week.\n`;
    const after = before.replace(`\n\n${farm}`, '');
    const machine = analyze(before, { expectHeader: true });
    const claim = machine.claims.find((c) => before.slice(c.content.start, c.content.end).includes('40,000'));
    assert.ok(claim, 'the engine finds the farm claim');
    const verdict = annotate(before, before.slice(claim.content.start, claim.content.end), {
      kind: 'claim',
      status: 'confirmed',
      verdict: 'false',
      note: 'The ministry counts 4,000.',
    });
    const r = review(after, [verdict]);
    assert.ok(!r.claims.some((c) => c.review?.verdict === 'false'), 'no claim carries the deleted claim’s verdict');
    assert.equal(r.review.orphans.length, 1);
  });
});
