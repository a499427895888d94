// extractArticle's kind detection: binary data, gzip, plain text, feeds, empty input.
import assert from 'node:assert/strict';
import { extractArticle, gzipBytes, ImportError, type ImportedArticle } from '../../../../src/core/import';
import { extractPlainText } from '../../../../src/core/import/plainText';

const NOW = new Date('2026-12-08T10:00:00Z');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const prose = 'The committee published its report on Monday after a year of hearings in three cities.';

function rejectsWith(code: string, pattern: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof ImportError, String(error));
    assert.equal(error.code, code);
    assert.match(error.message, pattern);
    return true;
  };
}

describe('import/kinds', () => {
  it('rejects binary data', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await assert.rejects(
      extractArticle({ bytes: png, now: NOW }),
      rejectsWith('binary', /^not an article: binary data$/),
    );
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    await assert.rejects(extractArticle({ bytes: noise, now: NOW }), rejectsWith('binary', /binary data/));
  });

  it('rejects empty input', async () => {
    await assert.rejects(extractArticle({ bytes: new Uint8Array(0), now: NOW }), rejectsWith('empty', /empty/));
  });

  it('reads a gzipped HTML page', async () => {
    const page = `<html><body><article>${`<p>${prose}</p>`.repeat(4)}</article></body></html>`;
    const result = (await extractArticle({ bytes: gzipBytes(utf8(page)), now: NOW })) as ImportedArticle;
    assert.equal(result.source, 'html');
    assert.equal(result.paragraphs.length, 4);
  });

  it('reads plain text by blank lines, with a date line', async () => {
    const text = `June 24, 2020\n\n${prose}\nIt continues on a second line.\n\n${prose}`;
    const result = (await extractArticle({ bytes: utf8(text), fileName: 'paste.txt', now: NOW })) as ImportedArticle;
    assert.equal(result.source, 'text');
    assert.equal(result.date, '2020-06-24');
    assert.equal(result.dateEvidence, 'date line');
    assert.deepEqual(result.paragraphs, [`${prose} It continues on a second line.`, prose]);
  });

  it('splits pasted text without blank lines at every line break, and finds a dateline', () => {
    const result = extractPlainText(`WASHINGTON, March 3, 2021 — ${prose}\n${prose}\r\n${prose}`, NOW);
    assert.equal(result.paragraphs.length, 3);
    assert.equal(result.date, '2021-03-03');
    assert.equal(result.dateEvidence, 'dateline');
    assert.equal(extractPlainText(prose, NOW).date, null);
  });

  it('returns a feed for RSS bytes', async () => {
    const rss =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://e.org/a</link></item></channel></rss>';
    const result = await extractArticle({ bytes: utf8(rss), now: NOW });
    assert.equal(result.kind, 'feed');
    assert.equal(result.kind === 'feed' && result.items[0]?.link, 'https://e.org/a');
  });
});
