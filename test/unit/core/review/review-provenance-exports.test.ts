// An imported article's provenance in the exports: ClaimReview `appearance` and the W3C collection.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { applyReviews } from '../../../../src/core/review/apply';
import { claimReviews, webAnnotationCollection } from '../../../../src/core/review/exports';
import { entityRules } from '../../../../src/core/review/model';
import { summarize } from '../../../../src/core/summary/summary';
import { annotate, BRIDGE_ARTICLE } from '../../helpers/reviewFixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const verdict = annotate(BRIDGE_ARTICLE, 'the project cost less than planned', {
  kind: 'claim',
  status: 'confirmed',
  verdict: 'false',
});
const describing = {
  id: 'urn:uuid:33333333-3333-4333-8333-333333333333',
  type: 'Annotation',
  motivation: 'describing',
  created: '2026-12-08T10:00:00Z',
  target: { source: 'articles/bridge.txt' },
  body: { type: 'seed:ArticleSource', 'seed:url': 'https://news.example/bridge' },
};

function article(withProvenance: boolean) {
  const reviewed = applyReviews(
    analyze(BRIDGE_ARTICLE, { expectHeader: true }),
    BRIDGE_ARTICLE,
    [verdict],
    entityRules([verdict]),
  );
  return {
    summary: summarize('/w/articles/bridge.txt', BRIDGE_ARTICLE, reviewed),
    source: 'articles/bridge.txt',
    text: BRIDGE_ARTICLE,
    annotations: [verdict],
    url: 'file:///w/articles/bridge.txt',
    ...(withProvenance
      ? {
          describing: [describing],
          provenance: {
            url: 'https://news.example/bridge',
            title: 'Bridge Opens',
            outlet: 'Valley News',
            byline: 'Ann Lee',
            published: '2024-05-01',
          },
        }
      : {}),
  };
}

describe('exports with import provenance', function () {
  this.timeout(20000);

  it('ClaimReview appearance: the page URL, headline, date, author and publisher', () => {
    const [review] = claimReviews([article(true)])['@graph'] as Json[];
    assert.deepEqual(review!.itemReviewed.appearance, {
      '@type': 'NewsArticle',
      url: 'https://news.example/bridge',
      headline: 'Bridge Opens',
      datePublished: '2024-05-01',
      author: { '@type': 'Person', name: 'Ann Lee' },
      publisher: { '@type': 'Organization', name: 'Valley News' },
    });
  });

  it('an article made by hand keeps its file as the appearance', () => {
    const [review] = claimReviews([article(false)])['@graph'] as Json[];
    assert.equal(review!.itemReviewed.appearance.url, 'file:///w/articles/bridge.txt');
    assert.equal(review!.itemReviewed.appearance.publisher, undefined);
  });

  it('the W3C collection includes the describing annotation as written', () => {
    const items = webAnnotationCollection([article(true)], { version: '1', generated: '2026-12-08T10:00:00Z' })
      .first as Json;
    assert.deepEqual(
      items.items.find((i: Json) => i.motivation === 'describing'),
      describing,
    );
  });
});
