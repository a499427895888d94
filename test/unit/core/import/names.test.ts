// fileNames.ts, seedText.ts and urls.ts: slugs, clashes, seed text, duplicate normalisation, canonical URLs.
import assert from 'node:assert/strict';
import {
  canonicalUrl,
  composeSeedText,
  normaliseForDuplicates,
  seedFileName,
  slugify,
  uniqueFileName,
} from '../../../../src/core/import';

describe('import/names', () => {
  it('slugs are lower-case ASCII with accents transliterated', () => {
    assert.equal(slugify('Çà et là: São Paulo’s Straße — Łódź!'), 'ca-et-la-sao-paulos-strasse-lodz');
    assert.equal(slugify('   '), '');
  });

  it('builds date-outlet-slug names of at most 80 characters, cut at a word', () => {
    assert.equal(
      seedFileName('2020-06-24', 'Chicago Sun-Times', 'Trump judges nominee'),
      '2020-06-24-chicago-sun-times-trump-judges-nominee.txt',
    );
    const long = seedFileName(
      '2020-06-24',
      'The Example Gazette',
      'A very long headline that goes on and on about many different things in the world',
    );
    assert.ok(long.length <= 80, long);
    assert.match(long, /^2020-06-24-the-example-gazette-a-very-long-headline[a-z-]*[a-z]\.txt$/);
    assert.equal(seedFileName(null, undefined, '¿¡!?'), 'undated-article.txt');
  });

  it('appends -2, -3 on a clash, case-insensitively, and stays within 80 characters', () => {
    assert.equal(uniqueFileName('a.txt', []), 'a.txt');
    assert.equal(uniqueFileName('a.txt', ['A.TXT']), 'a-2.txt');
    assert.equal(uniqueFileName('a.txt', ['a.txt', 'a-2.txt']), 'a-3.txt');
    const long = `${'x'.repeat(76)}.txt`;
    const next = uniqueFileName(long, [long]);
    assert.ok(next.length <= 80 && next.endsWith('-2.txt'), next);
  });

  it('composes seed text with the date header on the lead paragraph', () => {
    assert.equal(
      composeSeedText('2020-06-24', ['Lead  paragraph.', '', 'Second.']),
      'date 2020-06-24 Lead paragraph.\n\nSecond.\n',
    );
    assert.throws(() => composeSeedText('24/06/2020', ['x']), /YYYY-MM-DD/);
    assert.throws(() => composeSeedText('2020-06-24', [' ']), /at least one paragraph/);
  });

  it('normalises text for duplicates: header, case, quotes, dashes, spacing and Unicode forms', () => {
    const a = 'date 2020-06-24 “Hello,” she said — twice.\n\nNext paragraph.';
    const b = '"hello," SHE said - twice. Next   paragraph.';
    assert.equal(normaliseForDuplicates(a), normaliseForDuplicates(b));
    assert.equal(normaliseForDuplicates('ﬁne café'), normaliseForDuplicates('fine cafe\u0301'));
    assert.notEqual(normaliseForDuplicates('one text'), normaliseForDuplicates('another text'));
  });

  it('canonical URLs drop tracking parameters, fragment and trailing slash; non-http is refused', () => {
    assert.equal(
      canonicalUrl('HTTPS://News.Example.org:443/a/b/?utm_source=x&b=2&a=1&fbclid=z#top'),
      'https://news.example.org/a/b?a=1&b=2',
    );
    assert.equal(canonicalUrl('https://news.example.org/'), 'https://news.example.org/');
    assert.equal(canonicalUrl('javascript:alert(1)'), undefined);
    assert.equal(canonicalUrl('not a url'), undefined);
  });
});
