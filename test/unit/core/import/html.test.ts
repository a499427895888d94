// htmlArticle.ts and extractArticle on HTML: body clean-up, headings and lists kept, metadata, no article text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle, ImportError, type ImportedArticle } from '../../../../src/core/import';
import { cleanBlocks } from '../../../../src/core/import/cleanup';
import { repoRoot } from '../../helpers/repoRoot';

const NOW = new Date('2026-12-08T10:00:00Z');
const fixture = (name: string): Uint8Array => fs.readFileSync(path.join(repoRoot(), 'test/fixtures/import', name));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function article(bytes: Uint8Array, url?: string): Promise<ImportedArticle> {
  const result = await extractArticle({ bytes, url, now: NOW });
  assert.equal(result.kind, 'article');
  return result as ImportedArticle;
}

describe('import/html', () => {
  it('extracts the body of the fixture page without furniture', async () => {
    const result = await article(
      fixture('article.html'),
      'https://news.example.org/2020/06/24/harbour-bridge-reopens/',
    );
    assert.equal(
      result.paragraphs[0],
      'The harbour bridge reopened to traffic on Wednesday after eight months of repairs, the city council said.',
    );
    const text = result.text;
    for (const furniture of [
      'READ MORE',
      'Share',
      'Photo: City Council',
      'Related',
      'Sign up',
      'All rights reserved',
      'By Jane Writer',
      'Home',
    ]) {
      assert.ok(!text.includes(furniture), `"${furniture}" should be gone`);
    }
    assert.ok(
      !result.paragraphs.includes('Harbour bridge reopens after repairs'),
      'the title is not repeated in the body',
    );
  });

  it('keeps headings and list items as paragraphs, <br> as a break, entities and curly quotes as published', async () => {
    const { paragraphs } = await article(fixture('article.html'));
    assert.ok(paragraphs.includes('What changes for cyclists'));
    assert.ok(paragraphs.includes('The cycle lane is open from 6 a.m. to midnight every day of the week.'));
    assert.ok(
      paragraphs.includes(
        '“We’re relieved it’s finished,” said Maria Lopes, who drives across the bridge every morning.',
      ),
    );
    assert.ok(paragraphs.includes('“The detour added half an hour each way.”'));
    assert.ok(paragraphs.some((p) => p.includes('€12 million — more')));
  });

  it('reads metadata and the date with its evidence', async () => {
    const result = await article(
      fixture('article.html'),
      'https://news.example.org/2020/06/24/harbour-bridge-reopens/',
    );
    assert.equal(result.title, 'Harbour bridge reopens after repairs');
    assert.equal(result.byline, 'Jane Writer');
    assert.equal(result.outlet, 'The Example Gazette');
    assert.equal(result.language, 'en');
    assert.equal(result.url, 'https://news.example.org/2020/06/24/harbour-bridge-reopens/?utm_source=feed');
    assert.equal(result.date, '2020-06-24');
    assert.equal(result.dateEvidence, 'json-ld datePublished');
  });

  it('names the outlet after the host when the page names none', async () => {
    const page = `<html><body><article>${'<p>A sentence of plain article text that goes on for a while.</p>'.repeat(5)}</article></body></html>`;
    const result = await article(utf8(page), 'https://www.local-paper.example/story');
    assert.equal(result.outlet, 'local-paper.example');
  });

  it('falls back to the text-density extractor when Readability finds little', async () => {
    const prose = 'Council members met on Tuesday to discuss the budget for the coming year in detail.';
    const page = `<html><body><div><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></body></html>`;
    const result = await article(utf8(page));
    assert.equal(result.paragraphs.length, 3);
  });

  it('throws "no article text found" for a page of navigation, with the metadata it found', async () => {
    const page =
      '<html><head><title>Index</title><meta property="article:published_time" content="2020-01-02"></head><body><nav><a href="/">Home</a></nav><p>Menu</p></body></html>';
    await assert.rejects(extractArticle({ bytes: utf8(page), now: NOW }), (error: unknown) => {
      assert.ok(error instanceof ImportError);
      assert.equal(error.code, 'no-article');
      assert.match(error.message, /no article text found/);
      assert.equal(error.partial?.date, '2020-01-02');
      return true;
    });
  });

  it('clean-up rules drop prompts, captions, credits, bylines and link lists but keep prose', () => {
    const block = (text: string, tag = 'p', linkShare = 0) => ({ text, tag, linkShare });
    const { kept, dropped } = cleanBlocks(
      [
        block('By Jane Writer'),
        block('WATCH: Drone footage of the bridge'),
        block('The bridge at dawn (Photo: Getty Images)', 'figcaption'),
        block('Ferry fares to rise', 'li', 1),
        block('12'),
        block('The council voted to reopen the bridge, and the mayor, who had read more reports than anyone, agreed.'),
      ],
      { title: 'Bridge reopens', byline: 'Jane Writer' },
    );
    assert.deepEqual(
      dropped.map((d) => d.rule),
      ['byline', 'prompt', 'caption-or-credit', 'links-only', 'bare-number'],
    );
    assert.equal(kept.length, 1);
  });
});
