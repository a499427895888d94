// An imported article's provenance (a `describing` annotation of the whole article) survives the review layer's
// read and rewrite of its sidecar.
import assert from 'node:assert/strict';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { parseSidecar } from '../../../../src/core/review/jsonld';

const PROVENANCE = {
  id: 'urn:uuid:11111111-1111-4111-8111-111111111111',
  type: 'Annotation',
  motivation: 'describing',
  created: '2026-12-08T10:00:00Z',
  target: { source: 'articles/2020-06-24-outlet-slug.txt' },
  body: { type: 'seed:ArticleSource', 'seed:url': 'https://news.example/a', 'seed:title': 'A title' },
};
const REVIEW = {
  id: 'urn:uuid:22222222-2222-4222-8222-222222222222',
  type: 'Annotation',
  motivation: 'assessing',
  created: '2026-12-08T11:00:00Z',
  target: {
    source: 'articles/2020-06-24-outlet-slug.txt',
    selector: [{ type: 'TextQuoteSelector', exact: 'tactical', prefix: '', suffix: '' }],
  },
  body: { type: 'seed:QuoteReview', 'seed:status': 'confirmed' },
};

describe('review sidecars keep describing annotations', () => {
  it('reads the provenance apart from the review, not as a skipped item', () => {
    const parsed = parseSidecar(JSON.stringify({ type: 'AnnotationPage', items: [PROVENANCE, REVIEW] }));
    assert.deepEqual(parsed.skipped, []);
    assert.equal(parsed.annotations.length, 1);
    assert.deepEqual(parsed.describing, [PROVENANCE]);
  });

  it('writes it back unchanged, first, when the review is rewritten', () => {
    const parsed = parseSidecar(JSON.stringify({ type: 'AnnotationPage', items: [REVIEW, PROVENANCE] }));
    const written = JSON.parse(serializeSidecar(parsed.annotations, parsed.describing));
    assert.deepEqual(written.items[0], PROVENANCE);
    assert.equal(written.items[1].id, REVIEW.id);
  });

  it('a describing annotation with a selector is a review annotation like any other', () => {
    const anchored = { ...REVIEW, id: 'urn:x:3', motivation: 'describing' };
    const parsed = parseSidecar(JSON.stringify({ type: 'AnnotationPage', items: [anchored] }));
    assert.equal(parsed.annotations.length, 1);
    assert.deepEqual(parsed.describing, []);
  });
});
