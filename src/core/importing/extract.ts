// Bytes of one source → an article or a feed, by content type and a look at the bytes; the extraction itself is
// the library's (core/import); this file only chooses the path and turns its output into one shape.
import { extractArticle } from '../import';
import { decodeBytes } from '../import/decode';
import { ImportError } from '../import/errors';
import { looksLikeFeed, readFeed, type FeedItem } from './feedAdapter';
import { readPlainText } from './plainText';
import type { FetchedBytes } from './types';

export interface ExtractedArticle {
  kind: 'article';
  paragraphs: string[];
  title?: string;
  byline?: string;
  outlet?: string;
  url?: string;
  language?: string;
  date: string | null;
  dateEvidence: string | null;
  guess?: { date: string; reason: string };
  /** The snapshot's extension: html, pdf, xml, txt. */
  format: SnapshotFormat;
}

export interface ExtractedFeed {
  kind: 'feed';
  title?: string;
  items: FeedItem[];
}

export type SnapshotFormat = 'html' | 'pdf' | 'xml' | 'txt';

/** Fewer words than this is not an article (a cookie wall, an index page, an error page). */
export const MIN_ARTICLE_WORDS = 20;

export function formatOf(fetched: FetchedBytes): SnapshotFormat | 'binary' {
  const type = fetched.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const name = fetched.fileName?.toLowerCase() ?? '';
  const head = fetched.bytes.subarray(0, 1024);
  if (startsWith(head, '%PDF-') || type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (head.includes(0) && !isUtf16(head)) return 'binary';
  if (/(rss|atom|rdf)\+xml|^(application|text)\/xml$/.test(type) || /\.(xml|rss|atom)$/.test(name)) return 'xml';
  if (type === 'text/plain' || name.endsWith('.txt') || (!type && !name && !/</.test(textOf(head)))) return 'txt';
  return 'html';
}

export async function extractSource(
  fetched: FetchedBytes,
  options: { url?: string; now: Date },
): Promise<ExtractedArticle | ExtractedFeed> {
  const format = formatOf(fetched);
  if (format === 'binary') throw new ImportError('binary', 'binary data: not a web page, a feed, a PDF or text');
  if (!fetched.bytes.length) throw new ImportError('empty', 'the source is empty');
  if (format === 'pdf') throw new ImportError('unreadable-pdf', 'PDF import is not available in this build yet');
  const text = decodeBytes(fetched.bytes, fetched.contentType).text;
  if (format === 'xml' || looksLikeFeed(text)) {
    if (!looksLikeFeed(text)) throw new ImportError('malformed-feed', 'malformed feed: not RSS or Atom');
    return { kind: 'feed', ...readFeed(text, options.url) };
  }
  if (format === 'txt') {
    const plain = readPlainText(text, options.now);
    return { kind: 'article', ...plain, format };
  }
  const page = await extractArticle({
    bytes: fetched.bytes,
    contentType: fetched.contentType,
    url: options.url,
    now: options.now,
  });
  return {
    kind: 'article',
    paragraphs: page.paragraphs,
    title: page.title,
    byline: page.byline,
    outlet: page.outlet,
    url: page.url,
    language: page.language,
    date: page.date,
    dateEvidence: page.dateEvidence,
    guess: page.guess,
    format,
  };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));
}

function isUtf16(head: Uint8Array): boolean {
  return (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe);
}

function textOf(head: Uint8Array): string {
  return new TextDecoder('utf-8').decode(head);
}
