// dates.ts and dateText.ts: the order of date evidence, time zones kept as written, sanity limits, text dates.
import assert from 'node:assert/strict';
import { findDatesInText, parseDateValue } from '../../../../src/core/import/dateText';
import { findPublicationDate, urlDate } from '../../../../src/core/import/dates';
import { parseHtmlDocument } from '../../../../src/core/import/dom';
import { jsonLdNodes } from '../../../../src/core/import/jsonLd';
import { MetaTags } from '../../../../src/core/import/metaTags';

const NOW = new Date('2026-12-08T10:00:00Z');

function dateOf(html: string, url?: string, textLines?: string[]) {
  const document = parseHtmlDocument(html);
  return findPublicationDate(
    { document, meta: new MetaTags(document), jsonLd: jsonLdNodes(document), url, textLines },
    NOW,
  );
}

const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (property: string, content: string): string => `<meta property="${property}" content="${content}">`;

describe('import/dates', () => {
  for (const [label, html, date] of [
    [
      'a Korean input label',
      '<body><p>기사 본문</p>\n<span>기사입력 :[ 2018-08-25 15:24 ]</span></body>',
      '2018-08-25',
    ],
    [
      'an English label in words',
      '<body><div class="meta">Published: March 3, 2021 at 9:14 am</div></body>',
      '2021-03-03',
    ],
    ['a French label', '<body><p class="info">Publié le 12/05/2019 à 08h00</p></body>', '2019-05-12'],
  ] as const) {
    it(`reads a date after a publication label in the page text: ${label}`, () => {
      assert.deepEqual(dateOf(`<html>${html}</html>`), { date, evidence: 'labelled date in page text' });
    });
  }

  it('prefers the metadata over a labelled date in the text', () => {
    const html = `<html><head>${meta('article:published_time', '2020-06-24')}</head><body>Posted 2020-06-01</body></html>`;
    assert.equal(dateOf(html).evidence, 'meta article:published_time');
  });

  it('takes JSON-LD datePublished first, inside @graph, before meta and URL', () => {
    const html = `<html><head>${jsonLd({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2020-06-24T10:00:00+02:00' }] })}${meta('article:published_time', '2020-06-20')}</head></html>`;
    assert.deepEqual(dateOf(html, 'https://x.org/2020/06/01/a'), {
      date: '2020-06-24',
      evidence: 'json-ld datePublished',
    });
  });

  it('reads datePublished from an array of JSON-LD objects and a list of values', () => {
    const html = `<html><head>${jsonLd([{ '@type': 'Organization' }, { '@type': ['Article'], datePublished: ['2019-03-02'] }])}</head></html>`;
    assert.equal(dateOf(html).date, '2019-03-02');
  });

  it('keeps the page time zone: 23:30 at UTC−5 is still the 24th', () => {
    const html = `<html><head>${meta('article:published_time', '2020-06-24T23:30:00-05:00')}</head></html>`;
    assert.deepEqual(dateOf(html), { date: '2020-06-24', evidence: 'meta article:published_time' });
  });

  it('prefers the day before of another rule over an early-morning UTC timestamp', () => {
    const html = `<html><head>${jsonLd({ '@type': 'NewsArticle', datePublished: '2020-04-14T00:38:07Z' })}</head></html>`;
    const found = dateOf(html, 'https://x.org/news/20200413/story');
    assert.equal(found.date, '2020-04-13');
    assert.match(found.evidence ?? '', /url date/);
  });

  it('falls through itemprop, <time> in the article and other meta names in order', () => {
    const itemprop =
      '<html><body><span itemprop="datePublished" content="2018-05-06"></span><article><time datetime="2018-05-07">x</time></article></body></html>';
    assert.deepEqual(dateOf(itemprop), { date: '2018-05-06', evidence: 'itemprop datePublished' });
    const time =
      '<html><head><meta name="sailthru.date" content="2018-05-09"></head><body><article><time datetime="2018-05-07T08:00">x</time></article></body></html>';
    assert.deepEqual(dateOf(time), { date: '2018-05-07', evidence: 'time datetime in article' });
    const sailthru = '<html><head><meta name="sailthru.date" content="2018-05-09 11:00:00"></head><body></body></html>';
    assert.deepEqual(dateOf(sailthru), { date: '2018-05-09', evidence: 'meta sailthru.date' });
  });

  it('uses the URL, then a dateline near the headline', () => {
    assert.deepEqual(dateOf('<html></html>', 'https://x.org/news/2020-06-24/story'), {
      date: '2020-06-24',
      evidence: 'url date',
    });
    assert.deepEqual(dateOf('<html></html>', 'https://x.org/a', ['Headline', 'Wednesday, 24 June 2020, 10:05']), {
      date: '2020-06-24',
      evidence: 'dateline',
    });
  });

  it('returns a modified date only as a guess', () => {
    const found = dateOf(`<html><head>${meta('article:modified_time', '2021-01-05T10:00:00Z')}</head></html>`);
    assert.deepEqual(found, {
      date: null,
      evidence: null,
      guess: { date: '2021-01-05', reason: 'meta article:modified_time' },
    });
  });

  it('skips dates in the future or before 1990 and takes the next rule', () => {
    const html = `<html><head>${jsonLd({ '@type': 'NewsArticle', datePublished: '2030-01-01' })}${meta('article:published_time', '1970-01-01')}</head></html>`;
    assert.deepEqual(dateOf(html, 'https://x.org/2021/02/03/a'), { date: '2021-02-03', evidence: 'url date' });
  });

  it('finds URL dates in three shapes and refuses impossible ones', () => {
    assert.equal(urlDate('https://x.org/2020/06/24/story'), '2020-06-24');
    assert.equal(urlDate('https://x.org/story-20200624.html'), '2020-06-24');
    assert.equal(urlDate('https://x.org/2020-6-4/story'), '2020-06-04');
    assert.equal(urlDate('https://x.org/2020/13/45/story'), undefined);
    assert.equal(urlDate('https://x.org/story?id=20200624'), undefined);
  });

  it('reads dates written in several languages and orders', () => {
    const cases: [string, string, boolean?][] = [
      ['Published June 24, 2020 at 10:00', '2020-06-24'],
      ['Sept. 3rd, 2019', '2019-09-03'],
      ['24 June 2020', '2020-06-24'],
      ['24. Juni 2020', '2020-06-24'],
      ['martes 17 de marzo de 2020', '2020-03-17'],
      ['le 5 février 2021', '2021-02-05'],
      ['22 de novembro de 2020', '2020-11-22'],
      ['الجمعة 24 نيسان / أبريل 2020', '2020-04-24'],
      ['2020年7月12日', '2020-07-12'],
      ['2020. 6. 24', '2020-06-24'],
      ['03/04/2020', '2020-04-03'],
      ['03/04/2020', '2020-03-04', false],
      ['13/04/2020', '2020-04-13', false],
    ];
    for (const [text, expected, dayFirst] of cases) {
      assert.equal(findDatesInText(text, { dayFirst })[0]?.date, expected, text);
    }
    assert.deepEqual(findDatesInText('31 February 2020 and 2020-02-30'), []);
  });

  it('parses metadata values: ISO with offsets, compact ISO, Unix time, RFC 822', () => {
    assert.equal(parseDateValue('2020-06-24T23:30:00-05:00'), '2020-06-24');
    assert.equal(parseDateValue('20200413T16:38:07Z'), '2020-04-13');
    assert.equal(parseDateValue('1592956800'), '2020-06-24');
    assert.equal(parseDateValue('Wed, 24 Jun 2020 23:30:00 -0500'), '2020-06-24');
    assert.equal(parseDateValue('soon'), undefined);
  });
});
