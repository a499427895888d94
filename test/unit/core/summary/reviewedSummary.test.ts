// Issue 16 §0: what the reader did shows everywhere. For random review actions, the index's view of a closed
// article (its bytes summarised with its sidecar, as the worker does) equals the store's view of the open
// article (the engine's analysis with the review applied), entity decisions included.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../../src/engine';
import type { Analysis } from '../../../../src/engine/types';
import { applyReviews } from '../../../../src/core/review/apply';
import { makeAnnotation, remove, upsert } from '../../../../src/core/review/edits';
import { entityRules, type ReviewAnnotation, type ReviewBody } from '../../../../src/core/review/model';
import { applyEntityRulesToSummaries } from '../../../../src/core/review/summaryRules';
import { summarizeBytes } from '../../../../src/core/summary/summarizeBytes';
import { reviewedSummary } from '../../../../src/core/summary/reviewedSummary';
import { summarize, type FileSummary } from '../../../../src/core/summary/summary';
import { highlightSpans } from '../../../../src/core/presentation/highlights';
import { BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

const PATH = '/collection/seeds/bridge.txt';
const TEXT = BRIDGE_ARTICLE;
const BYTES = new TextEncoder().encode(TEXT);

/** The index's view of the article when it is closed: the worker's summary, then the collection's entity rules. */
function indexView(annotations: readonly ReviewAnnotation[]): FileSummary {
  const rules = entityRules(annotations);
  return applyEntityRulesToSummaries([summarizeBytes(PATH, BYTES, 10_000_000, annotations)], rules)[0]!;
}

/** The store's view of the open article, as the Sources view, report and hovers read it. */
function storeView(machine: Analysis, annotations: readonly ReviewAnnotation[]): FileSummary {
  const rules = entityRules(annotations);
  const open = applyReviews(machine, TEXT, annotations, rules);
  return applyEntityRulesToSummaries([summarize(PATH, TEXT, annotations.length ? open : machine)], rules)[0]!;
}

/** What a reader sees of the article: quotes and claims with speakers, sources and decisions; counts; notes. */
function seen(summary: FileSummary) {
  return {
    quotes: summary.quotes.map((q) => [q.range, q.text, q.speaker, q.speakerKey, q.review?.status]),
    claims: summary.claims.map((c) => [c.range, c.source, c.sourceKey, c.review?.status, c.review?.verdict]),
    entities: summary.entities.map((e) => [e.key, e.name]).sort(),
    review: summary.review && [summary.review.reviewed, summary.review.total, summary.review.notes.length],
  };
}

const span = fc
  .tuple(fc.nat({ max: TEXT.length - 2 }), fc.integer({ min: 1, max: 90 }))
  .map(([start, n]) => ({ start, end: Math.min(TEXT.length, start + n) }));
const body: fc.Arbitrary<ReviewBody> = fc.oneof(
  fc.record({
    kind: fc.constant('quote' as const),
    status: fc.constantFrom('confirmed', 'corrected', 'rejected', 'added' as const),
    speaker: fc.constantFrom('Anna Keller', 'Zed Tester', 'Tom Brandt'),
  }),
  fc.record({
    kind: fc.constant('claim' as const),
    status: fc.constantFrom('confirmed', 'corrected', 'rejected', 'added' as const),
    source: fc.option(fc.constantFrom('Tom Brandt', 'Zed Tester'), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('note' as const), text: fc.constantFrom('checked', 'see minutes') }),
  fc.record({
    kind: fc.constant('entity' as const),
    status: fc.constant('corrected' as const),
    entity: fc.constantFrom('PER:Anna Keller', 'PER:Tom Brandt', 'LOC:Riverton'),
    entityName: fc.constant('x'),
    name: fc.option(fc.constantFrom('Anna K. Keller', 'Thomas Brandt'), { nil: undefined }),
    type: fc.option(fc.constantFrom('ORG', 'none' as const), { nil: undefined }),
  }),
);
/** A review action: a decision or addition on a span, or the removal of an earlier annotation. */
const action = fc.oneof(
  { weight: 4, arbitrary: fc.record({ add: fc.constant(true), span, body }) },
  { weight: 1, arbitrary: fc.record({ add: fc.constant(false), which: fc.nat() }) },
);

describe('reviewed summaries: one view of an article, open or closed', function () {
  this.timeout(120_000);
  let machine: Analysis;
  before(() => {
    machine = analyze(TEXT, { expectHeader: true });
  });

  it('an added quote is in the closed article’s summary, counted as reviewed', () => {
    const start = TEXT.indexOf('open a new bridge');
    const added = makeAnnotation(
      'seeds/bridge.txt',
      TEXT,
      { start, end: start + 25 },
      {
        kind: 'quote',
        status: 'added',
        speaker: 'Zed Tester',
      },
    );
    const closed = indexView([added]);
    const quote = closed.quotes.find((q) => q.speaker === 'Zed Tester');
    assert.equal(quote?.review?.status, 'added');
    assert.deepEqual([closed.review?.reviewed, closed.review?.total], [1, 7]);
    assert.deepEqual(seen(closed), seen(storeView(machine, [added])));
  });

  it('the open and the closed article show the same, for any review actions (property)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 8 }), (actions) => {
        let annotations: ReviewAnnotation[] = [];
        for (const a of actions) {
          if (a.add) annotations = upsert(annotations, makeAnnotation('seeds/bridge.txt', TEXT, a.span, a.body));
          else if (annotations.length) annotations = remove(annotations, annotations[a.which % annotations.length]!.id);
        }
        assert.deepEqual(seen(indexView(annotations)), seen(storeView(machine, annotations)));
        assert.deepEqual(
          seen(indexView(annotations)),
          seen(
            applyEntityRulesToSummaries(
              [reviewedSummary(PATH, TEXT, machine, annotations)],
              entityRules(annotations),
            )[0]!,
          ),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('highlights of a reviewed article', () => {
  it('highlight the reader’s added quote, and its speaker’s mentions when the speaker is in the article', () => {
    const machine = analyze(TEXT, { expectHeader: true });
    const start = TEXT.indexOf('open a new bridge');
    const added = makeAnnotation(
      'seeds/bridge.txt',
      TEXT,
      { start, end: start + 25 },
      {
        kind: 'quote',
        status: 'added',
        speaker: 'Tom Brandt',
      },
    );
    const spans = highlightSpans(applyReviews(machine, TEXT, [added]));
    assert.ok(spans.quote.some((s) => s.start === start && s.end === start + 25));
    assert.ok(spans.speaker.some((s) => TEXT.slice(s.start, s.end) === 'Tom Brandt'));
  });
});
