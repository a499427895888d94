// Exports of the reviewed workspace: W3C AnnotationCollection, schema.org ClaimReview, and review state
// in the JSON and CSV exports.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/engine';
import { annotationsJson, claimsCsv, quotesCsv } from '../../../../src/core/model/exportFormats';
import { applyReviews } from '../../../../src/core/review/apply';
import {
  claimReviews,
  jsonLdText,
  webAnnotationCollection,
  type ReviewExportArticle,
} from '../../../../src/core/review/exports';
import { parseSidecar } from '../../../../src/core/review/jsonld';
import { entityRules, type ReviewAnnotation } from '../../../../src/core/review/model';
import { summarize } from '../../../../src/core/summary/summary';
import { rangeCount } from '../../../../src/core/summary/packedRanges';
import { buildWorkspaceModel } from '../../../../src/core/model/workspaceModel';
import { annotate, BRIDGE_ARTICLE, STORM_ARTICLE } from '../../helpers/reviewFixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const GENERATED = '2026-12-01T09:00:00Z';
const on = (exact: string, body: ReviewAnnotation['body'], options = {}): ReviewAnnotation =>
  annotate(BRIDGE_ARTICLE, exact, body, options);

const speakerFix = on(
  '“It will change how people move through the valley,”',
  { kind: 'quote', status: 'corrected', speaker: 'Anna Keller' },
  { creator: { type: 'Person', name: 'R. Checker' } },
);
const falseClaim = on(
  'the project cost less than planned',
  {
    kind: 'claim',
    status: 'confirmed',
    verdict: 'false',
    note: 'The audit says 12% over.',
    evidence: ['https://example.org/audit'],
  },
  { creator: { type: 'Person', name: 'R. Checker' }, modified: '2026-11-30T15:30:00Z' },
);
const unverifiable = on('the town of Riverton will open a new bridge in June', {
  kind: 'claim',
  status: 'confirmed',
  verdict: 'unverifiable',
});
const unchecked = on('traffic would fall by a third, and the Riverton Council voted to fund a second bridge', {
  kind: 'claim',
  status: 'confirmed',
  verdict: 'unchecked',
});
const note = on('It will change how people move', { kind: 'note', text: 'Said at the June meeting, per the minutes.' });
const addedQuote = on('open a new bridge in June', { kind: 'quote', status: 'added', speaker: 'Anna Keller' });
const human = [speakerFix, falseClaim, unverifiable, unchecked, note, addedQuote];

function exportArticle(
  path: string,
  source: string,
  text: string,
  annotations: ReviewAnnotation[],
): ReviewExportArticle {
  const reviewed = applyReviews(analyze(text, { expectHeader: true }), text, annotations, entityRules(annotations));
  return { summary: summarize(path, text, reviewed), source, text, annotations, url: `file://${path}` };
}

describe('exports of the reviewed workspace', function () {
  this.timeout(20000);
  let articles: ReviewExportArticle[];

  before(() => {
    articles = [
      exportArticle('/w/seeds/storm.txt', 'seeds/storm.txt', STORM_ARTICLE, []),
      exportArticle('/w/seeds/bridge.txt', 'seeds/bridge.txt', BRIDGE_ARTICLE, human),
    ];
  });

  describe('W3C Web Annotations', () => {
    let collection: Json;
    let items: Json[];
    before(() => {
      collection = webAnnotationCollection(articles, { version: '9.8.7', generated: GENERATED });
      items = collection.first.items;
    });

    it('is an AnnotationCollection with one page holding every annotation', () => {
      assert.deepEqual(collection['@context'], ['http://www.w3.org/ns/anno.jsonld', { seed: 'urn:seed-annotator:' }]);
      assert.equal(collection.type, 'AnnotationCollection');
      assert.equal(collection.first.type, 'AnnotationPage');
      assert.equal(collection.total, items.length);
      assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
    });

    it('machine annotations: created by Seed Annotator (Software, with its version), selectors that match the text', () => {
      const machine = items.filter((i) => i.creator?.type === 'Software');
      assert.ok(machine.length > 0);
      for (const m of machine) {
        assert.deepEqual(m.creator, {
          id: 'urn:seed-annotator:software',
          type: 'Software',
          name: 'Seed Annotator',
          'schema:softwareVersion': '9.8.7',
        });
        const text = m.target.source === 'seeds/bridge.txt' ? BRIDGE_ARTICLE : STORM_ARTICLE;
        const [quote, position] = m.target.selector;
        assert.equal(text.slice(position.start, position.end), quote.exact);
        assert.equal(text.slice(Math.max(0, position.start - 32), position.start), quote.prefix);
      }
      const bodies = (type: string) =>
        machine.filter((m) => m.body.type === type && m.target.source === 'seeds/bridge.txt');
      assert.equal(bodies('seed:Quote').length, 3, 'the engine’s quotes, not the reader’s added one');
      assert.equal(bodies('seed:Claim').length, 3);
      const mentions = articles[1]!.summary.entities.reduce((n, e) => n + rangeCount(e.mentions), 0);
      assert.equal(bodies('seed:EntityMention').length, mentions);
    });

    it('a corrected quote’s machine annotation says what the engine said and which annotation reviewed it', () => {
      const m = items.find((i) => i.body.type === 'seed:Quote' && i.body['seed:reviewedBy'] === speakerFix.id)!;
      assert.equal(m.body['seed:speaker'], 'Tom Brandt');
      assert.equal(m.motivation, 'classifying');
    });

    it('human annotations are written as in the sidecars, with their creator, and read back', () => {
      const ids = new Set(human.map((a) => a.id));
      const written = items.filter((i) => ids.has(i.id));
      assert.equal(written.length, human.length);
      assert.deepEqual(written.find((i) => i.id === speakerFix.id)!.creator, { type: 'Person', name: 'R. Checker' });
      const back = parseSidecar(jsonLdText(collection)).annotations.filter((a) => ids.has(a.id));
      assert.deepEqual(
        back.map((a) => a.body).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        human.map((a) => a.body).sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      );
    });

    it('is deterministic and ordered by article, whatever the input order', () => {
      const again = webAnnotationCollection([...articles].reverse(), { version: '9.8.7', generated: GENERATED });
      assert.equal(jsonLdText(again), jsonLdText(collection));
      const sources = items.map((i) => i.target.source);
      assert.equal(sources.indexOf('seeds/storm.txt'), sources.lastIndexOf('seeds/bridge.txt') + 1);
    });
  });

  describe('ClaimReview (schema.org)', () => {
    it('one entry per claim with a verdict; "unchecked" is no verdict', () => {
      const graph = claimReviews(articles)['@graph'] as Json[];
      assert.deepEqual(graph.map((g) => g['@id']).sort(), [falseClaim.id, unverifiable.id].sort());
    });

    it('a verdict on the five-point scale, the claim, its source, the article and the reviewer', () => {
      const doc = claimReviews(articles);
      assert.equal(doc['@context'], 'https://schema.org');
      const review = (doc['@graph'] as Json[]).find((g) => g['@id'] === falseClaim.id)!;
      assert.deepEqual(review, {
        '@type': 'ClaimReview',
        '@id': falseClaim.id,
        datePublished: '2026-11-30',
        author: { '@type': 'Person', name: 'R. Checker' },
        claimReviewed: 'the project cost less than planned',
        reviewBody: 'The audit says 12% over.',
        citation: ['https://example.org/audit'],
        itemReviewed: {
          '@type': 'Claim',
          author: { '@type': 'Person', name: 'Officials' },
          datePublished: '2024-05-02',
          appearance: {
            '@type': 'NewsArticle',
            url: 'file:///w/seeds/bridge.txt',
            headline: articles[1]!.summary.title,
            datePublished: '2024-05-02',
          },
        },
        reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, worstRating: 1, bestRating: 5 },
      });
    });

    it('"unverifiable" has a label and no place on the scale; a publisher is the author of every review', () => {
      const graph = claimReviews(articles, {
        publisher: { type: 'Organization', name: 'Valley Fact Check', url: 'https://example.org' },
      })['@graph'] as Json[];
      const review = graph.find((g) => g['@id'] === unverifiable.id)!;
      assert.deepEqual(review.reviewRating, { '@type': 'Rating', alternateName: 'Unverifiable' });
      assert.deepEqual(review.author, {
        '@type': 'Organization',
        name: 'Valley Fact Check',
        url: 'https://example.org',
      });
      assert.deepEqual(review.itemReviewed.author, { '@type': 'Person', name: 'Anna Keller' });
      assert.ok(graph.every((g) => g.author.name === 'Valley Fact Check'));
    });
  });

  describe('JSON and CSV exports carry the review', () => {
    const relative = (p: string): string => p.replace('/w/', '');

    it('quotes CSV: review status, the engine’s speaker when corrected, and the notes on the quote', () => {
      const rows = quotesCsv(
        articles.map((a) => a.summary),
        relative,
      )
        .trim()
        .split('\r\n');
      assert.equal(
        rows[0],
        'file,date,line,column,speaker,rule,confidence,partial,quote,review_status,machine_speaker,note',
      );
      const corrected = rows.find((r) => r.includes('It will change'))!;
      assert.match(
        corrected,
        /^seeds\/bridge\.txt,2024-05-02,5,1,Anna Keller,reviewed,1\.00,no,.*,corrected,Tom Brandt,"?Said at the June meeting, per the minutes\."?$/,
      );
      assert.match(
        rows.find((r) => r.includes('Nobody asked'))!,
        /,unreviewed,,$/,
      );
      assert.match(
        rows.find((r) => r.includes('open a new bridge'))!,
        /,added,,$/,
      );
    });

    it('claims CSV: source, verdict and note', () => {
      const rows = claimsCsv(
        articles.map((a) => a.summary),
        relative,
      )
        .trim()
        .split('\r\n');
      assert.equal(rows[0], 'file,date,line,column,source,cue,hedges,claim,review_status,machine_source,verdict,note');
      assert.match(
        rows.find((r) => r.includes('cost less'))!,
        /,Officials,claimed,,the project cost less than planned,confirmed,,false,The audit says 12% over\.$/,
      );
      assert.match(
        rows.find((r) => r.includes('second bridge'))!,
        /,confirmed,,unchecked,$/,
      );
    });

    it('JSON: speakers’ quotes and claim sources carry review_status, machine_speaker, verdict and note', () => {
      const summaries = articles.map((a) => a.summary);
      const data = JSON.parse(annotationsJson(summaries, buildWorkspaceModel(summaries), relative));
      const keller = data.speakers.find((s: Json) => s.name === 'Anna Keller');
      const fixed = keller.quotes.find((q: Json) => q.text.startsWith('It will change'));
      assert.deepEqual(
        [fixed.review_status, fixed.machine_speaker, fixed.note],
        ['corrected', 'Tom Brandt', 'Said at the June meeting, per the minutes.'],
      );
      const officials = data.claimSources.find((s: Json) => s.name === 'Officials');
      assert.deepEqual(
        [officials.claims[0].review_status, officials.claims[0].verdict, officials.claims[0].note],
        ['confirmed', 'false', 'The audit says 12% over.'],
      );
      const storm = data.files.find((f: Json) => f.path === 'seeds/storm.txt');
      assert.equal(storm.quotes[0].review, undefined);
      assert.equal(
        data.files.find((f: Json) => f.path === 'seeds/bridge.txt').review.notes[0].text,
        'Said at the June meeting, per the minutes.',
      );
    });
  });
});
