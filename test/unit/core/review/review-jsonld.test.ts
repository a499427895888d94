// W3C Web Annotation sidecars: the issue's contract example, stable round trips, other tools' variants,
// and unusable files or items reported with a reason.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchor } from '../../../../src/core/review/anchoring/anchoring';
import { serializeSidecar } from '../../../../src/core/review/jsonldWrite';
import { articlePathOf, parseSidecar, sidecarPathFor } from '../../../../src/core/review/jsonld';
import type { ReviewAnnotation } from '../../../../src/core/review/model';
import { annotate, BRIDGE_ARTICLE, ISSUE_EXAMPLE } from '../../helpers/reviewFixtures';
import { repoRoot } from '../../helpers/repoRoot';

const page = (items: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ type: 'AnnotationPage', ...extra, items });
const selector = [
  { type: 'TextQuoteSelector', exact: 'tactical', prefix: 'is “', suffix: '” for' },
  { type: 'TextPositionSelector', start: 10, end: 18 },
];
const item = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'urn:uuid:a',
  type: 'Annotation',
  target: { source: 'seeds/a.txt', selector },
  body: { type: 'seed:QuoteReview', 'seed:status': 'confirmed' },
  ...overrides,
});

describe('review sidecars (JSON-LD)', () => {
  it('parses the issue’s example exactly', () => {
    const parsed = parseSidecar(ISSUE_EXAMPLE);
    assert.equal(parsed.error, undefined);
    assert.deepEqual(parsed.skipped, []);
    assert.deepEqual(parsed.annotations, [
      {
        id: 'urn:uuid:…',
        created: '2026-11-30T10:00:00Z',
        motivation: 'editing',
        source: 'seeds/000_ff2cfafdf74160c4.txt',
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: '“tactical”', prefix: '…', suffix: '…' },
          position: { type: 'TextPositionSelector', start: 2061, end: 2071 },
        },
        body: { kind: 'quote', status: 'corrected', speaker: 'Wolf Blitzer' },
      } satisfies ReviewAnnotation,
    ]);
  });

  it('anchors the issue’s example, "…" contexts and all, on the sample article where its selectors point', () => {
    const sample = fs.readFileSync(path.join(repoRoot(), 'seeds', '000_ff2cfafdf74160c4.txt'), 'utf8');
    const [annotation] = parseSidecar(ISSUE_EXAMPLE).annotations;
    const result = anchor(sample, annotation!.selectors);
    assert.deepEqual(result.orphaned ? result : [result.start, result.end], [2061, 2071]);
  });

  it('round trip: serialising what was parsed gives the same annotations, and a second round the same text', () => {
    const first = serializeSidecar(parseSidecar(ISSUE_EXAMPLE).annotations);
    const reparsed = parseSidecar(first);
    assert.deepEqual(reparsed.annotations, parseSidecar(ISSUE_EXAMPLE).annotations);
    assert.equal(serializeSidecar(reparsed.annotations), first);
    assert.match(first, /^\{\n {2}"@context": \[/, 'pretty-printed');
    assert.ok(first.endsWith('}\n'));
  });

  it('every body kind survives a round trip, written in document order whatever the input order', () => {
    const text = BRIDGE_ARTICLE;
    const annotations: ReviewAnnotation[] = [
      annotate(text, 'Nobody asked the farmers.', {
        kind: 'quote',
        status: 'corrected',
        noSpeaker: true,
        machineSpeaker: 'Tom Brandt',
      }),
      annotate(text, 'We have waited ten years for this bridge', {
        kind: 'quote',
        status: 'corrected',
        speaker: 'Ann Keller',
        speakerType: 'PER',
        machineSpeaker: 'Anna Keller',
      }),
      annotate(text, 'the project cost less than planned', {
        kind: 'claim',
        status: 'confirmed',
        source: 'Town officials',
        sourceType: 'ORG',
        machineSource: 'Officials',
        verdict: 'mostly-true',
        note: 'Budget report p. 4',
        evidence: ['https://example.org/budget'],
      }),
      annotate(text, 'Riverton Council', {
        kind: 'entity',
        status: 'corrected',
        entity: 'ORG:riverton council',
        entityName: 'Riverton Council',
        type: 'ORG',
        name: 'Town Council of Riverton',
      }),
      annotate(text, 'Tom Brandt', {
        kind: 'entity',
        status: 'corrected',
        entity: 'PER:tom brandt',
        entityName: 'Tom Brandt',
        sameAs: 'PER:thomas brandt',
        sameAsName: 'Thomas Brandt',
      }),
      annotate(
        text,
        'new bridge',
        { kind: 'note', text: 'Opening date moved to July since.' },
        { creator: { type: 'Person', name: 'R. Checker' }, modified: '2026-11-30T11:00:00Z' },
      ),
    ];
    const written = serializeSidecar(annotations);
    const back = parseSidecar(written, 'seeds/bridge.txt');
    assert.deepEqual(back.skipped, []);
    const byStart = [...annotations].sort((a, b) => a.selectors.position!.start - b.selectors.position!.start);
    assert.deepEqual(
      back.annotations.map((a) => ({ ...a, motivation: undefined })),
      byStart.map((a) => ({ ...a, motivation: undefined })),
    );
    assert.equal(serializeSidecar([...annotations].reverse()), written, 'stable order');
  });

  const variants: [name: string, json: string, check: (a: ReviewAnnotation) => void][] = [
    [
      '"@type" and "@id" instead of "type" and "id"',
      page([{ ...item(), id: undefined, type: undefined, '@id': 'urn:x:1', '@type': 'Annotation' }], {
        type: undefined,
        '@type': 'AnnotationPage',
      }),
      (a) => assert.equal(a.id, 'urn:x:1'),
    ],
    [
      'a single selector object',
      page([item({ target: { source: 'seeds/a.txt', selector: selector[0] } })]),
      (a) => assert.deepEqual([a.selectors.quote.exact, a.selectors.position], ['tactical', undefined]),
    ],
    [
      'a body array (the first object is read)',
      page([item({ body: ['a tag', { type: 'seed:QuoteReview', 'seed:status': 'rejected' }] })]),
      (a) => assert.deepEqual(a.body, { kind: 'quote', status: 'rejected' }),
    ],
    [
      'a body array with a tag first (the review body is read)',
      page([
        item({
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'bridge' },
            { type: 'seed:QuoteReview', 'seed:status': 'confirmed' },
          ],
        }),
      ]),
      (a) => assert.deepEqual(a.body, { kind: 'quote', status: 'confirmed' }),
    ],
    [
      'a position-only selector',
      page([item({ target: { source: 'seeds/a.txt', selector: selector[1] } })]),
      (a) =>
        assert.deepEqual(
          [a.selectors.quote.exact, a.selectors.position?.start, a.selectors.position?.end],
          ['', 10, 18],
        ),
    ],
    [
      'properties spelled with the full urn:seed-annotator: prefix',
      page([
        item({
          body: {
            type: 'urn:seed-annotator:ClaimReview',
            'urn:seed-annotator:status': 'corrected',
            'urn:seed-annotator:verdict': 'false',
            'urn:seed-annotator:source': 'The Ministry',
          },
        }),
      ]),
      (a) => assert.deepEqual(a.body, { kind: 'claim', status: 'corrected', source: 'The Ministry', verdict: 'false' }),
    ],
    [
      'no "source" in the target: the sidecar’s article',
      page([item({ target: { selector } })]),
      (a) => assert.equal(a.source, 'seeds/expected.txt'),
    ],
    [
      'a TextualBody comment: a note',
      page([item({ motivation: 'commenting', body: { type: 'TextualBody', value: ' Checked with the agency. ' } })]),
      (a) => assert.deepEqual(a.body, { kind: 'note', text: 'Checked with the agency.' }),
    ],
    [
      'a body of another vocabulary: kept as is',
      page([item({ body: { type: 'SpecificResource', source: 'http://example.org/tag' } })]),
      (a) =>
        assert.deepEqual(a.body, {
          kind: 'foreign',
          raw: { type: 'SpecificResource', source: 'http://example.org/tag' },
        }),
    ],
    [
      'other properties are kept',
      page([item({ rights: 'https://creativecommons.org/licenses/by/4.0/' })]),
      (a) => assert.deepEqual(a.extra, { rights: 'https://creativecommons.org/licenses/by/4.0/' }),
    ],
    [
      'an unknown verdict is dropped, the review kept',
      page([item({ body: { type: 'seed:ClaimReview', 'seed:status': 'confirmed', 'seed:verdict': 'pants-on-fire' } })]),
      (a) => assert.deepEqual(a.body, { kind: 'claim', status: 'confirmed' }),
    ],
    ['a single Annotation instead of a page', JSON.stringify(item()), (a) => assert.equal(a.id, 'urn:uuid:a')],
    [
      'an AnnotationCollection with an embedded first page',
      JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [item()] } }),
      (a) => assert.equal(a.id, 'urn:uuid:a'),
    ],
    ['a byte-order mark', `\ufeff${page([item()])}`, (a) => assert.equal(a.id, 'urn:uuid:a')],
  ];
  for (const [name, json, check] of variants) {
    it(`reads other tools’ variants: ${name}`, () => {
      const parsed = parseSidecar(json, 'seeds/expected.txt');
      assert.equal(parsed.error, undefined);
      assert.deepEqual(parsed.skipped, []);
      assert.equal(parsed.annotations.length, 1);
      check(parsed.annotations[0]!);
    });
  }

  it('keeps another tool’s annotation unchanged through a rewrite', () => {
    const foreign = item({
      id: 'http://example.org/anno/7',
      body: { type: 'SpecificResource', source: 'http://example.org/tag' },
      rights: 'CC-BY',
    });
    const once = serializeSidecar(parseSidecar(page([foreign])).annotations);
    const written = JSON.parse(once).items[0];
    assert.deepEqual(written.body, foreign.body);
    assert.equal(written.rights, 'CC-BY');
    assert.equal(serializeSidecar(parseSidecar(once).annotations), once);
  });

  const unusable: [name: string, content: string, error: RegExp][] = [
    ['invalid JSON', '{ "type": "AnnotationPage", ', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
    ['a JSON array', '[]', /expected a JSON object/],
    ['another type', '{ "type": "Collection", "items": [] }', /AnnotationPage/],
    ['no type', '{ "items": [] }', /AnnotationPage/],
  ];
  for (const [name, content, error] of unusable) {
    it(`a sidecar that is ${name} is an error, with no annotations`, () => {
      const parsed = parseSidecar(content);
      assert.match(parsed.error ?? '', error);
      assert.deepEqual(parsed.annotations, []);
    });
  }

  it('skips unusable items with a reason and keeps the rest', () => {
    const items = [
      'a string',
      item({ id: undefined }),
      item({ id: 'urn:x:2', target: undefined }),
      item({ id: 'urn:x:3', target: { source: 'seeds/a.txt', selector: [{ type: 'TextQuoteSelector', exact: '' }] } }),
      item({ id: 'urn:x:4', body: { type: 'seed:QuoteReview', 'seed:status': 'maybe' } }),
      item({ id: 'urn:x:5', body: undefined }),
      item({ id: 'urn:x:6', body: { type: 'seed:EntityReview', 'seed:status': 'corrected' } }),
      item({ id: 'urn:x:7', body: { type: 'TextualBody', value: '   ' } }),
      item({
        id: 'urn:x:8',
        target: { source: 'seeds/a.txt', selector: [{ type: 'TextPositionSelector', start: 9, end: 3 }] },
      }),
      item({ id: 'urn:x:ok' }),
    ];
    const parsed = parseSidecar(page(items));
    assert.equal(parsed.error, undefined);
    assert.deepEqual(
      parsed.annotations.map((a) => a.id),
      ['urn:x:ok'],
    );
    assert.deepEqual(
      parsed.skipped.map((s) => s.index),
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
    );
    for (const s of parsed.skipped) assert.ok(s.reason.length > 5, `a reason for item ${s.index}`);
    assert.match(parsed.skipped[4]!.reason, /status/);
    assert.match(parsed.skipped[6]!.reason, /seed:entity/);
  });

  it('sidecar paths mirror the article path', () => {
    assert.equal(
      sidecarPathFor('seeds/000_ff2cfafdf74160c4.txt'),
      '.seed-annotations/seeds/000_ff2cfafdf74160c4.txt.json',
    );
    assert.equal(
      articlePathOf('.seed-annotations/seeds/000_ff2cfafdf74160c4.txt.json'),
      'seeds/000_ff2cfafdf74160c4.txt',
    );
    assert.equal(articlePathOf('seeds/000.txt'), undefined);
  });
});
