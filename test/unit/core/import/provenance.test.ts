// provenance.ts: the describing annotation's exact shape, the SHA-256, and the validator against hostile sidecars.
import assert from 'node:assert/strict';
import {
  buildArticleSourceAnnotation,
  readArticleSource,
  sha256Hex,
  snapshotPath,
  type ArticleSource,
} from '../../../../src/core/import';

const SHA = 'a'.repeat(64);
const source: ArticleSource = {
  target: 'articles/2020-06-24-chicago-sun-times-trump-judges-nominee.txt',
  url: 'https://chicago.example.com/news/trump-judges',
  title: 'Trump judges nominee',
  outlet: 'Chicago Sun-Times',
  byline: 'Jane Writer',
  published: '2020-06-24',
  dateEvidence: 'json-ld datePublished',
  language: 'en',
  retrieved: '2026-12-08T10:00:00Z',
  sha256: SHA,
  snapshot: snapshotPath(SHA),
};

describe('import/provenance', () => {
  it('builds the annotation in the contract shape', () => {
    const annotation = buildArticleSourceAnnotation(source, 'urn:uuid:00000000-0000-4000-8000-000000000000');
    assert.deepEqual(annotation, {
      id: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      type: 'Annotation',
      motivation: 'describing',
      created: '2026-12-08T10:00:00Z',
      target: { source: 'articles/2020-06-24-chicago-sun-times-trump-judges-nominee.txt' },
      body: {
        type: 'seed:ArticleSource',
        'seed:url': 'https://chicago.example.com/news/trump-judges',
        'seed:title': 'Trump judges nominee',
        'seed:outlet': 'Chicago Sun-Times',
        'seed:byline': 'Jane Writer',
        'seed:published': '2020-06-24',
        'seed:dateEvidence': 'json-ld datePublished',
        'seed:language': 'en',
        'seed:retrieved': '2026-12-08T10:00:00Z',
        'seed:sha256': SHA,
        'seed:snapshot': `.seed-annotations/snapshots/${SHA}.html.gz`,
      },
    });
    assert.match(buildArticleSourceAnnotation(source).id, /^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('reads back what it built', () => {
    assert.deepEqual(readArticleSource(JSON.parse(JSON.stringify(buildArticleSourceAnnotation(source)))), source);
  });

  it('hashes raw bytes with SHA-256', async () => {
    assert.equal(
      await sha256Hex(new TextEncoder().encode('abc')),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('rejects hostile or malformed sidecars', () => {
    const good = buildArticleSourceAnnotation(source);
    const withBody = (patch: Record<string, unknown>) => ({ ...good, body: { ...good.body, ...patch } });
    const hostile: [string, unknown][] = [
      ['javascript: URL', withBody({ 'seed:url': 'javascript:alert(1)' })],
      ['data: URL', withBody({ 'seed:url': 'data:text/html,<script>x</script>' })],
      ['huge title', withBody({ 'seed:title': 'x'.repeat(100_000) })],
      ['number title', withBody({ 'seed:title': 42 })],
      ['object outlet', withBody({ 'seed:outlet': { toString: 'x' } })],
      ['bad date', withBody({ 'seed:published': '2020-6-24' })],
      ['bad hash', withBody({ 'seed:sha256': 'zz' })],
      ['control characters', withBody({ 'seed:byline': 'a\u0000b' })],
      ['snapshot outside', withBody({ 'seed:snapshot': '../../etc/passwd' })],
      ['absolute target', { ...good, target: { source: '/etc/passwd' } }],
      ['wrong motivation', { ...good, motivation: 'commenting' }],
      ['wrong body type', withBody({ type: 'TextualBody' })],
      ['missing hash', withBody({ 'seed:sha256': undefined })],
      ['array', [good]],
      ['null', null],
      ['string', 'annotation'],
    ];
    for (const [label, value] of hostile) assert.equal(readArticleSource(value), undefined, label);
  });
});
