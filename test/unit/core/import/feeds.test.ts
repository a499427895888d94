// feeds.ts: RSS 2.0 and Atom items, dates as written, escaped and CDATA content, malformed feeds.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ImportError } from '../../../../src/core/import/errors';
import { looksLikeFeed, parseFeed } from '../../../../src/core/import/feeds';
import { xmlTagProblem } from '../../../../src/core/import/xmlCheck';
import { repoRoot } from '../../helpers/repoRoot';

const fixture = (name: string): string => fs.readFileSync(path.join(repoRoot(), 'test/fixtures/import', name), 'utf8');

describe('import/feeds', () => {
  it('parses RSS 2.0 items with content:encoded, dc:creator and guid links', () => {
    const feed = parseFeed(fixture('rss.xml'));
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Example Gazette & Friends');
    assert.equal(feed.items.length, 2);
    assert.deepEqual(feed.items[0], {
      title: 'Harbour bridge reopens',
      link: 'https://news.example.org/2020/06/24/harbour-bridge-reopens/',
      date: '2020-06-24',
      author: 'Jane Writer',
      paragraphs: ['The harbour bridge reopened on Wednesday.', 'Engineers & painters finished early.'],
    });
    assert.equal(feed.items[1]?.link, 'https://news.example.org/ferry-fares');
    assert.deepEqual(feed.items[1]?.paragraphs, ['Fares rise in July.']);
  });

  it('parses Atom entries: the alternate link, published before updated, escaped HTML and text content', () => {
    const feed = parseFeed(fixture('atom.xml'));
    assert.equal(feed.format, 'atom');
    const [first, second] = feed.items;
    assert.equal(first?.link, 'https://news.example.org/bridge');
    assert.equal(first?.title, 'Bridge <em>reopens</em>');
    assert.equal(first?.date, '2020-06-24');
    assert.equal(first?.author, 'Jane Writer');
    assert.deepEqual(first?.paragraphs, ['First paragraph.', 'Second paragraph.']);
    assert.equal(second?.date, '2020-07-01');
    assert.deepEqual(second?.paragraphs, ['Plain summary text.']);
  });

  it('recognises feeds by their root element', () => {
    assert.ok(looksLikeFeed('\ufeff<?xml version="1.0"?>\n<!-- generator --><rss version="2.0">'));
    assert.ok(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">'));
    assert.ok(!looksLikeFeed('<!DOCTYPE html><html>'));
  });

  it('rejects a malformed feed with the line of the problem', () => {
    const broken = '<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>A</item>\n</channel></rss>';
    assert.throws(
      () => parseFeed(broken),
      (error: unknown) =>
        error instanceof ImportError && error.code === 'malformed-feed' && /line 4/.test(error.message),
    );
    assert.match(xmlTagProblem('<rss><channel>') ?? '', /never closed/);
    assert.match(xmlTagProblem('<rss><title>a < b</title></rss>') ?? '', /stray "<"/);
    assert.equal(xmlTagProblem('<rss><![CDATA[ a < b ]]><x/></rss>'), undefined);
  });

  it('rejects well-formed XML that is not a feed', () => {
    assert.throws(() => parseFeed('<?xml version="1.0"?><svg><g/></svg>'), /not RSS or Atom/);
  });
});
